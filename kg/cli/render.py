"""`kg render`: the offline HTML graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import fail_cleanly, graph_source, store_options
from kg.cli.build import render_to


@click.command()
@store_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file (default: OUT/graph.html).")
@fail_cleanly
def render(out_dir: Path, store_path: Path | None, rdf_file: Path | None, output: Path | None) -> None:
    """Draw the graph as a self-contained HTML page that works offline.

    \b
    Example:
      kg render -o graph.html
    """
    target = output or out_dir / "graph.html"
    with graph_source(out_dir, store_path, rdf_file) as source:
        render_to(source, target)
    click.echo(f"wrote {target}", err=True)
