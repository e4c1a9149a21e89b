"""Tests for kg.store: the on-disk Oxigraph store, one named graph per document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store, Triple

from kg.errors import StoreError
from kg.graph import document_iri, document_quads
from kg.model import ResolvedDocument
from kg.store import (
    DocumentWriter,
    document_graphs,
    known_names,
    load_quads,
    load_rdf_file,
    open_store,
    query_solutions,
    remove_document,
    replace_document,
    sorted_quads,
    to_rdflib,
    union_triples,
)

BASE = "https://x.org/kg/"
MakeResolved = Callable[..., ResolvedDocument]


def write(store: Store, resolved: ResolvedDocument) -> tuple[NamedNode, list[Quad]]:
    graph = document_iri(BASE, resolved.article.id)
    quads = document_quads(resolved, base_iri=BASE)
    replace_document(store, graph, quads)
    return graph, quads


def graph_content(store: Store, graph: NamedNode) -> set[Quad]:
    return set(store.quads_for_pattern(None, None, None, graph))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "store")


# --- writing documents -----------------------------------------------------------------


def test_store_replace_document_writes_the_quads(store: Store, make_resolved: MakeResolved) -> None:
    graph, quads = write(store, make_resolved())
    assert graph_content(store, graph) == set(quads)
    assert len(store) == len(quads)
    assert document_graphs(store) == [graph]


def test_store_replace_document_twice_replaces(store: Store, make_resolved: MakeResolved) -> None:
    graph, first = write(store, make_resolved(alias="Hon Hai"))
    _, second = write(store, make_resolved(alias="Foxconn Technology Group"))
    assert graph_content(store, graph) == set(second)
    assert len(store) == len(second)
    alt = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    assert [q.object for q in store.quads_for_pattern(None, alt, None, None)] == [
        Literal("Foxconn Technology Group")]
    assert set(first) - set(second)  # the first version really had something to remove


def test_store_replace_document_with_no_quads_empties_the_graph(
    store: Store, make_resolved: MakeResolved
) -> None:
    graph, _ = write(store, make_resolved())
    replace_document(store, graph, [])
    assert len(store) == 0
    replace_document(store, NamedNode(BASE + "document/never"), [])
    assert len(store) == 0


def test_store_second_document_merges(store: Store, make_resolved: MakeResolved) -> None:
    g1, q1 = write(store, make_resolved(doc_id="doc1"))
    g2, q2 = write(store, make_resolved("Nvidia partners with Foxconn again.", doc_id="doc2"))
    assert document_graphs(store) == sorted([g1, g2], key=lambda g: g.value)
    assert graph_content(store, g1) == set(q1)
    assert graph_content(store, g2) == set(q2)
    assert len(store) == len(q1) + len(q2)
    # shared entity triples exist once per graph, but once in the union
    foxconn_label = Triple(NamedNode(BASE + "entity/Organization/Foxconn"),
                           NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Foxconn"))
    assert union_triples(store).count(foxconn_label) == 1
    assert len(union_triples(store)) == len({q.triple for q in q1} | {q.triple for q in q2})


def test_store_hostile_literals_survive_the_update(store: Store, make_resolved: MakeResolved) -> None:
    hostile = 'Quote " back\\slash \n newline } brace > GRAPH <urn:x> { } ; DROP ALL \u202e\U0001f600'
    graph, quads = write(store, make_resolved(hostile, title=hostile, alias=hostile))
    assert graph_content(store, graph) == set(quads)
    texts = {q.object.value for q in quads if isinstance(q.object, Literal)}
    assert hostile in texts


def test_store_remove_document(store: Store, make_resolved: MakeResolved) -> None:
    g1, _ = write(store, make_resolved(doc_id="doc1"))
    g2, q2 = write(store, make_resolved("Another text.", doc_id="doc2"))
    assert remove_document(store, g1) is True
    assert document_graphs(store) == [g2]
    assert set(store) == set(q2)
    assert remove_document(store, g1) is False
    assert set(store) == set(q2)


def test_store_load_quads(store: Store) -> None:
    quad = Quad(NamedNode("urn:a"), NamedNode("urn:p"), Literal("x"), NamedNode("urn:g"))
    load_quads(store, [quad, quad])
    assert list(store) == [quad]


# --- reading ---------------------------------------------------------------------------


def test_store_known_names(store: Store, make_resolved: MakeResolved) -> None:
    write(store, make_resolved())
    assert sorted(known_names(store)) == [
        ("Foxconn", "Foxconn", "Organization"),
        ("Hon Hai", "Foxconn", "Organization"),
        ("Jane Doe", "Jane Doe", "Person"),
        ("Nvidia", "Nvidia", "Organization"),
    ]


def test_store_known_names_empty_store(store: Store) -> None:
    assert list(known_names(store)) == []


def test_store_union_triples_deduplicated_and_sorted(store: Store) -> None:
    a, p, q = NamedNode("urn:a"), NamedNode("urn:p"), NamedNode("urn:q")
    store.extend([
        Quad(a, q, Literal("z"), NamedNode("urn:g2")),
        Quad(a, p, Literal("x"), NamedNode("urn:g1")),
        Quad(a, p, Literal("x"), NamedNode("urn:g2")),
        Quad(NamedNode("urn:0"), p, Literal("y"), NamedNode("urn:g2")),
    ])
    assert union_triples(store) == [
        Triple(NamedNode("urn:0"), p, Literal("y")),
        Triple(a, p, Literal("x")),
        Triple(a, q, Literal("z")),
    ]


def test_store_sorted_quads(store: Store) -> None:
    a, p = NamedNode("urn:a"), NamedNode("urn:p")
    quads = [
        Quad(a, p, Literal("2"), NamedNode("urn:g2")),
        Quad(a, p, Literal("1"), NamedNode("urn:g2")),
        Quad(NamedNode("urn:b"), p, Literal("0"), NamedNode("urn:g1")),
        Quad(a, p, Literal("9"), NamedNode("urn:g1")),
    ]
    store.extend(quads)
    assert sorted_quads(store) == [quads[3], quads[2], quads[1], quads[0]]


def test_store_query_solutions_binds_values(store: Store, make_resolved: MakeResolved) -> None:
    write(store, make_resolved())
    query = "SELECT ?e ?name WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    rows = list(query_solutions(store, query, name=Literal("Nvidia")))
    assert [row["e"] for row in rows] == [NamedNode(BASE + "entity/Organization/Nvidia")]
    assert list(query_solutions(store, query, name=Literal('Nvidia" } ?x ?y ?z #'))) == []


def test_store_query_solutions_binding_outside_projection(store: Store) -> None:
    # Oxigraph substitutes projected variables only; that must be a StoreError, not a crash.
    query = "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    with pytest.raises(StoreError, match=r"^query failed: .*\?name"):
        query_solutions(store, query, name=Literal("Nvidia"))


def test_store_query_solutions_errors(store: Store) -> None:
    with pytest.raises(StoreError, match="^bad query: "):
        query_solutions(store, "SELECT ?x WHERE {")
    with pytest.raises(StoreError, match="^expected a SELECT query$"):
        query_solutions(store, "ASK { ?s ?p ?o }")


def test_store_to_rdflib_same_triples(store: Store, make_resolved: MakeResolved) -> None:
    write(store, make_resolved(doc_id="doc1"))
    write(store, make_resolved("Other text.", doc_id="doc2"))
    graph = to_rdflib(store)
    union = union_triples(store)
    assert len(graph) == len(union) < len(store)
    assert {(s.n3(), p.n3(), o.n3()) for s, p, o in graph} == {
        (str(t.subject), str(t.predicate), str(t.object)) for t in union}


# --- opening ---------------------------------------------------------------------------


def test_store_persists_across_open(tmp_path: Path, make_resolved: MakeResolved) -> None:
    first = open_store(tmp_path / "store")
    _, quads = write(first, make_resolved())
    first.flush()
    del first
    again = open_store(tmp_path / "store", create=False)
    assert set(again) == set(quads)


def test_store_open_missing_without_create(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(StoreError) as excinfo:
        open_store(missing, create=False)
    assert str(excinfo.value) == f"no store at {missing}: run `kg build` first or pass --store"
    assert not missing.exists()


def test_store_open_empty_directory_without_create(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "empty", create=False)
    assert list((tmp_path / "empty").iterdir()) == []


@pytest.mark.parametrize("create", [True, False])
def test_store_open_a_file(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError) as excinfo:
        open_store(path, create=create)
    assert str(excinfo.value) == f"{path}: exists and is not a store directory"
    assert path.read_text(encoding="utf-8") == "not a store"


@pytest.mark.parametrize("create", [True, False])
def test_store_open_a_directory_of_other_files(tmp_path: Path, create: bool) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("text", encoding="utf-8")
    with pytest.raises(StoreError, match="a directory that is not a kg store"):
        open_store(tmp_path / "articles", create=create)
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["a.txt"]


def test_store_open_creates_parents(tmp_path: Path) -> None:
    store = open_store(tmp_path / "deep" / "er" / "store")
    assert len(store) == 0
    assert (tmp_path / "deep" / "er" / "store").is_dir()


# --- RDF files -------------------------------------------------------------------------

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:p "x" , "y" .
ex:b ex:q ex:a .
"""

NQ = """<http://example.org/a> <http://example.org/p> "x" <http://example.org/g1> .
<http://example.org/a> <http://example.org/p> "x" <http://example.org/g2> .
<http://example.org/b> <http://example.org/q> "y" .
"""


def test_store_load_turtle_into_a_file_graph(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    path.write_text(TTL, encoding="utf-8")
    loaded = load_rdf_file(path)
    file_graph = NamedNode(path.resolve().as_uri())
    assert len(loaded) == 3
    assert {q.graph_name for q in loaded} == {file_graph}
    assert Triple(NamedNode("http://example.org/b"), NamedNode("http://example.org/q"),
                  NamedNode("http://example.org/a")) in union_triples(loaded)


def test_store_load_nquads_keeps_graphs(tmp_path: Path) -> None:
    path = tmp_path / "g.nq"
    path.write_text(NQ, encoding="utf-8")
    loaded = load_rdf_file(path)
    assert len(loaded) == 3
    assert document_graphs(loaded) == [NamedNode("http://example.org/g1"), NamedNode("http://example.org/g2")]
    assert len(union_triples(loaded)) == 2


def test_store_load_relative_iris_resolve_against_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rel.ttl"
    path.write_text("<a> <p> <b> .\n", encoding="utf-8")
    [triple] = union_triples(load_rdf_file(path))
    assert triple.subject == NamedNode((tmp_path / "a").resolve().as_uri())


@pytest.mark.parametrize("name", ["graph.xyz", "graph", "graph.txt"])
def test_store_load_unknown_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(TTL, encoding="utf-8")
    with pytest.raises(StoreError, match="unknown RDF file type"):
        load_rdf_file(path)


def test_store_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        load_rdf_file(tmp_path / "missing.ttl")


@pytest.mark.parametrize(("name", "content"), [
    ("bad.ttl", '@prefix ex: <http://example.org/> .\nex:a ex:p "unterminated .\n'),
    ("bad.nq", "<http://example.org/a> <http://example.org/p> .\n"),
    ("bad.nt", "not n-triples at all\n"),
    ("bad.jsonld", '{"@id": '),
])
def test_store_load_malformed_file(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as excinfo:
        load_rdf_file(path)
    message = str(excinfo.value)
    assert message.startswith(f"{path}: cannot parse (")
    assert "\n" not in message


def test_store_document_writer_writes_every_document_in_order(store: Store, make_resolved: MakeResolved) -> None:
    first = make_resolved()
    graph = document_iri(BASE, first.article.id)
    with DocumentWriter(store, backlog=2) as writer:
        for _ in range(5):  # the same document again and again: the last write wins
            writer.put(graph, document_quads(first, base_iri=BASE))
        writer.put(graph, [])
        writer.put(graph, document_quads(first, base_iri=BASE))
    assert graph_content(store, graph) == set(document_quads(first, base_iri=BASE))


class _FailingStore:
    """A store whose writes fail, like a full disk."""

    def contains_named_graph(self, graph: NamedNode) -> bool:
        return False

    def extend(self, quads: object) -> None:
        raise OSError("No space left on device")

    def flush(self) -> None:
        raise AssertionError("a failed build does not flush")


def test_store_document_writer_raises_the_write_error_in_the_caller(make_resolved: MakeResolved) -> None:
    resolved = make_resolved()
    graph = document_iri(BASE, resolved.article.id)
    writer = DocumentWriter(_FailingStore())  # type: ignore[arg-type]
    writer.put(graph, document_quads(resolved, base_iri=BASE))
    with pytest.raises(StoreError, match="No space left"):
        writer.close()


def test_store_document_writer_stops_at_the_caller_s_error(store: Store, make_resolved: MakeResolved) -> None:
    resolved = make_resolved()
    graph = document_iri(BASE, resolved.article.id)
    with pytest.raises(KeyboardInterrupt), DocumentWriter(store) as writer:
        writer.put(graph, document_quads(resolved, base_iri=BASE))
        raise KeyboardInterrupt
    # What was handed over before the interruption is whole.
    assert graph_content(store, graph) == set(document_quads(resolved, base_iri=BASE))
