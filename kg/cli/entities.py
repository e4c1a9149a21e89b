"""`kg entities`: every entity with its class, aliases and why names were merged."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import (
    ENTITY_CLASS,
    fail_cleanly,
    format_option,
    read_view,
    store_options,
)


@click.command()
@click.option("-t", "--type", "type_", type=ENTITY_CLASS, default=None,
              help="Only entities of this class (Organization, Person, Place, ...; any case).")
@format_option
@store_options
@fail_cleanly
def entities(type_: str | None, fmt: str, out_dir: Path, store_path: Path | None,
             rdf_file: Path | None) -> None:
    """List the entities with their aliases and merge reasons.

    Each row gives the label, class, number of facts, aliases, Wikidata link and the
    reasons names were merged into the entity (kg:mergeReason).

    \b
    Example:
      kg entities
      kg entities --type person --format csv
    """
    from kg import analysis
    from kg.query import format_result

    view = read_view(out_dir, store_path, rdf_file)
    found = analysis.entities(view, type=type_)
    click.echo(format_result(analysis.entity_rows(found), fmt), nl=False)
