"""Tests for kg.diff and ``kg diff`` (entities and facts added and removed between two
graphs), and for ``kg remove`` (documents out of the store, facts only they supported
retracted, outputs rewritten)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from cli_helpers import fail
from click.testing import CliRunner, Result
from pyoxigraph import NamedNode, Quad, Store, Triple

from kg import graph as kg_graph
from kg import store as kg_store
from kg.cli import cli
from kg.diff import (
    EntityChange,
    FactChange,
    GraphDiff,
    diff_stores,
    diff_triples,
    open_graph,
    snapshot,
)
from kg.errors import StoreError
from kg.export import Format, serialize_store
from kg.model import Entity, Fact, Provenance, ResolvedDocument

if TYPE_CHECKING:
    from collections.abc import Callable

    MakeResolved = Callable[..., ResolvedDocument]

BASE = "https://w3id.org/kg-news/id/"  # kg build's default, so CLI output reads naturally
FOXCONN = f"{BASE}entity/Organization/Foxconn"
NVIDIA = f"{BASE}entity/Organization/Nvidia"
JANE = f"{BASE}entity/Person/Jane%20Doe"
ACME = f"{BASE}entity/Organization/Acme"


# --- helpers ---------------------------------------------------------------------------


def build_store(documents: list[ResolvedDocument], path: Path | None = None) -> Store:
    store = kg_store.open_store(path) if path is not None else Store()
    for resolved in documents:
        graph = kg_graph.document_iri(BASE, resolved.article.id)
        kg_store.replace_document(store, graph, kg_graph.document_quads(resolved, base_iri=BASE))
    return store


def with_acme(make_resolved: MakeResolved, doc_id: str = "doc3") -> ResolvedDocument:
    """A document that keeps Foxconn partnersWith Nvidia and adds Acme partnersWith Foxconn."""
    base = make_resolved("Foxconn partners with Nvidia. Acme partners with Foxconn.", doc_id=doc_id)
    acme = Entity("Organization/Acme", "Acme", "Organization")
    fact = Fact("Organization/Acme", "partnersWith", "Organization/Foxconn",
                Provenance(doc_id, "Acme partners with Foxconn.", 30, 30, 56, "partner-verb", 0.9))
    return dataclasses.replace(base, entities=(*base.entities[:2], acme), facts=(base.facts[0], fact))


def run(*args: object) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result





def make_out(path: Path, documents: list[ResolvedDocument]) -> Path:
    """A build directory (store and graph.ttl, as `kg build` leaves them) without spaCy."""
    store = build_store(documents, path / "store")
    (path / "graph.ttl").write_bytes(serialize_store(store, Format.TURTLE))
    del store  # release the lock for the command under test
    return path


def quads(path: Path) -> list[Quad]:
    return kg_store.sorted_quads(kg_store.open_store(path, create=False))


def ask(store: Store, query: str) -> bool:
    result = store.query("PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
                         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query,
                         use_default_graph_as_union=True)
    return bool(result)


# --- the library -----------------------------------------------------------------------


def test_diff_snapshot_finds_entities_and_relation_triples(make_resolved: MakeResolved) -> None:
    store = build_store([make_resolved()])
    snap = snapshot(kg_store.union_triples(store))
    assert snap.entities == {FOXCONN: ("Foxconn", "Organization"), NVIDIA: ("Nvidia", "Organization"),
                             JANE: ("Jane Doe", "Person")}
    # the stated facts and what the model materializes: symmetric, super-properties
    assert snap.facts == {
        (FOXCONN, "partnersWith", NVIDIA), (NVIDIA, "partnersWith", FOXCONN),
        (JANE, "chairmanOf", FOXCONN), (JANE, "boardMemberOf", FOXCONN), (JANE, "worksFor", FOXCONN),
    }
    assert snap.label(FOXCONN) == "Foxconn" and snap.label("urn:x") == "urn:x"


def test_diff_added_and_removed(make_resolved: MakeResolved) -> None:
    old = build_store([make_resolved()])
    new = build_store([with_acme(make_resolved)])
    result = diff_stores(old, new)
    assert result.entities_added == (EntityChange("Acme", "Organization", ACME),)
    assert result.entities_removed == (EntityChange("Jane Doe", "Person", JANE),)
    assert result.facts_added == (
        FactChange("Acme", "partnersWith", "Foxconn", ACME, FOXCONN),
        FactChange("Foxconn", "partnersWith", "Acme", FOXCONN, ACME),
    )
    assert [(f.subject_label, f.relation, f.object_label) for f in result.facts_removed] == [
        ("Jane Doe", "boardMemberOf", "Foxconn"), ("Jane Doe", "chairmanOf", "Foxconn"),
        ("Jane Doe", "worksFor", "Foxconn")]
    assert result.changed
    assert result.summary() == "entities: 1 added, 1 removed; facts: 2 added, 3 removed"
    # the other way round swaps added and removed
    back = diff_stores(new, old)
    assert (back.entities_added, back.facts_added) == (result.entities_removed, result.facts_removed)


def test_diff_is_pure_over_triples() -> None:
    kg, rdf = "https://w3id.org/kg-news/ontology#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    a, b = NamedNode("urn:a"), NamedNode("urn:b")
    typed = [Triple(a, NamedNode(rdf + "type"), NamedNode(kg + "Organization")),
             Triple(b, NamedNode(rdf + "type"), NamedNode(kg + "Product"))]
    fact = Triple(a, NamedNode(kg + "launches"), b)
    not_a_fact = Triple(a, NamedNode(kg + "confidence"), b)  # a kg: property, not a relation
    result = diff_triples(typed, [*typed, fact, not_a_fact])
    assert result.entities_added == result.entities_removed == ()
    assert result.facts_added == (FactChange("urn:a", "launches", "urn:b", "urn:a", "urn:b"),)
    assert diff_triples([], []) == GraphDiff()
    assert not GraphDiff().changed


def test_diff_same_graph_is_unchanged(make_resolved: MakeResolved) -> None:
    store = build_store([make_resolved(), with_acme(make_resolved)])
    assert diff_stores(store, store) == GraphDiff()


def test_diff_to_json(make_resolved: MakeResolved) -> None:
    result = diff_stores(build_store([make_resolved()]), build_store([with_acme(make_resolved)]))
    document = result.to_json()
    assert document["entities"]["added"] == [{"iri": ACME, "label": "Acme", "class": "Organization"}]
    assert document["facts"]["added"][0] == {"subject": ACME, "subject_label": "Acme",
                                             "relation": "partnersWith", "object": FOXCONN,
                                             "object_label": "Foxconn"}
    assert len(document["facts"]["removed"]) == 3


def test_diff_open_graph_accepts_build_dir_store_and_rdf_file(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved()])
    expected = kg_store.union_triples(kg_store.open_store(out / "store", create=False))
    for path in (out, out / "graph.ttl"):
        assert kg_store.union_triples(open_graph(path)) == expected
    del expected
    assert len(kg_store.union_triples(open_graph(out / "store"))) > 20


@pytest.mark.parametrize(("name", "message"), [
    ("missing", "no such build directory, store or RDF file"),
    ("empty-dir", "not a build directory, a store or an RDF file"),
    ("notes.txt", "unknown RDF file type"),
])
def test_diff_open_graph_errors(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        open_graph(tmp_path / name)


# --- kg diff ---------------------------------------------------------------------------


def test_cli_diff_table(tmp_path: Path, make_resolved: MakeResolved) -> None:
    old = make_out(tmp_path / "old", [make_resolved()])
    new = make_out(tmp_path / "new", [with_acme(make_resolved)])
    result = run("diff", old, new)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["change", "entity", "class", "iri"]
    assert lines[2].split() == ["+", "Acme", "Organization", ACME]
    assert lines[3].split() == ["-", "Jane", "Doe", "Person", JANE]
    assert "(2 rows)" in lines
    facts = lines[lines.index("") + 1:]
    assert facts[0].split() == ["change", "subject", "relation", "object"]
    assert facts[2].split() == ["+", "Acme", "partnersWith", "Foxconn"]
    assert facts[-1] == "(5 rows)"
    assert result.stderr == "entities: 1 added, 1 removed; facts: 2 added, 3 removed\n"


def test_cli_diff_json_store_against_rdf_file(tmp_path: Path, make_resolved: MakeResolved) -> None:
    old = make_out(tmp_path / "old", [make_resolved()])
    new = make_out(tmp_path / "new", [with_acme(make_resolved)])
    result = run("diff", old / "graph.ttl", new / "store", "--format", "json")
    document = json.loads(result.stdout)
    assert document["old"] == str(old / "graph.ttl") and document["new"] == str(new / "store")
    assert document["entities"]["added"] == [{"iri": ACME, "label": "Acme", "class": "Organization"}]
    assert [f["relation"] for f in document["facts"]["removed"]] == ["boardMemberOf", "chairmanOf", "worksFor"]


def test_cli_diff_no_change_exits_zero(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved()])
    result = run("diff", out, out)  # one store opened once
    assert result.stdout.count("(0 rows)") == 2
    assert result.stderr == "entities: 0 added, 0 removed; facts: 0 added, 0 removed\n"
    assert json.loads(run("diff", out, out / "graph.ttl", "--format", "json").stdout)["facts"] == {
        "added": [], "removed": []}


def test_cli_diff_missing_input_is_one_line(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved()])
    failed = fail("diff", out, tmp_path / "nowhere")
    assert "nowhere: no such build directory, store or RDF file" in failed.stderr
    (tmp_path / "plain").mkdir()
    assert "not a build directory" in fail("diff", tmp_path / "plain", out).stderr


def test_cli_diff_bad_rdf_file_is_one_line(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved()])
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    assert "cannot parse" in fail("diff", broken, out).stderr


def test_cli_diff_bad_format_is_a_usage_error(tmp_path: Path) -> None:
    fail("diff", tmp_path, tmp_path, "--format", "csv", code=2)
    fail("diff", tmp_path, code=2)


# --- removing documents: the library ---------------------------------------------------


def test_remove_find_documents_by_id_iri_and_source(tmp_path: Path, make_resolved: MakeResolved,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = build_store([make_resolved(), with_acme(make_resolved)])
    doc1, doc3 = kg_graph.document_iri(BASE, "doc1"), kg_graph.document_iri(BASE, "doc3")
    assert kg_store.document_records(store) == [(doc1, "doc1", "doc1.txt"), (doc3, "doc3", "doc3.txt")]
    assert kg_store.find_documents(store, ["doc1"]) == [doc1]
    assert kg_store.find_documents(store, [doc3.value, f"<{doc3.value}>", "doc3"]) == [doc3]
    assert kg_store.find_documents(store, ["doc3.txt", "doc1.txt"]) == [doc3, doc1]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert kg_store.find_documents(store, ["./sub/../doc1.txt"]) == [doc1]  # the same file


def test_remove_find_documents_jsonl_file_names_its_records(make_resolved: MakeResolved) -> None:
    docs = [dataclasses.replace(d, article=dataclasses.replace(d.article, source=f"feed.jsonl:{n}"))
            for n, d in enumerate([make_resolved(), with_acme(make_resolved)], start=1)]
    store = build_store(docs)
    assert len(kg_store.find_documents(store, ["feed.jsonl"])) == 2
    assert kg_store.find_documents(store, ["feed.jsonl:2"]) == [kg_graph.document_iri(BASE, "doc3")]


def test_remove_unknown_document_names_the_closest(make_resolved: MakeResolved) -> None:
    store = build_store([make_resolved()])
    with pytest.raises(StoreError) as excinfo:
        kg_store.find_documents(store, ["doc1", "doc1.tx"])
    assert str(excinfo.value) == ("no document 'doc1.tx' in the store (give a document id, IRI or "
                                  "source path); did you mean 'doc1.txt', 'doc1'?")
    with pytest.raises(StoreError, match=r"no document 'zzz' in the store \(give .*\)$"):
        kg_store.find_documents(store, ["zzz"])


def test_remove_retracts_only_what_no_other_document_supports(make_resolved: MakeResolved) -> None:
    store = build_store([make_resolved(), with_acme(make_resolved)])
    before = kg_store.union_triples(store)
    kg_store.remove_documents(store, [kg_graph.document_iri(BASE, "doc1")])
    assert kg_store.document_graphs(store) == [kg_graph.document_iri(BASE, "doc3")]
    result = diff_triples(before, kg_store.union_triples(store))
    assert result.entities_removed == (EntityChange("Jane Doe", "Person", JANE),)
    assert {f.relation for f in result.facts_removed} == {"chairmanOf", "boardMemberOf", "worksFor"}
    assert ask(store, "ASK { ?f rdfs:label 'Foxconn' ; kg:partnersWith ?n . ?n rdfs:label 'Nvidia' }")
    assert ask(store, "ASK { ?s a kg:Statement ; kg:sentence 'Foxconn partners with Nvidia' }")
    assert not ask(store, "ASK { ?s a kg:Statement ; kg:sentence 'Jane Doe chairs Foxconn.' }")
    kg_store.remove_documents(store, [])  # nothing to do
    kg_store.remove_documents(store, [kg_graph.document_iri(BASE, "doc3")])
    assert len(store) == 0


# --- kg remove -------------------------------------------------------------------------


def test_cli_remove_rewrites_turtle_and_html(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved(), with_acme(make_resolved)])
    result = run("remove", "doc1", "--out", out)
    assert result.stdout == ""
    doc1 = kg_graph.document_iri(BASE, "doc1").value
    assert result.stderr.splitlines() == [f"removed {doc1} (doc1.txt)", f"Turtle: {out / 'graph.ttl'}",
                                          f"HTML:   {out / 'graph.html'}"]
    store = kg_store.open_store(out / "store", create=False)
    assert kg_store.document_graphs(store) == [kg_graph.document_iri(BASE, "doc3")]
    assert (out / "graph.ttl").read_bytes() == serialize_store(store, Format.TURTLE)
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Acme" in html and "Jane Doe" not in html


def test_cli_remove_several_by_iri_and_source_no_html(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved(), with_acme(make_resolved)])
    doc1 = kg_graph.document_iri(BASE, "doc1").value
    result = run("remove", f"<{doc1}>", "doc3.txt", "--store", out / "store", "--out", out, "--no-html")
    assert len(result.stderr.splitlines()) == 3
    assert not (out / "graph.html").exists()
    assert quads(out / "store") == []
    assert (out / "graph.ttl").read_bytes() == b""


def test_cli_remove_unknown_document_changes_nothing(tmp_path: Path, make_resolved: MakeResolved) -> None:
    out = make_out(tmp_path / "out", [make_resolved(), with_acme(make_resolved)])
    before, turtle = quads(out / "store"), (out / "graph.ttl").read_bytes()
    failed = fail("remove", "doc1", "no-such-doc", "--out", out)
    assert "no document 'no-such-doc' in the store" in failed.stderr
    assert quads(out / "store") == before
    assert (out / "graph.ttl").read_bytes() == turtle
    assert not (out / "graph.html").exists()


def test_cli_remove_missing_store_is_one_line(tmp_path: Path) -> None:
    assert "no store at" in fail("remove", "doc1", "--out", tmp_path / "nothing").stderr
    assert not (tmp_path / "nothing").exists()


def test_cli_remove_needs_a_document(tmp_path: Path) -> None:
    fail("remove", "--out", tmp_path, code=2)


# --- with the model: two articles built, one removed -------------------------------------

SHARED = "Acme Corp partnered with Globex Inc. on a new factory in Ohio.\nJohn Smith is the CEO of Acme Corp, the company said.\n"
ALSO = "Globex Inc. said on Monday that Acme Corp partnered with Globex Inc. to build chips.\n"
PARTNERS = "ASK { ?a rdfs:label 'Acme Corp' ; kg:partnersWith ?b . ?b rdfs:label 'Globex Inc.' }"
CEO = "ASK { ?a rdfs:label 'John Smith' ; kg:ceoOf ?b . ?b rdfs:label 'Acme Corp' }"


@pytest.mark.model
def test_remove_keeps_a_fact_another_document_states(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SHARED, encoding="utf-8")
    (articles / "b.txt").write_text(ALSO, encoding="utf-8")
    out = tmp_path / "out"
    run("build", articles, "--out", out)
    store = kg_store.open_store(out / "store", create=False)
    assert len(kg_store.document_graphs(store)) == 2
    assert ask(store, PARTNERS) and ask(store, CEO)  # both articles state the partnership
    del store
    before = tmp_path / "before"
    shutil.copytree(out, before)

    result = run("remove", articles / "a.txt", "--out", out)
    assert "a.txt" in result.stderr.splitlines()[0]

    changes = json.loads(run("diff", before, out, "--format", "json").stdout)
    removed = {(f["subject_label"], f["relation"], f["object_label"]) for f in changes["facts"]["removed"]}
    assert ("John Smith", "ceoOf", "Acme Corp") in removed
    assert not any(r == "partnersWith" for _, r, _ in removed)
    assert {e["label"] for e in changes["entities"]["removed"]} >= {"John Smith"}
    assert changes["entities"]["added"] == changes["facts"]["added"] == []

    store = kg_store.open_store(out / "store", create=False)
    assert ask(store, PARTNERS) and not ask(store, CEO)
    assert (out / "graph.ttl").read_bytes() == serialize_store(store, Format.TURTLE)
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Globex" in html and "John Smith" not in html
    del store
    # the Turtle of the old build agrees with what the store says
    assert "John Smith" in (before / "graph.ttl").read_text(encoding="utf-8")
    assert "John Smith" not in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.model
def test_diff_seed_against_itself_and_an_empty_store(seed_build: Any, tmp_path: Path) -> None:
    assert run("diff", seed_build.out, seed_build.turtle).stderr.startswith("entities: 0 added, 0 removed")
    empty = tmp_path / "empty.nt"
    empty.write_text("", encoding="utf-8")
    document = json.loads(run("diff", empty, seed_build.turtle, "--format", "json").stdout)
    added = {(f["subject_label"], f["relation"], f["object_label"]) for f in document["facts"]["added"]}
    assert ("Foxconn", "partnersWith", "Nvidia") in added
    assert "Foxconn" in {e["label"] for e in document["entities"]["added"]}
    assert document["entities"]["removed"] == document["facts"]["removed"] == []
