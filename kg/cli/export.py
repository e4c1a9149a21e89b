"""`kg export`: the graph as RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD) or for graph
tools (GraphML, GEXF, CSV)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import fail_cleanly, graph_source, store_options

FORMAT_KEYS = ["turtle", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"]


@click.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(FORMAT_KEYS, case_sensitive=False), default=None,
              help="Output format (default: guessed from -o, else turtle).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True,
              help="Output file, - for stdout. For csv, PATH names two files: PATH-nodes.csv and "
                   "PATH-edges.csv (a .csv suffix on PATH is dropped first).")
@fail_cleanly
def export(out_dir: Path, store_path: Path | None, rdf_file: Path | None, fmt: str | None, output: str) -> None:
    """Write the graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD, GraphML, GEXF or CSV.

    TriG and N-Quads keep one named graph per document; Turtle, N-Triples and JSON-LD are
    their union. GraphML, GEXF (for Gephi) and CSV hold the entities as nodes and one edge
    per fact (head, relation, tail), merged over the documents that state it, with the
    number of source documents, statements, confidence, status, dates, documents and
    sentences. CSV is two files, so it needs -o PATH.

    \b
    Example:
      kg export --format trig -o out/graph.trig
      kg export --format jsonld > graph.jsonld
      kg export -o out/graph.gexf
      kg export --format csv -o out/graph    # out/graph-nodes.csv, out/graph-edges.csv
    """
    from kg import export as kg_export

    chosen = kg_export.Format.from_name(fmt) if fmt else (
        kg_export.Format.guess(Path(output)) if output != "-" else None) or kg_export.Format.TURTLE
    if chosen is kg_export.Format.CSV and output == "-":
        raise click.UsageError("--format csv writes two files (PATH-nodes.csv and PATH-edges.csv): "
                               "pass -o PATH, not stdout")
    with graph_source(out_dir, store_path, rdf_file) as source:
        if chosen is kg_export.Format.CSV:
            nodes, edges = kg_export.write_csv(source, Path(output))
            click.echo(f"wrote {nodes} and {edges}", err=True)
            return
        data = kg_export.serialize_store(source, chosen)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        kg_export.write_atomic(data, Path(output))
        click.echo(f"wrote {output}", err=True)
