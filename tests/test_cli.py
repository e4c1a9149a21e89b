"""Tests for kg.cli: every command through Click's CliRunner, on real files in tmp_path.

The seed article is built once per session (``seed_build`` in conftest.py); tests that
build more copy its output directory first, so the session build stays untouched.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import pyoxigraph as ox
import pytest
import rdflib
from cli_helpers import fail
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.graph import document_iri
from kg.ingest import article_id

if TYPE_CHECKING:
    from conftest import SeedBuild

REPO = Path(__file__).parents[1]
SEEDS = REPO / "seeds"
EVAL_DIR = Path(__file__).parents[2] / "shared" / "eval"
SEED_GOLD = EVAL_DIR / "seed-gold.jsonl"
BASE_IRI = "https://w3id.org/kg-news/id/"
COMMANDS = sorted(cli.commands)  # type: ignore[attr-defined]

SECOND_ARTICLE = (
    "Acme Corp partnered with Globex Inc. on a new factory in Ohio.\n"
    "John Smith is the CEO of Acme Corp.\n"
)
INJECTION = '" } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> "pwned" } #'
LABEL_SENTENCES = (
    "SELECT ?name ?s WHERE { ?st rdf:subject ?e ; kg:sentence ?s . ?e rdfs:label ?name }"
)

OXI_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nq": ".nq", "jsonld": ".jsonld"}
QUAD_FORMATS = {"trig", "nq"}


# --- helpers ---------------------------------------------------------------------------


def run(*args: object, input: str | bytes | None = None) -> Result:
    """A command that must succeed; exceptions propagate with their traceback."""
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result





def copy_build(seed: SeedBuild, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(seed.out, out)
    return out


def export(out: Path, fmt: str = "turtle") -> bytes:
    return run("export", "--out", out, "--format", fmt).stdout_bytes


def oxi_count(data: bytes, fmt: str) -> int:
    return sum(1 for _ in ox.parse(data, format=OXI_FORMATS[fmt]))


def rdflib_count(data: bytes, fmt: str) -> int:
    if fmt in QUAD_FORMATS:
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format={"nq": "nquads"}.get(fmt, fmt))
        return sum(1 for _ in dataset.quads((None, None, None, None)))
    return len(rdflib.Graph().parse(data=data, format={"jsonld": "json-ld"}.get(fmt, fmt)))


def store_quads(out: Path) -> int:
    return len(ox.Store.read_only(str(out / "store")))


def graph_names(trig: bytes) -> set[str]:
    return {q.graph_name.value for q in ox.parse(trig, format=ox.RdfFormat.TRIG)
            if isinstance(q.graph_name, ox.NamedNode)}


def triples(turtle: bytes) -> set[tuple[str, str, str]]:
    return {(str(t.subject), str(t.predicate), str(t.object))
            for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}


def summary_count(stderr: str, row: str) -> int:
    match = re.search(rf"^{re.escape(row)}\s+(\d+)\s*$", stderr, re.MULTILINE)
    assert match, stderr
    return int(match.group(1))


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    return {"missing": tmp_path / "missing.txt", "empty": empty, "binary": binary}


BAD_INPUT_MESSAGES = {
    "missing": "no such file",
    "empty": "empty",
    "binary": "binary",
}


def needs_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} not found (CI is set, so this test may not be skipped)")
        pytest.skip(f"{name} not found")
    return path


# --- build -----------------------------------------------------------------------------


@pytest.mark.model
def test_cli_build_writes_turtle_html_and_store_with_summary_on_stderr(
    seed_build: SeedBuild,
) -> None:
    assert seed_build.turtle.is_file() and seed_build.turtle.stat().st_size > 0
    assert seed_build.html.is_file() and b'id="kg-data"' in seed_build.html.read_bytes()
    assert seed_build.store.is_dir()
    assert seed_build.stdout == ""
    assert summary_count(seed_build.stderr, "documents") == 1
    assert summary_count(seed_build.stderr, "entities") >= 15
    assert summary_count(seed_build.stderr, "facts") >= 10
    assert f"Turtle: {seed_build.turtle}" in seed_build.stderr
    assert "Building" not in seed_build.stderr  # one document: no progress bar


@pytest.mark.model
def test_cli_build_shows_progress_for_many_documents(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(json.dumps({"text": f"{org} partnered with Globex Inc. on a factory in Ohio."}) + "\n"
                for org in ("Acme Corp", "Initech", "Umbrella Corp")),
        encoding="utf-8",
    )
    result = run("build", articles, "--out", tmp_path / "out")
    assert result.stdout == ""
    assert "Building" in result.stderr
    assert summary_count(result.stderr, "documents") == 3
    assert len(graph_names(export(tmp_path / "out", "trig"))) == 3


@pytest.mark.model
def test_cli_build_reads_stdin(tmp_path: Path) -> None:
    run("build", "-", "--out", tmp_path / "out", "--no-html", input=SECOND_ARTICLE)
    assert (tmp_path / "out" / "graph.ttl").is_file()
    assert not (tmp_path / "out" / "graph.html").exists()
    assert graph_names(export(tmp_path / "out", "trig")) == {
        document_iri(BASE_IRI, article_id(SECOND_ARTICLE)).value}


@pytest.mark.model
def test_cli_build_turtle_is_accepted_by_rapper_pyoxigraph_and_rdflib(seed_build: SeedBuild) -> None:
    rapper = needs_tool("rapper")
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(seed_build.turtle)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"returned (\d+) triples", proc.stderr)
    assert match, proc.stderr
    data = seed_build.turtle.read_bytes()
    assert int(match.group(1)) == oxi_count(data, "turtle") == rdflib_count(data, "turtle") > 100


@pytest.mark.model
@pytest.mark.parametrize("where", ["store", "rdf"])
def test_cli_build_output_validates(seed_build: SeedBuild, where: str) -> None:
    args = ["--out", seed_build.out] if where == "store" else ["--rdf", seed_build.turtle]
    result = run("validate", *args)
    assert "conforms" in result.stderr


@pytest.mark.model
def test_cli_build_is_byte_identical_across_out_dirs(seed_build: SeedBuild, tmp_path: Path) -> None:
    run("build", SEEDS, "--out", tmp_path / "again")
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == seed_build.turtle.read_bytes()
    assert (tmp_path / "again" / "graph.html").read_bytes() == seed_build.html.read_bytes()


@pytest.mark.model
def test_cli_build_twice_into_one_out_dir_replaces_the_document(
    seed_build: SeedBuild, tmp_path: Path
) -> None:
    out = copy_build(seed_build, tmp_path)
    run("build", SEEDS, "--out", out)
    assert (out / "graph.ttl").read_bytes() == seed_build.turtle.read_bytes()
    assert export(out, "nq") == export(seed_build.out, "nq")
    assert store_quads(out) == store_quads(seed_build.out)


@pytest.mark.model
def test_cli_build_second_article_merges_into_the_store(seed_build: SeedBuild, tmp_path: Path) -> None:
    out = copy_build(seed_build, tmp_path)
    article = tmp_path / "acme.txt"
    article.write_text(SECOND_ARTICLE, encoding="utf-8")
    seed_graphs = graph_names(export(seed_build.out, "trig"))
    assert len(seed_graphs) == 1

    result = run("build", article, "--out", out)
    assert summary_count(result.stderr, "documents") == 1

    new_graph = document_iri(BASE_IRI, article_id(SECOND_ARTICLE)).value
    trig = export(out, "trig")
    assert graph_names(trig) == seed_graphs | {new_graph}
    assert oxi_count(trig, "trig") == store_quads(out) > store_quads(seed_build.out)
    merged = triples((out / "graph.ttl").read_bytes())
    assert triples(seed_build.turtle.read_bytes()) < merged
    assert any("Acme" in o for _, _, o in merged)


@pytest.mark.parametrize("kind", ["missing", "empty", "binary"])
def test_cli_build_bad_input_fails_in_one_line_and_writes_nothing(tmp_path: Path, kind: str) -> None:
    path = bad_inputs(tmp_path)[kind]
    out = tmp_path / "out"
    result = fail("build", path, "--out", out)
    assert str(path) in result.stderr and BAD_INPUT_MESSAGES[kind] in result.stderr
    assert not (out / "graph.ttl").exists()
    assert not (out / "graph.html").exists()
    assert not (out / "store").exists()


@pytest.mark.model
@pytest.mark.parametrize("kind", ["missing", "empty", "binary"])
def test_cli_build_bad_input_leaves_an_existing_build_intact(
    seed_build: SeedBuild, tmp_path: Path, kind: str
) -> None:
    out = copy_build(seed_build, tmp_path)
    before = export(out)
    files = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}
    # The good input first: every input is checked before anything is written.
    result = fail("build", SEEDS, bad_inputs(tmp_path)[kind], "--out", out)
    assert BAD_INPUT_MESSAGES[kind] in result.stderr
    assert export(out) == before
    assert {name: (out / name).read_bytes() for name in files} == files


@pytest.mark.model
def test_cli_build_bad_jsonl_record_leaves_an_existing_build_intact(
    seed_build: SeedBuild, tmp_path: Path
) -> None:
    out = copy_build(seed_build, tmp_path)
    before = export(out, "nq")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"text": SECOND_ARTICLE}) + "\nnot json\n", encoding="utf-8")
    result = fail("build", articles, "--out", out, "--batch-size", 1)
    assert "articles.jsonl:2" in result.stderr
    assert export(out, "nq") == before


@pytest.mark.model
def test_cli_build_turtle_has_the_same_permissions_as_the_html(seed_build: SeedBuild) -> None:
    umask = os.umask(0)
    os.umask(umask)
    expected = 0o666 & ~umask
    assert stat.S_IMODE(seed_build.html.stat().st_mode) == expected
    assert stat.S_IMODE(seed_build.turtle.stat().st_mode) == expected


@pytest.mark.model
def test_cli_build_failure_after_opening_the_store_releases_it(
    seed_build: SeedBuild, tmp_path: Path
) -> None:
    out = copy_build(seed_build, tmp_path)
    failed = fail("build", "-", "--out", out, input="   \n")  # empty stdin: found after opening
    assert "empty" in failed.stderr
    export(out)  # in the same process: the failed build must not keep the store locked


# --- export ----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("fmt", sorted(OXI_FORMATS))
def test_cli_export_formats_parse_back_with_every_triple(seed_build: SeedBuild, fmt: str) -> None:
    result = run("export", "--out", seed_build.out, "--format", fmt)
    data = result.stdout_bytes
    assert result.stderr == ""
    expected = (store_quads(seed_build.out) if fmt in QUAD_FORMATS
                else rdflib_count(seed_build.turtle.read_bytes(), "turtle"))
    assert oxi_count(data, fmt) == rdflib_count(data, fmt) == expected
    assert export(seed_build.out, fmt) == data  # deterministic


@pytest.mark.model
@pytest.mark.parametrize("fmt", sorted(SUFFIXES))
def test_cli_export_guesses_the_format_from_the_output_suffix(
    seed_build: SeedBuild, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "sub" / f"graph{SUFFIXES[fmt]}"
    result = run("export", "--out", seed_build.out, "-o", target)
    assert result.stdout == ""
    assert f"wrote {target}" in result.stderr
    assert target.read_bytes() == export(seed_build.out, fmt)


@pytest.mark.model
def test_cli_export_dash_is_stdout_and_turtle_is_the_default(seed_build: SeedBuild) -> None:
    assert run("export", "--out", seed_build.out, "-o", "-").stdout_bytes == seed_build.turtle.read_bytes()
    assert run("export", "--out", seed_build.out).stdout_bytes == seed_build.turtle.read_bytes()


@pytest.mark.model
def test_cli_export_reads_an_rdf_file(seed_build: SeedBuild) -> None:
    data = run("export", "--rdf", seed_build.turtle, "--format", "nt").stdout_bytes
    assert triples(data) == triples(seed_build.turtle.read_bytes())


@pytest.mark.model
def test_cli_export_unwritable_output_is_one_line(seed_build: SeedBuild, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = fail("export", "--out", seed_build.out, "-o", blocker / "graph.ttl")
    assert str(blocker) in result.stderr


def test_cli_export_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    fail("export", "--out", tmp_path, "--format", "xml", code=2)


# --- render ----------------------------------------------------------------------------


@pytest.mark.model
def test_cli_render_writes_the_html_to_output(seed_build: SeedBuild, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = run("render", "--out", seed_build.out, "-o", target)
    assert result.stdout == "" and f"wrote {target}" in result.stderr
    assert target.read_bytes() == seed_build.html.read_bytes()


@pytest.mark.model
def test_cli_render_defaults_to_out_graph_html(seed_build: SeedBuild, tmp_path: Path) -> None:
    out = copy_build(seed_build, tmp_path)
    (out / "graph.html").unlink()
    run("render", "--out", out)
    assert (out / "graph.html").read_bytes() == seed_build.html.read_bytes()


@pytest.mark.model
def test_cli_render_reads_an_rdf_file(seed_build: SeedBuild, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    run("render", "--rdf", seed_build.turtle, "-o", target)
    html = target.read_text(encoding="utf-8")
    assert 'id="kg-data"' in html and "Foxconn" in html


# --- query -----------------------------------------------------------------------------

ORGS = "SELECT ?label WHERE { ?e a kg:Organization ; rdfs:label ?label } ORDER BY ?label"


def _labels(output: str, fmt: str) -> list[str]:
    if fmt == "json":
        data = json.loads(output)
        assert data["columns"] == ["label"]
        return [row["label"] for row in data["rows"]]
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(output), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0] == ["label"]
        return [row[0] for row in rows[1:]]
    lines = output.splitlines()
    assert lines[0].strip() == "label" and set(lines[1].strip()) == {"-"}
    assert re.fullmatch(r"\(\d+ rows?\)", lines[-1])
    return [line.strip() for line in lines[2:-1]]


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_cli_query_formats(seed_build: SeedBuild, fmt: str) -> None:
    result = run("query", ORGS, "--out", seed_build.out, "--format", fmt)
    labels = _labels(result.stdout, fmt)
    assert {"Foxconn", "OpenAI"} <= set(labels)
    assert labels == sorted(labels)


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_cli_query_an_rdf_file_gives_the_same_answer(seed_build: SeedBuild, fmt: str) -> None:
    from_store = run("query", ORGS, "--out", seed_build.out, "--format", fmt).stdout
    assert run("query", ORGS, "--rdf", seed_build.turtle, "--format", fmt).stdout == from_store


@pytest.mark.model
def test_cli_query_ask(seed_build: SeedBuild) -> None:
    result = run("query", "ASK { ?f rdfs:label 'Foxconn' }", "--out", seed_build.out, "--format", "json")
    assert json.loads(result.stdout) == {"boolean": True}


@pytest.mark.model
def test_cli_query_bad_sparql_is_one_line(seed_build: SeedBuild) -> None:
    result = fail("query", "SELECT * WHERE {", "--out", seed_build.out)
    assert "bad SPARQL" in result.stderr
    assert "error at 1:" in result.stderr  # positions are in the user's query, not ours


@pytest.mark.model
def test_cli_query_failure_releases_the_store(seed_build: SeedBuild, tmp_path: Path) -> None:
    out = copy_build(seed_build, tmp_path)
    failed = fail("query", "SELECT * WHERE {", "--out", out)
    run("query", ORGS, "--out", out)  # in the same process, while ``failed`` is alive
    assert failed.exit_code == 1


def test_cli_query_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    fail("query", ORGS, "--out", tmp_path, "--format", "xml", code=2)


@pytest.mark.model
def test_cli_query_bind_matches_a_label(seed_build: SeedBuild) -> None:
    result = run("query", LABEL_SENTENCES, "--bind", "name=Foxconn", "--out", seed_build.out,
                 "--format", "json")
    rows = json.loads(result.stdout)["rows"]
    assert rows and {row["name"] for row in rows} == {"Foxconn"}


@pytest.mark.model
def test_cli_query_bind_iri(seed_build: SeedBuild) -> None:
    query = "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"
    found = json.loads(run("query", query, "--bind", "label=Foxconn", "--out", seed_build.out,
                           "--format", "json").stdout)["rows"]
    iri = found[0]["e"]
    rows = json.loads(run("query", query, "--bind", f"e=<{iri}>", "--out", seed_build.out,
                          "--format", "json").stdout)["rows"]
    assert rows == [{"e": iri, "label": "Foxconn"}]


@pytest.mark.model
def test_cli_query_bind_value_is_bound_not_pasted(seed_build: SeedBuild, tmp_path: Path) -> None:
    out = copy_build(seed_build, tmp_path)
    before = export(out, "nq")
    result = run("query", LABEL_SENTENCES, "--bind", f"name={INJECTION}", "--out", out,
                 "--format", "json")
    assert json.loads(result.stdout)["rows"] == []
    assert export(out, "nq") == before


@pytest.mark.parametrize("bind", ["noequals", "=x", "a b=x", "na-me=x"])
def test_cli_query_bad_bind_is_a_usage_error(tmp_path: Path, bind: str) -> None:
    fail("query", ORGS, "--bind", bind, "--out", tmp_path, code=2)


@pytest.mark.model
def test_cli_query_bind_of_an_unprojected_variable_does_not_crash(
    seed_build: SeedBuild, tmp_path: Path
) -> None:
    # A copy, should this ever raise: a traceback would hold the store open for the session.
    out = copy_build(seed_build, tmp_path)
    query = "SELECT ?s WHERE { ?st rdf:subject ?e ; kg:sentence ?s . ?e rdfs:label ?name }"
    result = CliRunner().invoke(cli, ["query", query, "--bind", "name=Foxconn", "--out", str(out)],
                                catch_exceptions=False)
    if result.exit_code == 0:
        assert "Foxconn" in result.stdout
    else:
        assert result.exit_code == 1 and "?name" in result.stderr
        assert len(result.stderr.splitlines()) == 1


@pytest.mark.model
def test_cli_query_reads_an_rq_file_and_stdin(seed_build: SeedBuild, tmp_path: Path) -> None:
    expected = run("query", ORGS, "--out", seed_build.out, "--format", "csv").stdout
    query_file = tmp_path / "orgs.rq"
    query_file.write_text(ORGS + "\n", encoding="utf-8")
    assert run("query", query_file, "--out", seed_build.out, "--format", "csv").stdout == expected
    assert run("query", "-", "--out", seed_build.out, "--format", "csv", input=ORGS).stdout == expected


def test_cli_query_missing_rq_file_is_one_line(tmp_path: Path) -> None:
    result = fail("query", tmp_path / "nope.rq", "--out", tmp_path)
    assert "nope.rq" in result.stderr


# --- commands that need a store ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["export"], ["render"], ["query", ORGS], ["validate"]],
    ids=lambda a: a[0],
)
def test_cli_reading_without_a_store_says_run_kg_build(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"
    result = fail(*args, "--out", out)
    assert "kg build" in result.stderr
    assert not out.exists()


# --- eval ------------------------------------------------------------------------------


@pytest.mark.model
def test_cli_eval_seed_gold_meets_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    if not SEED_GOLD.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SEED_GOLD} is missing (CI is set, so this test may not be skipped)")
        pytest.skip(f"{SEED_GOLD} is missing")
    monkeypatch.chdir(REPO)
    result = run("eval", "../shared/eval/seed-gold.jsonl", "--json")
    report: dict[str, Any] = json.loads(result.stdout)
    assert report["overall"]["precision"] >= 0.80, report["false_positives"]
    assert report["core"]["recall"] >= 0.70, report["false_negatives"]
    assert report["must_not_violations"] == []


def test_cli_eval_missing_gold_is_one_line(tmp_path: Path) -> None:
    fail("eval", tmp_path / "gold.jsonl")


# --- help, docs, entry points ------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_cli_every_command_has_help_with_an_example(name: str, flag: str) -> None:
    result = run(name, flag)
    assert result.stdout.startswith(f"Usage: kg {name} ")
    command: click.Command = cli.commands[name]  # type: ignore[attr-defined]
    assert command.help and "\b" in command.help
    example = result.stdout.split("Example:", 1)
    assert len(example) == 2, result.stdout
    assert re.search(rf"^\s+kg {name}\b", example[1], re.MULTILINE), result.stdout


@pytest.mark.model
def test_cli_query_help_examples_run(seed_build: SeedBuild) -> None:
    help_text = run("query", "--help").stdout
    examples = [shlex.split(line.strip())[1:] for line in help_text.splitlines()
                if line.strip().startswith("kg query '")]
    assert len(examples) >= 2
    for args in examples:
        result = run(*args, "--out", seed_build.out, "--format", "json")
        assert json.loads(result.stdout)["rows"], args


def test_cli_group_help_lists_every_command() -> None:
    result = run("--help")
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\s", result.stdout, re.MULTILINE), name


def test_cli_readme_mentions_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"kg {name}" not in readme]
    assert missing == []


def test_cli_python_dash_m_kg() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                          check=False, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Usage: kg ")
    for name in COMMANDS:
        assert name in proc.stdout


def test_cli_version() -> None:
    from kg import __version__

    assert run("--version").stdout.strip() == f"kg, version {__version__}"
