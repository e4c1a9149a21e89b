"""`kg neighbors`: the entities linked to one entity, with the statements behind each link.

Also holds the pieces the other analyst commands (`path`, `explain`, `entities`, `stats`)
share: the relation and entity-class parameter types, the format and evidence options,
and reading the graph view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.cli._common import fail_cleanly, graph_source, store_options
from kg.errors import QueryError

F = TypeVar("F", bound=Callable[..., Any])


class RelationType(click.ParamType):
    """A relation of the ontology, camelCase or kebab-case, any case; a usage error (exit 2)
    naming the closest relations otherwise."""

    name = "relation"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from kg.analysis import relation_name

        try:
            return relation_name(str(value))
        except QueryError as e:
            self.fail(str(e), param, ctx)


class EntityClassType(click.ParamType):
    """An entity class of the ontology (Organization, Person, ...), any case; a usage error
    (exit 2) listing the classes otherwise."""

    name = "type"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from kg.analysis import entity_class

        try:
            return entity_class(str(value))
        except QueryError as e:
            self.fail(str(e), param, ctx)


RELATION = RelationType()
ENTITY_CLASS = EntityClassType()


def format_option(func: F) -> F:
    """``--format table|csv|tsv|json``."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
                        default="table", show_default=True, help="Output format.")(func)


def evidence_option(func: F) -> F:
    """``--evidence``: the sentence and document behind every row."""
    return click.option("--evidence", is_flag=True,
                        help="Add the sentence and document behind each row (the most confident "
                        "statement; `kg explain` lists them all).")(func)


def read_view(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> Any:
    """The graph view (entities, facts, documents) of the store or RDF file."""
    from kg.query import load_view

    with graph_source(out_dir, store_path, rdf_file) as source:
        return load_view(source)


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
