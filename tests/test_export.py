"""Tests for kg.export: every format round-trips to the store's graph (RDF to an
isomorphic graph, GraphML and GEXF through networkx, CSV through the csv module), bytes
are deterministic, JSON-LD parses offline, and writes are atomic."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import Literal, Quad, RdfFormat, Store
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import graph as kg_graph
from kg import store as kg_store
from kg.cli import cli
from kg.cli.export import FORMAT_KEYS
from kg.errors import InputError
from kg.export import (
    EDGE_FIELDS,
    NODE_FIELDS,
    Format,
    csv_paths,
    csv_tables,
    graph_rows,
    jsonld_context,
    property_graph,
    serialize_store,
    write_atomic,
    write_csv,
    xml_text,
)
from kg.model import Article, Entity, Fact, Provenance, Qualifiers, ResolvedDocument
from kg.query import load_view

BASE = "https://x.org/kg/"
RDF_FORMATS = [f for f in Format if f.is_rdf]
ONE_FILE = [f for f in Format if f.is_one_file]  # all but csv
MakeResolved = Callable[..., ResolvedDocument]

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

HOSTILE = [
    'He said "no" \u2014 and left',
    "back\\slash \\n not a newline \\u0041",
    "line one\nline two\r\nline three\ttabbed",
    "'single' \"\"\"triple\"\"\" '''quotes'''",
    "control \x01\x08\x0b\x0c\x1f\x7f chars",
    "RTL \u200f\u202eevil\u202c mark, BOM \ufeff, line sep \u2028 para \u2029",
    "emoji 😀 👩\u200d👩\u200d👧 CJK 鴻海 Zürich",
    "<script>alert(1)</script> & { } | ^ ` @prefix x: <y> .",
    "ends with backslash \\",
    '"',
]


def hostile_document(doc_id: str = "hostile") -> ResolvedDocument:
    text = " ".join(HOSTILE)
    entities = tuple(
        Entity(f"Organization/{label}", label, "Organization", aliases=(label[::-1],))
        for label in HOSTILE
    )
    facts = tuple(
        Fact(entities[i].key, "partnersWith", entities[i + 1].key,
             Provenance(doc_id, HOSTILE[i], 0, i, i + 1, HOSTILE[i + 1], 0.5),
             Qualifiers(amount=Decimal("1.25"), amount_text=HOSTILE[i], status=HOSTILE[-1 - i]))
        for i in range(len(HOSTILE) - 1)
    )
    article = Article(id=doc_id, text=text, source=HOSTILE[1], title=HOSTILE[0])
    return ResolvedDocument(article, entities, facts)


def build_store(documents: list[ResolvedDocument], path: Path | None = None) -> Store:
    store = kg_store.open_store(path) if path is not None else Store()
    for resolved in documents:
        graph = kg_graph.document_iri(BASE, resolved.article.id)
        kg_store.replace_document(store, graph, kg_graph.document_quads(resolved, base_iri=BASE))
    return store


@pytest.fixture
def documents(make_resolved: MakeResolved) -> list[ResolvedDocument]:
    return [
        make_resolved(doc_id="doc1"),
        make_resolved("Nvidia partners with Foxconn. Jane Doe chairs Foxconn.", doc_id="doc2",
                      title=None, date="2025", url=None, alias="Foxconn Technology"),
        hostile_document(),
    ]


@pytest.fixture
def store(tmp_path: Path, documents: list[ResolvedDocument]) -> Store:
    return build_store(documents, tmp_path / "store")


def rdflib_graph(triples: Any) -> rdflib.Graph:
    data = pyoxigraph.serialize(list(triples), format=RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def assert_isomorphic(actual: rdflib.Graph, expected: rdflib.Graph, what: str = "") -> None:
    if isomorphic(actual, expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    pytest.fail(
        f"{what} graphs differ ({len(actual)} vs {len(expected)} triples)\n"
        "--- only in the export:\n" + only_actual.serialize(format="nt")
        + "--- only in the store:\n" + only_expected.serialize(format="nt")
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Any attempt to open a connection fails the test (and is recorded)."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError(f"network access attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: refuse(None, address))  # type: ignore[arg-type]
    yield attempts
    assert attempts == []


# --- round trips -----------------------------------------------------------------------


def parse_back(data: bytes, fmt: Format) -> list[Quad]:
    if fmt is Format.JSONLD:
        g = rdflib.Graph().parse(data=data.decode("utf-8"), format="json-ld")
        nt = g.serialize(format="nt", encoding="utf-8")
        return [Quad(t.subject, t.predicate, t.object)
                for t in pyoxigraph.parse(nt, format=RdfFormat.N_TRIPLES)]
    oxi = {Format.TURTLE: RdfFormat.TURTLE, Format.TRIG: RdfFormat.TRIG,
           Format.NT: RdfFormat.N_TRIPLES, Format.NQ: RdfFormat.N_QUADS}[fmt]
    return list(pyoxigraph.parse(data, format=oxi))


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.key)
def test_export_round_trip_is_isomorphic(store: Store, fmt: Format, no_network: list[Any]) -> None:
    data = serialize_store(store, fmt)
    parsed = parse_back(data, fmt)
    union = kg_store.union_triples(store)
    assert_isomorphic(rdflib_graph(q.triple for q in parsed), rdflib_graph(union), fmt.key)
    if fmt.has_graphs:
        graphs = kg_store.document_graphs(store)
        assert len(graphs) == 3
        assert sorted({q.graph_name for q in parsed}, key=str) == sorted(graphs, key=str)
        for graph in graphs:
            assert_isomorphic(
                rdflib_graph(q.triple for q in parsed if q.graph_name == graph),
                rdflib_graph(q.triple for q in store.quads_for_pattern(None, None, None, graph)),
                f"{fmt.key} {graph.value}",
            )
        assert len(parsed) == len(store)
    else:
        assert len(parsed) == len(union) < len(store)


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.key)
def test_export_hostile_literals_survive(store: Store, fmt: Format) -> None:
    parsed = parse_back(serialize_store(store, fmt), fmt)
    literals = {q.object.value for q in parsed if isinstance(q.object, Literal)}
    for text in HOSTILE:
        assert text in literals
        assert text[::-1] in literals


def test_export_turtle_uses_prefixes(store: Store) -> None:
    text = serialize_store(store, Format.TURTLE).decode("utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in text
    assert "kg:partnersWith" in text
    parsed = list(pyoxigraph.parse(text.encode("utf-8"), format=RdfFormat.TURTLE))
    assert len(parsed) == len(kg_store.union_triples(store))


def test_export_nquads_one_named_graph_per_document(store: Store) -> None:
    data = serialize_store(store, Format.NQ)
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == ""  # N-Quads: one quad a line (U+2028 inside literals is no line end)
    assert len(lines[:-1]) == len(store)
    parsed = list(pyoxigraph.parse(data, format=RdfFormat.N_QUADS))
    assert parsed == kg_store.sorted_quads(store)
    assert {q.graph_name.value for q in parsed} == {
        f"{BASE}document/doc1", f"{BASE}document/doc2", f"{BASE}document/hostile"}
    nt = serialize_store(store, Format.NT).decode("utf-8").split("\n")
    assert len(nt[:-1]) == len(kg_store.union_triples(store)) < len(store)


def test_export_empty_store(tmp_path: Path) -> None:
    empty = kg_store.open_store(tmp_path / "empty")
    for fmt in RDF_FORMATS:
        assert parse_back(serialize_store(empty, fmt), fmt) == []


# --- JSON-LD ---------------------------------------------------------------------------


def test_export_jsonld_inline_context(store: Store, no_network: list[Any]) -> None:
    document = json.loads(serialize_store(store, Format.JSONLD))
    context = document["@context"]
    assert isinstance(context, dict)
    assert context == jsonld_context()
    assert context["kg"] == "https://w3id.org/kg-news/ontology#"
    assert all(isinstance(v, str) and v[-1] in "/#" for v in context.values())
    # no remote context anywhere in the document
    def contexts(node: Any) -> Iterator[Any]:
        if isinstance(node, dict):
            if "@context" in node:
                yield node["@context"]
            for value in node.values():
                yield from contexts(value)
        elif isinstance(node, list):
            for value in node:
                yield from contexts(value)
    assert [c for c in contexts(document) if not isinstance(c, dict)] == []
    # it parses with no network, with rdflib and with pyoxigraph's own JSON-LD parser
    data = serialize_store(store, Format.JSONLD)
    union = rdflib_graph(kg_store.union_triples(store))
    assert_isomorphic(rdflib.Graph().parse(data=data.decode("utf-8"), format="json-ld"), union, "rdflib")
    oxi = list(pyoxigraph.parse(data, format=RdfFormat.JSON_LD))
    assert_isomorphic(rdflib_graph(q.triple for q in oxi), union, "pyoxigraph")


def test_export_jsonld_uses_the_prefixes(store: Store) -> None:
    text = serialize_store(store, Format.JSONLD).decode("utf-8")
    assert '"kg:partnersWith"' in text
    assert "https://w3id.org/kg-news/ontology#partnersWith" not in text


# --- determinism -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ONE_FILE, ids=lambda f: f.key)
def test_export_bytes_are_deterministic(
    tmp_path: Path, documents: list[ResolvedDocument], fmt: Format
) -> None:
    forward = build_store(documents, tmp_path / "forward")
    backward = build_store(list(reversed(documents)), tmp_path / "backward")
    # rewriting a document leaves no trace in the output either
    kg_store.replace_document(backward, kg_graph.document_iri(BASE, "doc1"),
                              kg_graph.document_quads(documents[0], base_iri=BASE))
    first = serialize_store(forward, fmt)
    assert first
    assert serialize_store(forward, fmt) == first
    assert serialize_store(backward, fmt) == first


def test_export_bytes_same_in_another_process(tmp_path: Path, documents: list[ResolvedDocument]) -> None:
    built = build_store(documents, tmp_path / "store")
    expected = {fmt.key: hashlib.sha256(serialize_store(built, fmt)).hexdigest() for fmt in ONE_FILE}
    expected["csv"] = hashlib.sha256(b"".join(csv_tables(built))).hexdigest()
    del built  # release the store's lock for the child process
    script = (
        "import sys, json, hashlib\n"
        "from pathlib import Path\n"
        "from kg.store import open_store\n"
        "from kg.export import Format, csv_tables, serialize_store\n"
        "s = open_store(Path(sys.argv[1]), create=False)\n"
        "d = {f.key: hashlib.sha256(serialize_store(s, f)).hexdigest() for f in Format if f.is_one_file}\n"
        "d['csv'] = hashlib.sha256(b''.join(csv_tables(s))).hexdigest()\n"
        "print(json.dumps(d))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "store")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected


# --- the independent parser: rapper (raptor2) ------------------------------------------

RAPPER = shutil.which("rapper")


def test_export_turtle_parses_with_rapper(tmp_path: Path) -> None:
    if RAPPER is None:
        if os.environ.get("CI"):
            pytest.fail("rapper not found (install raptor2-utils); CI is set, so no skipping")
        pytest.skip("rapper not found; install Debian's raptor2-utils")
    store = build_store([hostile_document()])
    path = tmp_path / "hostile.ttl"
    data = serialize_store(store, Format.TURTLE)
    path.write_bytes(data)
    expected = len(list(pyoxigraph.parse(data, format=RdfFormat.TURTLE)))
    assert expected == len(kg_store.union_triples(store)) > 50
    result = subprocess.run([RAPPER, "-i", "turtle", "-c", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    assert f"Parsing returned {expected} triples" in result.stderr, result.stderr


# --- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("turtle", Format.TURTLE), ("TriG", Format.TRIG),
                                           ("nt", Format.NT), ("NQ", Format.NQ),
                                           ("jsonld", Format.JSONLD)])
def test_export_format_from_name(name: str, fmt: Format) -> None:
    assert Format.from_name(name) is fmt


@pytest.mark.parametrize("name", ["xml", "rdfxml", "", "json-ld ", "n3"])
def test_export_format_from_name_rejects(name: str) -> None:
    with pytest.raises(InputError) as excinfo:
        Format.from_name(name)
    assert str(excinfo.value) == (
        f"unknown format {name!r}; choose one of turtle, trig, nt, nq, jsonld, graphml, gexf, csv")


@pytest.mark.parametrize(("name", "fmt"), [
    ("graph.ttl", Format.TURTLE), ("GRAPH.TTL", Format.TURTLE), ("out/g.trig", Format.TRIG),
    ("g.nt", Format.NT), ("g.nq", Format.NQ), ("g.jsonld", Format.JSONLD),
    ("g.json", None), ("g.txt", None), ("graph", None), ("g.ttl.bak", None),
])
def test_export_format_guess(name: str, fmt: Format | None) -> None:
    assert Format.guess(Path(name)) is fmt


def test_export_format_attributes() -> None:
    assert [f.key for f in Format] == ["turtle", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"]
    assert len({f.suffix for f in Format}) == len({f.media_type for f in Format}) == 8
    assert Format.TURTLE.media_type == "text/turtle"
    assert [f for f in Format if f.has_graphs] == [Format.TRIG, Format.NQ]


# --- atomic writes ---------------------------------------------------------------------


def test_export_write_atomic_writes_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "graph.ttl"
    write_atomic(b"first", target)
    assert target.read_bytes() == b"first"
    write_atomic(b"second", target)
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]


def test_export_write_atomic_new_file_mode_follows_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(b"x", tmp_path / "new.ttl")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.ttl").stat().st_mode) == 0o640


def test_export_write_atomic_keeps_existing_mode(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(b"new", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == b"new"


def test_export_write_atomic_failing_data_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old content")

    class Exploding:
        def __buffer__(self, flags: int) -> memoryview:
            raise RuntimeError("disk full while writing")

    with pytest.raises((RuntimeError, TypeError)):
        write_atomic(Exploding(), target)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_export_write_atomic_failing_rename_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old content")

    def broken_replace(src: Any, dst: Any) -> None:
        assert Path(src).read_bytes() == b"new content"  # fully written before the rename
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(b"new content", target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_export_write_atomic_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(b"new", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


# --- graph formats: GraphML, GEXF, CSV -------------------------------------------------

FOXCONN = f"{BASE}entity/Organization/Foxconn"
NVIDIA = f"{BASE}entity/Organization/Nvidia"
JANE = f"{BASE}entity/Person/Jane%20Doe"
GRAPH_FORMATS = [Format.GRAPHML, Format.GEXF]


def reversed_and_negated(make_resolved: MakeResolved) -> ResolvedDocument:
    """doc3 states the partnership the other way round, and a negated acquisition."""
    base = make_resolved("Nvidia partners with Foxconn. Foxconn did not acquire Nvidia.",
                         doc_id="doc3", date="2026-01", title="Reversed")
    facts = (
        Fact("Organization/Nvidia", "partnersWith", "Organization/Foxconn",
             Provenance("doc3", "Nvidia partners with Foxconn", 0, 0, 27, "partner-verb", 0.95),
             Qualifiers(status="reported")),
        Fact("Organization/Foxconn", "acquires", "Organization/Nvidia",
             Provenance("doc3", "Foxconn did not acquire Nvidia.", 29, 29, 60, "acquire-verb", 0.7),
             Qualifiers(negated=True)),
    )
    return dataclasses.replace(base, entities=base.entities[:2], facts=facts)


def rows(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return graph_rows(load_view(store))


def xml_clean(value: Any) -> Any:
    return xml_text(value) if isinstance(value, str) else value


def expected_nodes(store: Store) -> dict[str, dict[str, Any]]:
    nodes, _ = rows(store)
    return {xml_text(n["id"]): {k: xml_clean(v) for k, v in n.items() if k != "id"} for n in nodes}


def expected_edges(store: Store) -> dict[tuple[str, str, str], dict[str, Any]]:
    _, edges = rows(store)
    skip = ("id", "source", "target", "source_label", "target_label")
    return {(xml_text(e["source"]), xml_text(e["target"]), e["id"]):
            {k: xml_clean(v) for k, v in e.items() if k not in skip} for e in edges}


def test_export_graph_rows_one_edge_per_fact_merged_over_documents(
    store: Store, make_resolved: MakeResolved
) -> None:
    nodes, edges = rows(store)
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)
    keys = [(e["source"], e["relation"], e["target"]) for e in edges]
    assert keys == sorted(keys)
    assert [e["id"] for e in edges] == [f"e{i}" for i in range(len(edges))]
    by_key = {(e["source"], e["relation"], e["target"]): e for e in edges}
    assert by_key[(JANE, "chairmanOf", FOXCONN)]["statements"] == 2
    foxconn = next(n for n in nodes if n["id"] == FOXCONN)
    assert foxconn == {"id": FOXCONN, "label": "Foxconn", "class": "Organization",
                       "aliases": "Foxconn Technology; Hon Hai"}
    partner = by_key[(FOXCONN, "partnersWith", NVIDIA)]
    assert partner == {
        "id": partner["id"], "source": FOXCONN, "target": NVIDIA, "source_label": "Foxconn",
        "target_label": "Nvidia", "relation": "partnersWith", "label": "partnersWith",
        "symmetric": True, "negated": False, "source_count": 2, "weight": 2, "statements": 2,
        "confidence": 0.9, "status": "", "first_seen": "2025", "last_seen": "2025-11-21",
        "documents": f"{BASE}document/doc1\n{BASE}document/doc2",
        "document_names": "Foxconn and Nvidia\ndoc2.txt",
        "sentences": "Foxconn partners with Nvidia\nNvidia partners with Foxconn",
    }
    assert set(partner) == set(EDGE_FIELDS) and set(foxconn) == set(NODE_FIELDS)
    # the hostile document: every edge has its own statement, status and no date
    hostile = [e for e in edges if e["documents"] == f"{BASE}document/hostile"]
    assert len(hostile) == len(HOSTILE) - 1
    assert {e["status"] for e in hostile} == set(HOSTILE[1:])
    assert {e["first_seen"] for e in hostile} == {""}


def test_export_graph_rows_symmetric_either_way_and_negated_apart(
    tmp_path: Path, documents: list[ResolvedDocument], make_resolved: MakeResolved
) -> None:
    store = build_store([*documents[:2], reversed_and_negated(make_resolved)])
    _, edges = rows(store)
    by_key = {(e["source"], e["relation"], e["target"], e["negated"]): e for e in edges}
    partner = by_key[(FOXCONN, "partnersWith", NVIDIA, False)]  # smaller IRI first
    assert (partner["source_count"], partner["statements"]) == (3, 3)
    assert (partner["confidence"], partner["status"]) == (0.95, "reported")
    assert (partner["first_seen"], partner["last_seen"]) == ("2025", "2026-01")
    assert partner["document_names"].split("\n") == ["Foxconn and Nvidia", "doc2.txt", "Reversed"]
    negated = by_key[(FOXCONN, "acquires", NVIDIA, True)]
    assert (negated["source_count"], negated["symmetric"]) == (1, False)
    assert (NVIDIA, "partnersWith", FOXCONN, False) not in by_key
    assert len(edges) == 3  # partnersWith, chairmanOf, the negated acquires


def read_back(data: bytes, fmt: Format) -> nx.MultiDiGraph:
    """GraphML or GEXF read by networkx, as a MultiDiGraph keyed by edge id (read_gexf
    returns a DiGraph when no two edges join the same pair)."""
    if fmt is Format.GRAPHML:
        graph = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
        assert isinstance(graph, nx.MultiDiGraph)
        return graph
    graph = nx.read_gexf(io.BytesIO(data))
    assert graph.is_directed()
    if graph.is_multigraph():
        return graph
    multi = nx.MultiDiGraph()
    multi.add_nodes_from(graph.nodes(data=True))
    for u, v, d in graph.edges(data=True):
        multi.add_edge(u, v, key=d["id"], **d)
    return multi


def test_export_graph_rows_read_inverse_and_sub_properties_as_kg_explain(make_resolved: MakeResolved) -> None:
    """customerOf is backed by suppliesTo statements, worksFor by ceoOf ones; the counts
    and dates agree with kg.analysis.corroboration (what `kg explain` prints)."""
    from kg.analysis import corroboration

    def document(doc_id: str, date: str, *facts: tuple[str, str, str]) -> ResolvedDocument:
        base = make_resolved(f"Text of {doc_id}.", doc_id=doc_id, date=date, title=doc_id)
        return dataclasses.replace(base, facts=tuple(
            Fact(h, p, t, Provenance(doc_id, f"{doc_id}: {h} {p} {t}", 0, 0, 5, "rule", 0.8))
            for h, p, t in facts))

    fox, nv, jane = "Organization/Foxconn", "Organization/Nvidia", "Person/Jane Doe"
    view = load_view(build_store([
        document("d1", "2024", (fox, "suppliesTo", nv), (jane, "ceoOf", fox)),
        document("d2", "2025-03", (nv, "customerOf", fox), (jane, "worksFor", fox)),
    ]))
    _, edges = graph_rows(view)
    by_key = {(e["source_label"], e["relation"], e["target_label"]): e for e in edges}
    assert sorted(by_key) == [("Foxconn", "suppliesTo", "Nvidia"), ("Jane Doe", "ceoOf", "Foxconn"),
                              ("Jane Doe", "worksFor", "Foxconn"), ("Nvidia", "customerOf", "Foxconn")]
    for key in [("Foxconn", "suppliesTo", "Nvidia"), ("Nvidia", "customerOf", "Foxconn"),
                ("Jane Doe", "worksFor", "Foxconn")]:
        edge = by_key[key]
        assert (edge["source_count"], edge["statements"]) == (2, 2), key
        assert (edge["first_seen"], edge["last_seen"]) == ("2024", "2025-03")
        assert edge["document_names"] == "d1\nd2"
    ceo = by_key[("Jane Doe", "ceoOf", "Foxconn")]  # worksFor does not entail ceoOf
    assert (ceo["source_count"], ceo["sentences"]) == (1, f"d1: {jane} ceoOf {fox}")
    seen = corroboration(view)
    for edge in edges:
        c = seen[(edge["source"], edge["relation"], edge["target"])]
        assert (edge["source_count"], edge["documents"].split("\n")) == (c.count, list(c.documents))
        assert (edge["first_seen"], edge["last_seen"]) == (c.first_seen, c.last_seen)


@pytest.mark.parametrize("fmt", GRAPH_FORMATS, ids=lambda f: f.key)
def test_export_graph_formats_round_trip_through_networkx(
    store: Store, fmt: Format, no_network: list[Any]
) -> None:
    read = read_back(serialize_store(store, fmt), fmt)
    nodes, edges = expected_nodes(store), expected_edges(store)
    assert read.number_of_nodes() == len(nodes) == len(load_view(store).entities)
    assert read.number_of_edges() == len(edges) > 10
    assert dict(read.nodes(data=True)) == nodes
    actual = {(u, v, k): d for u, v, k, d in read.edges(keys=True, data=True)}
    if fmt is Format.GEXF:  # GEXF carries the id and a float weight in the edge element
        for (_, _, key), data_ in actual.items():
            assert data_.pop("id") == key
            data_["weight"] = int(data_["weight"])
    assert actual == edges


@pytest.mark.parametrize("fmt", GRAPH_FORMATS, ids=lambda f: f.key)
def test_export_graph_formats_keep_hostile_text(store: Store, fmt: Format) -> None:
    read = read_back(serialize_store(store, fmt), fmt)
    labels = {d["label"] for _, d in read.nodes(data=True)}
    aliases = {d["aliases"] for _, d in read.nodes(data=True)}
    statuses = {d["status"] for _, _, d in read.edges(data=True)}
    for text in HOSTILE:
        assert xml_text(text) in labels
        if "\x1f" not in text:  # kg.query.load_view splits aliases on U+001F
            assert xml_text(text[::-1]) in aliases
    assert {xml_text(t) for t in HOSTILE[1:]} <= statuses
    assert "<script>alert(1)</script>" in "".join(labels)  # escaped on the way out, intact on the way in


def test_export_xml_text() -> None:
    assert xml_text("a\x01b\x08c\x0b\x0c\x1fd\ufffe") == "a\ufffdb\ufffdc\ufffd\ufffd\ufffdd\ufffd"
    assert xml_text("one\r\ntwo\rthree\nfour\tfive") == "one\ntwo\nthree\nfour\tfive"
    kept = "RTL \u200f\u202eevil\u202c \u2028 😀 鴻海 <&> \"' \x7f"
    assert xml_text(kept) == kept


def test_export_gexf_has_no_date_stamp(store: Store) -> None:
    text = serialize_store(store, Format.GEXF).decode("utf-8")
    assert "lastmodifieddate" not in text
    assert "<creator>kg " in text


def test_export_graph_formats_of_an_empty_store() -> None:
    for fmt in GRAPH_FORMATS:
        read = read_back(serialize_store(Store(), fmt), fmt)
        assert read.number_of_nodes() == read.number_of_edges() == 0
    nodes, edges = csv_tables(Store())
    assert nodes.decode() == ",".join(NODE_FIELDS) + "\n"
    assert edges.decode() == ",".join(EDGE_FIELDS) + "\n"


def test_export_property_graph_is_networkx(store: Store) -> None:
    graph = property_graph(store)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.nodes[FOXCONN]["class"] == "Organization"
    (key,) = graph[FOXCONN][NVIDIA]
    assert graph.edges[FOXCONN, NVIDIA, key]["source_count"] == 2
    assert graph.in_degree(FOXCONN) >= 1  # Jane Doe chairmanOf Foxconn


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def as_csv(row: dict[str, Any]) -> dict[str, str]:
    return {k: ("true" if v else "false") if isinstance(v, bool) else str(v) for k, v in row.items()}


def test_export_csv_round_trips_with_the_csv_module(store: Store) -> None:
    nodes_csv, edges_csv = csv_tables(store)
    nodes, edges = rows(store)
    assert nodes_csv.decode("utf-8").split("\n", 1)[0] == ",".join(NODE_FIELDS)
    assert edges_csv.decode("utf-8").split("\n", 1)[0] == ",".join(EDGE_FIELDS)
    assert read_csv(nodes_csv) == [as_csv(n) for n in nodes]
    assert read_csv(edges_csv) == [as_csv(e) for e in edges]  # hostile text exactly, \r and all
    (first,) = [e for e in read_csv(edges_csv) if e["source"] == FOXCONN and e["target"] == NVIDIA]
    assert (first["source_label"], first["relation"], first["target_label"]) == ("Foxconn", "partnersWith", "Nvidia")
    assert (first["source_count"], first["symmetric"], first["confidence"]) == ("2", "true", "0.9")


def test_export_csv_deterministic(tmp_path: Path, documents: list[ResolvedDocument]) -> None:
    forward = build_store(documents, tmp_path / "forward")
    backward = build_store(list(reversed(documents)), tmp_path / "backward")
    assert csv_tables(forward) == csv_tables(backward) == csv_tables(forward)


def test_export_serialize_store_refuses_csv(store: Store) -> None:
    with pytest.raises(InputError, match="two files"):
        serialize_store(store, Format.CSV)


@pytest.mark.parametrize(("given", "nodes", "edges"), [
    ("out/graph.csv", "out/graph-nodes.csv", "out/graph-edges.csv"),
    ("out/graph.CSV", "out/graph-nodes.csv", "out/graph-edges.csv"),
    ("out/graph", "out/graph-nodes.csv", "out/graph-edges.csv"),
    ("export.v2", "export.v2-nodes.csv", "export.v2-edges.csv"),
])
def test_export_csv_paths(given: str, nodes: str, edges: str) -> None:
    assert csv_paths(Path(given)) == (Path(nodes), Path(edges))


def test_export_write_csv(store: Store, tmp_path: Path) -> None:
    written = write_csv(store, tmp_path / "sub" / "graph.csv")
    assert written == (tmp_path / "sub" / "graph-nodes.csv", tmp_path / "sub" / "graph-edges.csv")
    assert (written[0].read_bytes(), written[1].read_bytes()) == csv_tables(store)
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["graph-edges.csv", "graph-nodes.csv"]


@pytest.mark.parametrize(("name", "fmt"), [("graphml", Format.GRAPHML), ("GEXF", Format.GEXF),
                                           ("csv", Format.CSV)])
def test_export_graph_format_from_name(name: str, fmt: Format) -> None:
    assert Format.from_name(name) is fmt


@pytest.mark.parametrize(("name", "fmt"), [("g.graphml", Format.GRAPHML), ("G.GEXF", Format.GEXF),
                                           ("out/g.csv", Format.CSV), ("g.xml", None), ("g.tsv", None)])
def test_export_graph_format_guess(name: str, fmt: Format | None) -> None:
    assert Format.guess(Path(name)) is fmt


def test_export_graph_format_attributes() -> None:
    assert [f for f in Format if not f.is_rdf] == [Format.GRAPHML, Format.GEXF, Format.CSV]
    assert [f for f in Format if not f.is_one_file] == [Format.CSV]
    assert Format.GRAPHML.media_type == "application/graphml+xml"
    assert Format.CSV.media_type == "text/csv"
    assert FORMAT_KEYS == [f.key for f in Format]  # the CLI's choices follow the enum


# --- kg export through the CLI ---------------------------------------------------------


def invoke(*args: object) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args])


def assert_fails(result: Any, code: int, message: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert "Traceback" not in result.output
    assert message in result.stderr, result.stderr
    if code == 1:
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: ")


@pytest.fixture
def out(tmp_path: Path, documents: list[ResolvedDocument]) -> Path:
    """A build directory holding the three documents' store (no spaCy)."""
    build_store(documents, tmp_path / "out" / "store")  # released on return
    return tmp_path / "out"


def store_of(out: Path) -> Store:
    return kg_store.open_store(out / "store", create=False)


@pytest.mark.parametrize("fmt", GRAPH_FORMATS, ids=lambda f: f.key)
def test_cli_export_graph_formats_to_stdout_and_file(out: Path, tmp_path: Path, fmt: Format) -> None:
    result = CliRunner().invoke(cli, ["export", "--out", str(out), "--format", fmt.key], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    target = tmp_path / f"graph{fmt.suffix}"
    guessed = CliRunner().invoke(cli, ["export", "--out", str(out), "-o", str(target)], catch_exceptions=False)
    assert guessed.exit_code == 0, guessed.output
    assert guessed.stdout == "" and f"wrote {target}" in guessed.stderr
    expected = serialize_store(store_of(out), fmt)
    assert result.stdout_bytes == target.read_bytes() == expected


@pytest.mark.parametrize("target", ["graph.csv", "graph"])
def test_cli_export_csv_writes_two_files(out: Path, tmp_path: Path, target: str) -> None:
    args = ["export", "--out", str(out), "-o", str(tmp_path / target)]
    if not target.endswith(".csv"):
        args += ["--format", "csv"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    nodes, edges = tmp_path / "graph-nodes.csv", tmp_path / "graph-edges.csv"
    assert result.stdout == ""
    assert result.stderr == f"wrote {nodes} and {edges}\n"
    assert (nodes.read_bytes(), edges.read_bytes()) == csv_tables(store_of(out))
    assert not (tmp_path / target).exists()


@pytest.mark.parametrize("args", [["--format", "csv"], ["--format", "csv", "-o", "-"]])
def test_cli_export_csv_to_stdout_is_a_usage_error(out: Path, args: list[str]) -> None:
    assert_fails(invoke("export", "--out", out, *args), 2, "pass -o PATH, not stdout")


@pytest.mark.parametrize("name", ["xml", "dot", "json", "graphml2"])
def test_cli_export_bad_format_is_a_usage_error(out: Path, name: str) -> None:
    assert_fails(invoke("export", "--out", out, "--format", name), 2, "Invalid value for '--format'")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_cli_export_missing_store_is_one_line(tmp_path: Path, fmt: str) -> None:
    result = invoke("export", "--out", tmp_path / "nothing", "--format", fmt, "-o", tmp_path / "g")
    assert_fails(result, 1, "no store at")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_help_documents_csv() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"], catch_exceptions=False)
    text = " ".join(result.stdout.split())
    assert "PATH-nodes.csv and PATH-edges.csv" in text
    for key in FORMAT_KEYS:
        assert key in text


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_cli_export_graph_formats_on_the_seed(seed_build: Any, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"seed.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--out", str(seed_build.out), "-o", str(target)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    view = load_view(kg_store.load_rdf_file(seed_build.turtle))
    if fmt == "csv":
        nodes = read_csv((tmp_path / "seed-nodes.csv").read_bytes())
        edges = read_csv((tmp_path / "seed-edges.csv").read_bytes())
        assert len(nodes) == len(view.entities)
        partner = [e for e in edges if (e["source_label"], e["relation"], e["target_label"])
                   == ("Foxconn", "partnersWith", "Nvidia")]
        assert len(partner) == 1 and "Nvidia cloud partner" in partner[0]["sentences"]
        return
    read = nx.read_graphml(target, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(target)
    assert read.number_of_nodes() == len(view.entities)
    labels = {n: d["label"] for n, d in read.nodes(data=True)}
    pairs = {(labels[u], d["relation"], labels[v]) for u, v, d in read.edges(data=True)}
    assert ("Foxconn", "partnersWith", "Nvidia") in pairs
    assert read.number_of_edges() == len(pairs)
