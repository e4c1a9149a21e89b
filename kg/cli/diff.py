"""`kg diff OLD NEW`: entities and facts added and removed between two graphs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli._common import fail_cleanly


@click.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Two tables (entities, then facts) or one JSON object.")
@fail_cleanly
def diff(old: Path, new: Path, fmt: str) -> None:
    """List the entities and facts added and removed from OLD to NEW.

    OLD and NEW are each a build directory (the store under it), a store directory or an
    RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD). Entities are compared by IRI and
    shown with their labels; facts are the direct relation triples (kg:partnersWith, ...)
    between them, including the ones the model materializes (symmetric, inverse,
    super-property). "+" is added, "-" removed. The exit code is 0 whether or not the
    graphs differ; a counts line goes to stderr.

    \b
    Example:
      kg diff old-out/ out/
      kg diff before.ttl out/store --format json
    """
    from kg import diff as kg_diff
    from kg.query import format_table

    old_graph = kg_diff.open_graph(old)
    same = old.resolve() == new.resolve()
    new_graph = old_graph if same else kg_diff.open_graph(new)
    result = kg_diff.diff_stores(old_graph, new_graph)
    if fmt == "json":
        click.echo(json.dumps({"old": str(old), "new": str(new), **result.to_json()},
                              ensure_ascii=False, indent=1))
    else:
        entities: list[tuple[str, ...]] = [("+", e.label, e.type, e.iri) for e in result.entities_added]
        entities += [("-", e.label, e.type, e.iri) for e in result.entities_removed]
        facts: list[tuple[str, ...]] = [("+", f.subject_label, f.relation, f.object_label)
                                        for f in result.facts_added]
        facts += [("-", f.subject_label, f.relation, f.object_label) for f in result.facts_removed]
        click.echo(format_table(("change", "entity", "class", "iri"), entities), nl=False)
        click.echo()
        click.echo(format_table(("change", "subject", "relation", "object"), facts), nl=False)
    click.echo(result.summary(), err=True)
