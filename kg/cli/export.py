"""`kg export`: the graph in any RDF format."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import fail_cleanly, graph_source, store_options


@click.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nq", "jsonld"]), default=None,
              help="Output format (default: guessed from -o, else turtle).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Output file, - for stdout.")
@fail_cleanly
def export(out_dir: Path, store_path: Path | None, rdf_file: Path | None, fmt: str | None, output: str) -> None:
    """Write the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

    \b
    Example:
      kg export --format trig -o out/graph.trig
      kg export --format jsonld > graph.jsonld
    """
    from kg import export as kg_export

    chosen = kg_export.Format.from_name(fmt) if fmt else (
        kg_export.Format.guess(Path(output)) if output != "-" else None) or kg_export.Format.TURTLE
    with graph_source(out_dir, store_path, rdf_file) as source:
        data = kg_export.serialize_store(source, chosen)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        kg_export.write_atomic(data, Path(output))
        click.echo(f"wrote {output}", err=True)
