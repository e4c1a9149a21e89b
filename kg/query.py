"""Read the graph back: SPARQL with bound values, and the entity/fact view that the HTML
graph and the analyst commands use.

Query text is constant; values from users or articles are passed as bindings
(Oxigraph substitutions), never pasted into the query.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Store,
)

from kg.errors import QueryError
from kg.model import Entity, Fact, Provenance, Qualifiers
from kg.vocab import NAMESPACE

FORMATS = ("table", "csv", "tsv", "json")

_PREFIXES = f"""
PREFIX kg: <{NAMESPACE}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
"""

ENTITIES_QUERY = _PREFIXES + """
SELECT DISTINCT ?e ?label ?type WHERE {
    ?e rdfs:label ?label ; rdf:type ?type .
    FILTER(STRSTARTS(STR(?type), STR(kg:)))
} ORDER BY ?e
"""

ALIASES_QUERY = _PREFIXES + """
SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }
"""

STATEMENTS_QUERY = _PREFIXES + """
SELECT ?st ?s ?p ?o ?doc ?sentence ?sentStart ?start ?end ?rule ?confidence
       ?status ?startDate ?endDate ?pointInTime ?amount ?currency ?amountText ?percentage ?negated
WHERE {
    ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        kg:sourceDocument ?doc ; kg:sentence ?sentence ; kg:sentenceStart ?sentStart ;
        kg:charStart ?start ; kg:charEnd ?end ; kg:extractionRule ?rule ; kg:confidence ?confidence .
    OPTIONAL { ?st kg:status ?status }
    OPTIONAL { ?st kg:startDate ?startDate }
    OPTIONAL { ?st kg:endDate ?endDate }
    OPTIONAL { ?st kg:pointInTime ?pointInTime }
    OPTIONAL { ?st kg:amount ?amount }
    OPTIONAL { ?st kg:currency ?currency }
    OPTIONAL { ?st kg:amountText ?amountText }
    OPTIONAL { ?st kg:percentage ?percentage }
    OPTIONAL { ?st kg:negated ?negated }
} ORDER BY ?st
"""

DOCUMENTS_QUERY = _PREFIXES + """
SELECT ?doc ?source ?title WHERE {
    ?doc a kg:Document ; kg:sourceText ?source .
    OPTIONAL { ?doc schema:headline ?title }
} ORDER BY ?doc
"""

DOCUMENT_INFO_QUERY = _PREFIXES + """
SELECT ?doc ?source ?title ?date ?url WHERE {
    ?doc a kg:Document ; kg:sourceText ?source .
    OPTIONAL { ?doc schema:headline ?title }
    OPTIONAL { ?doc schema:datePublished ?date }
    OPTIONAL { ?doc schema:url ?url }
} ORDER BY ?doc ?title ?date ?url
"""

ENTITY_DETAILS_QUERY = _PREFIXES + """
SELECT DISTINCT ?e ?p ?value WHERE {
    VALUES ?p { kg:mergeReason <http://www.w3.org/2002/07/owl#sameAs> }
    ?e ?p ?value ; rdfs:label ?label .
} ORDER BY ?e ?p ?value
"""


@dataclass(frozen=True)
class DocumentInfo:
    """What the graph says about one document: where it came from, its title and date.

    ``date`` is the lexical form of ``schema:datePublished`` (YYYY, YYYY-MM or YYYY-MM-DD)."""

    iri: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class GraphView:
    """Entities (keyed by IRI), facts with evidence, and document display names."""

    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    documents: dict[str, str]
    document_info: dict[str, DocumentInfo] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL result as plain rows, ready to format."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    boolean: bool | None = None


def run_sparql(store: Store, query: str, *, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run any SPARQL query over the union of all documents; ``bindings`` are bound
    as variable values (IRIs when they look like ``<...>``, else plain literals)."""
    substitutions = {}
    from pyoxigraph import Variable

    for name, value in (bindings or {}).items():
        substitutions[Variable(name)] = _term(value)
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as e:
        raise QueryError(f"bad SPARQL: {' '.join(str(e).split())}") from e
    except RuntimeError as e:
        message = " ".join(str(e).split())
        if "projection" in message:
            message += " (a --bind variable must be selected, e.g. SELECT ?name ...)"
        raise QueryError(f"query failed: {message}") from e
    except (OSError, ValueError) as e:
        raise QueryError(f"query failed: {' '.join(str(e).split())}") from e
    if isinstance(result, QueryBoolean):
        return QueryResult(("result",), ((str(bool(result)).lower(),),), bool(result))
    if isinstance(result, QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_text(row[c]) for c in columns) for row in result)
        return QueryResult(columns, rows)
    if isinstance(result, QueryTriples):
        rows = tuple((str(t.subject), str(t.predicate), str(t.object)) for t in result)
        return QueryResult(("subject", "predicate", "object"), rows)
    raise QueryError("unsupported query result")


def _term(value: str) -> NamedNode | Literal:
    if value.startswith("<") and value.endswith(">"):
        try:
            return NamedNode(value[1:-1])
        except ValueError as e:
            raise QueryError(f"--bind value {value!r} is not a valid IRI") from e
    return Literal(value)


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, (NamedNode, BlankNode, Literal)):
        return term.value
    return str(term)


def format_result(result: QueryResult, fmt: str) -> str:
    """Render a result as an aligned table, CSV, TSV or JSON (SPARQL-results-like)."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"boolean": result.boolean}) + "\n"
        rows = [dict(zip(result.columns, row)) for row in result.rows]
        return json.dumps({"columns": list(result.columns), "rows": rows}, ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buffer.getvalue()
    if fmt == "table":
        return format_table(result.columns, result.rows)
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_table(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...] | list[tuple[str, ...]]) -> str:
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, min(len(c), 80)) for w, c in zip(widths, row)]
    def line(values: list[str] | tuple[str, ...]) -> str:
        return "  ".join((v if len(v) <= 80 else v[:77] + "...").ljust(w) for v, w in zip(values, widths)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out) + f"\n({len(cells)} row{'s' if len(cells) != 1 else ''})\n"


def load_view(store: Store) -> GraphView:
    """Entities and facts with their evidence, as model objects."""
    entity_details: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for row in _select(store, ENTITY_DETAILS_QUERY):
        name = row["p"].value.rsplit("#", 1)[1]
        details = entity_details[row["e"].value]
        details[name] = (*details.get(name, ()), row["value"].value)
    aliases_of: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, ALIASES_QUERY):
        aliases_of[row["e"].value].add(row["alias"].value)
    entities = []
    for row in _select(store, ENTITIES_QUERY):
        aliases = tuple(sorted(aliases_of.get(row["e"].value, ())))
        type_ = row["type"].value[len(NAMESPACE):]
        details = entity_details.get(row["e"].value, {})
        entities.append(Entity(row["e"].value, row["label"].value, type_, aliases,
                               details.get("sameAs", ()), details.get("mergeReason", ())))
    facts = []
    for row in _select(store, STATEMENTS_QUERY):
        provenance = Provenance(
            document=row["doc"].value,
            sentence=row["sentence"].value,
            sentence_start=int(row["sentStart"].value),
            start=int(row["start"].value),
            end=int(row["end"].value),
            rule=row["rule"].value,
            confidence=float(row["confidence"].value),
        )
        qualifiers = Qualifiers(
            start_date=_opt(row, "startDate"),
            end_date=_opt(row, "endDate"),
            point_in_time=_opt(row, "pointInTime"),
            amount=Decimal(row["amount"].value) if row["amount"] is not None else None,
            currency=_opt(row, "currency"),
            amount_text=_opt(row, "amountText"),
            percentage=Decimal(row["percentage"].value) if row["percentage"] is not None else None,
            status=_opt(row, "status"),
            negated=_opt(row, "negated") == "true",
        )
        predicate = row["p"].value[len(NAMESPACE):]
        facts.append(Fact(row["s"].value, predicate, row["o"].value, provenance, qualifiers))
    documents = {}
    for row in _select(store, DOCUMENTS_QUERY):
        documents[row["doc"].value] = _opt(row, "title") or row["source"].value
    document_info: dict[str, DocumentInfo] = {}
    for row in _select(store, DOCUMENT_INFO_QUERY):
        document_info.setdefault(row["doc"].value, DocumentInfo(
            row["doc"].value, row["source"].value, _opt(row, "title"), _opt(row, "date"), _opt(row, "url")))
    return GraphView(tuple(entities), tuple(facts), documents, document_info)


def _opt(row: object, name: str) -> str | None:
    term = row[name]  # type: ignore[index]
    return term.value if term is not None else None


def _select(store: Store, query: str) -> QuerySolutions:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    return result


def entity_index(view: GraphView) -> dict[str, list[Entity]]:
    """Every label and alias, lower-cased, to the entities that carry it."""
    index: dict[str, list[Entity]] = defaultdict(list)
    for entity in view.entities:
        for name in (entity.label, *entity.aliases):
            index[name.lower()].append(entity)
    return index
