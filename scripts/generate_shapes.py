"""Generate ``ontology/shapes.ttl`` (SHACL) from ``ontology/kg.ttl``.

The entity targets, the list of allowed ``rdf:predicate`` values and two shapes per relation
(domain and range) come from the ontology, so the shapes cannot drift from it; the entity,
document and statement constraints are the tables below. ``tests/test_validate.py`` fails
when ``shapes.ttl`` is stale. Run: ``python scripts/generate_shapes.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
TARGET = ROOT / "ontology" / "shapes.ttl"
NS = "https://w3id.org/kg-news/ontology#"
SHAPES_NS = "https://w3id.org/kg-news/shapes#"

HEADER = f"""\
# SHACL shapes of the kg news knowledge graph.
# Generated from ontology/kg.ttl by scripts/generate_shapes.py: do not edit by hand.
# kg.validate checks graphs against these shapes (`kg validate`).

@prefix kg: <{NS}> .
@prefix kgsh: <{SHAPES_NS}> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# pyshacl checks the sh:property of a node shape once per focus node, but a property shape
# with its own target once for all of them; on a graph of 20k statements that is the
# difference between minutes and seconds. So every property shape here is top-level.
# Each sh:message sits in a shape of its own, because a message replaces the default text of
# every constraint in its shape ("Less than 1 values" would read as a bad value).
# kg:status uses sh:pattern, not sh:in: rdflib tells "x" from "x"^^xsd:string and sh:in
# compares terms, so one of the two spellings of the same literal would fail.

ONE = "sh:minCount 1 ; sh:maxCount 1"
STRING = "sh:datatype xsd:string"
# Dates in the graph are as precise as the article: a day, a month or a year.
DATE = "sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] )"
DATE_MESSAGE = "must be an xsd:date, xsd:gYearMonth or xsd:gYear literal"
STATUSES = ("reported", "planned", "potential", "confirmed")


def _date(path: str) -> str:
    return f'{DATE} ;\n    sh:message "{path} {DATE_MESSAGE}"'


ENTITY_PROPERTIES = (
    ("label", "rdfs:label", f"{ONE} ; {STRING}"),
    ("altLabel", "skos:altLabel", STRING),
    ("sameAs", "owl:sameAs", "sh:nodeKind sh:IRI"),
)

DOCUMENT_PROPERTIES = (
    ("sourceText", "kg:sourceText", f"{ONE} ; {STRING}"),
    ("headline", "schema:headline", f"sh:maxCount 1 ; {STRING}"),
    ("datePublished", "schema:datePublished", "sh:maxCount 1"),
    ("datePublished-value", "schema:datePublished", _date("schema:datePublished")),
    ("url", "schema:url", "sh:maxCount 1 ; sh:nodeKind sh:IRI"),
)

STATEMENT_PROPERTIES = (
    ("subject", "rdf:subject", f"{ONE} ; sh:nodeKind sh:IRI"),
    ("predicate", "rdf:predicate", ONE),
    # ("predicate-in", ...) is added by render(): it lists the relations of the ontology.
    ("object", "rdf:object", f"{ONE} ; sh:nodeKind sh:IRI"),
    ("sourceDocument", "kg:sourceDocument", f"{ONE} ; sh:class kg:Document"),
    ("wasDerivedFrom", "prov:wasDerivedFrom", f"{ONE} ; sh:equals kg:sourceDocument"),
    ("sentence", "kg:sentence", f"{ONE} ; {STRING}"),
    ("sentenceStart", "kg:sentenceStart", f"{ONE} ; sh:datatype xsd:integer ; sh:minInclusive 0"),
    (
        "charStart",
        "kg:charStart",
        f"{ONE} ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:lessThanOrEquals kg:charEnd",
    ),
    ("charEnd", "kg:charEnd", f"{ONE} ; sh:datatype xsd:integer ; sh:minInclusive 0"),
    ("extractionRule", "kg:extractionRule", f"{ONE} ; {STRING}"),
    (
        "confidence",
        "kg:confidence",
        f"{ONE} ; sh:datatype xsd:decimal ; sh:minInclusive 0 ; sh:maxInclusive 1",
    ),
    ("status", "kg:status", f"sh:maxCount 1 ; {STRING}"),
    (
        "status-value",
        "kg:status",
        f'sh:pattern "^({"|".join(STATUSES)})$" ;\n'
        f'    sh:message "kg:status must be one of {", ".join(STATUSES)}"',
    ),
    ("negated", "kg:negated", "sh:maxCount 1 ; sh:datatype xsd:boolean"),
    ("amount", "kg:amount", "sh:maxCount 1 ; sh:datatype xsd:decimal"),
    ("currency", "kg:currency", f'sh:maxCount 1 ; {STRING} ; sh:pattern "^[A-Z]{{3}}$"'),
    ("amountText", "kg:amountText", f"sh:maxCount 1 ; {STRING}"),
    ("percentage", "kg:percentage", "sh:maxCount 1 ; sh:datatype xsd:decimal"),
    ("startDate", "kg:startDate", "sh:maxCount 1"),
    ("startDate-value", "kg:startDate", _date("kg:startDate")),
    ("endDate", "kg:endDate", "sh:maxCount 1"),
    ("endDate-value", "kg:endDate", _date("kg:endDate")),
    ("pointInTime", "kg:pointInTime", "sh:maxCount 1"),
    ("pointInTime-value", "kg:pointInTime", _date("kg:pointInTime")),
)


def _shape(name: str, kind: str, target: str, lines: list[str]) -> str:
    body = " ;\n    ".join([target, *lines])
    return f"kgsh:{name} a sh:{kind} ;\n    {body} .\n"


def _property_shapes(owner: str, target: str, properties) -> list[str]:
    return [
        _shape(f"{owner}-{name}", "PropertyShape", target, [f"sh:path {path}", constraints])
        for name, path, constraints in properties
    ]


def _local(term: URIRef) -> str:
    return str(term)[len(NS) :]


def _classes(graph: Graph, node, entity_classes: tuple[str, ...]) -> tuple[str, ...]:
    """Local names of a class or an owl:unionOf; kg:Entity stands for all its subclasses."""
    if isinstance(node, URIRef):
        if node == URIRef(NS + "Entity"):
            return entity_classes
        return (_local(node),) if str(node).startswith(NS) else ()
    members = graph.value(node, OWL.unionOf) if node is not None else None
    return tuple(_local(m) for m in Collection(graph, members)) if members else ()


def _relations(graph: Graph, entity_classes: tuple[str, ...]) -> list[tuple[str, tuple, tuple]]:
    """(name, domain, range) of every object property between entity classes, by name."""
    relations = []
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty)):
        if not str(prop).startswith(NS):
            continue
        domain = _classes(graph, graph.value(prop, RDFS.domain), entity_classes)
        rng = _classes(graph, graph.value(prop, RDFS.range), entity_classes)
        if domain and rng and set(domain + rng) <= set(entity_classes):
            relations.append((_local(prop), domain, rng))
    return relations


def _class_names(classes: tuple[str, ...]) -> str:
    names = [f"kg:{c}" for c in classes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _class_constraint(classes: tuple[str, ...]) -> str:
    if len(classes) == 1:
        return f"sh:class kg:{classes[0]}"
    return "sh:or ( " + " ".join(f"[ sh:class kg:{c} ]" for c in classes) + " )"


def _relation_shapes(name: str, domain: tuple[str, ...], rng: tuple[str, ...]) -> list[str]:
    target = f"sh:targetSubjectsOf kg:{name}"
    subject = [
        _class_constraint(domain),
        f'sh:message "subject of kg:{name} must have class {_class_names(domain)}"',
    ]
    objects = [
        f"sh:path kg:{name}",
        _class_constraint(rng),
        f'sh:message "object of kg:{name} must have class {_class_names(rng)}"',
    ]
    return [
        _shape(f"{name}-domain", "NodeShape", target, subject),
        _shape(f"{name}-range", "PropertyShape", target, objects),
    ]


def render(graph: Graph) -> str:
    """The whole shapes file as Turtle text; the same ontology always gives the same text."""
    entity = URIRef(NS + "Entity")
    entity_classes = tuple(sorted(_local(c) for c in graph.subjects(RDFS.subClassOf, entity)))
    relations = _relations(graph, entity_classes)
    entities = "sh:targetClass " + ", ".join(f"kg:{c}" for c in entity_classes)
    documents = "sh:targetClass kg:Document"
    statements = "sh:targetClass kg:Statement"
    predicates = " ".join(f"kg:{name}" for name, _, _ in relations)
    predicate_in = (
        "predicate-in",
        "rdf:predicate",
        f"sh:in ( {predicates} ) ;\n"
        '    sh:message "rdf:predicate must be a relation of the kg ontology"',
    )
    parts = [HEADER, "# ---- Entities: one canonical label, any number of aliases\n"]
    parts.append(_shape("Entity", "NodeShape", entities, ["sh:nodeKind sh:IRI"]))
    parts += _property_shapes("Entity", entities, ENTITY_PROPERTIES)
    parts.append("# ---- Documents: the articles read by kg\n")
    document_node = ["sh:nodeKind sh:IRI", "sh:class schema:NewsArticle, prov:Entity"]
    parts.append(_shape("Document", "NodeShape", documents, document_node))
    parts += _property_shapes("Document", documents, DOCUMENT_PROPERTIES)
    parts.append("# ---- Statements: a relation as one article states it, with evidence and qualifiers\n")
    parts.append(_shape("Statement", "NodeShape", statements, ["sh:nodeKind sh:IRI"]))
    properties = (*STATEMENT_PROPERTIES[:2], predicate_in, *STATEMENT_PROPERTIES[2:])
    parts += _property_shapes("Statement", statements, properties)
    parts.append("# ---- Relations: the subject must be in the domain, every object in the range\n")
    for relation in relations:
        parts += _relation_shapes(*relation)
    return "\n".join(parts)


def main() -> int:
    graph = Graph().parse(ONTOLOGY)
    TARGET.write_text(render(graph), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
