"""Tests for kg.graph: resolved documents to quads, one named graph per document."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pyoxigraph
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import InputError
from kg.graph import (
    PREFIXES,
    check_base_iri,
    date_literal,
    decimal_literal,
    document_iri,
    document_quads,
    entailed,
    entity_iri,
    mint_iri,
    statement_iri,
)
from kg.model import Article, Entity, Fact, Provenance, Qualifiers, ResolvedDocument
from kg.vocab import NAMESPACE, RELATIONS

BASE = "https://x.org/kg/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "http://schema.org/"


def kg(name: str) -> NamedNode:
    return NamedNode(NAMESPACE + name)


def ent(key: str) -> NamedNode:
    return entity_iri(BASE, key)


def triples(quads: list[Quad]) -> set[tuple[Any, Any, Any]]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def objects(quads: list[Quad], subject: NamedNode, predicate: NamedNode) -> list[Any]:
    return sorted((q.object for q in quads if q.subject == subject and q.predicate == predicate), key=str)


def provenance(document: str = "d1", start: int = 0, end: int = 15, **kw: Any) -> Provenance:
    fields: dict[str, Any] = {"sentence": "Acme sues Beta.", "sentence_start": 0,
                              "rule": "rule-1", "confidence": 0.8}
    fields.update(kw)
    return Provenance(document=document, start=start, end=end, **fields)


def document(facts: tuple[Fact, ...], entities: tuple[Entity, ...] | None = None,
             **article: Any) -> ResolvedDocument:
    fields: dict[str, Any] = {"id": "d1", "text": "Acme sues Beta.", "source": "d1.txt"}
    fields.update(article)
    if entities is None:
        keys = sorted({k for f in facts for k in (f.head, f.tail)})
        entities = tuple(Entity(k, k.partition("/")[2], k.partition("/")[0]) for k in keys)
    return ResolvedDocument(Article(**fields), entities, facts)


def one_fact(predicate: str, head: str = "Organization/Acme", tail: str = "Organization/Beta",
             **qualifiers: Any) -> list[Quad]:
    fact = Fact(head, predicate, tail, provenance(), Qualifiers(**qualifiers))
    return document_quads(document((fact,)), base_iri=BASE)


def to_rdflib_graph(quads: list[Quad]) -> rdflib.Graph:
    data = pyoxigraph.serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def assert_isomorphic(actual: rdflib.Graph, expected: rdflib.Graph) -> None:
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        pytest.fail(
            "graphs differ\n--- only in actual:\n" + only_actual.serialize(format="nt")
            + "--- only in expected:\n" + only_expected.serialize(format="nt")
        )


# --- golden: the record-to-RDF mapping -------------------------------------------------

GOLDEN_TTL = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix doc: <https://x.org/kg/document/> .
@prefix org: <https://x.org/kg/entity/Organization/> .
@prefix st: <https://x.org/kg/statement/> .

doc:d1 a kg:Document, schema:NewsArticle, prov:Entity ;
    kg:sourceText "d1.txt" ;
    schema:text "Acme sues Beta." ;
    schema:identifier "d1" ;
    schema:headline "Acme v Beta" ;
    schema:datePublished "2025"^^xsd:gYear ;
    schema:mentions org:Acme, <https://x.org/kg/entity/Organization/Beta%20Inc> .

org:Acme a kg:Organization ;
    rdfs:label "Acme" ;
    skos:altLabel "ACME Corp" ;
    kg:sues <https://x.org/kg/entity/Organization/Beta%20Inc> .

<https://x.org/kg/entity/Organization/Beta%20Inc> a kg:Organization ;
    rdfs:label "Beta Inc" .

st:4237f3368150775dbaf1 a kg:Statement ;
    rdf:subject org:Acme ;
    rdf:predicate kg:sues ;
    rdf:object <https://x.org/kg/entity/Organization/Beta%20Inc> ;
    kg:sourceDocument doc:d1 ;
    prov:wasDerivedFrom doc:d1 ;
    kg:sentence "Acme sues Beta." ;
    kg:sentenceStart 0 ;
    kg:charStart 0 ;
    kg:charEnd 15 ;
    kg:extractionRule "sue-verb" ;
    kg:confidence 0.8 ;
    kg:amount 2500000.0 ;
    kg:currency "USD" ;
    kg:status "filed" .
"""


def golden_document() -> ResolvedDocument:
    article = Article(id="d1", text="Acme sues Beta.", source="d1.txt", title="Acme v Beta", date="2025")
    entities = (
        Entity("Organization/Acme", "Acme", "Organization", aliases=("ACME Corp",)),
        Entity("Organization/Beta Inc", "Beta Inc", "Organization"),
    )
    fact = Fact("Organization/Acme", "sues", "Organization/Beta Inc",
                Provenance("d1", "Acme sues Beta.", 0, 0, 15, "sue-verb", 0.8),
                Qualifiers(amount=Decimal("2.50E6"), currency="USD", status="filed"))
    return ResolvedDocument(article, entities, (fact,))


def test_graph_golden_record_to_rdf() -> None:
    quads = document_quads(golden_document(), base_iri=BASE)
    assert {q.graph_name for q in quads} == {NamedNode(BASE + "document/d1")}
    expected = rdflib.Graph().parse(data=GOLDEN_TTL, format="turtle")
    assert_isomorphic(to_rdflib_graph(quads), expected)


# --- IRIs ------------------------------------------------------------------------------


def test_graph_mint_iri_percent_encodes() -> None:
    assert mint_iri(BASE, "entity", "Organization", "AT&T / Bell <Labs>").value == (
        BASE + "entity/Organization/AT%26T%20%2F%20Bell%20%3CLabs%3E")
    assert mint_iri("urn:kg:", "document", "abc").value == "urn:kg:document/abc"
    assert mint_iri(BASE, "entity", "Place", "Zürich").value == BASE + "entity/Place/Z%C3%BCrich"
    assert entity_iri(BASE, "Organization/A/B").value == BASE + "entity/Organization/A%2FB"
    assert document_iri(BASE, "d1").value == BASE + "document/d1"


def test_graph_distinct_labels_give_distinct_iris() -> None:
    labels = ["A B", "A%20B", "A+B", "A_B", "a b", "A/B", "A%2FB"]
    iris = {entity_iri(BASE, f"Organization/{label}").value for label in labels}
    assert len(iris) == len(labels)


HOSTILE = st.one_of(
    st.text(min_size=1),
    st.text(
        alphabet=st.sampled_from(list(' "\'<>{}|^`\\\n\r\t%#/?:@&=+.~-_')
                                 + ["\u200f", "\u202e", "\u2028", "\x00", "\x7f", "\ufeff",
                                    "😀", "👩", "\u200d", "é", "ß", "\U0010fffd"]),
        min_size=1,
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=HOSTILE, alias=HOSTILE, sentence=HOSTILE, doc_id=HOSTILE)
def test_graph_hostile_labels_make_valid_iris_and_turtle(
    label: str, alias: str, sentence: str, doc_id: str
) -> None:
    head, tail = f"Organization/{label}", f"Person/{alias}"
    fact = Fact(tail, "ceoOf", head,
                Provenance(doc_id, sentence, 0, 1, 2, f"rule {sentence}", 0.5),
                Qualifiers(status=sentence, amount_text=alias))
    entities = (Entity(head, label, "Organization", aliases=(alias, sentence)),
                Entity(tail, alias, "Person"))
    resolved = ResolvedDocument(
        Article(id=doc_id, text=sentence, source=label, title=alias), entities, (fact,))
    quads = document_quads(resolved, base_iri=BASE)

    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, NamedNode)}
    for iri in iris:
        assert NamedNode(iri).value == iri
        assert not set(iri) & set(' "<>{}|^`\\\n')
    labels = [q.object.value for q in quads if q.predicate == NamedNode(RDFS + "label")]
    assert sorted(labels) == sorted([label, alias])

    data = pyoxigraph.serialize([q.triple for q in quads], format=RdfFormat.TURTLE, prefixes=PREFIXES)
    assert data is not None
    reparsed = list(pyoxigraph.parse(data, format=RdfFormat.TURTLE))
    assert len(reparsed) == len(quads)
    assert {(t.subject, t.predicate, t.object) for t in reparsed} == triples(quads)
    with_rdflib = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert len(with_rdflib) == len(quads)


# --- base IRI --------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["https://x.org/kg/", "urn:kg:", "https://x.org/kg#",
                                  "http://localhost:8080/id/"])
def test_graph_check_base_iri_accepts(base: str) -> None:
    assert check_base_iri(base) == base
    assert document_iri(base, "abc").value == base + "document/abc"


@pytest.mark.parametrize("base", ["", "kg/", "/kg/", "x.org/kg/", "https://x.org/kg",
                                  "https://x org/kg/", "https://x.org/<kg>/", "mailto:",
                                  "https://x.org/k\"g/", "urn:kg"])
def test_graph_check_base_iri_rejects(base: str) -> None:
    with pytest.raises(InputError) as excinfo:
        check_base_iri(base)
    message = str(excinfo.value)
    assert message.startswith(f"--base-iri {base!r}: ")
    assert "\n" not in message


# --- literals --------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "kind"), [("2025-11-21", "date"), ("2025-11", "gYearMonth"),
                                             ("2025", "gYear"), ("2024-02-29", "date")])
def test_graph_date_literal_types(value: str, kind: str) -> None:
    assert date_literal(value) == Literal(value, datatype=NamedNode(XSD + kind))


@pytest.mark.parametrize("value", ["", "25", "abcd", "2025-13", "2025-00", "2025-02-30",
                                   "2023-02-29", "2025/11/21", "2025-11-21T10:00:00",
                                   "２０２５", "21-11-2025"])
def test_graph_date_literal_rejects(value: str) -> None:
    with pytest.raises(InputError, match="not an ISO date, year-month or year"):
        date_literal(value)


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("1.50"), "1.5"), (Decimal("1000"), "1000.0"), (Decimal("2.5E6"), "2500000.0"),
    (Decimal("0"), "0.0"), (Decimal("-3.250"), "-3.25"), (0.9, "0.9"), (1.0, "1.0"),
    (Decimal("0.000001"), "0.000001"),
])
def test_graph_decimal_literal(value: Decimal | float, text: str) -> None:
    assert decimal_literal(value) == Literal(text, datatype=NamedNode(XSD + "decimal"))


@pytest.mark.parametrize("value", [Decimal("NaN"), float("inf"), Decimal("-Infinity")])
def test_graph_decimal_literal_rejects_non_finite(value: Decimal | float) -> None:
    with pytest.raises(InputError, match="not a finite decimal"):
        decimal_literal(value)


def test_graph_article_triples() -> None:
    resolved = document((), entities=(), title="Title", date="2025-11-21",
                        url="https://news.example/a?b=1")
    quads = document_quads(resolved, base_iri=BASE)
    doc = document_iri(BASE, "d1")
    assert objects(quads, doc, NamedNode(SCHEMA + "datePublished")) == [
        Literal("2025-11-21", datatype=NamedNode(XSD + "date"))]
    assert objects(quads, doc, NamedNode(SCHEMA + "url")) == [NamedNode("https://news.example/a?b=1")]
    assert objects(quads, doc, NamedNode(SCHEMA + "headline")) == [Literal("Title")]
    assert objects(quads, doc, NamedNode(SCHEMA + "text")) == [Literal("Acme sues Beta.")]
    assert objects(quads, doc, NamedNode(RDF + "type")) == sorted(
        [kg("Document"), NamedNode(SCHEMA + "NewsArticle"), NamedNode("http://www.w3.org/ns/prov#Entity")],
        key=str)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("date", "21 Nov 2025", "d1.txt: date '21 Nov 2025' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ("url", "not a url", "d1.txt: url 'not a url' is not a valid IRI"),
])
def test_graph_bad_article_metadata(field: str, value: str, message: str) -> None:
    with pytest.raises(InputError) as excinfo:
        document_quads(document((), entities=(), **{field: value}), base_iri=BASE)
    assert str(excinfo.value) == message


def test_graph_entity_triples() -> None:
    entity = Entity("Organization/Foxconn", "Foxconn", "Organization", aliases=("Hon Hai", "鴻海"),
                    same_as=("http://www.wikidata.org/entity/Q463094",))
    quads = document_quads(document((), entities=(entity,)), base_iri=BASE)
    node = ent("Organization/Foxconn")
    assert objects(quads, node, NamedNode(RDF + "type")) == [kg("Organization")]
    assert objects(quads, node, NamedNode(RDFS + "label")) == [Literal("Foxconn")]
    assert objects(quads, node, NamedNode(SKOS + "altLabel")) == [Literal("Hon Hai"), Literal("鴻海")]
    assert objects(quads, node, NamedNode("http://www.w3.org/2002/07/owl#sameAs")) == [
        NamedNode("http://www.wikidata.org/entity/Q463094")]
    assert objects(quads, document_iri(BASE, "d1"), NamedNode(SCHEMA + "mentions")) == [node]


# --- statements ------------------------------------------------------------------------


def test_graph_statement_carries_evidence_and_qualifiers() -> None:
    fact = Fact(
        "Organization/Acme", "acquires", "Organization/Beta",
        Provenance("d1", "Acme buys Beta for $2.5bn.", 7, 7, 33, "acquire-verb", 0.85),
        Qualifiers(start_date="2025-11-21", end_date="2026", point_in_time="2025-12",
                   amount=Decimal("2500000000"), currency="USD", amount_text="$2.5bn",
                   percentage=Decimal("12.50"), status="announced"),
    )
    quads = document_quads(document((fact,)), base_iri=BASE)
    statement = statement_iri(BASE, fact)
    integer, decimal = NamedNode(XSD + "integer"), NamedNode(XSD + "decimal")
    expected = {
        (RDF + "type"): [kg("Statement")],
        (RDF + "subject"): [ent("Organization/Acme")],
        (RDF + "predicate"): [kg("acquires")],
        (RDF + "object"): [ent("Organization/Beta")],
        (NAMESPACE + "sourceDocument"): [document_iri(BASE, "d1")],
        "http://www.w3.org/ns/prov#wasDerivedFrom": [document_iri(BASE, "d1")],
        (NAMESPACE + "sentence"): [Literal("Acme buys Beta for $2.5bn.")],
        (NAMESPACE + "sentenceStart"): [Literal("7", datatype=integer)],
        (NAMESPACE + "charStart"): [Literal("7", datatype=integer)],
        (NAMESPACE + "charEnd"): [Literal("33", datatype=integer)],
        (NAMESPACE + "extractionRule"): [Literal("acquire-verb")],
        (NAMESPACE + "confidence"): [Literal("0.85", datatype=decimal)],
        (NAMESPACE + "startDate"): [Literal("2025-11-21", datatype=NamedNode(XSD + "date"))],
        (NAMESPACE + "endDate"): [Literal("2026", datatype=NamedNode(XSD + "gYear"))],
        (NAMESPACE + "pointInTime"): [Literal("2025-12", datatype=NamedNode(XSD + "gYearMonth"))],
        (NAMESPACE + "amount"): [Literal("2500000000.0", datatype=decimal)],
        (NAMESPACE + "currency"): [Literal("USD")],
        (NAMESPACE + "amountText"): [Literal("$2.5bn")],
        (NAMESPACE + "percentage"): [Literal("12.5", datatype=decimal)],
        (NAMESPACE + "status"): [Literal("announced")],
    }
    actual: dict[str, list[Any]] = {}
    for q in quads:
        if q.subject == statement:
            actual.setdefault(q.predicate.value, []).append(q.object)
    assert actual == expected


def test_graph_statement_iri_depends_on_span_and_document() -> None:
    fact = Fact("Organization/Acme", "sues", "Organization/Beta", provenance())
    same = Fact("Organization/Acme", "sues", "Organization/Beta", provenance(confidence=0.1))
    other_span = Fact("Organization/Acme", "sues", "Organization/Beta", provenance(start=1))
    other_doc = Fact("Organization/Acme", "sues", "Organization/Beta", provenance(document="d2"))
    assert statement_iri(BASE, fact) == statement_iri(BASE, same)
    assert len({statement_iri(BASE, f) for f in (fact, other_span, other_doc)}) == 3
    assert statement_iri(BASE, fact).value.startswith(BASE + "statement/")


# --- entailment ------------------------------------------------------------------------


def direct(quads: list[Quad]) -> set[tuple[str, str, str]]:
    """The entity-to-entity triples in the kg namespace, as short names."""
    prefix = BASE + "entity/"
    return {(q.subject.value[len(prefix):], q.predicate.value[len(NAMESPACE):], q.object.value[len(prefix):])
            for q in quads
            if q.subject.value.startswith(prefix) and isinstance(q.object, NamedNode)
            and q.object.value.startswith(prefix)}


def test_graph_symmetric_both_directions() -> None:
    assert direct(one_fact("partnersWith")) == {
        ("Organization/Acme", "partnersWith", "Organization/Beta"),
        ("Organization/Beta", "partnersWith", "Organization/Acme"),
    }


def test_graph_inverse_reversed() -> None:
    assert direct(one_fact("suppliesTo")) == {
        ("Organization/Acme", "suppliesTo", "Organization/Beta"),
        ("Organization/Beta", "customerOf", "Organization/Acme"),
    }
    assert direct(one_fact("customerOf")) == {
        ("Organization/Acme", "customerOf", "Organization/Beta"),
        ("Organization/Beta", "suppliesTo", "Organization/Acme"),
    }


def test_graph_super_properties_are_transitive() -> None:
    assert direct(one_fact("chairmanOf", head="Person/Jane")) == {
        ("Person/Jane", "chairmanOf", "Organization/Beta"),
        ("Person/Jane", "boardMemberOf", "Organization/Beta"),
        ("Person/Jane", "worksFor", "Organization/Beta"),
    }
    # manufacturesFor -> suppliesTo, whose inverse is customerOf
    assert direct(one_fact("manufacturesFor")) == {
        ("Organization/Acme", "manufacturesFor", "Organization/Beta"),
        ("Organization/Acme", "suppliesTo", "Organization/Beta"),
        ("Organization/Beta", "customerOf", "Organization/Acme"),
    }


def test_graph_plain_relation_entails_nothing_more() -> None:
    assert direct(one_fact("sues")) == {("Organization/Acme", "sues", "Organization/Beta")}


def test_graph_statement_names_only_the_stated_triple() -> None:
    quads = one_fact("chairmanOf", head="Person/Jane")
    assert [q.object for q in quads if q.predicate == NamedNode(RDF + "predicate")] == [kg("chairmanOf")]
    assert sum(1 for q in quads if q.object == kg("Statement")) == 1


@pytest.mark.parametrize("predicate", sorted(RELATIONS))
def test_graph_entailed_closure_is_consistent(predicate: str) -> None:
    result = list(entailed(predicate, "h", "t"))
    assert result == sorted(set(result))
    assert ("h", predicate, "t") in result
    spec = RELATIONS[predicate]
    for sup in spec.super_properties:
        assert ("h", sup, "t") in result
    if spec.symmetric:
        assert ("t", predicate, "h") in result
    if spec.inverse:
        assert ("t", spec.inverse, "h") in result


def test_graph_negated_fact_has_statement_but_no_triple() -> None:
    quads = one_fact("partnersWith", negated=True, status="denied")
    assert direct(quads) == set()
    [statement] = [q.subject for q in quads if q.object == kg("Statement")]
    assert objects(quads, statement, kg("negated")) == [
        Literal("true", datatype=NamedNode(XSD + "boolean"))]
    assert objects(quads, statement, NamedNode(RDF + "predicate")) == [kg("partnersWith")]
    assert objects(quads, statement, kg("status")) == [Literal("denied")]


def test_graph_not_negated_has_no_negated_triple() -> None:
    assert not [q for q in one_fact("sues") if q.predicate == kg("negated")]


# --- order -----------------------------------------------------------------------------


def test_graph_order_is_stable(make_resolved: Callable[..., ResolvedDocument]) -> None:
    resolved = make_resolved()
    first = document_quads(resolved, base_iri=BASE)
    assert document_quads(resolved, base_iri=BASE) == first
    shuffled = list(resolved.entities), list(resolved.facts)
    rng = random.Random(7)
    for items in shuffled:
        rng.shuffle(items)
    reordered = ResolvedDocument(resolved.article, tuple(reversed(shuffled[0])), tuple(reversed(shuffled[1])))
    assert document_quads(reordered, base_iri=BASE) == first
    keys = [(str(q.subject), str(q.predicate), str(q.object)) for q in first]
    assert len(keys) == len(set(keys))


def test_graph_no_duplicate_quads(make_resolved: Callable[..., ResolvedDocument]) -> None:
    resolved = make_resolved()
    doubled = ResolvedDocument(resolved.article, resolved.entities * 2, resolved.facts * 2)
    quads = document_quads(doubled, base_iri=BASE)
    assert len(quads) == len(set(quads))
    assert quads == document_quads(resolved, base_iri=BASE)
