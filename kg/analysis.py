"""The questions analysts ask of the graph, answered with the statements behind them.

Everything here reads a :class:`kg.query.GraphView` (``load_view(store)``) and returns
data; nothing prints or exits.

- :func:`resolve_name`: a name to an entity, through labels and aliases, case-insensitive;
- :func:`neighbors`, :func:`paths`, :func:`explain`, :func:`entities`, :func:`stats`;
- :func:`corroboration`: for every fact, how many distinct documents state it and when it
  was first and last seen (the documents' ``schema:datePublished``);
- :func:`relation_graph`: the graph as a networkx ``MultiDiGraph`` for your own analysis;
- ``*_rows`` functions turn answers into :class:`kg.query.QueryResult` tables for
  :func:`kg.query.format_result`.

Relations are read the way the ontology entails them (:func:`kg.graph.entailed`): a
symmetric relation holds both ways, ``suppliesTo`` and ``customerOf`` are inverses, and a
sub-property answers its super-property (``chairmanOf`` answers ``worksFor``). A negated
statement ("did not acquire") is no fact: it never links entities or corroborates
anything, and :func:`explain` lists it marked as negated.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import networkx as nx

from kg.errors import QueryError
from kg.graph import entailed
from kg.model import Entity, Fact
from kg.query import DocumentInfo, GraphView, QueryResult
from kg.vocab import ENTITY_CLASSES, RELATIONS

Triple = tuple[str, str, str]
"""A fact as (head IRI, relation name, tail IRI)."""

OUT, IN, BOTH = "->", "<-", "<->"
"""Directions of a link, read from its source: source -> target, target -> source, both
(a symmetric relation)."""

_MAX_SHORTEST_PATHS = 1000  # shortest paths looked at before sorting; the first max_paths are kept


# --- answers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corroboration:
    """How many distinct documents state a fact, and when it was first and last seen.

    ``first_seen`` and ``last_seen`` are the earliest and latest publication dates
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, compared as text) of those documents;
    undated documents count as sources but not for the dates."""

    documents: tuple[str, ...] = ()
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def count(self) -> int:
        return len(self.documents)


@dataclass(frozen=True)
class Evidence:
    """One statement: the fact as stated, with its sentence and the document it is from."""

    fact: Fact
    head: Entity
    tail: Entity
    document: DocumentInfo

    @property
    def sentence(self) -> str:
        return self.fact.provenance.sentence

    @property
    def title(self) -> str:
        """The document's headline, else where it came from."""
        return self.document.title or self.document.source


@dataclass(frozen=True)
class Link:
    """A relation between two entities, read from ``source``: ``direction`` is ``->``
    (source relation target), ``<-`` (target relation source) or ``<->`` (symmetric).
    ``evidence`` is every affirmative statement that supports it, oldest first."""

    source: Entity
    relation: str
    direction: str
    target: Entity
    evidence: tuple[Evidence, ...]
    corroboration: Corroboration

    @property
    def best(self) -> Evidence | None:
        """The statement to show when there is room for one: the most confident, then the
        oldest."""
        return min(self.evidence, key=lambda e: -e.fact.provenance.confidence, default=None)


@dataclass(frozen=True)
class Neighbor:
    """An entity ``depth`` hops away, reached through ``link`` (whose source is one hop
    closer)."""

    depth: int
    link: Link


@dataclass(frozen=True)
class Path:
    """A shortest path: its entities, and for each step the links between the two
    entities (often one; several when they are related in several ways)."""

    entities: tuple[Entity, ...]
    steps: tuple[tuple[Link, ...], ...]


@dataclass(frozen=True)
class Explanation:
    """The statements behind ``head relation tail``, folded through symmetric and inverse
    relations and sub-properties, oldest first. ``linked_by`` lists the relations that do
    link the two entities (stated either way), for when none answers."""

    head: Entity
    relation: str
    tail: Entity
    statements: tuple[Evidence, ...]
    corroboration: Corroboration
    linked_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntitySummary:
    """An entity with its number of facts (its degree in :func:`relation_graph`)."""

    entity: Entity
    facts: int


@dataclass(frozen=True)
class Stats:
    """Counts, and the most connected entities by degree and by PageRank."""

    documents: int
    entities: int
    statements: int
    facts: int
    classes: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    by_degree: tuple[tuple[Entity, int], ...]
    by_pagerank: tuple[tuple[Entity, float], ...]


# --- names ---------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name.translate(_QUOTES)).casefold().split())


def resolve_name(view: GraphView, name: str | Entity) -> Entity:
    """The entity a name refers to: a label or alias (case-insensitive; a label wins over
    an alias), ``Type/Name`` to pick among entities of different classes, or an IRI.

    Raises :class:`QueryError` naming the closest matches when nothing matches, and
    listing the candidates (as ``Type/Label``) when the name is ambiguous."""
    if isinstance(name, Entity):
        return name
    for entity in view.entities:
        if entity.key == name:
            return entity
    wanted = _norm(name)
    if not wanted:
        raise QueryError("empty entity name")
    candidates = list(view.entities)
    type_, sep, rest = name.partition("/")
    classes = {c.casefold(): c for c in ENTITY_CLASSES}
    if sep and type_.strip().casefold() in classes and _norm(rest):
        candidates = [e for e in candidates if e.type == classes[type_.strip().casefold()]]
        wanted = _norm(rest)
    by_label = _unique(e for e in candidates if _norm(e.label) == wanted)
    found = by_label or _unique(e for e in candidates if any(_norm(a) == wanted for a in e.aliases))
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(f"{e.type}/{e.label}" for e in found)
        raise QueryError(f"ambiguous entity {name!r}: it names {listed}; write one of these")
    raise QueryError(f"unknown entity {name!r}{_did_you_mean(wanted, _all_names(view))}")


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    return sorted({e.key: e for e in entities}.values(), key=_entity_order)


def _all_names(view: GraphView) -> dict[str, str]:
    """Normalized name -> how it is written, labels first."""
    names: dict[str, str] = {}
    for entity in sorted(view.entities, key=_entity_order):
        names.setdefault(_norm(entity.label), entity.label)
    for entity in sorted(view.entities, key=_entity_order):
        for alias in entity.aliases:
            names.setdefault(_norm(alias), alias)
    return names


def _did_you_mean(wanted: str, names: dict[str, str]) -> str:
    matches = difflib.get_close_matches(wanted, sorted(names), n=3, cutoff=0.6)
    if not matches:
        return " (no similar name in the graph)"
    return f"; did you mean: {', '.join(dict.fromkeys(names[m] for m in matches))}?"


def relation_name(name: str) -> str:
    """The ontology's name of a relation written in camelCase, kebab-case or snake_case,
    any case (``partners-with`` -> ``partnersWith``); :class:`QueryError` for others."""
    folded = {_fold_relation(r): r for r in RELATIONS}
    key = _fold_relation(name)
    if key in folded:
        return folded[key]
    matches = difflib.get_close_matches(key, sorted(folded), n=3, cutoff=0.6)
    if matches:
        hint = f"; did you mean: {', '.join(folded[m] for m in matches)}?"
    else:
        hint = f"; choose one of: {', '.join(sorted(RELATIONS))}"
    raise QueryError(f"unknown relation {name!r}{hint}")


def _fold_relation(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name).casefold()


def entity_class(name: str) -> str:
    """The ontology's name of an entity class, any case; :class:`QueryError` for others."""
    for cls in ENTITY_CLASSES:
        if cls.casefold() == name.strip().casefold():
            return cls
    raise QueryError(f"unknown entity type {name!r}; choose one of: {', '.join(ENTITY_CLASSES)}")


# --- the graph, read once per call ---------------------------------------------------------


def _entity_order(entity: Entity) -> tuple[str, str, str]:
    return (entity.label.casefold(), entity.type, entity.key)


def _readings(fact: Fact) -> Iterator[Triple]:
    """The triples a statement answers: what it entails, or for a negated statement only
    the same fact read the other way (not being chairman says nothing about working for)."""
    spec = RELATIONS[fact.predicate]
    if not fact.qualifiers.negated:
        yield from entailed(fact.predicate, fact.head, fact.tail)
        return
    yield fact.head, fact.predicate, fact.tail
    if spec.symmetric:
        yield fact.tail, fact.predicate, fact.head
    if spec.inverse:
        yield fact.tail, spec.inverse, fact.head


class _Graph:
    """Indexes over a view: entities by IRI, documents, and each entailed fact's support."""

    def __init__(self, view: GraphView) -> None:
        self.view = view
        self.entities = {e.key: e for e in view.entities}
        self.facts = [f for f in view.facts if f.predicate in RELATIONS]
        support: dict[Triple, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            if not fact.qualifiers.negated:
                for triple in entailed(fact.predicate, fact.head, fact.tail):
                    support[triple].append(fact)
        self.support = {t: self._sorted(facts) for t, facts in support.items()}
        self._corroboration: dict[Triple, Corroboration] = {}

    def entity(self, key: str) -> Entity:
        if key not in self.entities:
            label = key.rstrip("/").rsplit("/", 1)[-1]
            self.entities[key] = Entity(key, label, "")
        return self.entities[key]

    def document(self, iri: str) -> DocumentInfo:
        info = self.view.document_info.get(iri)
        return info or DocumentInfo(iri, self.view.documents.get(iri, iri))

    def _sorted(self, facts: Iterable[Fact]) -> tuple[Fact, ...]:
        """Oldest document first (undated last), then document and position."""
        def key(fact: Fact) -> tuple[bool, str, str, int, int, str, str, str]:
            date = self.document(fact.provenance.document).date
            p = fact.provenance
            return (date is None, date or "", p.document, p.sentence_start, p.start,
                    fact.head, fact.predicate, fact.tail)
        return tuple(sorted(set(facts), key=key))

    def evidence(self, facts: Iterable[Fact]) -> tuple[Evidence, ...]:
        return tuple(Evidence(f, self.entity(f.head), self.entity(f.tail),
                              self.document(f.provenance.document)) for f in self._sorted(facts))

    def corroboration(self, triple: Triple) -> Corroboration:
        if triple not in self._corroboration:
            documents = sorted({f.provenance.document for f in self.support.get(triple, ())})
            dates = sorted(d for d in (self.document(doc).date for doc in documents) if d)
            self._corroboration[triple] = Corroboration(
                tuple(documents), dates[0] if dates else None, dates[-1] if dates else None)
        return self._corroboration[triple]

    def stated(self) -> list[Triple]:
        """Every affirmative stated fact once; a symmetric one in one (sorted) direction."""
        triples = set()
        for fact in self.facts:
            if fact.qualifiers.negated or fact.head == fact.tail:
                continue
            head, tail = fact.head, fact.tail
            if RELATIONS[fact.predicate].symmetric and tail < head:
                head, tail = tail, head
            triples.add((head, fact.predicate, tail))
        return sorted(triples)

    def link(self, source: str, triple: Triple, direction: str) -> Link:
        head, relation, tail = triple
        target = tail if source == head else head
        return Link(self.entity(source), relation, direction, self.entity(target),
                    self.evidence(self.support.get(triple, ())), self.corroboration(triple))

    def adjacency(self, relation: str | None) -> dict[str, list[Link]]:
        """Each entity's links: the stated facts, or with ``relation`` every fact of that
        relation the statements entail (symmetric, inverse, sub-properties)."""
        if relation is None:
            triples = self.stated()
        else:
            symmetric = RELATIONS[relation].symmetric
            triples = sorted(t for t in self.support
                             if t[1] == relation and (t[0] < t[2] if symmetric else t[0] != t[2]))
        adjacency: dict[str, list[Link]] = defaultdict(list)
        for triple in triples:
            head, predicate, tail = triple
            if RELATIONS[predicate].symmetric:
                adjacency[head].append(self.link(head, triple, BOTH))
                adjacency[tail].append(self.link(tail, triple, BOTH))
            else:
                adjacency[head].append(self.link(head, triple, OUT))
                adjacency[tail].append(self.link(tail, triple, IN))
        for links in adjacency.values():
            links.sort(key=_link_order)
        return adjacency


def _link_order(link: Link) -> tuple[object, ...]:
    return (_entity_order(link.source), _entity_order(link.target), link.relation, link.direction)


def relation_graph(view: GraphView) -> nx.MultiDiGraph:
    """The relation graph: a node per entity (keyed by IRI, with ``label``, ``type`` and
    ``entity``), an edge per affirmative fact keyed by its relation (a symmetric fact once),
    with ``relation``, ``facts`` (the supporting statements, oldest first), ``documents``,
    ``first_seen`` and ``last_seen``. Nodes and edges are added in sorted order, so every
    algorithm run on it is deterministic."""
    graph = _Graph(view)
    return _relation_graph(graph)


def _relation_graph(graph: _Graph) -> nx.MultiDiGraph:
    result = nx.MultiDiGraph()
    for entity in sorted(graph.view.entities, key=lambda e: e.key):
        result.add_node(entity.key, label=entity.label, type=entity.type, entity=entity)
    for triple in graph.stated():
        head, relation, tail = triple
        for key in (head, tail):
            if key not in result:
                entity = graph.entity(key)
                result.add_node(key, label=entity.label, type=entity.type, entity=entity)
        seen = graph.corroboration(triple)
        result.add_edge(head, tail, key=relation, relation=relation, facts=graph.support.get(triple, ()),
                        documents=seen.count, first_seen=seen.first_seen, last_seen=seen.last_seen)
    return result


# --- the questions -------------------------------------------------------------------------


def corroboration(view: GraphView) -> dict[Triple, Corroboration]:
    """For every fact the statements entail, keyed ``(head IRI, relation, tail IRI)``: the
    distinct documents stating it and its first and last publication dates. A symmetric
    fact is there both ways, an inverse under both names, and a sub-property's statements
    corroborate its super-properties."""
    graph = _Graph(view)
    return {triple: graph.corroboration(triple) for triple in sorted(graph.support)}


def neighbors(view: GraphView, entity: str | Entity, *, relation: str | None = None,
              depth: int = 1) -> list[Neighbor]:
    """The entities up to ``depth`` hops from ``entity``, each at its shortest distance,
    through every relation or only ``relation`` (camelCase or kebab-case; a symmetric
    relation counts both ways, a super-property includes its sub-properties)."""
    if depth < 1:
        raise QueryError(f"depth must be at least 1, not {depth}")
    start = resolve_name(view, entity)
    name = relation_name(relation) if relation is not None else None
    adjacency = _Graph(view).adjacency(name)
    seen = {start.key}
    frontier = [start.key]
    found: list[Neighbor] = []
    for level in range(1, depth + 1):
        reached: set[str] = set()
        for key in frontier:
            for link in adjacency.get(key, ()):
                if link.target.key not in seen:
                    found.append(Neighbor(level, link))
                    reached.add(link.target.key)
        if not reached:
            break
        seen |= reached
        frontier = sorted(reached)
    return sorted(found, key=lambda n: (n.depth, _link_order(n.link)))


def paths(view: GraphView, a: str | Entity, b: str | Entity, *, max_paths: int = 5) -> list[Path]:
    """Up to ``max_paths`` shortest paths between two entities over the relation graph,
    direction ignored; each step carries the links (relation and direction) between its two
    entities. No path is an empty list."""
    if max_paths < 1:
        raise QueryError(f"max_paths must be at least 1, not {max_paths}")
    source, target = resolve_name(view, a), resolve_name(view, b)
    if source.key == target.key:
        raise QueryError(f"{a!s} and {b!s} are the same entity ({source.label})")
    graph = _Graph(view)
    adjacency = graph.adjacency(None)
    undirected = nx.Graph()
    undirected.add_nodes_from(sorted({source.key, target.key, *adjacency}))
    for key in sorted(adjacency):
        undirected.add_edges_from((key, link.target.key) for link in adjacency[key])
    try:
        found = list(itertools.islice(nx.all_shortest_paths(undirected, source.key, target.key),
                                      _MAX_SHORTEST_PATHS))
    except nx.NetworkXNoPath:
        return []
    result = []
    for nodes in found:
        steps = tuple(tuple(link for link in adjacency[u] if link.target.key == v)
                      for u, v in itertools.pairwise(nodes))
        result.append(Path(tuple(graph.entity(key) for key in nodes), steps))
    result.sort(key=lambda p: [_entity_order(e) for e in p.entities])
    return result[:max_paths]


def explain(view: GraphView, a: str | Entity, relation: str, b: str | Entity) -> Explanation:
    """The statements behind ``a relation b``: those stating it, the other way round for a
    symmetric relation, as the inverse relation, or as a sub-property (``chairmanOf``
    answers ``worksFor``); negated statements of it are listed too. With the fact's
    corroboration (negated statements do not corroborate)."""
    head, tail = resolve_name(view, a), resolve_name(view, b)
    name = relation_name(relation)
    graph = _Graph(view)
    wanted = (head.key, name, tail.key)
    statements = [f for f in graph.facts if wanted in set(_readings(f))]
    linked_by = sorted({p for h, p, t in graph.stated() if {h, t} == {head.key, tail.key}})
    return Explanation(head, name, tail, graph.evidence(statements), graph.corroboration(wanted),
                       tuple(linked_by))


def entities(view: GraphView, *, type: str | None = None) -> list[EntitySummary]:
    """Every entity (or those of one class, any case), with aliases, merge reasons and its
    number of facts; sorted by class, then label."""
    cls = entity_class(type) if type is not None else None
    graph = _relation_graph(_Graph(view))
    chosen = [e for e in view.entities if cls is None or e.type == cls]
    chosen.sort(key=lambda e: (e.type, *_entity_order(e)))
    return [EntitySummary(e, graph.degree(e.key) if e.key in graph else 0) for e in chosen]


def stats(view: GraphView, *, top: int = 10) -> Stats:
    """Counts of documents, entities (by class), statements and facts (by relation), and
    the ``top`` most connected entities by degree and by PageRank.

    Degree counts distinct facts (a symmetric one once). PageRank runs on the directed
    relation graph where a symmetric fact points both ways and parallel facts add weight.
    Ties are broken by label, so the ranking is deterministic."""
    if top < 0:
        raise QueryError(f"top must be at least 0, not {top}")
    graph = _Graph(view)
    multi = _relation_graph(graph)
    classes = Counter(e.type for e in view.entities)
    relations = Counter(relation for _, _, relation in multi.edges(keys=True))
    degree = [(graph.entity(k), int(d)) for k, d in multi.degree() if d > 0]
    degree.sort(key=lambda item: (-item[1], _entity_order(item[0])))
    ranks = _pagerank(multi)
    by_rank = [(graph.entity(k), score) for k, score in ranks.items()]
    by_rank.sort(key=lambda item: (-round(item[1], 9), _entity_order(item[0])))
    documents = set(view.documents) | set(view.document_info)
    return Stats(
        documents=len(documents),
        entities=len(view.entities),
        statements=len(view.facts),
        facts=multi.number_of_edges(),
        classes=tuple(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        relations=tuple(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_degree=tuple(degree[:top]),
        by_pagerank=tuple(by_rank[:top]),
    )


def _pagerank(multi: nx.MultiDiGraph) -> dict[str, float]:
    directed = nx.DiGraph()
    directed.add_nodes_from(multi.nodes)
    for head, tail, relation in multi.edges(keys=True):
        pairs = [(head, tail), (tail, head)] if RELATIONS[relation].symmetric else [(head, tail)]
        for u, v in pairs:
            weight = directed.get_edge_data(u, v, {}).get("weight", 0)
            directed.add_edge(u, v, weight=weight + 1)
    if directed.number_of_nodes() == 0:
        return {}
    try:
        return dict(nx.pagerank(directed, weight="weight"))
    except ImportError:
        # networkx's pagerank needs scipy; its pure-Python power iteration gives the same
        # ranks (within the tolerance) without it.
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return dict(_pagerank_python(directed, weight="weight"))


# --- answers as tables -----------------------------------------------------------------------

EVIDENCE_COLUMNS = ("sentence", "document", "source")


def _evidence_cells(link: Link) -> tuple[str, ...]:
    best = link.best
    if best is None:
        return ("", "", "")
    return (best.sentence, best.title, best.document.source)


def neighbor_rows(found: Iterable[Neighbor], *, evidence: bool = False) -> QueryResult:
    """Neighbours as a table: depth, from, relation, direction, to, type, documents, first
    and last seen; ``evidence`` adds the most confident statement's sentence and document."""
    columns = ("depth", "from", "relation", "direction", "to", "type", "documents", "first_seen", "last_seen")
    rows = []
    for item in found:
        link = item.link
        seen = link.corroboration
        row = (str(item.depth), link.source.label, link.relation, link.direction, link.target.label,
               link.target.type, str(seen.count), seen.first_seen or "", seen.last_seen or "")
        rows.append(row + (_evidence_cells(link) if evidence else ()))
    return QueryResult(columns + (EVIDENCE_COLUMNS if evidence else ()), tuple(rows))


def path_rows(found: Iterable[Path], *, evidence: bool = False) -> QueryResult:
    """Paths as a table, one row per link of each step: path, step, from, relation,
    direction, to, documents; ``evidence`` adds the sentence and document."""
    columns = ("path", "step", "from", "relation", "direction", "to", "documents")
    rows = []
    for number, path in enumerate(found, start=1):
        for step, links in enumerate(path.steps, start=1):
            for link in links:
                row = (str(number), str(step), link.source.label, link.relation, link.direction,
                       link.target.label, str(link.corroboration.count))
                rows.append(row + (_evidence_cells(link) if evidence else ()))
    return QueryResult(columns + (EVIDENCE_COLUMNS if evidence else ()), tuple(rows))


def qualifier_text(fact: Fact) -> str:
    """A statement's qualifiers in words: ``start 2025; amount 1400000000 USD``."""
    q = fact.qualifiers
    parts = [f"{name} {value}" for name, value in (("start", q.start_date), ("end", q.end_date),
                                                    ("at", q.point_in_time)) if value]
    if q.amount is not None:
        parts.append(f"amount {q.amount}" + (f" {q.currency}" if q.currency else ""))
    elif q.currency:
        parts.append(f"currency {q.currency}")
    if q.amount_text:
        parts.append(f"as written: {q.amount_text}")
    if q.percentage is not None:
        parts.append(f"{q.percentage}%")
    return "; ".join(parts)


def explanation_rows(answer: Explanation) -> QueryResult:
    """The statements of an explanation as a table, one row each, with the fact's
    corroboration repeated on every row."""
    columns = ("head", "relation", "tail", "sentence", "document", "source", "date", "status",
               "negated", "confidence", "rule", "qualifiers", "documents", "first_seen", "last_seen")
    seen = answer.corroboration
    rows = tuple(
        (e.head.label, e.fact.predicate, e.tail.label, e.sentence, e.title, e.document.source,
         e.document.date or "", e.fact.qualifiers.status or "", str(e.fact.qualifiers.negated).lower(),
         _number(e.fact.provenance.confidence), e.fact.provenance.rule, qualifier_text(e.fact),
         str(seen.count), seen.first_seen or "", seen.last_seen or "")
        for e in answer.statements)
    return QueryResult(columns, rows)


def format_explanation(answer: Explanation) -> str:
    """An explanation for people: the fact, its corroboration, then each statement as a
    block whose sentence is never cut."""
    seen = answer.corroboration
    lines = [f"{answer.head.label} {answer.relation} {answer.tail.label}"]
    sources = f"{seen.count} document{'' if seen.count == 1 else 's'}"
    if seen.first_seen:
        sources += f", first seen {seen.first_seen}, last seen {seen.last_seen}"
    lines.append(f"stated in {sources}")
    for number, e in enumerate(answer.statements, start=1):
        q = e.fact.qualifiers
        lines += ["", f"[{number}] {e.head.label} {e.fact.predicate} {e.tail.label}"
                  + (" (negated)" if q.negated else "")]
        fields = [("sentence", e.sentence), ("document", e.title), ("source", e.document.source),
                  ("date", e.document.date or ""), ("status", q.status or ""),
                  ("confidence", _number(e.fact.provenance.confidence)), ("rule", e.fact.provenance.rule),
                  ("qualifiers", qualifier_text(e.fact))]
        if e.title == e.document.source:
            fields.remove(("document", e.title))
        lines += [f"    {name + ':':<12}{' '.join(value.split())}" for name, value in fields if value]
    return "\n".join(lines) + "\n"


def entity_rows(found: Iterable[EntitySummary]) -> QueryResult:
    """Entities as a table: label, type, facts, aliases, same_as, merge reasons (lists
    joined with ``; ``)."""
    columns = ("label", "type", "facts", "aliases", "same_as", "merge_reasons")
    rows = tuple((s.entity.label, s.entity.type, str(s.facts), "; ".join(s.entity.aliases),
                  "; ".join(s.entity.same_as), "; ".join(s.entity.merge_reasons)) for s in found)
    return QueryResult(columns, rows)


def stats_rows(result: Stats) -> QueryResult:
    """Statistics as one table of (section, name, value) rows: totals, classes, relations,
    degree and pagerank rankings."""
    rows: list[tuple[str, str, str]] = [
        ("total", "documents", str(result.documents)),
        ("total", "entities", str(result.entities)),
        ("total", "statements", str(result.statements)),
        ("total", "facts", str(result.facts)),
    ]
    rows += [("class", name, str(count)) for name, count in result.classes]
    rows += [("relation", name, str(count)) for name, count in result.relations]
    rows += [("degree", entity.label, str(count)) for entity, count in result.by_degree]
    rows += [("pagerank", entity.label, f"{score:.4f}") for entity, score in result.by_pagerank]
    return QueryResult(("section", "name", "value"), tuple(rows))


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


__all__ = [
    "BOTH",
    "IN",
    "OUT",
    "Corroboration",
    "EntitySummary",
    "Evidence",
    "Explanation",
    "Link",
    "Neighbor",
    "Path",
    "Stats",
    "Triple",
    "corroboration",
    "entities",
    "entity_class",
    "entity_rows",
    "explain",
    "explanation_rows",
    "format_explanation",
    "neighbor_rows",
    "neighbors",
    "path_rows",
    "paths",
    "qualifier_text",
    "relation_graph",
    "relation_name",
    "resolve_name",
    "stats",
    "stats_rows",
]
