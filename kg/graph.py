"""Resolved documents to RDF quads: one named graph per document.

Every relation appears twice over: as the direct triple (``:Foxconn kg:partnersWith
:Nvidia``, plus the triples OWL entails from it: super-properties, the symmetric and the
inverse direction) so a plain SPARQL user finds it, and as a ``kg:Statement`` that names
the triple with ``rdf:subject/predicate/object`` and carries its evidence (document,
sentence, span, rule, confidence) and qualifiers. IRIs are minted by one function that
percent-encodes, so any label gives a valid IRI.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import quote, urlsplit

from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import InputError
from kg.model import Article, Entity, Fact, ResolvedDocument
from kg.vocab import KG, NAMESPACE, RELATIONS

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"

PREFIXES = {
    "kg": NAMESPACE,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "owl": OWL,
    "prov": PROV,
    "schema": SCHEMA,
}

_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_ALT = NamedNode(SKOS + "altLabel")
_SAME = NamedNode(OWL + "sameAs")


@functools.lru_cache(maxsize=None)
def _kg(name: str) -> NamedNode:
    return NamedNode(str(getattr(KG, name)))


def check_base_iri(base_iri: str) -> str:
    """Refuse a base IRI that would make relative or invalid IRIs (Oxigraph rejects both)."""
    parts = urlsplit(base_iri)
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn") or base_iri[-1] not in "/#:":
        raise InputError(f"--base-iri {base_iri!r}: expected an absolute IRI ending in '/', '#' or ':'")
    try:
        NamedNode(base_iri)
    except ValueError as e:
        raise InputError(f"--base-iri {base_iri!r}: not a valid IRI ({e})") from e
    return base_iri


def mint_iri(base_iri: str, *parts: str) -> NamedNode:
    """The one place IRIs are made: each part percent-encoded, so any text is safe."""
    return NamedNode(base_iri + "/".join(quote(part, safe="-._~") for part in parts))


def document_iri(base_iri: str, document_id: str) -> NamedNode:
    return mint_iri(base_iri, "document", document_id)


@functools.lru_cache(maxsize=65536)
def entity_iri(base_iri: str, key: str) -> NamedNode:
    """Entities recur across documents: their IRIs are minted once."""
    type_, _, label = key.partition("/")
    return mint_iri(base_iri, "entity", type_, label)


def statement_iri(base_iri: str, fact: Fact) -> NamedNode:
    p = fact.provenance
    digest = hashlib.sha256(
        "\x1f".join((p.document, fact.head, fact.predicate, fact.tail, str(p.start), str(p.end))).encode()
    ).hexdigest()[:20]
    return mint_iri(base_iri, "statement", digest)


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def date_literal(value: str) -> Literal:
    """``2025-11-21`` -> xsd:date, ``2025-11`` -> xsd:gYearMonth, ``2025`` -> xsd:gYear.

    Anything else (``2025-13``, ``2025-02-30``, ``abcd``, a timestamp) is refused rather
    than written as an ill-typed literal that SHACL and SPARQL comparisons trip over."""
    match = _DATE.fullmatch(value)
    valid = match is not None
    if match is not None and match.group(3):
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            valid = False
    elif match is not None and match.group(2):
        valid = 1 <= int(match.group(2)) <= 12
    if not valid or match is None:
        raise InputError(f"not an ISO date, year-month or year: {value!r}")
    kind = "date" if match.group(3) else "gYearMonth" if match.group(2) else "gYear"
    return Literal(value, datatype=NamedNode(XSD + kind))


def decimal_literal(value: Decimal | float) -> Literal:
    """An xsd:decimal in canonical form (``0.5``, ``1000.0``); NaN and infinities refused."""
    number = Decimal(str(value))
    if not number.is_finite():
        raise InputError(f"not a finite decimal: {value!r}")
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return Literal(text if "." in text else text + ".0", datatype=NamedNode(XSD + "decimal"))


def document_quads(resolved: ResolvedDocument, *, base_iri: str) -> list[Quad]:
    """All quads of one document's named graph, each once, in an order that depends only
    on the document (entities by key, facts by statement); exports sort what they write."""
    graph = document_iri(base_iri, resolved.article.id)
    entities = sorted(resolved.entities, key=lambda e: e.key)
    facts = sorted(resolved.facts, key=_fact_order)
    triples = dict.fromkeys([
        *_article_triples(resolved.article, graph),
        *(t for e in entities for t in _entity_triples(e, base_iri, graph)),
        *(t for f in facts for t in _fact_triples(f, base_iri, graph)),
    ])
    return [Quad(s, p, o, graph) for s, p, o in triples]


def _fact_order(fact: Fact) -> tuple[str, str, str, int, int, int, str]:
    p = fact.provenance
    return fact.head, fact.predicate, fact.tail, p.sentence_start, p.start, p.end, p.rule


def _article_triples(article: Article, doc: NamedNode) -> Iterator[tuple]:
    yield doc, _TYPE, _kg("Document")
    yield doc, _TYPE, NamedNode(SCHEMA + "NewsArticle")
    yield doc, _TYPE, NamedNode(PROV + "Entity")
    yield doc, _kg("sourceText"), Literal(article.source)
    yield doc, NamedNode(SCHEMA + "text"), Literal(article.text)
    yield doc, NamedNode(SCHEMA + "identifier"), Literal(article.id)
    if article.title:
        yield doc, NamedNode(SCHEMA + "headline"), Literal(article.title)
    if article.date:
        try:
            yield doc, NamedNode(SCHEMA + "datePublished"), date_literal(article.date)
        except InputError as e:
            raise InputError(f"{article.source}: date {article.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from e
    if article.url:
        try:
            yield doc, NamedNode(SCHEMA + "url"), NamedNode(article.url)
        except ValueError as e:
            raise InputError(f"{article.source}: url {article.url!r} is not a valid IRI") from e


def _entity_triples(entity: Entity, base_iri: str, doc: NamedNode) -> Iterator[tuple]:
    node = entity_iri(base_iri, entity.key)
    yield node, _TYPE, _kg(entity.type)
    yield node, _LABEL, Literal(entity.label)
    for alias in entity.aliases:
        yield node, _ALT, Literal(alias)
    for iri in entity.same_as:
        yield node, _SAME, NamedNode(iri)
    for reason in entity.merge_reasons:
        yield node, _kg("mergeReason"), Literal(reason)
    yield doc, NamedNode(SCHEMA + "mentions"), node


def entailed(predicate: str, head: str, tail: str) -> Iterator[tuple[str, str, str]]:
    """The stated triple and what OWL entails from it: super-, symmetric, inverse."""
    seen: set[tuple[str, str, str]] = set()
    todo = [(head, predicate, tail)]
    while todo:
        triple = todo.pop()
        if triple in seen:
            continue
        seen.add(triple)
        h, p, t = triple
        spec = RELATIONS[p]
        todo.extend((h, sup, t) for sup in spec.super_properties)
        if spec.symmetric:
            todo.append((t, p, h))
        if spec.inverse:
            todo.append((t, spec.inverse, h))
    yield from sorted(seen)


def _fact_triples(fact: Fact, base_iri: str, doc: NamedNode) -> Iterator[tuple]:
    head, tail = entity_iri(base_iri, fact.head), entity_iri(base_iri, fact.tail)
    nodes = {fact.head: head, fact.tail: tail}
    if not fact.qualifiers.negated:
        for h, p, t in entailed(fact.predicate, fact.head, fact.tail):
            yield nodes[h], _kg(p), nodes[t]
    statement = statement_iri(base_iri, fact)
    p, q = fact.provenance, fact.qualifiers
    yield statement, _TYPE, _kg("Statement")
    yield statement, NamedNode(RDF + "subject"), head
    yield statement, NamedNode(RDF + "predicate"), _kg(fact.predicate)
    yield statement, NamedNode(RDF + "object"), tail
    yield statement, _kg("sourceDocument"), doc
    yield statement, NamedNode(PROV + "wasDerivedFrom"), doc
    yield statement, _kg("sentence"), Literal(p.sentence)
    integer = NamedNode(XSD + "integer")
    yield statement, _kg("sentenceStart"), Literal(str(p.sentence_start), datatype=integer)
    yield statement, _kg("charStart"), Literal(str(p.start), datatype=integer)
    yield statement, _kg("charEnd"), Literal(str(p.end), datatype=integer)
    yield statement, _kg("extractionRule"), Literal(p.rule)
    yield statement, _kg("confidence"), decimal_literal(p.confidence)
    for name, value in (("startDate", q.start_date), ("endDate", q.end_date), ("pointInTime", q.point_in_time)):
        if value:
            yield statement, _kg(name), date_literal(value)
    if q.amount is not None:
        yield statement, _kg("amount"), decimal_literal(q.amount)
    if q.currency:
        yield statement, _kg("currency"), Literal(q.currency)
    if q.amount_text:
        yield statement, _kg("amountText"), Literal(q.amount_text)
    if q.percentage is not None:
        yield statement, _kg("percentage"), decimal_literal(q.percentage)
    if q.status:
        yield statement, _kg("status"), Literal(q.status)
    if q.negated:
        yield statement, _kg("negated"), Literal("true", datatype=NamedNode(XSD + "boolean"))


__all__ = [
    "PREFIXES",
    "check_base_iri",
    "date_literal",
    "document_iri",
    "document_quads",
    "entailed",
    "entity_iri",
    "mint_iri",
    "statement_iri",
]
