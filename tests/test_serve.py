"""`kg serve`: the SPARQL 1.1 Protocol endpoint, queried over HTTP by a real client.

The server runs as a `kg serve` subprocess on a free loopback port and is stopped with
Ctrl-C (SIGINT); every request has a timeout and only loopback traffic is made.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.dom.minidom import Document

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from SPARQLWrapper import (
    CSV,
    JSON,
    POST,
    POSTDIRECTLY,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import EndPointNotFound, QueryBadFormed
from SPARQLWrapper.Wrapper import QueryResult

from kg.cli import cli
from kg.serve import (
    GRAPH_FORMATS,
    MAX_BODY_BYTES,
    RESULTS_FORMATS,
    Request,
    SparqlApp,
    negotiate,
    uses_service,
)

if TYPE_CHECKING:
    from conftest import SeedBuild

REPO = Path(__file__).parents[1]
TIMEOUT = 10
KG = "https://w3id.org/kg-news/ontology#"
ENTITY = "https://w3id.org/kg-news/id/entity/Organization/"
PARTNERS = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?b WHERE { ?x kg:partnersWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }"""
TINY_TTL = '<urn:kg:a> <https://w3id.org/kg-news/ontology#partnersWith> <urn:kg:b> .\n'


@dataclass
class Running:
    """A `kg serve` subprocess and what it printed on stderr so far."""

    proc: subprocess.Popen[str]
    url: str
    stderr: queue.Queue[str]

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, then wait (bounded); return the exit code and the rest of stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=TIMEOUT)
        lines = []
        while not self.stderr.empty():
            lines.append(self.stderr.get_nowait())
        return self.proc.returncode, "".join(lines)


def start_server(*args: str) -> Running:
    """Start `kg serve ARGS --port 0` and wait (bounded) for it to print its URL."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", *args, "--port", "0"], cwd=REPO,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stderr is not None
    threading.Thread(target=_pump, args=(proc.stderr, lines), daemon=True).start()
    deadline = time.monotonic() + 30
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        seen.append(line)
        if line.startswith("SPARQL endpoint: "):
            url = line.split()[2]
            assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), line
            return Running(proc, url, lines)
    proc.kill()
    proc.wait(timeout=TIMEOUT)
    pytest.fail(f"kg serve did not start: {''.join(seen)}")


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests never go through a proxy from the environment."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def endpoint(seed_build: SeedBuild) -> Iterator[str]:
    """`kg serve --out SEED_OUT` for the whole module; its URL."""
    server = start_server("--out", str(seed_build.out))
    try:
        yield server.url
    finally:
        code, stderr = server.stop()
        assert code == 0, stderr


def client(url: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(TIMEOUT)
    return sparql


def as_json(sparql: SPARQLWrapper) -> dict[str, Any]:
    data = sparql.queryAndConvert()
    assert isinstance(data, dict)
    return data


def as_bytes(result: QueryResult) -> bytes:
    data = result.convert()
    assert isinstance(data, bytes)
    return data


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One plain request; the status, headers (lower-case names) and body, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def get(url: str, query: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    return http(f"{url}?{urllib.parse.urlencode({'query': query})}",
                headers={"Accept": accept} if accept else None)


# --- over HTTP, with SPARQLWrapper ---------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("method", "encoding"), [("GET", None), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_serve_select_json_finds_foxconn_partners_with_nvidia(endpoint: str, method: str,
                                                               encoding: str | None) -> None:
    sparql = client(endpoint, PARTNERS)
    sparql.setMethod(method)
    if encoding:
        sparql.setRequestMethod(encoding)
    result = sparql.query()
    assert result.response.headers["Content-Type"] == "application/sparql-results+json"
    data = result.convert()
    assert isinstance(data, dict)
    assert data["head"]["vars"] == ["a", "b"]
    pairs = {(row["a"]["value"], row["b"]["value"]) for row in data["results"]["bindings"]}
    assert ("Foxconn", "Nvidia") in pairs


@pytest.mark.model
def test_serve_predefines_the_kg_prefixes(endpoint: str) -> None:
    query = 'SELECT ?b WHERE { ?x rdfs:label "Foxconn" ; kg:partnersWith ?y . ?y rdfs:label ?b }'
    data = as_json(client(endpoint, query))
    assert {"value": "Nvidia", "type": "literal"} in [row["b"] for row in data["results"]["bindings"]]


@pytest.mark.model
@pytest.mark.parametrize(("fmt", "delimiter", "media_type"), [
    (CSV, ",", "text/csv; charset=utf-8"),
    (TSV, "\t", "text/tab-separated-values; charset=utf-8"),
])
def test_serve_select_csv_and_tsv_by_accept(endpoint: str, fmt: str, delimiter: str, media_type: str) -> None:
    result = client(endpoint, PARTNERS, fmt).query()
    assert result.response.headers["Content-Type"] == media_type
    rows = list(csv.reader(io.StringIO(as_bytes(result).decode("utf-8")), delimiter=delimiter))
    if fmt == TSV:  # TSV writes terms in their SPARQL form: ?a, "Foxconn"
        rows = [[cell.lstrip("?").strip('"') for cell in row] for row in rows]
    assert rows[0] == ["a", "b"]
    assert ["Foxconn", "Nvidia"] in rows[1:]


@pytest.mark.model
def test_serve_select_xml(endpoint: str) -> None:
    result = client(endpoint, PARTNERS, XML).query()
    assert result.response.headers["Content-Type"] == "application/sparql-results+xml"
    document = result.convert()
    assert isinstance(document, Document)
    assert "Nvidia" in [node.firstChild.data for node in document.getElementsByTagName("literal")  # type: ignore[union-attr]
                        if node.firstChild is not None]


@pytest.mark.model
@pytest.mark.parametrize(("query", "expected"), [
    ('ASK { ?x rdfs:label "Foxconn" ; kg:partnersWith ?y . ?y rdfs:label "Nvidia" }', True),
    ('ASK { ?x rdfs:label "Foxconn" ; kg:partnersWith ?y . ?y rdfs:label "Nobody Inc" }', False),
])
def test_serve_ask(endpoint: str, query: str, expected: bool) -> None:
    assert as_json(client(endpoint, query)) == {"head": {}, "boolean": expected}


@pytest.mark.model
def test_serve_construct_as_turtle(endpoint: str) -> None:
    query = "CONSTRUCT { ?x kg:partnersWith ?y } WHERE { ?x kg:partnersWith ?y }"
    result = client(endpoint, query, TURTLE).query()
    assert result.response.headers["Content-Type"] == "text/turtle; charset=utf-8"
    graph = Graph().parse(data=as_bytes(result).decode("utf-8"), format="turtle")
    assert (URIRef(ENTITY + "Foxconn"), URIRef(KG + "partnersWith"), URIRef(ENTITY + "Nvidia")) in graph


@pytest.mark.model
def test_serve_describe_as_n_triples(endpoint: str) -> None:
    status, headers, body = get(endpoint, f"DESCRIBE <{ENTITY}Nvidia>", "application/n-triples")
    assert status == 200
    assert headers["content-type"] == "application/n-triples"
    assert f"<{ENTITY}Nvidia> <http://www.w3.org/2000/01/rdf-schema#label> \"Nvidia\"" in body.decode()


@pytest.mark.model
def test_serve_bad_query_is_400_with_a_short_message(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed, match="bad SPARQL: error at 1:"):
        client(endpoint, "SELECT ?x WHERE { ?x ?y }").query()
    status, headers, body = get(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.decode().startswith("bad SPARQL: error at 1:") and body.count(b"\n") == 1


@pytest.mark.model
def test_serve_unknown_path_is_404(endpoint: str) -> None:
    with pytest.raises(EndPointNotFound):
        client(endpoint.replace("/sparql", "/nope"), PARTNERS).query()
    assert http(endpoint.replace("/sparql", "/"))[0] == 404


@pytest.mark.model
def test_serve_is_read_only(endpoint: str) -> None:
    insert = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { <urn:x> rdfs:label "pwned" }'
    sparql = client(endpoint, insert)
    sparql.setMethod(POST)  # SPARQLWrapper sends update=...
    with pytest.raises(QueryBadFormed, match="read-only"):
        sparql.query()
    status, _, body = http(endpoint, data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
    assert (status, body) == (400, b"this endpoint is read-only: SPARQL updates are not accepted\n")
    status, _, body = get(endpoint, insert)  # an update sent as a query does not parse
    assert status == 400 and body.startswith(b"bad SPARQL")
    assert as_json(client(endpoint, 'ASK { ?x rdfs:label "pwned" }'))["boolean"] is False


@pytest.mark.model
def test_serve_kg_query_runs_beside_the_server(endpoint: str, seed_build: SeedBuild) -> None:
    result = CliRunner().invoke(cli, ["query", "ASK { ?s kg:partnersWith ?o }", "--out", str(seed_build.out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "true" in result.stdout
    assert as_json(client(endpoint, "ASK { ?s kg:partnersWith ?o }"))["boolean"] is True


@pytest.mark.model
@pytest.mark.parametrize(("request_kwargs", "status", "message"), [
    ({"headers": {"Accept": "text/html"}}, 406, b"no acceptable format"),
    ({"method": "DELETE"}, 405, b"method DELETE not allowed"),
    ({"data": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415, b"POST a query as"),
    ({"headers": {"Host": "attacker.example"}}, 400, b"unexpected Host header"),
])
def test_serve_protocol_errors(endpoint: str, request_kwargs: dict, status: int, message: bytes) -> None:
    url = endpoint if "data" in request_kwargs else f"{endpoint}?query=ASK%20%7B%7D"
    got_status, _, body = http(url, **request_kwargs)
    assert got_status == status
    assert body.startswith(message)


@pytest.mark.model
def test_serve_caps_the_request_body(endpoint: str) -> None:
    import http.client

    parts = urllib.parse.urlsplit(endpoint)
    assert parts.hostname is not None
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        connection.putrequest("POST", parts.path)
        connection.putheader("Content-Type", "application/sparql-query")
        connection.putheader("Content-Length", str(2 << 20))
        connection.endheaders()  # the body is never sent: the length alone is refused
        response = connection.getresponse()
        assert response.status == 413
        assert response.read().startswith(b"request body over")
    finally:
        connection.close()


@pytest.mark.model
def test_serve_refuses_federated_queries(endpoint: str) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    with listener:
        port = listener.getsockname()[1]
        status, _, body = get(endpoint, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}")
        assert (status, body) == (400, b"federated queries (SERVICE) are not allowed by this endpoint\n")
        with pytest.raises(TimeoutError):
            listener.accept()


# --- starting and stopping ------------------------------------------------------------------


def test_serve_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    rdf = tmp_path / "tiny.ttl"
    rdf.write_text(TINY_TTL, encoding="utf-8")
    server = start_server("--rdf", str(rdf))
    try:
        status, _, body = get(server.url, "SELECT ?o WHERE { ?s ?p ?o }", "text/csv")
        assert (status, body) == (200, b"o\r\nurn:kg:b\r\n")
    finally:
        code, stderr = server.stop()
    assert code == 0
    assert stderr.strip().endswith("stopped")


def test_serve_missing_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: no store at {tmp_path / 'store'}: run `kg build` first or pass --store"


def test_serve_port_in_use_is_one_line(tmp_path: Path) -> None:
    rdf = tmp_path / "tiny.ttl"
    rdf.write_text(TINY_TTL, encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--rdf", str(rdf), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}: ")
    assert result.stderr.count("\n") == 1


# --- the protocol without a socket ---------------------------------------------------------


@pytest.fixture
def app(tmp_path: Path) -> SparqlApp:
    """The app over a one-triple store, called directly."""
    from kg.store import load_rdf_file

    rdf = tmp_path / "tiny.ttl"
    rdf.write_text(TINY_TTL, encoding="utf-8")
    return SparqlApp(load_rdf_file(rdf))


def test_serve_app_default_graph_uri_limits_the_default_graph(app: SparqlApp) -> None:
    graph = app.store.named_graphs().__next__().value
    for iri, expected in ((graph, True), ("urn:kg:elsewhere", False)):
        qs = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }", "default-graph-uri": iri})
        response = app.respond(Request("GET", "/sparql", qs))
        assert response.status == 200
        assert json.loads(response.body)["boolean"] is expected


def test_serve_app_needs_exactly_one_query(app: SparqlApp) -> None:
    assert app.respond(Request("GET", "/sparql", "")).status == 400
    assert app.respond(Request("GET", "/sparql", "query=ASK%7B%7D&query=ASK%7B%7D")).status == 400


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values, text/csv", "text/tab-separated-values"),
    ("application/sparql-results+json;q=0, */*", "application/sparql-results+xml"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
])
def test_serve_negotiate_results(accept: str | None, expected: str) -> None:
    fmt = negotiate(accept, RESULTS_FORMATS)
    assert fmt is not None and fmt.media_type.startswith(expected)


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("application/rdf+xml;q=0.9, text/turtle;q=0.8", "application/rdf+xml"),
    ("application/ld+json", "application/ld+json"),
    ("application/turtle,text/turtle", "text/turtle"),
])
def test_serve_negotiate_graphs(accept: str | None, expected: str) -> None:
    fmt = negotiate(accept, GRAPH_FORMATS)
    assert fmt is not None and fmt.media_type == expected


def test_serve_negotiate_nothing_acceptable() -> None:
    assert negotiate("text/html", RESULTS_FORMATS) is None
    assert negotiate("text/csv;q=0", RESULTS_FORMATS) is None
    assert negotiate("application/sparql-results+json", GRAPH_FORMATS) is None


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/s> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE:x { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICEex:x{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICEsilent<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z.SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y 1SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    'SELECT * WHERE { ?x ?y "a"SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }',
    "SELECT * WHERE { FILTER(1<2)SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE#c\n<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }",
])
def test_serve_uses_service_finds_federated_queries(query: str) -> None:
    assert uses_service(query)


@pytest.mark.parametrize("query", [
    'SELECT ?service WHERE { ?service rdfs:label "Amazon Web Services" }',
    "SELECT * WHERE { ?x schema:service ?y }",
    "SELECT * WHERE { ?x <http://example.org/service> ?y }",
    "SELECT * WHERE { ?x ?y ?z } # no services here",
])
def test_serve_uses_service_lets_other_queries_through(query: str) -> None:
    assert not uses_service(query)


def test_serve_app_caps_a_streamed_body(app: SparqlApp) -> None:
    """A body without Content-Length is cut off once it passes the cap."""
    chunk = b"x" * (MAX_BODY_BYTES // 4 + 1)
    incoming = [{"type": "http.request", "body": chunk, "more_body": True} for _ in range(4)]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/sparql", "query_string": b"",
             "headers": [(b"content-type", b"application/sparql-query")]}
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert sent[1]["body"].startswith(b"request body over")
