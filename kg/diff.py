"""What changed between two graphs: the entities and the facts added and removed.

An entity is a node typed with one of the entity classes (``kg:Organization``,
``kg:Person``, ...), shown by its ``rdfs:label``. A fact is a direct relation triple
(``<Foxconn> kg:partnersWith <Nvidia>``), exactly as a SPARQL user sees it, so the
triples the model materializes (the symmetric direction, the inverse, super-properties)
count too. Both are compared by IRI over the union of all documents.

:func:`diff_triples` is pure: two collections of triples in, a :class:`GraphDiff` out.
:func:`open_graph` reads a build directory, a store directory or an RDF file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode, Store, Triple

from kg import store as kg_store
from kg.errors import StoreError
from kg.vocab import ENTITY_CLASSES, NAMESPACE, RELATIONS

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_CLASSES = {NAMESPACE + name: name for name in ENTITY_CLASSES}
_RELATIONS = {NAMESPACE + name: name for name in RELATIONS}


@dataclass(frozen=True, order=True)
class EntityChange:
    """An entity that appeared or disappeared."""

    label: str
    type: str
    iri: str


@dataclass(frozen=True, order=True)
class FactChange:
    """A direct relation triple that appeared or disappeared, with the labels of its ends."""

    subject_label: str
    relation: str
    object_label: str
    subject: str
    object: str


@dataclass(frozen=True)
class GraphDiff:
    """Entities and facts added and removed, each sorted by label."""

    entities_added: tuple[EntityChange, ...] = ()
    entities_removed: tuple[EntityChange, ...] = ()
    facts_added: tuple[FactChange, ...] = ()
    facts_removed: tuple[FactChange, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.entities_added or self.entities_removed or self.facts_added or self.facts_removed)

    def summary(self) -> str:
        return (f"entities: {len(self.entities_added)} added, {len(self.entities_removed)} removed; "
                f"facts: {len(self.facts_added)} added, {len(self.facts_removed)} removed")

    def to_json(self) -> dict[str, Any]:
        def entity(e: EntityChange) -> dict[str, str]:
            return {"iri": e.iri, "label": e.label, "class": e.type}

        def fact(f: FactChange) -> dict[str, str]:
            return {"subject": f.subject, "subject_label": f.subject_label, "relation": f.relation,
                    "object": f.object, "object_label": f.object_label}

        return {
            "entities": {"added": [entity(e) for e in self.entities_added],
                         "removed": [entity(e) for e in self.entities_removed]},
            "facts": {"added": [fact(f) for f in self.facts_added],
                      "removed": [fact(f) for f in self.facts_removed]},
        }


@dataclass(frozen=True)
class Snapshot:
    """The entities (IRI to label and class) and facts (subject, relation, object) of a graph."""

    entities: dict[str, tuple[str, str]]
    facts: frozenset[tuple[str, str, str]]

    def label(self, iri: str) -> str:
        return self.entities[iri][0] if iri in self.entities else iri


def snapshot(triples: Iterable[Triple]) -> Snapshot:
    """The entities and facts among ``triples``."""
    types: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    facts = set()
    for triple in triples:
        s, p, o = triple.subject, triple.predicate.value, triple.object
        if not isinstance(s, NamedNode):
            continue
        if p == _RDF_TYPE and isinstance(o, NamedNode) and o.value in _CLASSES:
            types.setdefault(s.value, set()).add(_CLASSES[o.value])
        elif p == _RDFS_LABEL and isinstance(o, Literal):
            labels.setdefault(s.value, set()).add(o.value)
        elif p in _RELATIONS and isinstance(o, NamedNode):
            facts.add((s.value, _RELATIONS[p], o.value))
    entities = {iri: (min(labels.get(iri, {iri})), min(classes)) for iri, classes in types.items()}
    return Snapshot(entities, frozenset(facts))


def diff_snapshots(old: Snapshot, new: Snapshot) -> GraphDiff:
    """What ``new`` has that ``old`` lacks (added) and the reverse (removed)."""

    def entities(source: Snapshot, iris: set[str]) -> tuple[EntityChange, ...]:
        return tuple(sorted(EntityChange(*source.entities[i], i) for i in iris))

    def facts(source: Snapshot, triples: Iterable[tuple[str, str, str]]) -> tuple[FactChange, ...]:
        return tuple(sorted(FactChange(source.label(s), p, source.label(o), s, o) for s, p, o in triples))

    return GraphDiff(
        entities_added=entities(new, new.entities.keys() - old.entities.keys()),
        entities_removed=entities(old, old.entities.keys() - new.entities.keys()),
        facts_added=facts(new, new.facts - old.facts),
        facts_removed=facts(old, old.facts - new.facts),
    )


def diff_triples(old: Iterable[Triple], new: Iterable[Triple]) -> GraphDiff:
    """Entities and facts added and removed from the triples ``old`` to the triples ``new``."""
    return diff_snapshots(snapshot(old), snapshot(new))


def diff_stores(old: Store, new: Store) -> GraphDiff:
    """:func:`diff_triples` over the union of all documents of two stores."""
    return diff_triples(kg_store.union_triples(old), kg_store.union_triples(new))


def open_graph(path: Path) -> Store:
    """A graph to compare: a build directory (its ``store``), a store directory, or an
    RDF file (read into memory; the format comes from the suffix)."""
    if path.is_file():
        return kg_store.load_rdf_file(path)
    if not path.exists():
        raise StoreError(f"{path}: no such build directory, store or RDF file")
    if path.is_dir() and (path / "CURRENT").is_file():
        return kg_store.open_store(path, create=False)
    if path.is_dir() and (path / "store" / "CURRENT").is_file():
        return kg_store.open_store(path / "store", create=False)
    raise StoreError(f"{path}: not a build directory, a store or an RDF file")


__all__ = [
    "EntityChange",
    "FactChange",
    "GraphDiff",
    "Snapshot",
    "diff_snapshots",
    "diff_stores",
    "diff_triples",
    "open_graph",
    "snapshot",
]
