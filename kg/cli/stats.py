"""`kg stats`: counts and the most connected entities."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import fail_cleanly, format_option, read_view, store_options


@click.command()
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many entities to rank by degree and by PageRank.")
@format_option
@store_options
@fail_cleanly
def stats(top: int, fmt: str, out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> None:
    """Count entities and facts, and rank the most connected entities.

    Counts documents, entities (by class), statements and facts (by relation; a fact
    stated several times counts once), then ranks entities by degree and by PageRank.

    \b
    Example:
      kg stats
      kg stats --top 3 --format json
    """
    from kg import analysis
    from kg.query import format_result

    view = read_view(out_dir, store_path, rdf_file)
    click.echo(format_result(analysis.stats_rows(analysis.stats(view, top=top)), fmt), nl=False)
