"""`kg neighbors`: the entities linked to one entity, with the statements behind each link."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import (
    RELATION,
    evidence_option,
    fail_cleanly,
    format_option,
    read_view,
    store_options,
)


@click.command()
@click.argument("entity")
@click.option("-r", "--relation", type=RELATION, default=None,
              help="Only this relation (e.g. partnersWith or partners-with); a super-property "
              "includes its sub-properties (worksFor includes chairmanOf).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many hops to follow.")
@evidence_option
@format_option
@store_options
@fail_cleanly
def neighbors(entity: str, relation: str | None, depth: int, evidence: bool, fmt: str, out_dir: Path,
              store_path: Path | None, rdf_file: Path | None) -> None:
    """List the entities linked to ENTITY, with the relation and its sources.

    ENTITY is a name or alias, any case. Each row gives the relation, its direction (->
    ENTITY relation neighbour, <- neighbour relation ENTITY, <-> symmetric), how many
    documents state it and when it was first and last seen.

    \b
    Example:
      kg neighbors Foxconn
      kg neighbors 'hon hai' --relation partners-with --evidence
      kg neighbors OpenAI --depth 2 --format csv
    """
    from kg import analysis
    from kg.query import format_result

    view = read_view(out_dir, store_path, rdf_file)
    found = analysis.neighbors(view, entity, relation=relation, depth=depth)
    click.echo(format_result(analysis.neighbor_rows(found, evidence=evidence), fmt), nl=False)
