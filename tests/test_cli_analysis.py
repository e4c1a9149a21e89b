"""CLI tests for the analyst commands: neighbors, path, explain, entities, stats.

They run on the seed build (``seed_build``) and on a directory of three short articles
written here, where two documents state the same partnership, so corroboration > 1.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cli_helpers import fail as cli_fail
from click.testing import CliRunner, Result

from kg.cli import cli

if TYPE_CHECKING:
    from conftest import SeedBuild

BASE = "https://x.org/kg/"
COMMANDS = ("neighbors", "path", "explain", "entities", "stats")
SEED_SENTENCE = ("Liu noted that Foxconn has already partnered with North American cloud service "
                 "providers and Nvidia to construct a high-speed supercomputer")

ARTICLES = {
    "samsung-qualcomm.txt": (
        "Samsung Electronics said on Tuesday that it has partnered with Qualcomm to build custom "
        "chips for data centers in South Korea.\n\n"
        "The agreement follows months of negotiations. Samsung Electronics is also in talks with "
        "Microsoft about supplying memory for its cloud business, according to two people familiar "
        "with the matter.\n\n"
        "Jay Y. Lee, chairman of Samsung Electronics, told reporters that the company expects more "
        "deals this year.\n"
    ),
    "samsung-qualcomm.meta.json": json.dumps(
        {"title": "Samsung teams up with Qualcomm on data center chips", "date": "2025-03-04"}),
    "qualcomm-update.txt": (
        "Qualcomm confirmed on Monday that it partnered with Samsung Electronics on a new line of "
        "server processors.\n\n"
        "Qualcomm also competes with Intel in the market for laptop processors. Analysts expect "
        "Qualcomm to announce pricing later this year.\n"
    ),
    "qualcomm-update.meta.json": json.dumps(
        {"title": "Qualcomm confirms Samsung chip partnership", "date": "2025-06-18"}),
    "intel-brief.txt": (
        "Intel is in talks with Microsoft over a foundry contract, the companies said. Microsoft has "
        "also partnered with Qualcomm on laptops running Windows.\n"
    ),
}


# --- helpers -----------------------------------------------------------------------------


def run(*args: object) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def fail(*args: object, code: int = 1) -> str:
    """The stderr of a command that must fail cleanly (see cli_helpers.fail)."""
    return cli_fail(*args, code=code).stderr


def summary_count(stderr: str, row: str) -> int:
    match = re.search(rf"^{re.escape(row)}\s+(\d+)\s*$", stderr, re.MULTILINE)
    assert match, stderr
    return int(match.group(1))


def rows_of(*args: object) -> list[dict[str, str]]:
    data = json.loads(run(*args, "--format", "json").stdout)
    return data["rows"]  # type: ignore[no-any-return]


@pytest.fixture
def small_rdf(tmp_path: Path) -> Path:
    """A hand-built graph as N-Quads (no model): Acme partners with Globex in two dated
    documents, Jane Roe chairs Acme, Hooli has no facts, and "Apple" names two entities."""
    from pyoxigraph import RdfFormat, serialize

    from kg.graph import document_quads
    from kg.model import Article, Entity, Fact, Provenance, ResolvedDocument

    acme = Entity("Organization/Acme", "Acme", "Organization", ("Acme Corp",))
    globex = Entity("Organization/Globex", "Globex", "Organization")
    jane = Entity("Person/Jane Roe", "Jane Roe", "Person")
    hooli = Entity("Organization/Hooli", "Hooli", "Organization")
    apples = (Entity("Organization/Apple", "Apple", "Organization"), Entity("Product/Apple", "Apple", "Product"))

    def document(doc_id: str, date: str, text: str, facts: list[tuple[Entity, str, Entity]]) -> ResolvedDocument:
        article = Article(doc_id, text, f"{doc_id}.txt", title=f"News {doc_id}", date=date)
        return ResolvedDocument(article, (acme, globex, jane, hooli, *apples), tuple(
            Fact(h.key, p, t.key, Provenance(doc_id, text, 0, 0, len(text), "rule", 0.9)) for h, p, t in facts))

    quads = [
        *document_quads(document("one", "2024-01-02", "Acme partnered with Globex; Jane Roe chairs Acme.",
                                 [(acme, "partnersWith", globex), (jane, "chairmanOf", acme)]), base_iri=BASE),
        *document_quads(document("two", "2025-07", "Globex and Acme renewed their partnership.",
                                 [(globex, "partnersWith", acme)]), base_iri=BASE),
    ]
    path = tmp_path / "small.nq"
    path.write_bytes(serialize(quads, format=RdfFormat.N_QUADS) or b"")
    return path


def test_cli_analysis_hand_built_graph(small_rdf: Path) -> None:
    result = run("explain", "Globex", "partners-with", "ACME CORP", "--rdf", small_rdf)
    assert "stated in 2 documents, first seen 2024-01-02, last seen 2025-07" in result.stdout
    assert "Error" not in result.output
    (row,) = rows_of("neighbors", "Jane Roe", "--relation", "worksFor", "--evidence", "--rdf", small_rdf)
    assert (row["relation"], row["direction"], row["to"], row["document"]) == ("worksFor", "->", "Acme", "News one")
    assert fail("explain", "Acme", "competesWith", "Globex", "--rdf", small_rdf) == (
        "Error: no statement says Acme competesWith Globex; they are linked by partnersWith\n")
    assert fail("neighbors", "apple", "--rdf", small_rdf) == (
        "Error: ambiguous entity 'apple': it names Organization/Apple, Product/Apple; write one of these\n")
    assert run("neighbors", "Product/Apple", "--rdf", small_rdf).stdout.endswith("(0 rows)\n")
    stats = {(r["section"], r["name"]): r["value"] for r in rows_of("stats", "--rdf", small_rdf)}
    assert (stats["total", "documents"], stats["total", "facts"], stats["degree", "Acme"]) == ("2", "2", "2")
    assert [r["label"] for r in rows_of("entities", "--type", "organization", "--rdf", small_rdf)] == [
        "Acme", "Apple", "Globex", "Hooli"]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three articles built into OUT (returned): Samsung partners with Qualcomm in two of them,
    on two dates; the third is undated."""
    articles = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = articles.parent / (articles.name + "-out")
    run("build", articles, "--out", out, "--no-html")
    return out


# --- explain -----------------------------------------------------------------------------


@pytest.mark.model
def test_cli_explain_seed_sentence(seed_build: SeedBuild) -> None:
    result = run("explain", "Foxconn", "partnersWith", "Nvidia", "--out", seed_build.out)
    assert SEED_SENTENCE in result.stdout
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Foxconn partnersWith Nvidia", "stated in 1 document, first seen 2025-11, last seen 2025-11"]
    assert "    source:     " in result.stdout and "foxconn-openai-article.txt" in result.stdout
    assert "    date:       2025-11" in lines
    assert result.stderr == ""


@pytest.mark.model
def test_cli_explain_folds_symmetric_and_sub_property(seed_build: SeedBuild) -> None:
    (row,) = rows_of("explain", "nvidia", "partners-with", "Hon Hai", "--out", seed_build.out)
    assert (row["head"], row["relation"], row["tail"]) == ("Foxconn", "partnersWith", "Nvidia")
    assert SEED_SENTENCE in row["sentence"]
    assert (row["documents"], row["first_seen"], row["last_seen"]) == ("1", "2025-11", "2025-11")
    (row,) = rows_of("explain", "Liu", "worksFor", "Foxconn", "--out", seed_build.out)
    assert row["relation"] == "chairmanOf" and "Young Liu" in row["sentence"]


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cli_explain_delimited(seed_build: SeedBuild, fmt: str) -> None:
    text = run("explain", "Foxconn", "partnersWith", "Nvidia", "--out", seed_build.out, "--format", fmt).stdout
    (row,) = csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t")
    assert SEED_SENTENCE in row["sentence"] and row["status"] == "" and row["negated"] == "false"


@pytest.mark.model
def test_cli_explain_corroborated_by_two_documents(news: Path) -> None:
    result = run("explain", "Qualcomm", "partnersWith", "samsung", "--out", news)
    assert "stated in 2 documents, first seen 2025-03-04, last seen 2025-06-18" in result.stdout
    assert "it has partnered with Qualcomm" in result.stdout
    assert "it partnered with Samsung Electronics" in result.stdout
    assert result.stdout.index("2025-03-04\n") < result.stdout.index("    date:       2025-06-18")
    rows = rows_of("explain", "Samsung Electronics", "partnersWith", "Qualcomm", "--out", news)
    assert [Path(r["source"]).name for r in rows] == ["samsung-qualcomm.txt", "qualcomm-update.txt"]
    assert {r["documents"] for r in rows} == {"2"}


@pytest.mark.model
def test_cli_explain_no_statement_is_one_line(seed_build: SeedBuild) -> None:
    stderr = fail("explain", "Foxconn", "partnersWith", "OpenAI", "--out", seed_build.out)
    assert stderr == "Error: no statement says Foxconn partnersWith OpenAI; they are linked by inTalksWith\n"


# --- neighbors ---------------------------------------------------------------------------


@pytest.mark.model
def test_cli_neighbors_seed(seed_build: SeedBuild) -> None:
    rows = rows_of("neighbors", "foxconn", "--out", seed_build.out)
    found = {(r["relation"], r["direction"], r["to"]) for r in rows}
    assert {("partnersWith", "<->", "Nvidia"), ("inTalksWith", "<->", "OpenAI"),
            ("chairmanOf", "<-", "Young Liu")} <= found
    assert {r["depth"] for r in rows} == {"1"} and {r["from"] for r in rows} == {"Foxconn"}
    assert "sentence" not in rows[0]
    table = run("neighbors", "Foxconn", "--out", seed_build.out).stdout
    assert table.splitlines()[0].split() == ["depth", "from", "relation", "direction", "to", "type",
                                             "documents", "first_seen", "last_seen"]
    assert table.endswith(f"({len(rows)} rows)\n")


@pytest.mark.model
def test_cli_neighbors_relation_depth_and_evidence(seed_build: SeedBuild) -> None:
    (row,) = rows_of("neighbors", "Hon Hai", "--relation", "partners-with", "--evidence", "--out", seed_build.out)
    assert row["to"] == "Nvidia" and SEED_SENTENCE in row["sentence"]
    assert row["document"] == "Foxconn in talks with OpenAI on AI data centers"
    assert row["source"].endswith("foxconn-openai-article.txt")
    deeper = rows_of("neighbors", "Foxconn", "--depth", "2", "--evidence", "--out", seed_build.out)
    assert ("2", "OpenAI", "Stargate") in {(r["depth"], r["from"], r["to"]) for r in deeper}
    assert all(r["sentence"] and r["document"] for r in deeper)


@pytest.mark.model
def test_cli_neighbors_several_articles(news: Path) -> None:
    rows = {r["to"]: r for r in rows_of("neighbors", "qualcomm", "--evidence", "--out", news)}
    assert rows["Samsung Electronics"]["documents"] == "2"
    assert (rows["Samsung Electronics"]["first_seen"], rows["Samsung Electronics"]["last_seen"]) == (
        "2025-03-04", "2025-06-18")
    assert rows["Intel"]["relation"] == "competesWith"
    assert rows["Microsoft"]["first_seen"] == ""  # only the undated brief says so
    assert Path(rows["Microsoft"]["source"]).name == "intel-brief.txt"


@pytest.mark.model
def test_cli_neighbors_rdf_file_same_answer(seed_build: SeedBuild) -> None:
    from_store = run("neighbors", "Foxconn", "--evidence", "--format", "csv", "--out", seed_build.out).stdout
    from_file = run("neighbors", "Foxconn", "--evidence", "--format", "csv", "--rdf", seed_build.turtle).stdout
    assert from_store == from_file


# --- path --------------------------------------------------------------------------------


@pytest.mark.model
def test_cli_path_seed(seed_build: SeedBuild) -> None:
    rows = rows_of("path", "Young Liu", "Stargate", "--evidence", "--out", seed_build.out)
    first = [r for r in rows if r["path"] == "1"]
    assert (first[0]["from"], first[0]["relation"], first[0]["direction"], first[0]["to"]) == (
        "Young Liu", "chairmanOf", "->", "Foxconn")
    assert first[-1]["to"] == "Stargate"
    assert all(a["to"] == b["from"] for a, b in itertools.pairwise(first) if a["step"] != b["step"])
    assert all(r["sentence"] and r["document"] for r in rows)


@pytest.mark.model
def test_cli_path_several_articles(news: Path) -> None:
    rows = rows_of("path", "Intel", "Jay Y. Lee", "--out", news)
    assert rows[0]["from"] == "Intel" and rows[-1]["to"] == "Jay Y. Lee"
    assert max(int(r["step"]) for r in rows) == 3
    assert len(rows_of("path", "Intel", "Jay Y. Lee", "--max-paths", "1", "--out", news)) <= len(rows)


def test_cli_path_hand_built_graph(small_rdf: Path) -> None:
    rows = rows_of("path", "jane roe", "Globex", "--rdf", small_rdf)
    assert [(r["step"], r["from"], r["relation"], r["direction"], r["to"], r["documents"]) for r in rows] == [
        ("1", "Jane Roe", "chairmanOf", "->", "Acme", "1"), ("2", "Acme", "partnersWith", "<->", "Globex", "2")]


def test_cli_path_errors(small_rdf: Path) -> None:
    assert fail("path", "Acme", "Hooli", "--rdf", small_rdf) == "Error: no path between Acme and Hooli\n"
    assert fail("path", "Acme", "acme corp", "--rdf", small_rdf) == (
        "Error: Acme and acme corp are the same entity (Acme)\n")
    fail("path", "Acme", "Globex", "--max-paths", "0", "--rdf", small_rdf, code=2)


# --- entities and stats ------------------------------------------------------------------


@pytest.mark.model
def test_cli_entities_seed(seed_build: SeedBuild) -> None:
    rows = {r["label"]: r for r in rows_of("entities", "--out", seed_build.out)}
    assert rows["Foxconn"]["type"] == "Organization"
    assert "Hon Hai" in rows["Foxconn"]["aliases"].split("; ")
    assert "better known" in rows["Foxconn"]["merge_reasons"]
    assert rows["Foxconn"]["same_as"] == "http://www.wikidata.org/entity/Q463094"
    people = rows_of("entities", "--type", "PERSON", "--out", seed_build.out)
    assert [(r["label"], r["aliases"]) for r in people] == [("Young Liu", "Liu")]
    assert "surname" in people[0]["merge_reasons"]


@pytest.mark.model
def test_cli_stats_seed_and_articles(seed_build: SeedBuild, news: Path) -> None:
    # Cross-checked against `kg build`'s summary and `kg entities`, not pinned to the model.
    rows = [(r["section"], r["name"], r["value"]) for r in rows_of("stats", "--out", seed_build.out)]
    total = {name: int(value) for section, name, value in rows if section == "total"}
    assert total["documents"] == 1
    assert total["statements"] == summary_count(seed_build.stderr, "facts")
    assert total["entities"] == summary_count(seed_build.stderr, "entities")
    entities = rows_of("entities", "--out", seed_build.out)
    assert total["entities"] == len(entities)
    assert total["facts"] == sum(int(value) for section, _, value in rows if section == "relation")
    for section, name, value in rows:
        if section == "class":
            assert int(value) == sum(1 for e in entities if e["type"] == name)
    facts = {e["label"]: int(e["facts"]) for e in entities}
    degree = [(name, int(value)) for section, name, value in rows if section == "degree"]
    assert degree == sorted(degree, key=lambda item: -item[1]) and len(degree) == 10
    assert all(facts[name] == value for name, value in degree)
    assert max(facts.values()) == degree[0][1]
    ranks = [float(value) for section, _, value in rows if section == "pagerank"]
    assert len(ranks) == 10 and ranks == sorted(ranks, reverse=True)
    top = rows_of("stats", "--top", "2", "--out", news)
    assert {"section": "total", "name": "documents", "value": "3"} in top
    assert len([r for r in top if r["section"] == "degree"]) == 2
    news_facts = {e["label"]: int(e["facts"]) for e in rows_of("entities", "--out", news)}
    first = next(r for r in top if r["section"] == "degree")
    assert int(first["value"]) == max(news_facts.values()) == news_facts[first["name"]]


# --- every command, every format ---------------------------------------------------------

INVOCATIONS = {
    "neighbors": ["neighbors", "Foxconn"],
    "path": ["path", "Nvidia", "Oracle"],
    "explain": ["explain", "Foxconn", "partnersWith", "Nvidia"],
    "entities": ["entities"],
    "stats": ["stats"],
}


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
@pytest.mark.parametrize("command", COMMANDS)
def test_cli_analysis_formats(seed_build: SeedBuild, command: str, fmt: str) -> None:
    text = run(*INVOCATIONS[command], "--out", seed_build.out, "--format", fmt).stdout
    if fmt == "json":
        assert json.loads(text)["rows"]
    elif fmt in ("csv", "tsv"):
        records = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert len(records) >= 2 and len({len(r) for r in records}) == 1
    else:
        assert text.strip()


@pytest.mark.model
@pytest.mark.parametrize("command", COMMANDS)
def test_cli_analysis_help_examples_run(seed_build: SeedBuild, command: str) -> None:
    help_text = run(command, "--help").stdout
    examples = [shlex.split(line.strip())[1:] for line in help_text.split("Example:", 1)[1].splitlines()
                if line.strip().startswith(f"kg {command}")]
    assert examples
    for args in examples:
        run(*args, "--out", seed_build.out)


# --- errors ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("args", [
    ["neighbors", "Foxconnn"],
    ["path", "Foxconnn", "Nvidia"],
    ["path", "Nvidia", "Foxconnn"],
    ["explain", "Foxconnn", "partnersWith", "Nvidia"],
])
def test_cli_analysis_unknown_entity_is_one_line(seed_build: SeedBuild, args: list[str]) -> None:
    assert fail(*args, "--out", seed_build.out) == "Error: unknown entity 'Foxconnn'; did you mean: Foxconn?\n"


@pytest.mark.model
def test_cli_analysis_unknown_entity_without_close_match(seed_build: SeedBuild) -> None:
    assert fail("neighbors", "Zebra Holdings", "--out", seed_build.out) == (
        "Error: unknown entity 'Zebra Holdings' (no similar name in the graph)\n")


@pytest.mark.parametrize("args", [
    ["neighbors", "Foxconn", "--relation", "partner"],
    ["explain", "Foxconn", "partner", "Nvidia"],
])
def test_cli_analysis_unknown_relation_is_a_usage_error(args: list[str], tmp_path: Path) -> None:
    stderr = fail(*args, "--out", tmp_path, code=2)
    assert "unknown relation 'partner'; did you mean: partnersWith?" in stderr


@pytest.mark.parametrize("args", [
    [*INVOCATIONS[command], "--format", "xml"] for command in COMMANDS
] + [
    ["entities", "--type", "Robot"],
    ["neighbors", "Foxconn", "--depth", "0"],
    ["stats", "--top", "-1"],
    ["explain", "Foxconn", "partnersWith"],
])
def test_cli_analysis_usage_errors(args: list[str], tmp_path: Path) -> None:
    fail(*args, "--out", tmp_path, code=2)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_analysis_missing_store_is_one_line(command: str, tmp_path: Path) -> None:
    assert "no store at" in fail(*INVOCATIONS[command], "--out", tmp_path / "nothing")
