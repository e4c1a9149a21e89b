"""A read-only SPARQL 1.1 Protocol endpoint over the store, for SPARQL tools.

    GET  /sparql?query=...                      (plus default-graph-uri, named-graph-uri)
    POST /sparql  application/x-www-form-urlencoded  query=...
    POST /sparql  application/sparql-query           the query as the body

The default graph is the union of every document's graph, as in ``kg query``, and the
prefixes of ``kg query`` are predefined. Results are content-negotiated on ``Accept`` and
written by pyoxigraph's own serializers: SPARQL results JSON (the default), XML, CSV or
TSV for SELECT and ASK; Turtle (the default), N-Triples, RDF/XML, JSON-LD or N3 for
CONSTRUCT and DESCRIBE. There is no update endpoint: an update is a 400.

The HTTP server is uvicorn running a minimal ASGI app (``SparqlApp``), not the standard
library's ``http.server``, whose documentation says it is not for production and only
implements basic security checks. uvicorn is a widely deployed server with strict
HTTP/1.1 parsing (h11), keep-alive, graceful shutdown on Ctrl-C and a small dependency
footprint; the app itself is one class with no framework. Each query runs in a daemon
thread (pyoxigraph releases the GIL while it evaluates), so the event loop keeps
answering and a runaway query cannot keep the process alive after Ctrl-C.

Safety:
  * The store is opened read-only (``Store.read_only``): it takes no lock, so ``kg query``
    and other readers can run beside the server. It serves the store as it was when the
    server started; restart it after ``kg build`` (which should not run while serving).
  * Federated queries (``SERVICE``) are refused: pyoxigraph would otherwise send HTTP
    requests to any address a query names, from the server's machine.
  * When bound to a loopback address, requests whose ``Host`` is not a loopback name are
    refused, so a web page cannot reach the endpoint through DNS rebinding.
  * Request bodies are capped at ``MAX_BODY_BYTES``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs

from pyoxigraph import NamedNode, QueryResultsFormat, QueryTriples, RdfFormat, Store

from kg.errors import StoreError
from kg.graph import PREFIXES

ENDPOINT_PATH = "/sparql"
MAX_BODY_BYTES = 1 << 20
MAX_CONCURRENT_QUERIES = 8

RESULTS_FORMATS = (QueryResultsFormat.JSON, QueryResultsFormat.XML, QueryResultsFormat.CSV,
                   QueryResultsFormat.TSV)
GRAPH_FORMATS = (RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.RDF_XML, RdfFormat.JSON_LD,
                 RdfFormat.N3)
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

Format = TypeVar("Format", QueryResultsFormat, RdfFormat)
T = TypeVar("T")


def open_read_only(path: Path) -> Store:
    """Open the store at ``path`` for reading only; it takes no lock, so other processes
    can open it too. A missing store is a StoreError."""
    if not (path / "CURRENT").is_file():
        raise StoreError(f"no store at {path}: run `kg build` first or pass --store")
    try:
        return Store.read_only(str(path))
    except OSError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise StoreError(f"{path}: cannot open the store read-only ({first})") from e


@dataclass(frozen=True)
class Request:
    """What the app needs of an HTTP request; header names are lower-case."""

    method: str
    path: str
    query_string: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


class SparqlApp:
    """The ASGI application: SPARQL 1.1 Protocol queries over ``store``, read-only.

    ``allowed_hosts`` (lower-case host names, without port) limits the ``Host`` header;
    None accepts any. ``respond`` is the whole protocol as one synchronous function."""

    def __init__(self, store: Store, *, allowed_hosts: frozenset[str] | None = None,
                 max_concurrent: int = MAX_CONCURRENT_QUERIES) -> None:
        self.store = store
        self.allowed_hosts = allowed_hosts
        self._slots = asyncio.Semaphore(max_concurrent)

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]],
                       send: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        body = await _read_body(receive, headers.get("content-length"))
        if body is None:
            response = _text(413, f"request body over {MAX_BODY_BYTES} bytes")
        else:
            request = Request(scope["method"], scope["path"], scope["query_string"].decode("latin-1"),
                              headers, body)
            async with self._slots:
                response = await _in_daemon_thread(self.respond, request)
        await send({
            "type": "http.response.start",
            "status": response.status,
            "headers": [(b"content-type", response.content_type.encode("latin-1")),
                        (b"content-length", str(len(response.body)).encode("ascii")),
                        (b"x-content-type-options", b"nosniff"),
                        *((k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers)],
        })
        await send({"type": "http.response.body", "body": response.body})

    def respond(self, request: Request) -> Response:
        """Answer one request: route, check, run the query, serialize the result."""
        if self.allowed_hosts is not None and not _host_allowed(request.headers.get("host"), self.allowed_hosts):
            return _text(400, "unexpected Host header: use a loopback name such as 127.0.0.1")
        if request.path != ENDPOINT_PATH:
            return _text(404, f"not found: the SPARQL endpoint is {ENDPOINT_PATH}")
        if request.method not in ("GET", "POST"):
            return _text(405, f"method {request.method} not allowed: use GET or POST",
                         headers=(("allow", "GET, POST"),))
        params = parse_qs(request.query_string, keep_blank_values=True)
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == "application/sparql-update":
                return _read_only()
            if content_type == "application/sparql-query":
                text = _utf8(request.body)
                if text is None:
                    return _text(400, "the query is not UTF-8 text")
                params["query"] = [text]
            elif content_type == "application/x-www-form-urlencoded":
                text = _utf8(request.body)
                if text is None:
                    return _text(400, "the form is not UTF-8 text")
                params = parse_qs(text, keep_blank_values=True)
            else:
                return _text(415, "POST a query as application/x-www-form-urlencoded (query=...) "
                             "or as application/sparql-query")
        if "update" in params:
            return _read_only()
        if len(params.get("query", [])) != 1:
            return _text(400, "give exactly one query parameter (query=...)")
        return self._answer(params["query"][0], params, request.headers.get("accept"))

    def _answer(self, query: str, params: Mapping[str, list[str]], accept: str | None) -> Response:
        if uses_service(query):
            return _text(400, "federated queries (SERVICE) are not allowed by this endpoint")
        options: dict[str, Any] = {"prefixes": PREFIXES}
        try:
            if params.get("default-graph-uri"):
                options["default_graph"] = [NamedNode(iri) for iri in params["default-graph-uri"]]
            else:
                options["use_default_graph_as_union"] = True
            if params.get("named-graph-uri"):
                options["named_graphs"] = [NamedNode(iri) for iri in params["named-graph-uri"]]
        except ValueError as e:
            return _text(400, f"bad graph IRI: {e}")
        try:
            result = self.store.query(query, **options)
            if isinstance(result, QueryTriples):
                graph_format = negotiate(accept, GRAPH_FORMATS)
                if graph_format is None:
                    return _not_acceptable(GRAPH_FORMATS)
                return _data(result.serialize(format=graph_format), graph_format.media_type)
            results_format = negotiate(accept, RESULTS_FORMATS)
            if results_format is None:
                return _not_acceptable(RESULTS_FORMATS)
            return _data(result.serialize(format=results_format), results_format.media_type)
        except SyntaxError as e:
            return _text(400, f"bad SPARQL: {_one_line(e)}")
        except OSError as e:
            return _text(500, f"cannot read the store: {_one_line(e)}")
        except (RuntimeError, ValueError) as e:
            return _text(400, f"query failed: {_one_line(e)}")


# --- content negotiation -----------------------------------------------------------------


def negotiate(accept: str | None, formats: Sequence[Format]) -> Format | None:
    """The format to answer in, of ``formats`` (the first is the default), for an Accept
    header; None when none is acceptable.

    Each format gets the q-value of the most specific media range that matches it
    (exact, then ``type/*``, then ``*/*``); the highest wins, ties going to the range
    listed first, then to the order of ``formats``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS_FORMATS).name
    'SPARQL Results in XML'
    >>> negotiate(None, GRAPH_FORMATS).name
    'Turtle'
    >>> negotiate("text/html", RESULTS_FORMATS) is None
    True
    """
    if accept is None or not accept.strip():
        return formats[0]
    ranges = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality, position))
    best: tuple[float, int, int] | None = None
    chosen = None
    for preference, fmt in enumerate(formats):
        match: tuple[int, float, int] | None = None
        for media, quality, position in ranges:
            specificity = _specificity(media, fmt)
            if specificity is not None and (match is None or specificity > match[0]):
                match = (specificity, quality, position)
        if match is None or match[1] <= 0:
            continue
        rank = (match[1], -match[2], -preference)
        if best is None or rank > best:
            best, chosen = rank, fmt
    return chosen


def _specificity(media: str, fmt: QueryResultsFormat | RdfFormat) -> int | None:
    if media == "*/*":
        return 0
    canonical = fmt.media_type.split(";")[0].strip().lower()
    if media.endswith("/*"):
        return 1 if canonical.startswith(media[:-1]) else None
    return 2 if type(fmt).from_media_type(media) == fmt else None


# --- SERVICE detection --------------------------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile("service", re.IGNORECASE | re.ASCII)
# What may follow the keyword in a SERVICE clause: an IRI, a variable, SILENT, a prefixed
# name (the parser needs no space after a keyword: "SERVICEex:s{...}" is a SERVICE), or a
# comment before any of these.
_SERVICE_TARGET = re.compile(r"\s*(?:[<?$:#]|silent|[^\W\d][\w.\-\u00b7]*:)", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """Whether ``query`` may hold a SERVICE clause (a federated query).

    Deliberately errs on the side of yes: every "service" followed by what a SERVICE
    clause needs counts, unless it ends a variable name (``?service``) or is the local
    part of a prefixed name (``ex:service``). Strings are not skipped, so a literal such
    as "service <x>" is refused too; "Amazon Web Services" is not.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service rdfs:label "Web Services" }')
    False
    """
    text = _ESCAPE.sub(lambda m: _codepoint(m[1] or m[2]), query)
    for match in _SERVICE.finditer(text):
        start = match.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_" or ord(text[start - 1]) > 127):
            start -= 1
        if start > 0 and text[start - 1] in "?$:":
            continue
        if _SERVICE_TARGET.match(text, match.end()):
            return True
    return False


def _codepoint(hex_digits: str) -> str:
    value = int(hex_digits, 16)
    return chr(value) if value <= 0x10FFFF else "\ufffd"


# --- serving ------------------------------------------------------------------------------


class Server:
    """The endpoint bound to ``host``:``port`` (0 picks a free port), ready to serve.

    Binding happens here, so a port in use fails before anything is served (OSError) and
    ``url`` holds the real port. ``serve_forever`` blocks until Ctrl-C (then raises
    KeyboardInterrupt, after a graceful shutdown) or ``shutdown`` from another thread."""

    def __init__(self, store: Store, *, host: str = "127.0.0.1", port: int = 7878) -> None:
        import uvicorn

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.create_server((host, port), family=family)
        self.port = self.socket.getsockname()[1]
        self.host = host
        self.url = f"http://{f'[{host}]' if ':' in host else host}:{self.port}{ENDPOINT_PATH}"
        allowed = LOOPBACK_NAMES | {host.lower()} if is_loopback(host) else None
        self.app = SparqlApp(store, allowed_hosts=allowed)
        config = uvicorn.Config(self.app, interface="asgi3", lifespan="off", log_config=None,
                                log_level="warning", access_log=False, server_header=False,
                                timeout_graceful_shutdown=3)
        self._server = uvicorn.Server(config)

    def serve_forever(self) -> None:
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self.socket.close()

    def shutdown(self) -> None:
        """Ask ``serve_forever`` (running in another thread) to stop."""
        self._server.should_exit = True

    @property
    def started(self) -> bool:
        return bool(self._server.started)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- helpers -----------------------------------------------------------------------------


async def _read_body(receive: Callable[[], Awaitable[dict[str, Any]]], length: str | None) -> bytes | None:
    """The request body, or None when it is over MAX_BODY_BYTES."""
    if length is not None and length.strip().isdigit() and int(length) > MAX_BODY_BYTES:
        return None
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _in_daemon_thread(func: Callable[[Request], T], arg: Request) -> T:
    """Run ``func(arg)`` in a daemon thread, so a long query never holds up exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.cancelled():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            result, error = func(arg), None
        except Exception as e:  # noqa: BLE001  (handed to the awaiting task)
            result, error = None, e
        try:
            loop.call_soon_threadsafe(settle, result, error)
        except RuntimeError:  # the loop closed while the query ran
            pass

    threading.Thread(target=work, name="kg-sparql-query", daemon=True).start()
    return await future


def _host_allowed(host: str | None, allowed: frozenset[str]) -> bool:
    if host is None:
        return True
    host = host.strip().lower()
    name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0]
    return name in allowed


def _utf8(body: bytes) -> str | None:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:500]


def _text(status: int, message: str, *, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(status, (message + "\n").encode("utf-8"), headers=headers)


def _read_only() -> Response:
    return _text(400, "this endpoint is read-only: SPARQL updates are not accepted")


def _not_acceptable(formats: Sequence[QueryResultsFormat | RdfFormat]) -> Response:
    offered = ", ".join(f.media_type.split(";")[0] for f in formats)
    return _text(406, f"no acceptable format for this query; offered: {offered}")


def _data(body: bytes | None, media_type: str) -> Response:
    if media_type.startswith("text/") and "charset" not in media_type:
        media_type += "; charset=utf-8"
    return Response(200, body or b"", media_type, (("vary", "Accept"),))


__all__ = [
    "ENDPOINT_PATH",
    "GRAPH_FORMATS",
    "RESULTS_FORMATS",
    "Request",
    "Response",
    "Server",
    "SparqlApp",
    "is_loopback",
    "negotiate",
    "open_read_only",
    "uses_service",
]
