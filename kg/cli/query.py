"""`kg query`: SPARQL with bound values."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from kg.cli._common import fail_cleanly, graph_source, store_options
from kg.errors import KgError, QueryError


@click.command()
@click.argument("sparql")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI if written <...>, else a string); ?NAME must be "
              "in the SELECT clause. Repeatable.")
@fail_cleanly
def query(sparql: str, out_dir: Path, store_path: Path | None, rdf_file: Path | None, fmt: str,
          binds: tuple[str, ...]) -> None:
    """Run a SPARQL query over the graph (all documents). SPARQL is the query text, a file
    holding it, or - for stdin. The prefixes kg, rdf, rdfs, skos, schema, prov, xsd, owl are
    predefined.

    \b
    Example:
      kg query 'SELECT ?partner WHERE { ?f rdfs:label "Foxconn" ; kg:partnersWith ?p . ?p rdfs:label ?partner }'
      kg query 'SELECT ?name ?s WHERE { ?st rdf:subject ?e ; kg:sentence ?s . ?e rdfs:label ?name }' --bind name=Foxconn
      kg query question.rq --format csv --rdf out/graph.ttl
    """
    from kg import query as kg_query
    from kg.graph import PREFIXES

    bindings = {}
    for item in binds:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _VARNAME.fullmatch(name):
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE with NAME a SPARQL variable name",
                                     param_hint="--bind")
        bindings[name] = value
    text = _read_query(sparql)
    # One line of prefixes, so the user's query starts on line 2 and error positions can
    # be given back relative to it.
    prologue = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in sorted(PREFIXES.items())) + "\n"
    with graph_source(out_dir, store_path, rdf_file) as source:
        try:
            result = kg_query.run_sparql(source, prologue + text, bindings=bindings)
        except QueryError as e:
            raise QueryError(_ERROR_AT.sub(lambda m: f"error at {int(m[1]) - 1}:{m[2]}", str(e), count=1)) from e
    click.echo(kg_query.format_result(result, fmt), nl=False)


_VARNAME = re.compile(r"\w+")
_ERROR_AT = re.compile(r"\berror at (\d+):(\d+)")


def _read_query(sparql: str) -> str:
    try:
        if sparql == "-":
            return sys.stdin.read()
        path = Path(sparql)
        if len(sparql) < 1024 and "\n" not in sparql and path.suffix in (".rq", ".sparql"):
            if not path.is_file():
                raise KgError(f"{sparql}: no such query file")
            return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise KgError(f"{'stdin' if sparql == '-' else sparql}: the query is not UTF-8 text") from e
    return sparql
