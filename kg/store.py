"""The embedded on-disk store (Oxigraph): one named graph per document.

Writing a document is one transaction: a transactional ``extend`` for a new document, one
SPARQL update (drop its graph, insert the new one) for a document already stored. A failed
or interrupted build leaves every document either as it was or fully replaced, never
half-written. ``DocumentWriter`` does the writes of a build on a thread of its own, in
order, while the next documents are parsed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    Variable,
    serialize,
)

from kg.errors import StoreError
from kg.vocab import KG

_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _is_store(path: Path) -> bool:
    """Whether ``path`` holds an Oxigraph store (RocksDB always writes ``CURRENT``)."""
    return (path / "CURRENT").is_file()


def open_store(path: Path, *, create: bool = True) -> Store:
    """Open (or create) the store at ``path``; a missing store is an error unless ``create``.

    A directory that holds other files is never turned into a store: opening it would
    scatter database files among them (and, without ``create``, silently read nothing)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: exists and is not a store directory")
    if path.is_dir() and not _is_store(path) and any(path.iterdir()):
        raise StoreError(f"{path}: a directory that is not a kg store; pass --store to a store directory")
    if not create and not _is_store(path):
        raise StoreError(f"no store at {path}: run `kg build` first or pass --store")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return Store(str(path))
    except OSError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        if "lock" in first.lower():
            raise StoreError(f"{path}: the store is in use by another kg process") from e
        raise StoreError(f"{path}: cannot open the store ({first})") from e


def replace_document(store: Store, graph: NamedNode, quads: Sequence[Quad]) -> None:
    """Replace one document's named graph with ``quads``, atomically.

    A new document is one transactional ``extend`` (a third faster than an update). A
    document already in the store is dropped and rewritten in one SPARQL update; its
    terms are written in their N-Triples form, which Oxigraph escapes, so no text from
    an article reaches the update unescaped. No quads just drops the graph."""
    try:
        if not store.contains_named_graph(graph):
            if quads:
                store.extend(quads)
            return
    except OSError as e:
        raise StoreError(f"cannot write document {graph.value}: {e}") from e
    update = f"DROP SILENT GRAPH {graph}"
    if quads:
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
        update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"
    try:
        store.update(update)
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot write document {graph.value}: {e}") from e


class DocumentWriter:
    """Writes documents on a thread of its own, in the order they come, while the caller
    goes on parsing: Oxigraph releases the GIL while it writes, so the writes overlap the
    parse of the next documents. Each document is still one transaction
    (``replace_document``); the first error stops the writer and is raised to the caller
    at its next ``put`` or at ``close``."""

    def __init__(self, store: Store, *, backlog: int = 64) -> None:
        self.store = store
        self._queue: queue.Queue[tuple[NamedNode, Sequence[Quad]] | None] = queue.Queue(maxsize=backlog)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    replace_document(self.store, *item)
                except BaseException as e:  # re-raised in the caller's thread
                    self._error = e

    def put(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        self._raise()
        self._queue.put((graph, quads))

    def close(self) -> None:
        """Wait for every queued document to be written, then flush; raise a write error."""
        self._queue.put(None)
        self._thread.join()
        self._raise()
        try:
            self.store.flush()
        except OSError as e:
            raise StoreError(f"cannot flush the store: {e}") from e

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __enter__(self) -> DocumentWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:
            self._queue.put(None)
            self._thread.join()


def remove_document(store: Store, graph: NamedNode) -> bool:
    """Drop one document's graph; return whether it was there."""
    try:
        if not store.contains_named_graph(graph):
            return False
        store.remove_graph(graph)
    except OSError as e:
        raise StoreError(f"cannot remove document {graph.value}: {e}") from e
    return True


def document_graphs(store: Store) -> list[NamedNode]:
    return sorted((g for g in store.named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value)


def union_triples(store: Store) -> list[Triple]:
    """Every triple of every document once, sorted: the Turtle view of the store."""
    unique = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        triple = Triple(quad.subject, quad.predicate, quad.object)
        unique[str(triple)] = triple
    return [unique[k] for k in sorted(unique)]


def sorted_quads(store: Store) -> list[Quad]:
    """Every quad, sorted by graph then triple: the TriG/N-Quads view of the store."""
    quads = list(store.quads_for_pattern(None, None, None, None))
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def known_names(store: Store) -> Iterator[tuple[str, str, str]]:
    """(name, canonical label, class) for every label and alias in the store."""
    query = f"""
        SELECT DISTINCT ?name ?label ?type WHERE {{
            GRAPH ?g {{
                ?e <{_RDFS_LABEL}> ?label ; <{_RDF_TYPE}> ?type .
                {{ ?e <{_RDFS_LABEL}> ?name }} UNION {{ ?e <{_SKOS_ALT}> ?name }}
            }}
        }}"""
    prefix = str(KG.Entity)[: -len("Entity")]
    for row in query_solutions(store, query):
        type_iri = row["type"].value
        if type_iri.startswith(prefix):
            yield row["name"].value, row["label"].value, type_iri[len(prefix) :]


def query_solutions(store: Store, query: str, **bindings: NamedNode | Literal) -> QuerySolutions:
    """Run a constant SELECT query; values are bound as variables, never pasted in.

    Oxigraph only substitutes variables of the SELECT projection (``SELECT ?e ?name``
    or ``SELECT *``); binding any other variable is a StoreError, not a RuntimeError."""
    substitutions = {Variable(name): value for name, value in bindings.items()}
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as e:
        raise StoreError(f"bad query: {' '.join(str(e).split())}") from e
    except OSError as e:
        raise StoreError(f"cannot read the store: {e}") from e
    except (RuntimeError, ValueError) as e:
        raise StoreError(f"query failed: {' '.join(str(e).split())}") from e
    if not isinstance(result, QuerySolutions):
        raise StoreError("expected a SELECT query")
    return result


def load_rdf_file(path: Path) -> Store:
    """An in-memory store holding one RDF file, its format guessed from the suffix."""
    from pyoxigraph import RdfFormat, parse

    formats = {".ttl": RdfFormat.TURTLE, ".trig": RdfFormat.TRIG, ".nt": RdfFormat.N_TRIPLES,
               ".nq": RdfFormat.N_QUADS, ".jsonld": RdfFormat.JSON_LD, ".json": RdfFormat.JSON_LD,
               ".rdf": RdfFormat.RDF_XML, ".owl": RdfFormat.RDF_XML}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF file type (use .ttl, .trig, .nt, .nq or .jsonld)")
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    store = Store()
    graph = NamedNode(path.resolve().as_uri())
    try:
        quads = parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        store.extend(q if fmt in (RdfFormat.TRIG, RdfFormat.N_QUADS) else Quad(q.subject, q.predicate, q.object, graph)
                     for q in quads)
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{path}: cannot parse ({' '.join(str(e).split())[:200]})") from e
    return store


def to_rdflib(source: Store):  # type: ignore[no-untyped-def]
    """The union graph as an rdflib Graph, for pyshacl."""
    from rdflib import Graph

    data = serialize(union_triples(source), format=RdfFormat.N_TRIPLES) or b""
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def load_quads(store: Store, quads: Iterable[Quad]) -> None:
    try:
        store.extend(quads)
    except OSError as e:
        raise StoreError(f"cannot write to the store: {e}") from e


# --- documents by name (kg remove) ------------------------------------------------------

_DOCUMENTS_QUERY = f"""
    SELECT ?doc ?id ?source WHERE {{
        GRAPH ?doc {{
            ?doc a <{KG.Document}> ; <{KG.sourceText}> ?source .
            OPTIONAL {{ ?doc <http://schema.org/identifier> ?id }}
        }}
    }}"""


def document_records(store: Store) -> list[tuple[NamedNode, str, str]]:
    """(graph, document id, source as recorded in kg:sourceText) of every document, by IRI."""
    records = {}
    for row in query_solutions(store, _DOCUMENTS_QUERY):
        graph = row["doc"]
        if isinstance(graph, NamedNode):
            ident = row["id"].value if row["id"] is not None else graph.value.rsplit("/", 1)[-1]
            records[graph.value] = (graph, ident, row["source"].value)
    return [records[k] for k in sorted(records)]


def find_documents(store: Store, names: Sequence[str]) -> list[NamedNode]:
    """The graphs of the documents ``names`` name, each by document id, by document IRI
    (bare or ``<...>``) or by source path as recorded in kg:sourceText (or the same file
    from the current directory; a JSON Lines file names every record read from it).

    An unknown name is a StoreError, with the closest known names."""
    import difflib

    records = document_records(store)
    found: dict[str, NamedNode] = {}
    for name in names:
        matches = [graph for graph, ident, source in records if _names_document(name, graph, ident, source)]
        if not matches:
            known = sorted({n for _, ident, source in records for n in (ident, source)})
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
            raise StoreError(f"no document {name!r} in the store (give a document id, IRI or source path){hint}")
        for graph in matches:
            found.setdefault(graph.value, graph)
    return list(found.values())


def _names_document(name: str, graph: NamedNode, ident: str, source: str) -> bool:
    if name in (ident, graph.value, str(graph), source):
        return True
    stem, _, number = source.rpartition(":")
    if number.isdigit() and stem and name == stem:
        return True
    path = stem if number.isdigit() and stem else source
    try:
        return Path(name).resolve() == Path(path).resolve() and name != "" and path != "stdin"
    except (OSError, ValueError, RuntimeError):
        return False


def remove_documents(store: Store, graphs: Sequence[NamedNode]) -> None:
    """Drop the documents' graphs in one update, so all of them go or none do.

    Facts live in the graph of each document that states them, so a fact another document
    also states stays in the union; only what no other document supports disappears."""
    if not graphs:
        return
    update = " ;\n".join(f"DROP SILENT GRAPH {graph}" for graph in graphs)
    try:
        store.update(update)
    except (OSError, SyntaxError, ValueError, RuntimeError) as e:
        raise StoreError(f"cannot remove documents: {e}") from e
