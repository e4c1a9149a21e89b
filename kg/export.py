"""Serialize the store: Turtle (the union of all documents), TriG and N-Quads (one named
graph per document), N-Triples and JSON-LD (with its ``@context`` inline, so it parses
offline); and, for graph tools, GraphML and GEXF (Gephi) and CSV (a nodes file and an
edges file). Output is sorted, so the same store always gives the same bytes.

The graph formats are a property graph, not RDF: the nodes are the entities (IRI as id,
``label``, ``class``, ``aliases``) and there is one edge per stated fact, that is per
(head, relation, tail), with every statement it rests on merged onto it: how many
documents (``source_count``, also ``weight``), how many statements, the highest
confidence, the statuses, first and last publication date, the documents and the
sentences. Statements count the way ``kg explain`` counts them (:mod:`kg.analysis`): a
symmetric relation (``partnersWith``) stated either way round is one edge, drawn from the
smaller IRI to the larger; ``customerOf`` is backed by ``suppliesTo`` statements the other
way, and ``worksFor`` by ``ceoOf`` ones. A negated statement ("did not acquire") is an
edge of its own with ``negated`` true, backed only by the negated statements.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import os
import re
import stat
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import RdfFormat, Store, serialize

from kg import store as kg_store
from kg.errors import InputError, StoreError
from kg.graph import PREFIXES
from kg.model import Fact
from kg.vocab import RELATIONS

if TYPE_CHECKING:
    from kg.query import GraphView


class Format(enum.Enum):
    """Export formats, with the file suffix and media type of each."""

    TURTLE = ("turtle", ".ttl", "text/turtle")
    TRIG = ("trig", ".trig", "application/trig")
    NT = ("nt", ".nt", "application/n-triples")
    NQ = ("nq", ".nq", "application/n-quads")
    JSONLD = ("jsonld", ".jsonld", "application/ld+json")
    GRAPHML = ("graphml", ".graphml", "application/graphml+xml")
    GEXF = ("gexf", ".gexf", "application/gexf+xml")
    CSV = ("csv", ".csv", "text/csv")

    def __init__(self, key: str, suffix: str, media_type: str) -> None:
        self.key = key
        self.suffix = suffix
        self.media_type = media_type

    @classmethod
    def from_name(cls, name: str) -> Format:
        for fmt in cls:
            if fmt.key == name.lower():
                return fmt
        raise InputError(f"unknown format {name!r}; choose one of {', '.join(f.key for f in cls)}")

    @classmethod
    def guess(cls, path: Path) -> Format | None:
        for fmt in cls:
            if path.suffix.lower() == fmt.suffix:
                return fmt
        return None

    @property
    def has_graphs(self) -> bool:
        return self in (Format.TRIG, Format.NQ)

    @property
    def is_rdf(self) -> bool:
        return self in _OXI or self is Format.JSONLD

    @property
    def is_one_file(self) -> bool:
        """False for CSV, which is two files (see :func:`csv_paths`)."""
        return self is not Format.CSV


_OXI = {
    Format.TURTLE: RdfFormat.TURTLE,
    Format.TRIG: RdfFormat.TRIG,
    Format.NT: RdfFormat.N_TRIPLES,
    Format.NQ: RdfFormat.N_QUADS,
}


def serialize_store(source: Store, fmt: Format) -> bytes:
    """The whole store in one format, deterministically ordered.

    CSV is two files: use :func:`csv_tables` or :func:`write_csv` for it."""
    if fmt is Format.CSV:
        raise InputError("the csv export is two files (nodes and edges); write it with write_csv")
    if fmt in (Format.GRAPHML, Format.GEXF):
        graph = property_graph(source)
        return graphml_bytes(graph) if fmt is Format.GRAPHML else gexf_bytes(graph)
    try:
        if fmt is Format.JSONLD:
            return _jsonld(source)
        if fmt.has_graphs:
            data = serialize(kg_store.sorted_quads(source), format=_OXI[fmt], prefixes=PREFIXES)
        else:
            prefixes = PREFIXES if fmt is Format.TURTLE else None
            data = serialize(kg_store.union_triples(source), format=_OXI[fmt], prefixes=prefixes)
    except OSError as e:
        raise StoreError(f"cannot serialize the store: {e}") from e
    return data or b""


def jsonld_context() -> dict[str, object]:
    """The inline JSON-LD context: the prefixes we use, nothing fetched."""
    return {name: iri for name, iri in sorted(PREFIXES.items())}


def _jsonld(source: Store) -> bytes:
    from rdflib import Graph

    nt = serialize(kg_store.union_triples(source), format=RdfFormat.N_TRIPLES) or b""
    g = Graph()
    g.parse(data=nt.decode("utf-8"), format="nt")
    text = g.serialize(format="json-ld", context=jsonld_context(), sort_keys=True, indent=1)
    document = _sorted_arrays(json.loads(text))
    return json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"


def _sorted_arrays(node: object, key: str | None = None) -> object:
    """Sort every JSON array but ``@list`` ones: rdflib emits nodes and values in hash
    order, which changes from one process to the next, while JSON-LD arrays are sets."""
    if isinstance(node, dict):
        return {k: _sorted_arrays(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_arrays(item) for item in node]
        if key == "@list":
            return items
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return node


# --- the property graph: GraphML, GEXF, CSV --------------------------------------------

NODE_FIELDS = ("id", "label", "class", "aliases")
"""The columns of the nodes CSV; GraphML and GEXF nodes carry the same (``id`` as the id)."""

EDGE_FIELDS = (
    "id", "source", "target", "source_label", "target_label", "relation", "label", "symmetric",
    "negated", "source_count", "weight", "statements", "confidence", "status", "first_seen",
    "last_seen", "documents", "document_names", "sentences",
)
"""The columns of the edges CSV. GraphML and GEXF edges carry the same but ``source_label``
and ``target_label`` (the nodes have them); ``id`` is the edge id."""

ALIAS_SEPARATOR = "; "
"""Joins short values: aliases, statuses."""

LINE_SEPARATOR = "\n"
"""Joins long values, one a line: documents, document names, sentences."""

# Characters XML 1.0 cannot hold, even escaped: C0 controls but tab and newline (carriage
# returns become newlines, as an XML parser would read them), lone surrogates, U+FFFE/FFFF.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def graph_rows(view: GraphView) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes and edges of the property graph as rows (see :data:`NODE_FIELDS` and
    :data:`EDGE_FIELDS`), sorted: nodes by IRI, edges by source, relation, target.

    One edge per stated (head, relation, tail); a symmetric relation goes from the smaller
    IRI to the larger. Its evidence is every statement the fact rests on, read the way
    ``kg explain`` reads them (:mod:`kg.analysis`): stated either way round when symmetric,
    through the inverse, or as a sub-property; and its document count and first and last
    dates are :func:`kg.analysis.corroboration`'s. A negated statement is an edge of its
    own, with its own statements only. Missing text values are ``""``."""
    from kg.analysis import corroboration
    from kg.graph import entailed

    nodes: dict[str, dict[str, Any]] = {}
    for entity in sorted(view.entities, key=lambda e: e.key):
        nodes.setdefault(entity.key, {"id": entity.key, "label": entity.label, "class": entity.type,
                                      "aliases": ALIAS_SEPARATOR.join(entity.aliases)})
    stated: dict[tuple[str, str, str, bool], list[Fact]] = defaultdict(list)
    support: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in view.facts:
        head, tail = fact.head, fact.tail
        spec = RELATIONS.get(fact.predicate)
        if spec is not None and spec.symmetric and tail < head:
            head, tail = tail, head
        stated[(head, fact.predicate, tail, fact.qualifiers.negated)].append(fact)
        if spec is not None and not fact.qualifiers.negated:
            for triple in entailed(fact.predicate, fact.head, fact.tail):
                support[triple].append(fact)
    for iri in sorted({key for h, _, t, _ in stated for key in (h, t)} - nodes.keys()):
        nodes[iri] = {"id": iri, "label": iri, "class": "", "aliases": ""}
    nodes = dict(sorted(nodes.items()))
    seen = corroboration(view)

    def date(document: str) -> str | None:
        info = view.document_info.get(document)
        return info.date if info is not None else None

    edges = []
    for number, ((head, relation, tail, negated), own) in enumerate(sorted(stated.items())):
        triple = (head, relation, tail)
        facts = sorted(support[triple] if triple in support and not negated else own, key=_fact_order)
        if triple in seen and not negated:
            documents = list(seen[triple].documents)
            first, last = seen[triple].first_seen, seen[triple].last_seen
        else:
            documents = sorted({f.provenance.document for f in facts})
            dates = sorted(d for d in map(date, documents) if d)
            first, last = (dates[0], dates[-1]) if dates else (None, None)
        spec = RELATIONS.get(relation)
        edges.append({
            "id": f"e{number}",
            "source": head,
            "target": tail,
            "source_label": nodes[head]["label"],
            "target_label": nodes[tail]["label"],
            "relation": relation,
            "label": relation,
            "symmetric": bool(spec and spec.symmetric),
            "negated": negated,
            "source_count": len(documents),
            "weight": len(documents),
            "statements": len(facts),
            "confidence": max(f.provenance.confidence for f in facts),
            "status": ALIAS_SEPARATOR.join(sorted({f.qualifiers.status for f in facts if f.qualifiers.status})),
            "first_seen": first or "",
            "last_seen": last or "",
            "documents": LINE_SEPARATOR.join(documents),
            "document_names": LINE_SEPARATOR.join(view.documents.get(d, d) for d in documents),
            "sentences": LINE_SEPARATOR.join(dict.fromkeys(f.provenance.sentence for f in facts)),
        })
    return list(nodes.values()), edges


def _fact_order(fact: Fact) -> tuple[Any, ...]:
    p = fact.provenance
    return (p.document, p.sentence_start, p.start, p.end, p.sentence, p.rule, p.confidence,
            fact.qualifiers.status or "")


def to_networkx(view: GraphView) -> Any:
    """The property graph as a ``networkx.MultiDiGraph``: nodes keyed by IRI, edges keyed
    by their id (``e0``, ``e1``, ...), attributes as in :func:`graph_rows`."""
    import networkx as nx  # type: ignore[import-untyped]

    nodes, edges = graph_rows(view)
    graph = nx.MultiDiGraph()
    for node in nodes:
        graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in edges:
        attributes = {k: v for k, v in edge.items()
                      if k not in ("id", "source", "target", "source_label", "target_label")}
        graph.add_edge(edge["source"], edge["target"], key=edge["id"], **attributes)
    return graph


def property_graph(source: Store) -> Any:
    """The store's entities and facts as a ``networkx.MultiDiGraph`` (:func:`to_networkx`)."""
    from kg.query import load_view

    return to_networkx(load_view(source))


def xml_text(text: str) -> str:
    """``text`` as XML 1.0 can carry it: characters it cannot hold become U+FFFD and
    carriage returns become newlines."""
    return _NOT_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _xml_ready(graph: Any) -> Any:
    clean = graph.__class__()
    for node, data in graph.nodes(data=True):
        clean.add_node(xml_text(node), **{k: xml_text(v) if isinstance(v, str) else v for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        clean.add_edge(xml_text(u), xml_text(v), key=xml_text(key),
                       **{k: xml_text(x) if isinstance(x, str) else x for k, x in data.items()})
    return clean


def graphml_bytes(graph: Any) -> bytes:
    """A property graph (:func:`to_networkx`) as GraphML."""
    import networkx as nx  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    nx.write_graphml(_xml_ready(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def gexf_bytes(graph: Any) -> bytes:
    """A property graph (:func:`to_networkx`) as GEXF 1.2, with no date stamp, so the same
    graph always gives the same bytes. Edge ids are the graph's edge keys."""
    from networkx.readwrite.gexf import GEXFWriter  # type: ignore[import-untyped]

    from kg import __version__

    clean = _xml_ready(graph)
    for _u, _v, key, data in clean.edges(keys=True, data=True):
        data["id"] = key
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = f"kg {__version__}"
    writer.add_graph(clean)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def csv_paths(path: Path) -> tuple[Path, Path]:
    """Where the csv export of ``-o PATH`` goes: ``PATH-nodes.csv`` and ``PATH-edges.csv``,
    PATH's own ``.csv`` suffix dropped (``out/graph.csv`` -> ``out/graph-nodes.csv``)."""
    stem = path.name[: -len(".csv")] if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}-nodes.csv"), path.with_name(f"{stem}-edges.csv")


def csv_tables(source: Store) -> tuple[bytes, bytes]:
    """The nodes CSV and the edges CSV (UTF-8, a header row, LF line ends)."""
    from kg.query import load_view

    nodes, edges = graph_rows(load_view(source))
    return _csv(NODE_FIELDS, nodes), _csv(EDGE_FIELDS, edges)


def _csv(fields: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_csv_value(row[f]) for f in fields])
    return buffer.getvalue().encode("utf-8")


def _csv_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(source: Store, path: Path) -> tuple[Path, Path]:
    """Write the csv export beside ``path`` (see :func:`csv_paths`); return both paths."""
    nodes_path, edges_path = csv_paths(path)
    nodes, edges = csv_tables(source)
    write_atomic(nodes, nodes_path)
    write_atomic(edges, edges_path)
    return nodes_path, edges_path


def write_atomic(data: bytes, path: Path) -> None:
    """Write beside the target and rename, so a failure never leaves a half-written file.

    The file gets the mode a plain ``open(path, "w")`` would give it (the old file's mode,
    else 0o666 less the umask), not ``mkstemp``'s private 0o600, and is synced before
    the rename so a crash leaves either the old bytes or the new ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _target_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _target_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
