"""SHACL validation of small hand-built graphs that follow the kg data model."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import OWL, RDF, RDFS, SH, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

import kg.validate
from kg.config import DEFAULT_BASE_IRI, ontology_file
from kg.errors import OntologyError
from kg.validate import ValidationReport, return_code, validate_graph
from kg.vocab import KG, RELATIONS

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = Namespace("http://schema.org/")
# Not rdflib's XSD: pytest probes module globals for "_mock_name" and rdflib's XSD warns on it.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SHAPES = Namespace("https://w3id.org/kg-news/shapes#")


def entity(type_: str, label: str) -> URIRef:
    return URIRef(f"{DEFAULT_BASE_IRI}entity/{type_}/{quote(label)}")


@dataclass
class Sample:
    """A graph that conforms, and the nodes the tests break."""

    graph: Graph
    foxconn: URIRef
    liu: URIRef
    document: URIRef
    statement: URIRef


def build_sample() -> Sample:
    """Two entities, one document and one fully qualified chairmanOf statement."""
    g = Graph()
    foxconn = entity("Organization", "Foxconn")
    liu = entity("Person", "Young Liu")
    taiwan = entity("Place", "Taiwan")
    for node, cls, label in (
        (foxconn, KG.Organization, "Foxconn"),
        (liu, KG.Person, "Young Liu"),
        (taiwan, KG.Place, "Taiwan"),
    ):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((foxconn, SKOS.altLabel, Literal("Hon Hai")))
    g.add((foxconn, SKOS.altLabel, Literal("Hon Hai Precision Industry")))
    g.add((foxconn, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q463094")))

    doc = URIRef(f"{DEFAULT_BASE_IRI}document/d1")
    for cls in (KG.Document, SCHEMA.NewsArticle, PROV.Entity):
        g.add((doc, RDF.type, cls))
    g.add((doc, KG.sourceText, Literal("seeds/foxconn.txt")))
    g.add((doc, SCHEMA.headline, Literal("Foxconn chairman speaks")))
    g.add((doc, SCHEMA.datePublished, Literal("2025-05-20", datatype=XSD.date)))
    g.add((doc, SCHEMA.url, URIRef("https://example.com/news/1")))

    # The direct triples, with the super-properties materialized.
    g.add((liu, KG.chairmanOf, foxconn))
    g.add((liu, KG.boardMemberOf, foxconn))
    g.add((liu, KG.worksFor, foxconn))
    g.add((foxconn, KG.locatedIn, taiwan))

    st = URIRef(f"{DEFAULT_BASE_IRI}statement/0123abcd")
    for p, o in (
        (RDF.type, KG.Statement),
        (RDF.subject, liu),
        (RDF.predicate, KG.chairmanOf),
        (RDF.object, foxconn),
        (KG.sourceDocument, doc),
        (PROV.wasDerivedFrom, doc),
        (KG.sentence, Literal("Foxconn chairman Young Liu said ...")),
        (KG.sentenceStart, Literal(120)),
        (KG.charStart, Literal(120)),
        (KG.charEnd, Literal(150)),
        (KG.extractionRule, Literal("title-of-org")),
        (KG.confidence, Literal(Decimal("0.9"))),
        (KG.status, Literal("confirmed")),
        (KG.negated, Literal(False)),
        (KG.amount, Literal(Decimal("1400000000"))),
        (KG.currency, Literal("USD")),
        (KG.amountText, Literal("$1.4 billion")),
        (KG.percentage, Literal(Decimal("49"))),
        (KG.startDate, Literal("2019-07-01", datatype=XSD.date)),
        (KG.endDate, Literal("2030", datatype=XSD.gYear)),
        (KG.pointInTime, Literal("2025-05", datatype=XSD.gYearMonth)),
    ):
        g.add((st, p, o))
    return Sample(g, foxconn, liu, doc, st)


def found(report: ValidationReport) -> set[tuple[Node, Node | None]]:
    return {(v.focus_node, v.path) for v in report.violations}


def replace(g: Graph, s: Node, p: URIRef, o: Node) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


@pytest.fixture
def sample() -> Sample:
    return build_sample()


def test_validate_sample_conforms(sample: Sample) -> None:
    report = validate_graph(sample.graph)
    assert report.violations == (), report.text
    assert report.conforms
    assert return_code(report) == 0


def test_validate_leaves_data_untouched(sample: Sample) -> None:
    before = set(sample.graph)
    validate_graph(sample.graph)
    assert set(sample.graph) == before


# Each case breaks the sample in one way; the report must name exactly that problem.
Break = Callable[[Sample], tuple[Node, Node | None]]


def _missing_sentence(s: Sample):
    s.graph.remove((s.statement, KG.sentence, None))
    return s.statement, KG.sentence


def _confidence_above_one(s: Sample):
    replace(s.graph, s.statement, KG.confidence, Literal(Decimal("1.5")))
    return s.statement, KG.confidence


def _unknown_status(s: Sample):
    replace(s.graph, s.statement, KG.status, Literal("rumoured"))
    return s.statement, KG.status


def _chairman_is_organization(s: Sample):
    other = entity("Organization", "Hon Hai Technology Group")
    s.graph.add((other, RDF.type, KG.Organization))
    s.graph.add((other, RDFS.label, Literal("Hon Hai Technology Group")))
    s.graph.add((s.foxconn, KG.chairmanOf, other))
    return s.foxconn, None


def _two_labels(s: Sample):
    s.graph.add((s.foxconn, RDFS.label, Literal("Hon Hai")))
    return s.foxconn, RDFS.label


def _date_as_plain_string(s: Sample):
    replace(s.graph, s.statement, KG.pointInTime, Literal("2025-05"))
    return s.statement, KG.pointInTime


def _object_outside_range(s: Sample):
    s.graph.add((s.foxconn, KG.acquires, s.liu))
    return s.foxconn, KG.acquires


def _predicate_not_a_relation(s: Sample):
    replace(s.graph, s.statement, RDF.predicate, KG.sentence)
    return s.statement, RDF.predicate


def _lowercase_currency(s: Sample):
    replace(s.graph, s.statement, KG.currency, Literal("usd"))
    return s.statement, KG.currency


def _span_ends_before_start(s: Sample):
    replace(s.graph, s.statement, KG.charEnd, Literal(100))
    return s.statement, KG.charStart


def _derived_from_other_document(s: Sample):
    replace(s.graph, s.statement, PROV.wasDerivedFrom, URIRef(f"{DEFAULT_BASE_IRI}document/d2"))
    return s.statement, PROV.wasDerivedFrom


def _document_without_source(s: Sample):
    s.graph.remove((s.document, KG.sourceText, None))
    return s.document, KG.sourceText


def _confidence_as_double(s: Sample):
    replace(s.graph, s.statement, KG.confidence, Literal(0.9))
    return s.statement, KG.confidence


@pytest.mark.parametrize(
    ("break_", "message"),
    [
        (_missing_sentence, "Less than 1 values"),
        (_confidence_above_one, "Value is not <="),
        (_unknown_status, "kg:status must be one of reported, planned, potential, confirmed"),
        (_chairman_is_organization, "subject of kg:chairmanOf must have class kg:Person"),
        (_two_labels, "More than 1 values"),
        (_date_as_plain_string, "kg:pointInTime must be an xsd:date, xsd:gYearMonth or xsd:gYear literal"),
        (_object_outside_range, "object of kg:acquires must have class kg:Organization, kg:Product or kg:Facility"),
        (_predicate_not_a_relation, "rdf:predicate must be a relation of the kg ontology"),
        (_lowercase_currency, "^[A-Z]{3}$"),
        (_span_ends_before_start, "kg:charEnd"),
        (_derived_from_other_document, "kg:sourceDocument"),
        (_document_without_source, "Less than 1 values"),
        (_confidence_as_double, "xsd:decimal"),
    ],
    ids=lambda case: case.__name__.strip("_") if callable(case) else None,
)
def test_validate_reports_the_broken_constraint(sample: Sample, break_: Break, message: str) -> None:
    expected = break_(sample)
    report = validate_graph(sample.graph)
    assert not report.conforms
    assert return_code(report) == 1
    assert found(report) == {expected}, report.text
    for violation in report.violations:  # sh:equals reports each differing value
        assert message in violation.message
        assert violation.severity == "Violation"


@pytest.mark.parametrize(
    ("break_", "value"),
    [(_unknown_status, Literal("rumoured")), (_confidence_above_one, Literal(Decimal("1.5")))],
)
def test_validate_reports_the_offending_value(sample: Sample, break_: Break, value: Literal) -> None:
    break_(sample)
    (violation,) = validate_graph(sample.graph).violations
    assert violation.value == value


def test_validate_status_accepts_typed_string(sample: Sample) -> None:
    """rdflib keeps "x" and "x"^^xsd:string apart; both spellings are a valid status."""
    replace(sample.graph, sample.statement, KG.status, Literal("planned", datatype=XSD.string))
    assert validate_graph(sample.graph).conforms


def test_validate_unparsable_shapes_raise_ontology_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "shapes.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle", encoding="utf-8")
    real = kg.validate.ontology_file
    monkeypatch.setattr(kg.validate, "ontology_file", lambda name: bad if name == "shapes.ttl" else real(name))
    with pytest.raises(OntologyError, match="shapes.ttl") as info:
        validate_graph(Graph())
    assert info.value.__cause__ is not None


def test_return_code_is_zero_only_when_conforming() -> None:
    assert return_code(ValidationReport(conforms=True, violations=(), text="")) == 0
    assert return_code(ValidationReport(conforms=False, violations=(), text="")) == 1


# ---- the shapes file itself


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def test_shapes_are_generated_from_current_ontology() -> None:
    render = _load_script("generate_shapes").render
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    current = ontology_file("shapes.ttl").read_text(encoding="utf-8")
    assert render(ontology) == current, "ontology/shapes.ttl is stale: run python scripts/generate_shapes.py"


def _classes(shapes: Graph, shape: Node) -> set[str]:
    """Local names of the classes a shape accepts, through sh:class or sh:or of sh:class."""
    names = {str(c).rpartition("#")[2] for c in shapes.objects(shape, SH["class"])}
    for alternatives in shapes.objects(shape, SH["or"]):
        for alternative in Collection(shapes, alternatives):
            names |= {str(c).rpartition("#")[2] for c in shapes.objects(alternative, SH["class"])}
    return names


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_shapes_cover_relation(shapes: Graph, name: str) -> None:
    spec = RELATIONS[name]
    targeted = set(shapes.subjects(SH.targetSubjectsOf, KG[name]))
    domain = [s for s in targeted if (s, SH.path, None) not in shapes]
    ranges = [s for s in targeted if (s, SH.path, KG[name]) in shapes]
    assert len(domain) == 1 and len(ranges) == 1, f"kg:{name} needs one domain and one range shape"
    assert _classes(shapes, domain[0]) == set(spec.domain)
    assert _classes(shapes, ranges[0]) == set(spec.range)


def test_shapes_allow_exactly_the_relations_as_predicates(shapes: Graph) -> None:
    lists = [
        lst
        for shape in shapes.subjects(SH.path, RDF.predicate)
        for lst in shapes.objects(shape, SH["in"])
    ]
    assert len(lists) == 1
    assert set(Collection(shapes, lists[0])) == {KG[name] for name in RELATIONS}


def test_shapes_have_no_blank_top_level_shapes(shapes: Graph) -> None:
    """Named shapes make sh:sourceShape in a report point somewhere a reader can look up."""
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in shapes.subjects(RDF.type, kind):
            assert not isinstance(shape, BNode)
            assert str(shape).startswith(str(SHAPES))
