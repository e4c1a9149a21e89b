"""`kg path`: how two entities are connected, hop by hop."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import (
    evidence_option,
    fail_cleanly,
    format_option,
    read_view,
    store_options,
)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--max-paths", type=click.IntRange(min=1), default=5, show_default=True,
              help="Show at most this many shortest paths.")
@evidence_option
@format_option
@store_options
@fail_cleanly
def path(a: str, b: str, max_paths: int, evidence: bool, fmt: str, out_dir: Path, store_path: Path | None,
         rdf_file: Path | None) -> None:
    """Show the shortest paths between two entities.

    Paths run over the relation graph with direction ignored; there is one row per link
    of each step, with its relation and direction. No path between A and B exits 1.

    \b
    Example:
      kg path 'Young Liu' Oracle
      kg path Foxconn Stargate --evidence --format json
    """
    from kg import analysis
    from kg.query import format_result

    view = read_view(out_dir, store_path, rdf_file)
    found = analysis.paths(view, a, b, max_paths=max_paths)
    if not found:
        source, target = analysis.resolve_name(view, a), analysis.resolve_name(view, b)
        raise click.ClickException(f"no path between {source.label} and {target.label}")
    click.echo(format_result(analysis.path_rows(found, evidence=evidence), fmt), nl=False)
