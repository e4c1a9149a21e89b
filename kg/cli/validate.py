"""`kg validate`: SHACL validation with pyshacl."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import fail_cleanly, graph_source, store_options


@click.command()
@store_options
@fail_cleanly
def validate(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate
      kg validate --rdf out/graph.ttl
    """
    from kg import validate as kg_validate
    from kg.store import to_rdflib

    with graph_source(out_dir, store_path, rdf_file) as source:
        report = kg_validate.validate_graph(to_rdflib(source))
    code = kg_validate.return_code(report)
    if code:
        for violation in report.violations[:50]:
            click.echo(f"{violation.focus_node}  {violation.path or ''}  {violation.message}", err=True)
        click.echo(f"{len(report.violations)} SHACL violation(s)", err=True)
        sys.exit(code)
    click.echo("conforms: no SHACL violations", err=True)
