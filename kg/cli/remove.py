"""`kg remove DOCUMENT...`: take documents out of the store and rewrite the outputs."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import DEFAULT_OUT, fail_cleanly


@click.command()
@click.argument("documents", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="The build directory: its store, graph.ttl and graph.html.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              help="The store directory (default: OUT/store).")
@click.option("--no-html", is_flag=True, help="Leave graph.html alone.")
@fail_cleanly
def remove(documents: tuple[str, ...], out_dir: Path, store_path: Path | None, no_html: bool) -> None:
    """Remove documents from the store, then rewrite OUT/graph.ttl and OUT/graph.html.

    DOCUMENT is a document id, a document IRI, or the source path as `kg build` recorded it
    (a .jsonl file names all its records). Facts that another document also states stay;
    entities and facts only the removed documents supported go. An unknown DOCUMENT is an
    error and nothing is removed.

    \b
    Example:
      kg remove seeds/foxconn-openai-article.txt --out out/
      kg remove 730b9b9025e90eec
    """
    from kg import export, store
    from kg.cli.build import render_to

    target = store.open_store(store_path or out_dir / "store", create=False)
    graphs = store.find_documents(target, list(documents))
    names = {graph.value: source for graph, _, source in store.document_records(target)}
    store.remove_documents(target, graphs)
    for graph in graphs:
        click.echo(f"removed {graph.value} ({names.get(graph.value, '?')})", err=True)
    turtle_path = out_dir / "graph.ttl"
    export.write_atomic(export.serialize_store(target, export.Format.TURTLE), turtle_path)
    click.echo(f"Turtle: {turtle_path}", err=True)
    if not no_html:
        render_to(target, out_dir / "graph.html")
        click.echo(f"HTML:   {out_dir / 'graph.html'}", err=True)
