"""Serialize the store: Turtle (the union of all documents), TriG and N-Quads (one named
graph per document), N-Triples and JSON-LD (with its ``@context`` inline, so it parses
offline). Output is sorted, so the same store always gives the same bytes.
"""

from __future__ import annotations

import enum
import json
import os
import stat
import tempfile
from pathlib import Path

from pyoxigraph import RdfFormat, Store, serialize

from kg import store as kg_store
from kg.errors import InputError, StoreError
from kg.graph import PREFIXES


class Format(enum.Enum):
    """Export formats, with the file suffix and media type of each."""

    TURTLE = ("turtle", ".ttl", "text/turtle")
    TRIG = ("trig", ".trig", "application/trig")
    NT = ("nt", ".nt", "application/n-triples")
    NQ = ("nq", ".nq", "application/n-quads")
    JSONLD = ("jsonld", ".jsonld", "application/ld+json")

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


_OXI = {
    Format.TURTLE: RdfFormat.TURTLE,
    Format.TRIG: RdfFormat.TRIG,
    Format.NT: RdfFormat.N_TRIPLES,
    Format.NQ: RdfFormat.N_QUADS,
}


def serialize_store(source: Store, fmt: Format) -> bytes:
    """The whole store in one format, deterministically ordered."""
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
