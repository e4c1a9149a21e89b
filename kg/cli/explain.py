"""`kg explain`: the sentences, documents, dates and status behind one fact."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import (
    RELATION,
    fail_cleanly,
    format_option,
    read_view,
    store_options,
)


@click.command()
@click.argument("a")
@click.argument("relation", type=RELATION)
@click.argument("b")
@format_option
@store_options
@fail_cleanly
def explain(a: str, relation: str, b: str, fmt: str, out_dir: Path, store_path: Path | None,
            rdf_file: Path | None) -> None:
    """Show the sentences, documents, dates and status behind a fact.

    Lists every statement of A RELATION B with its sentence, document, date, status,
    confidence and qualifiers, and how many documents state the fact, first and last
    seen. Symmetric and inverse relations fold (B partnersWith A answers A
    partnersWith B) and a sub-property answers its super-property (chairmanOf answers
    worksFor). No statement of the fact exits 1. The table format prints one block per
    statement, so sentences are never cut.

    \b
    Example:
      kg explain Foxconn partnersWith Nvidia
      kg explain 'Young Liu' works-for 'Hon Hai' --format json
    """
    from kg import analysis
    from kg.query import format_result

    view = read_view(out_dir, store_path, rdf_file)
    answer = analysis.explain(view, a, relation, b)
    if not answer.statements:
        fact = f"{answer.head.label} {answer.relation} {answer.tail.label}"
        linked = (f"; they are linked by {', '.join(answer.linked_by)}" if answer.linked_by
                  else "")
        raise click.ClickException(f"no statement says {fact}{linked}")
    if fmt == "table":
        click.echo(analysis.format_explanation(answer), nl=False)
    else:
        click.echo(format_result(analysis.explanation_rows(answer), fmt), nl=False)
