"""`kg render`: the offline HTML graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kg.cli._common import fail_cleanly, graph_source, store_options
from kg.cli.build import render_to


@click.command()
@store_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file (default: OUT/graph.html).")
@click.option("--focus", metavar="NAME", default=None,
              help="Draw only this entity (label or alias, any case) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0, None), default=1, show_default=True,
              help="With --focus: how many relations away from NAME to keep.")
@click.option("--max-nodes", type=click.IntRange(1, None), default=None, metavar="N",
              help="Keep only the N most connected entities (for large graphs).")
@fail_cleanly
def render(out_dir: Path, store_path: Path | None, rdf_file: Path | None, output: Path | None,
           focus: str | None, depth: int, max_nodes: int | None) -> None:
    """Draw the graph as a self-contained HTML page that works offline.

    The page has a search box, class and relation filters and the evidence behind every
    edge in its tooltip. An unknown --focus name exits 1 naming the closest matches.

    \b
    Example:
      kg render -o graph.html
      kg render --focus Foxconn --depth 2 -o foxconn.html
      kg render --max-nodes 500 -o overview.html
    """
    target = output or out_dir / "graph.html"
    with graph_source(out_dir, store_path, rdf_file) as source:
        render_view_to(source, target, focus=focus, depth=depth, max_nodes=max_nodes)
    click.echo(f"wrote {target}", err=True)


def render_view_to(source: Any, path: Path, *, focus: str | None = None, depth: int = 1,
                   max_nodes: int | None = None) -> None:
    """Read the entity/fact view of ``source`` (a store) and write its HTML page to ``path``.

    With no options this writes the same bytes as ``kg build``'s graph.html.
    """
    render_to(source, path, focus=focus, depth=depth, max_nodes=max_nodes)
