"""Tests for kg.export: every format round-trips to the store's graph, bytes are
deterministic, JSON-LD parses offline, and writes are atomic."""

from __future__ import annotations

import hashlib
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

import pyoxigraph
import pytest
import rdflib
from pyoxigraph import Literal, Quad, RdfFormat, Store
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import graph as kg_graph
from kg import store as kg_store
from kg.errors import InputError
from kg.export import Format, jsonld_context, serialize_store, write_atomic
from kg.model import Article, Entity, Fact, Provenance, Qualifiers, ResolvedDocument

BASE = "https://x.org/kg/"
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


@pytest.mark.parametrize("fmt", list(Format), ids=lambda f: f.key)
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


@pytest.mark.parametrize("fmt", list(Format), ids=lambda f: f.key)
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
    for fmt in Format:
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


@pytest.mark.parametrize("fmt", list(Format), ids=lambda f: f.key)
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
    expected = {fmt.key: hashlib.sha256(serialize_store(built, fmt)).hexdigest() for fmt in Format}
    del built  # release the store's lock for the child process
    script = (
        "import sys, json, hashlib\n"
        "from pathlib import Path\n"
        "from kg.store import open_store\n"
        "from kg.export import Format, serialize_store\n"
        "s = open_store(Path(sys.argv[1]), create=False)\n"
        "print(json.dumps({f.key: hashlib.sha256(serialize_store(s, f)).hexdigest() for f in Format}))\n"
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
        f"unknown format {name!r}; choose one of turtle, trig, nt, nq, jsonld")


@pytest.mark.parametrize(("name", "fmt"), [
    ("graph.ttl", Format.TURTLE), ("GRAPH.TTL", Format.TURTLE), ("out/g.trig", Format.TRIG),
    ("g.nt", Format.NT), ("g.nq", Format.NQ), ("g.jsonld", Format.JSONLD),
    ("g.json", None), ("g.txt", None), ("graph", None), ("g.ttl.bak", None),
])
def test_export_format_guess(name: str, fmt: Format | None) -> None:
    assert Format.guess(Path(name)) is fmt


def test_export_format_attributes() -> None:
    assert [f.key for f in Format] == ["turtle", "trig", "nt", "nq", "jsonld"]
    assert len({f.suffix for f in Format}) == len({f.media_type for f in Format}) == 5
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
