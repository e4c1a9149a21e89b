"""Generate ``kg/vocab.py`` from ``ontology/kg.ttl``.

The ontology is the single source of the vocabulary; this script turns it into Python
constants so code never retypes an IRI. ``tests/test_vocab.py`` fails when the generated
module is stale. Run: ``python scripts/generate_vocab.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
TARGET = ROOT / "kg" / "vocab.py"
NS = "https://w3id.org/kg-news/ontology#"


def _local(term: URIRef) -> str:
    return str(term)[len(NS) :]


def _classes(graph: Graph, node) -> tuple[str, ...]:
    if node is None:
        return ()
    if isinstance(node, URIRef):
        return (_local(node),) if str(node).startswith(NS) else ()
    members = graph.value(node, OWL.unionOf)
    return tuple(_local(m) for m in Collection(graph, members)) if members else ()


def render(graph: Graph) -> str:
    kg_terms = sorted(
        {_local(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}
    )
    entity = URIRef(NS + "Entity")
    classes = sorted(_local(c) for c in graph.subjects(RDFS.subClassOf, entity))
    relations = []
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty)):
        rng = _classes(graph, graph.value(prop, RDFS.range))
        if not str(prop).startswith(NS) or (not rng and graph.value(prop, RDFS.range) != entity):
            continue
        if graph.value(prop, RDFS.domain) == URIRef(NS + "Statement"):
            continue
        name = _local(prop)
        domain = _classes(graph, graph.value(prop, RDFS.domain))
        rng = rng if rng != ("Entity",) else tuple(classes)
        symmetric = (prop, RDF.type, OWL.SymmetricProperty) in graph
        inverse = graph.value(prop, OWL.inverseOf)
        supers = tuple(
            sorted(_local(s) for s in graph.objects(prop, RDFS.subPropertyOf) if str(s).startswith(NS))
        )
        relations.append((name, domain, rng, symmetric, _local(inverse) if inverse else None, supers))
    out = [
        '"""The kg vocabulary as Python constants, generated from ``ontology/kg.ttl``.',
        "",
        "Do not edit: run ``python scripts/generate_vocab.py``. ``tests/test_vocab.py`` fails when",
        "this file no longer matches the ontology.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        f'NAMESPACE = "{NS}"',
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """Terms of the kg ontology; an unknown name raises AttributeError."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NS}")',
        "",
    ]
    out += [f"    {t}: URIRef" for t in kg_terms]
    out += [
        "",
        "",
        "@dataclass(frozen=True)",
        "class RelationSpec:",
        '    """Domain, range and OWL characteristics of one relation."""',
        "",
        "    name: str",
        "    domain: tuple[str, ...]",
        "    range: tuple[str, ...]",
        "    symmetric: bool",
        "    inverse: str | None",
        "    super_properties: tuple[str, ...]",
        "",
        "    def accepts(self, head_type: str, tail_type: str) -> bool:",
        '        """Whether entities of these classes can be the relation\'s head and tail."""',
        "        return head_type in self.domain and tail_type in self.range",
        "",
        "",
        f"ENTITY_CLASSES: tuple[str, ...] = {tuple(classes)!r}",
        "",
        "RELATIONS: dict[str, RelationSpec] = {",
    ]
    for name, domain, rng, symmetric, inverse, supers in relations:
        out.append(
            f"    {name!r}: RelationSpec({name!r}, {domain!r}, {rng!r}, {symmetric!r}, {inverse!r}, {supers!r}),"
        )
    out += [
        "}",
        "",
        "",
        "def ancestors(relation: str) -> frozenset[str]:",
        '    """Every super-property of ``relation``, transitively (not the relation itself)."""',
        "    found: set[str] = set()",
        "    todo = list(RELATIONS[relation].super_properties)",
        "    while todo:",
        "        parent = todo.pop()",
        "        if parent not in found:",
        "            found.add(parent)",
        "            todo.extend(RELATIONS[parent].super_properties)",
        "    return frozenset(found)",
        "",
    ]
    return "\n".join(out)


def main() -> int:
    graph = Graph().parse(ONTOLOGY)
    TARGET.write_text(render(graph), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
