"""Draw resolved entities and facts as one self-contained, offline HTML page.

The graph is laid out here (see *Layout* below), handed to vis-network as plain node and
edge records, and written through an autoescaping Jinja2 template that inlines the
vis-network JavaScript and CSS shipped inside the pyvis package. The page fetches nothing:
there is no ``src`` or ``href`` to the network, and a Content-Security-Policy of ``default-src 'none'`` only lets
the two inline scripts whose hashes it lists run.

All article text (labels, aliases, sentences, document names, class and relation names, the
title) is untrusted. It reaches the page in two ways only: through Jinja2 autoescaping, or
inside a ``<script type="application/json">`` block where ``<``, ``>`` and ``&`` are written
as ``\\u003c``, ``\\u003e`` and ``\\u0026``. The page's own script builds tooltips, the
search list and status lines as DOM nodes with ``textContent``, so nothing from an article is
ever parsed as HTML.

The page has a search box (a name or alias selects and zooms to the entity), class and
relation filters (checkboxes that set the vis DataSet ``hidden`` flag) and tooltips with the
evidence behind every edge. ``focus`` keeps one entity's neighbourhood and ``max_nodes`` the
most connected entities; the summary says what was left out.

Layout: physics is off, positions are computed in Python, so the page draws at once and the
same input always gives the same bytes. Each connected component is laid out alone, scaled
so that its median edge is ``_EDGE_LENGTH`` pixels, and the components are packed into a
rectangle shaped like the browser window. Components up to ``_DENSE_LIMIT`` nodes use
stress majorization over hop distances (dense, NumPy) and then push overlapping labels
apart; bigger ones use pivot MDS (breadth-first distances to a few pivots, no SciPy) and
then push crowded nodes apart looking only at neighbouring grid cells, so time and memory
grow with nodes plus edges, not with their square.
"""

from __future__ import annotations

import base64
import contextlib
import difflib
import hashlib
import json
import math
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx  # type: ignore[import-untyped]
import numpy as np

from kg.errors import InputError, KgError, QueryError
from kg.model import Entity, Fact
from kg.vocab import ENTITY_CLASSES, RELATIONS

__all__ = ["CLASS_COLOURS", "kebab_case", "render_html", "write_html"]

# Okabe-Ito, a palette that stays distinguishable under the common colour-vision deficiencies.
CLASS_COLOURS: Mapping[str, str] = {
    "Event": "#E69F00",
    "Facility": "#56B4E9",
    "Initiative": "#009E73",
    "Organization": "#0072B2",
    "Person": "#D55E00",
    "Place": "#F0E442",
    "Product": "#CC79A7",
}
_UNKNOWN_COLOUR = "#999999"

_SEED = 7
_NODE_SIZE_MIN = 10.0
_NODE_SIZE_MAX = 48.0
_LARGE_GRAPH = 1000  # nodes: from here on, edges hide while zooming or dragging

# Layout, in canvas pixels (at zoom 1 a pixel of the page).
_EDGE_LENGTH = 170.0  # the median edge of every component
_GAP = 50.0  # between packed components
_ASPECT = 1.45  # width / height of the graph area the packing aims at
_DENSE_LIMIT = 300  # components up to this many nodes get the dense stress layout
_STRESS_ITERATIONS = 150
_PIVOTS = 40
_RELAX_ITERATIONS = 40
_CELL_CAP = 48  # nodes per grid cell that one step of pushing apart looks at
_SPACING = 110.0  # the least median distance to the nearest node in a big component
_LABEL_WIDTH = 150  # px: node labels wrap at this width (vis widthConstraint)
_CHAR_WIDTH = 7.2  # px per character of a 14 px label, roughly
_LINE_HEIGHT = 17.0
_PACK_LIMIT = 400  # components; more than this are packed in plain rows


def kebab_case(name: str) -> str:
    """Show a relation's local name kebab-cased: ``partnersWith`` -> ``partners-with``.

    >>> kebab_case("hasRightOfFirstRefusal")
    'has-right-of-first-refusal'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def render_html(
    entities: Sequence[Entity],
    facts: Sequence[Fact],
    *,
    title: str,
    documents: Mapping[str, str] | None = None,
    dates: Mapping[str, str] | None = None,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
) -> str:
    """Return a self-contained HTML page drawing ``entities`` and ``facts``.

    ``documents`` maps a document id to the name shown in tooltips (an article title or a
    source path) and ``dates`` maps it to its publication date (``YYYY[-MM[-DD]]``); ids
    without an entry are shown as they are, without a date. Facts with the same head,
    predicate and tail (either way round for a symmetric relation) become one edge that
    lists every piece of evidence, how many distinct documents state it and, with ``dates``,
    when it was first and last seen. The output depends only on the input, byte for byte.

    ``focus`` keeps the entity of that label or alias (case-insensitive; every entity of
    that name) and everything within ``depth`` relations of it, either direction.
    ``max_nodes`` then keeps the most connected of the remaining entities (by degree, ties
    broken by label), always including the focus. The summary line says what was left out.

    Raises ``InputError`` when two entities share a key or a fact names an unknown entity,
    ``QueryError`` when no entity is called ``focus`` (naming the closest matches), and
    ``ValueError`` for a negative ``depth`` or a ``max_nodes`` below 1.
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be 1 or more, not {max_nodes}")
    names = dict(documents or {})
    when = dict(dates or {})
    everything = _index(entities)
    all_edges = _merge_facts(facts, everything.position)
    degree = _degrees(len(everything.ordered), all_edges)

    keep, focused, reason = _select(everything.ordered, all_edges, degree,
                                    focus=focus, depth=depth, max_nodes=max_nodes)
    ordered = [everything.ordered[i] for i in keep]
    full_degree = [degree[i] for i in keep]
    centres = {n for n, i in enumerate(keep) if i in focused}
    shown = _index(ordered)
    shown_facts = [f for f in facts if f.head in shown.position and f.tail in shown.position]
    edges = _merge_facts(shown_facts, shown.position)
    shown_degree = _degrees(len(ordered), edges)

    positions = _layout(
        len(ordered),
        [(edge.source, edge.target) for edge in edges],
        [_label_box(entity.label or entity.key, _node_size(d))
         for entity, d in zip(ordered, full_degree, strict=True)],
    )
    nodes = [
        _node_record(i, entity, positions[i], full_degree[i], shown_degree[i], i in centres)
        for i, entity in enumerate(ordered)
    ]
    legend = _legend(ordered)
    relations = _relation_filters(edges)
    # The filters' checkboxes carry an index into these lists, never a name from the data.
    data = {
        "nodes": nodes,
        "edges": [_edge_record(n, edge, ordered, names, when) for n, edge in enumerate(edges)],
        "options": _vis_options(len(ordered)),
        "classes": [item["name"] for item in legend],
        "relations": [item["predicate"] for item in relations],
    }
    document_count = len({fact.provenance.document for fact in shown_facts})
    summary = (
        f"{_plural(len(ordered), 'entity', 'entities')}, "
        f"{_plural(len(edges), 'relation', 'relations')} "
        f"({_plural(len(shown_facts), 'fact', 'facts')} from "
        f"{_plural(document_count, 'document', 'documents')})"
    )
    if reason:
        left_entities = len(everything.ordered) - len(ordered)
        reason = (
            f"Showing {len(ordered):,} of {_plural(len(everything.ordered), 'entity', 'entities')}"
            f" and {len(edges):,} of {_plural(len(all_edges), 'relation', 'relations')}: "
            f"{reason}. Left out: {_plural(left_entities, 'entity', 'entities')} and "
            f"{_plural(len(all_edges) - len(edges), 'relation', 'relations')}."
        )

    assets = _assets()
    return _template().render(
        title=title,
        summary=summary,
        scope=reason,
        legend=legend,
        relations=relations,
        data_json=_script_json(data),
        vis_css=assets.vis_css,
        vis_js=assets.vis_js,
        app_js=_APP_JS,
        csp=assets.csp,
    )


def write_html(html: str, path: Path) -> None:
    """Write ``html`` to ``path`` atomically, through a temporary file beside it.

    Nothing is written anywhere else: the temporary file lives in the target's directory
    and is renamed over the target, or removed if anything goes wrong.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        # "x" creates with the usual umask-derived permissions, unlike mkstemp's 0600.
        with open(tmp, "x", encoding="utf-8", errors="replace", newline="\n") as fh:
            fh.write(html)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise KgError(f"cannot write {path}: {e.strerror or e}") from e


# --- records for vis-network and the template ------------------------------------------


def _node_record(
    number: int, entity: Entity, position: tuple[int, int], degree: int, shown: int,
    centre: bool,
) -> dict[str, Any]:
    colour = CLASS_COLOURS.get(entity.type, _UNKNOWN_COLOUR)
    return {
        "id": number,
        "label": entity.label or entity.key,
        "color": {
            "background": colour,
            "border": "#000000" if centre else "#333333",
            "highlight": {"background": colour, "border": "#000000"},
            "hover": {"background": colour, "border": "#000000"},
        },
        "borderWidth": 3 if centre else 1,
        "size": _node_size(degree),
        "x": position[0],
        "y": position[1],
        "key": entity.key,
        "kgClass": entity.type,
        "tip": {
            "label": entity.label,
            "type": entity.type,
            "aliases": list(entity.aliases),
            "relations": _relations_line(degree, shown),
            "focus": centre,
        },
    }


def _edge_record(
    number: int, edge: _Edge, ordered: Sequence[Entity], names: Mapping[str, str],
    dates: Mapping[str, str],
) -> dict[str, Any]:
    sources = len({fact.provenance.document for fact in edge.facts})
    return {
        "id": f"e{number}",
        "from": edge.source,
        "to": edge.target,
        "label": kebab_case(edge.predicate),
        "predicate": edge.predicate,
        "arrows": {"to": {"enabled": not edge.symmetric, "scaleFactor": 0.6}},
        "dashes": all(fact.qualifiers.negated for fact in edge.facts),
        "width": min(1.0 + 0.75 * (sources - 1), 5.0),
        "smooth": edge.smooth,
        "sources": sources,
        "tip": _edge_tip(edge, ordered, names, dates),
    }


def _legend(ordered: Sequence[Entity]) -> list[dict[str, Any]]:
    """The classes present, the ontology's first (in its order), then others by name."""
    counts: dict[str, int] = defaultdict(int)
    for entity in ordered:
        counts[entity.type] += 1
    present = [c for c in ENTITY_CLASSES if c in counts]
    present += sorted(t for t in counts if t not in ENTITY_CLASSES)
    return [
        {"name": name, "colour": CLASS_COLOURS.get(name, _UNKNOWN_COLOUR), "count": counts[name]}
        for name in present
    ]


def _relation_filters(edges: Sequence[_Edge]) -> list[dict[str, Any]]:
    per_relation: dict[str, int] = defaultdict(int)
    for edge in edges:
        per_relation[edge.predicate] += 1
    return sorted(
        ({"predicate": p, "label": kebab_case(p), "count": c} for p, c in per_relation.items()),
        key=lambda r: (r["label"], r["predicate"]),
    )


# --- which entities are shown ----------------------------------------------------------


@dataclass(frozen=True)
class _Index:
    ordered: list[Entity]
    position: dict[str, int]


def _index(entities: Iterable[Entity]) -> _Index:
    ordered = sorted(entities, key=lambda e: e.key)
    position: dict[str, int] = {}
    for i, entity in enumerate(ordered):
        if entity.key in position:
            raise InputError(f"two entities share the key {entity.key!r}")
        position[entity.key] = i
    return _Index(ordered, position)


def _degrees(count: int, edges: Sequence[_Edge]) -> list[int]:
    """Edges at each node (merged facts; a self-loop counts twice, as in networkx)."""
    degree = [0] * count
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    return degree


def _select(
    ordered: Sequence[Entity],
    edges: Sequence[_Edge],
    degree: Sequence[int],
    *,
    focus: str | None,
    depth: int,
    max_nodes: int | None,
) -> tuple[list[int], set[int], str]:
    """The positions kept (ascending), the focus entities, and why others were left out."""
    keep: list[int] = list(range(len(ordered)))
    centres: set[int] = set()
    reasons = []
    if focus is not None:
        centres = set(_find(focus, ordered))
        graph = nx.Graph()
        graph.add_nodes_from(range(len(ordered)))
        graph.add_edges_from((e.source, e.target) for e in edges)
        near: set[int] = set()
        for centre in sorted(centres):
            near.update(nx.ego_graph(graph, centre, radius=depth, undirected=True))
        keep = sorted(near)
        labels = ", ".join(sorted({ordered[c].label for c in centres}))
        steps = _plural(depth, "relation", "relations")
        reasons.append(f"{labels} and everything within {steps} of it")
    if max_nodes is not None and len(keep) > max_nodes:
        ranked = sorted(
            keep, key=lambda i: (i not in centres, -degree[i], ordered[i].label, ordered[i].key)
        )
        keep = sorted(ranked[:max_nodes])
        reasons.append(f"the {max_nodes:,} most connected entities")
    return keep, centres, "; of these, ".join(reasons)


def _find(name: str, ordered: Sequence[Entity]) -> list[int]:
    """Entities whose label, else whose alias, is ``name`` (case-insensitive)."""
    wanted = name.strip().casefold()
    by_label = [i for i, e in enumerate(ordered) if e.label.casefold() == wanted]
    if by_label:
        return by_label
    by_alias = [i for i, e in enumerate(ordered) if wanted in {a.casefold() for a in e.aliases}]
    if by_alias:
        return by_alias
    spelled: dict[str, str] = {}
    for entity in ordered:
        for known in (entity.label, *entity.aliases):
            spelled.setdefault(known.casefold(), known)
    close = difflib.get_close_matches(wanted, sorted(spelled), n=3, cutoff=0.6)
    message = f"no entity named {name!r}"
    if close:
        message += "; closest: " + ", ".join(" ".join(spelled[c].split()) for c in close)
    raise QueryError(message)


def _relations_line(full: int, shown: int) -> str:
    line = _plural(full, "relation", "relations")
    return line if full == shown else f"{line} ({shown:,} shown)"


# --- edges -----------------------------------------------------------------------------


@dataclass
class _Edge:
    source: int
    target: int
    predicate: str
    symmetric: bool
    facts: list[Fact]
    smooth: dict[str, Any]


def _merge_facts(facts: Sequence[Fact], index: Mapping[str, int]) -> list[_Edge]:
    """Group facts into edges, one per (head, predicate, tail), in a stable order."""
    groups: dict[tuple[int, str, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        for key in (fact.head, fact.tail):
            if key not in index:
                raise InputError(f"a {fact.predicate} fact refers to unknown entity {key!r}")
        head, tail = index[fact.head], index[fact.tail]
        spec = RELATIONS.get(fact.predicate)
        if spec is not None and spec.symmetric and tail < head:
            head, tail = tail, head
        groups[(head, fact.predicate, tail)].append(fact)

    edges = []
    for (head, predicate, tail), members in sorted(groups.items()):
        spec = RELATIONS.get(predicate)
        edges.append(
            _Edge(
                source=head,
                target=tail,
                predicate=predicate,
                symmetric=bool(spec and spec.symmetric),
                facts=sorted(members, key=_fact_order),
                smooth={"enabled": False},
            )
        )

    # Several edges between one pair of nodes are bent apart so that none hides another.
    by_pair: dict[tuple[int, int], list[_Edge]] = defaultdict(list)
    for edge in edges:
        by_pair[(min(edge.source, edge.target), max(edge.source, edge.target))].append(edge)
    for (low, _high), parallel in by_pair.items():
        for i, edge in enumerate(parallel):
            if i == 0 or edge.source == edge.target:
                continue
            clockwise = (i % 2 == 1) == (edge.source == low)
            edge.smooth = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.3 * ((i + 1) // 2), 2),
            }
    return edges


def _fact_order(fact: Fact) -> tuple[Any, ...]:
    p, q = fact.provenance, fact.qualifiers
    return (p.document, p.sentence_start, p.start, p.end, p.sentence, p.rule, p.confidence,
            q.status or "", q.negated)


def _edge_tip(
    edge: _Edge, ordered: Sequence[Entity], names: Mapping[str, str], dates: Mapping[str, str]
) -> dict[str, Any]:
    evidence: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for fact in edge.facts:
        p, q = fact.provenance, fact.qualifiers
        meta = [names.get(p.document, p.document)]
        if dates.get(p.document):
            meta.append(f"published {dates[p.document]}")
        meta += [f"status: {q.status or 'not stated'}", f"confidence {p.confidence:.2f}"]
        if q.negated:
            meta.append("negated")
        if q.point_in_time:
            meta.append(f"at {q.point_in_time}")
        elif q.start_date and q.end_date:
            meta.append(f"{q.start_date} to {q.end_date}")
        elif q.start_date:
            meta.append(f"from {q.start_date}")
        elif q.end_date:
            meta.append(f"until {q.end_date}")
        if q.amount_text:
            meta.append(q.amount_text)
        item = (p.sentence, " \u00b7 ".join(meta))
        if item not in seen:
            seen.add(item)
            evidence.append({"sentence": item[0], "meta": item[1]})
    documents = {fact.provenance.document for fact in edge.facts}
    seen_on = sorted(dates[d] for d in documents if dates.get(d))
    sources = f"Stated in {_plural(len(documents), 'document', 'documents')}"
    if seen_on and seen_on[0] == seen_on[-1]:
        sources += f", published {seen_on[0]}"
    elif seen_on:
        sources += f", first seen {seen_on[0]}, last seen {seen_on[-1]}"
    return {
        "relation": kebab_case(edge.predicate),
        "head": ordered[edge.source].label,
        "tail": ordered[edge.target].label,
        "symmetric": edge.symmetric,
        "sources": sources,
        "evidence": evidence,
    }


# --- layout ----------------------------------------------------------------------------


def _label_box(label: str, radius: float) -> tuple[float, float, float]:
    """Width, height and downward offset of the box a node and its label take up.

    vis draws a dot's label under it, wrapped at ``_LABEL_WIDTH`` pixels.
    """
    text = len(label) * _CHAR_WIDTH
    lines = max(1, math.ceil(text / _LABEL_WIDTH))
    width = max(2 * radius, min(text, _LABEL_WIDTH)) + 16
    height = 2 * radius + lines * _LINE_HEIGHT + 10
    return width, height, lines * _LINE_HEIGHT / 2


def _layout(
    count: int, links: Sequence[tuple[int, int]], boxes: Sequence[tuple[float, float, float]]
) -> list[tuple[int, int]]:
    """Integer canvas positions: each connected component laid out alone, then packed."""
    if count == 0:
        return []
    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from((a, b) for a, b in links if a != b)
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    box = np.asarray(boxes, dtype=float).reshape(count, 3)
    laid_out = []
    for nodes in components:
        local = {node: i for i, node in enumerate(nodes)}
        pairs = np.asarray(
            sorted({(local[a], local[b]) for a, b in graph.edges(nodes)}), dtype=np.int64
        ).reshape(-1, 2)
        coords = _component_layout(len(nodes), pairs)
        mine = box[nodes]
        if 1 < len(nodes) <= _DENSE_LIMIT:
            coords = _remove_overlaps(coords, mine)
        centre = coords + np.column_stack([np.zeros(len(nodes)), mine[:, 2]])
        low = (centre - mine[:, :2] / 2).min(axis=0)
        high = (centre + mine[:, :2] / 2).max(axis=0)
        laid_out.append((nodes, coords - low + _GAP / 2, high - low + _GAP))

    corners = _pack([(float(w), float(h)) for *_, (w, h) in laid_out])
    positions: list[tuple[int, int]] = [(0, 0)] * count
    for (nodes, coords, _), corner in zip(laid_out, corners, strict=True):
        for node, (x, y) in zip(nodes, (coords + corner).tolist(), strict=True):
            positions[node] = (round(x), round(y))
    return positions


def _component_layout(count: int, pairs: np.ndarray) -> np.ndarray:
    """Pixel positions for one connected component, centred, its long axis horizontal.

    Scaled so that the median edge is ``_EDGE_LENGTH`` long and, in a big component where
    long edges cross the whole drawing, nodes still keep ``_SPACING`` from their nearest
    neighbour (the median one).
    """
    if count == 1:
        return np.zeros((1, 2))
    pos = _stress_layout(count, pairs) if count <= _DENSE_LIMIT else _sparse_layout(count, pairs)
    pos -= pos.mean(axis=0)
    # Turn the long axis horizontal, since screens are wider than tall.
    _, axes = np.linalg.eigh(pos.T @ pos)
    pos = pos @ axes[:, ::-1]
    for axis in range(2):  # and pick one of the two mirror images, always the same way
        if float((pos[:, axis] ** 3).sum()) < 0:
            pos[:, axis] *= -1
    lengths = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
    median = float(np.median(lengths))
    scale = _EDGE_LENGTH / median if median > 1e-9 else _EDGE_LENGTH
    if count > _DENSE_LIMIT:
        nearest = _nearest_distance(pos * scale, _SPACING)
        if 0 < nearest < _SPACING:
            scale *= _SPACING / nearest
    return pos * scale


def _nearest_distance(pos: np.ndarray, reach: float) -> float:
    """The median over nodes of the distance to the nearest other node within ``reach``."""
    i, j = _near_pairs(pos, reach, 0)
    if not len(i):
        return 0.0
    distance = np.linalg.norm(pos[i] - pos[j], axis=1)
    nearest = np.full(len(pos), np.inf)
    np.minimum.at(nearest, i, distance)
    np.minimum.at(nearest, j, distance)
    nearest = nearest[np.isfinite(nearest)]
    return float(np.median(nearest)) if len(nearest) else 0.0


def _stress_layout(count: int, pairs: np.ndarray) -> np.ndarray:
    """Stress majorization (SMACOF): distances on the page follow hops in the graph.

    Starts from pivot MDS of the hop distances, so it is deterministic, and keeps edges
    near one length, which force layouts do not in dense clusters. O(n^2) memory: for
    components up to ``_DENSE_LIMIT`` nodes only.
    """
    neighbours = _neighbours(count, pairs)
    hops = np.array([_bfs(neighbours, source) for source in range(count)], dtype=float)
    pos = _pivot_mds(hops[:, _pivots(hops)])
    # A nudge off exact symmetry (a path is one-dimensional in MDS), the same every time.
    pos += np.random.default_rng(_SEED).normal(scale=0.05, size=pos.shape)
    weight = np.zeros_like(hops)
    off = hops > 0
    weight[off] = hops[off] ** -2.0
    inverse = np.linalg.pinv(np.diag(weight.sum(axis=1)) - weight)
    target = weight * hops
    for _ in range(_STRESS_ITERATIONS):
        dx = pos[:, 0][:, None] - pos[:, 0][None, :]
        dy = pos[:, 1][:, None] - pos[:, 1][None, :]
        distance = np.sqrt(dx * dx + dy * dy)
        ratio = np.divide(target, distance, out=np.zeros_like(distance), where=distance > 1e-9)
        moved = inverse @ (ratio.sum(axis=1)[:, None] * pos - ratio @ pos)
        shift = float(np.abs(moved - pos).max())
        pos = moved
        if shift < 1e-2:  # a hundredth of an edge
            break
    return pos


def _pivots(hops: np.ndarray) -> list[int]:
    """Up to ``_PIVOTS`` columns of ``hops``: the best-connected node, then farthest-first."""
    count = len(hops)
    pivot = int(np.argmax((hops == 1).sum(axis=1)))
    chosen = [pivot]
    nearest = hops[:, pivot].copy()
    while len(chosen) < min(_PIVOTS, count):
        pivot = int(np.argmax(nearest))
        if nearest[pivot] == 0:
            break
        chosen.append(pivot)
        nearest = np.minimum(nearest, hops[:, pivot])
    return chosen


def _pivot_mds(distance: np.ndarray) -> np.ndarray:
    """Two-dimensional positions from hop distances to pivots (Brandes and Pich, 2006)."""
    squared = distance**2
    squared -= squared.mean(axis=0)
    squared -= squared.mean(axis=1, keepdims=True)
    centred = -0.5 * squared
    _, vectors = np.linalg.eigh(centred.T @ centred)
    pos = centred @ vectors[:, ::-1][:, :2]
    if pos.shape[1] < 2:
        pos = np.column_stack([pos, np.zeros(len(pos))])
    return pos


def _remove_overlaps(coords: np.ndarray, box: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push apart nodes whose label boxes overlap, along the axis that needs less travel."""
    pos = coords.copy()
    n = len(pos)
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    ties = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]).astype(float)
    for _ in range(rounds):
        centre = pos + np.column_stack([np.zeros(n), box[:, 2]])
        dx = centre[:, 0][:, None] - centre[:, 0][None, :]
        dy = centre[:, 1][:, None] - centre[:, 1][None, :]
        ox = (box[:, 0][:, None] + box[:, 0][None, :]) / 2 - np.abs(dx)
        oy = (box[:, 1][:, None] + box[:, 1][None, :]) / 2 - np.abs(dy)
        hit = (ox > 0.5) & (oy > 0.5) & upper
        if not hit.any():
            break
        hit = hit | hit.T
        along_x = hit & (ox <= oy)
        along_y = hit & (ox > oy)
        sx = np.where(dx != 0, np.sign(dx), ties)
        sy = np.where(dy != 0, np.sign(dy), ties)
        push = np.column_stack([
            (np.where(along_x, ox, 0.0) * sx).sum(axis=1),
            (np.where(along_y, oy, 0.0) * sy).sum(axis=1),
        ])
        pos += 0.5 * push / np.maximum(1, hit.sum(axis=1))[:, None] ** 0.5
    return pos


def _sparse_layout(count: int, pairs: np.ndarray) -> np.ndarray:
    """Pivot MDS, then overlaps pushed apart: O(nodes + edges) time and memory, no SciPy.

    Pivot MDS places nodes by their hop distances to a few pivots, which keeps the shape
    of the graph at a fraction of a force layout's cost; it leaves crowds (the leaves of a
    hub share their distances), which ``_relax`` spreads.
    """
    neighbours = _neighbours(count, pairs)
    pivots = min(_PIVOTS, count)
    distance = np.empty((count, pivots))
    nearest = np.full(count, np.inf)
    pivot = int(np.argmax([len(n) for n in neighbours]))  # the best-connected node first
    for j in range(pivots):
        distance[:, j] = _bfs(neighbours, pivot)
        nearest = np.minimum(nearest, distance[:, j])
        pivot = int(np.argmax(nearest))  # then always the node farthest from all pivots
    pos = _pivot_mds(distance)
    # Edges one unit long, or if that leaves the nodes crowded (a hairball, whose edges
    # cross it), about one node per unit of area as if spread evenly over a disc.
    pos -= pos.mean(axis=0)
    lengths = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
    median = float(np.median(lengths))
    rms = float(np.sqrt((pos**2).sum(axis=1).mean()))
    pos *= max(1 / max(median, 1e-9), math.sqrt(count / (2 * math.pi)) / max(rms, 1e-9))
    return _relax(_spread_crowds(pos, 0.25), iterations=_RELAX_ITERATIONS)


def _neighbours(count: int, pairs: np.ndarray) -> list[list[int]]:
    neighbours: list[list[int]] = [[] for _ in range(count)]
    for a, b in pairs.tolist():
        neighbours[a].append(b)
        neighbours[b].append(a)
    return neighbours


def _bfs(neighbours: Sequence[Sequence[int]], source: int) -> list[int]:
    """Hops from ``source`` to every node of its component (plain Python: a frontier at a
    time in NumPy costs more per level, and a long chain has thousands of levels)."""
    distance = [-1] * len(neighbours)
    distance[source] = 0
    frontier = [source]
    level = 0
    while frontier:
        level += 1
        reached = []
        for node in frontier:
            for other in neighbours[node]:
                if distance[other] < 0:
                    distance[other] = level
                    reached.append(other)
        frontier = reached
    return distance


def _spread_crowds(pos: np.ndarray, spacing: float) -> np.ndarray:
    """Move the nodes sharing one ``spacing`` cell onto a sunflower around the cell."""
    cell = np.floor(pos / spacing).astype(np.int64)
    _, group, sizes = np.unique(cell, axis=0, return_inverse=True, return_counts=True)
    group = group.reshape(-1)
    order = np.argsort(group, kind="stable")
    rank = np.empty(len(pos), dtype=np.int64)
    starts = np.cumsum(sizes) - sizes
    rank[order] = np.arange(len(pos)) - np.repeat(starts, sizes)
    crowded = sizes[group] > 1
    angle = rank * 2.399963229728653  # the golden angle
    radius = 0.8 * np.sqrt(rank)
    spread = pos.copy()
    spread[crowded, 0] += radius[crowded] * np.cos(angle[crowded])
    spread[crowded, 1] += radius[crowded] * np.sin(angle[crowded])
    return spread


def _relax(pos: np.ndarray, *, iterations: int) -> np.ndarray:
    """Push apart nodes closer than one unit, each pair by half its overlap per step.

    Only pairs in the same or neighbouring one-unit grid cells are looked at, so a step
    costs O(nodes); positions keep their order, crowds grow outwards.
    """
    pos = pos.copy()
    count = len(pos)
    for step in range(iterations):
        i, j = _near_pairs(pos, 1.0, step)
        apart = pos[i] - pos[j]
        distance = np.sqrt((apart * apart).sum(axis=1))
        close = distance < 1.0
        if not close.any():
            break
        i, j, apart, distance = i[close], j[close], apart[close], distance[close]
        push = apart * (0.5 * (1.0 - distance) / np.maximum(distance, 1e-6))[:, None]
        move = np.empty_like(pos)
        for axis in range(2):
            move[:, axis] = np.bincount(i, push[:, axis], count) - np.bincount(
                j, push[:, axis], count
            )
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)
        pos += move * (np.minimum(length, 0.5) / length)[:, None]
    return pos


def _near_pairs(
    pos: np.ndarray, size: float, step: int, *, cap: int = _CELL_CAP
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of nodes (i, j) in the same or neighbouring ``size`` cells, each pair once.

    Of a cell holding more than ``cap`` nodes, a window of ``cap`` that moves with
    ``step`` takes part.
    """
    cell = np.floor((pos - pos.min(axis=0)) / size).astype(np.int64) + 1
    stride = int(cell[:, 1].max()) + 2
    key = cell[:, 0] * stride + cell[:, 1]
    order = np.argsort(key, kind="stable")
    cells, starts, sizes = np.unique(key[order], return_index=True, return_counts=True)
    shift = (step * 7919) % np.maximum(sizes - cap + 1, 1)
    starts = np.where(sizes > cap, starts + shift, starts)
    sizes = np.minimum(sizes, cap)
    found_i, found_j = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        wanted = cells + dx * stride + dy
        at = np.minimum(np.searchsorted(cells, wanted), len(cells) - 1)
        hit = cells[at] == wanted
        a_start, a_size = starts[hit], sizes[hit]
        b_start, b_size = starts[at[hit]], sizes[at[hit]]
        block = a_size * b_size
        total = int(block.sum())
        if total == 0:
            continue
        which = np.repeat(np.arange(len(block)), block)
        within = np.arange(total) - np.repeat(np.cumsum(block) - block, block)
        i = a_start[which] + within // b_size[which]
        j = b_start[which] + within % b_size[which]
        if dx == 0 and dy == 0:
            keep = i < j
            i, j = i[keep], j[keep]
        found_i.append(order[i])
        found_j.append(order[j])
    if not found_i:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(found_i), np.concatenate(found_j)


def _pack(sizes: Sequence[tuple[float, float]]) -> list[np.ndarray]:
    """Top-left corners for rectangles, packed into a box shaped like the graph area.

    Rectangles go tallest first onto a skyline (each where its top stays lowest); the
    width of the skyline is the one of a few candidates whose box fits the area best.
    """
    if not sizes:
        return []
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i][1], -sizes[i][0], i))
    widest = max(w for w, _ in sizes)
    if len(sizes) > _PACK_LIMIT:
        area = sum(w * h for w, h in sizes)
        return _shelves(sizes, order, max(widest, math.sqrt(area * _ASPECT)))
    total = sum(w for w, _ in sizes)
    best: tuple[float, float, list[np.ndarray]] | None = None
    for step in range(9):
        width = widest * (total / widest) ** (step / 8)
        corners, (w, h) = _skyline(sizes, order, width)
        cost = (max(w / _ASPECT, h), w * h)
        if best is None or cost < best[:2]:
            best = (*cost, corners)
    assert best is not None
    return best[2]


def _skyline(
    sizes: Sequence[tuple[float, float]], order: Sequence[int], width: float
) -> tuple[list[np.ndarray], tuple[float, float]]:
    sky = [(0.0, width, 0.0)]  # segments (x0, x1, top)
    corners: list[np.ndarray] = [np.zeros(2)] * len(sizes)
    right = bottom = 0.0
    for i in order:
        w, h = sizes[i]
        spot: tuple[float, float] | None = None  # (x, top)
        for s, (x0, _, _) in enumerate(sky):
            if x0 + w > width + 1e-6 and x0 > 0:
                break
            top = max(seg[2] for seg in sky[s:] if seg[0] < x0 + w)
            # Lowest first, but a gap's width of difference does not beat being leftmost.
            if spot is None or (top // _GAP, x0) < (spot[1] // _GAP, spot[0]):
                spot = (x0, top)
        assert spot is not None
        x, y = spot
        corners[i] = np.array([x, y])
        right, bottom = max(right, x + w), max(bottom, y + h)
        cut: list[tuple[float, float, float]] = []
        for x0, x1, top in sky:
            if x1 <= x or x0 >= x + w:
                cut.append((x0, x1, top))
                continue
            if x0 < x:
                cut.append((x0, x, top))
            if x1 > x + w:
                cut.append((x + w, x1, top))
        cut.append((x, x + w, y + h))
        cut.sort()
        sky = []
        for seg in cut:
            if sky and sky[-1][2] == seg[2] and abs(sky[-1][1] - seg[0]) < 1e-6:
                sky[-1] = (sky[-1][0], seg[1], seg[2])
            else:
                sky.append(seg)
    return corners, (right, bottom)


def _shelves(
    sizes: Sequence[tuple[float, float]], order: Sequence[int], width: float
) -> list[np.ndarray]:
    corners: list[np.ndarray] = [np.zeros(2)] * len(sizes)
    x = y = row = 0.0
    for i in order:
        w, h = sizes[i]
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        corners[i] = np.array([x, y])
        x += w
        row = max(row, h)
    return corners


def _node_size(degree: int) -> float:
    return round(min(_NODE_SIZE_MIN + 4.0 * math.sqrt(degree), _NODE_SIZE_MAX), 1)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


# --- page ------------------------------------------------------------------------------


def _vis_options(count: int) -> dict[str, Any]:
    large = count >= _LARGE_GRAPH
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": _SEED},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": True,
            "hideEdgesOnZoom": large,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "widthConstraint": {"maximum": _LABEL_WIDTH},
            "font": {"size": 14, "color": "#1a1a1a", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "color": {"color": "#8c8c8c", "highlight": "#333333", "hover": "#333333"},
            "font": {
                "size": 11,
                "color": "#555555",
                "align": "horizontal",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "selectionWidth": 1.5,
        },
    }


def _script_json(value: Any) -> str:
    """JSON that is safe between ``<script>`` tags: no ``<``, ``>`` or ``&`` survives raw."""
    text = json.dumps(
        value, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    # These three can only occur inside JSON strings, where the \\u escapes mean the same.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class _Assets:
    vis_js: str
    vis_css: str
    csp: str


@lru_cache(maxsize=1)
def _assets() -> _Assets:
    """vis-network's JS and CSS from the newest copy inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("lib")
    versions = []
    for entry in lib.iterdir():
        match = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", entry.name)
        if match and entry.joinpath("vis-network.min.js").is_file():
            versions.append((tuple(int(g) for g in match.groups()), entry))
    if not versions:
        raise KgError("the installed pyvis does not ship vis-network; reinstall pyvis")
    folder = max(versions, key=lambda v: v[0])[1]
    # Text mode turns CR LF into LF, as an HTML parser does, so the CSP hash matches.
    vis_js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    vis_css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # A source map is the one other file a browser might ask for (with devtools open).
    vis_js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", vis_js)
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise KgError(f"{folder}: vis-network cannot be inlined safely")
    hashes = " ".join(f"'sha256-{_sha256(s)}'" for s in (vis_js, _APP_JS))
    csp = (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; "
        "img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return _Assets(vis_js=vis_js, vis_css=vis_css, csp=csp)


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(_PAGE)


# The page's own script. Everything from the data becomes text (textContent, option.value),
# never HTML. It sets window.kgData (the vis DataSets), window.kgNetwork, window.kgTimings
# (performance.now() at each stage) and, once the first frame is drawn and the controls are
# wired, window.kgReady.
_APP_JS = """
(function () {
  "use strict";
  var timings = {start: performance.now()};
  window.kgTimings = timings;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function nodeTip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", tip.label));
    box.appendChild(el("div", "kg-tip-meta", "Class: " + tip.type + (tip.focus ? " \\u00b7 focus" : "")));
    box.appendChild(el("div", "kg-tip-meta", tip.relations));
    if (tip.aliases.length) {
      box.appendChild(el("div", "kg-tip-meta", "Also known as: " + tip.aliases.join(", ")));
    }
    return box;
  }

  function edgeTip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", tip.relation));
    box.appendChild(el("div", "kg-tip-meta",
      tip.head + (tip.symmetric ? " \\u2194 " : " \\u2192 ") + tip.tail));
    box.appendChild(el("div", "kg-tip-meta", tip.sources));
    var list = el("ol", "kg-tip-evidence");
    tip.evidence.forEach(function (ev) {
      var item = el("li");
      item.appendChild(el("div", "kg-tip-sentence", "\\u201c" + ev.sentence + "\\u201d"));
      item.appendChild(el("div", "kg-tip-meta", ev.meta));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  // Every label and alias, lower-cased, to the ids of the nodes that carry it.
  var names = new Map();
  function remember(name, id) {
    var key = name.trim().toLowerCase();
    if (!key) { return; }
    if (!names.has(key)) { names.set(key, {name: name, ids: []}); }
    names.get(key).ids.push(id);
  }

  data.nodes.forEach(function (node) {
    remember(node.tip.label, node.id);
    node.tip.aliases.forEach(function (alias) { remember(alias, node.id); });
    node.title = nodeTip(node.tip);
    delete node.tip;
  });
  data.edges.forEach(function (edge) {
    edge.title = edgeTip(edge.tip);
    delete edge.tip;
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(
    document.getElementById("kg-graph"), {nodes: nodes, edges: edges}, data.options);
  window.kgData = {nodes: nodes, edges: edges};
  window.kgNetwork = network;
  timings.network = performance.now();

  var classBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-kg-class]"));
  var relationBoxes = Array.prototype.slice.call(
    document.querySelectorAll("input[data-kg-relation]"));
  var visibleLine = document.getElementById("kg-visible");
  var search = document.getElementById("kg-search");
  var searchStatus = document.getElementById("kg-search-status");

  // A checkbox carries an index into data.classes or data.relations.
  function ticked(boxes, attribute, names) {
    var on = new Set();
    boxes.forEach(function (box) {
      if (box.checked) { on.add(names[Number(box.getAttribute(attribute))]); }
    });
    return on;
  }

  // Hide what the filters leave out through the DataSets' hidden flag; an edge hides with
  // either of its ends.
  function applyFilters() {
    var classes = ticked(classBoxes, "data-kg-class", data.classes);
    var relations = ticked(relationBoxes, "data-kg-relation", data.relations);
    var hiddenNodes = new Set();
    var nodeChanges = [];
    var shownNodes = 0;
    nodes.forEach(function (node) {
      var hide = !classes.has(node.kgClass);
      if (hide) { hiddenNodes.add(node.id); } else { shownNodes += 1; }
      if (Boolean(node.hidden) !== hide) { nodeChanges.push({id: node.id, hidden: hide}); }
    });
    var edgeChanges = [];
    var shownEdges = 0;
    edges.forEach(function (edge) {
      var hide = !relations.has(edge.predicate) ||
        hiddenNodes.has(edge.from) || hiddenNodes.has(edge.to);
      if (!hide) { shownEdges += 1; }
      if (Boolean(edge.hidden) !== hide) { edgeChanges.push({id: edge.id, hidden: hide}); }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    visibleLine.textContent = "Visible: " + shownNodes.toLocaleString("en") + " of " +
      nodes.length.toLocaleString("en") + " entities, " + shownEdges.toLocaleString("en") +
      " of " + edges.length.toLocaleString("en") + " relations";
  }

  function findNode(text, loose) {
    var key = text.trim().toLowerCase();
    if (!key) { return null; }
    var match = names.get(key);
    if (!match && loose) {
      var found = null;
      names.forEach(function (entry, name) {
        var rank = name.indexOf(key) === 0 ? 0 : (name.indexOf(key) > 0 ? 1 : 2);
        if (rank < 2 && (found === null || rank < found.rank ||
            (rank === found.rank && name < found.name))) {
          found = {rank: rank, name: name, entry: entry};
        }
      });
      match = found && found.entry;
    }
    return match || null;
  }

  function show(text, loose) {
    var match = findNode(text, loose);
    if (!match) {
      if (loose) { searchStatus.textContent = "No entity called \\u201c" + text.trim() + "\\u201d"; }
      return;
    }
    var ids = match.ids.filter(function (id) { return !nodes.get(id).hidden; });
    if (!ids.length) {
      searchStatus.textContent = match.name + " is hidden by the filters";
      return;
    }
    network.selectNodes(ids);
    network.focus(ids[0], {scale: Math.max(network.getScale(), 1.2),
                           animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    var label = nodes.get(ids[0]).label;
    searchStatus.textContent = "Found " + label + (ids.length > 1 ? " (and " +
      (ids.length - 1) + " more of that name)" : "");
  }

  function wireControls() {
    classBoxes.concat(relationBoxes).forEach(function (box) {
      box.addEventListener("change", applyFilters);
    });
    document.getElementById("kg-all").addEventListener("click", function () {
      classBoxes.concat(relationBoxes).forEach(function (box) { box.checked = true; });
      applyFilters();
    });
    document.getElementById("kg-fit").addEventListener("click", function () {
      network.fit({animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    });
    var list = document.getElementById("kg-names");
    var shown = [];
    names.forEach(function (entry) { shown.push(entry.name); });
    shown.sort(function (a, b) { return a.localeCompare(b); });
    var options = document.createDocumentFragment();
    shown.forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      options.appendChild(option);
    });
    list.appendChild(options);
    search.addEventListener("input", function () { show(search.value, false); });
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); show(search.value, true); }
    });
    applyFilters();
  }

  network.fit({animation: false});
  network.once("afterDrawing", function () {
    timings.firstDraw = performance.now();
    window.setTimeout(function () {
      wireControls();
      timings.ready = performance.now();
      window.kgReady = true;
      document.body.setAttribute("data-kg-ready", "true");
    }, 0);
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg">
<title>{{ title }}</title>
<style>{{ vis_css|safe }}</style>
<style>
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, -apple-system,
  "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; }
header { padding: 10px 16px 8px; border-bottom: 1px solid #ddd; }
h1 { font-size: 18px; margin: 0 0 2px; overflow-wrap: anywhere; }
.kg-summary, .kg-scope { margin: 0; color: #555; }
.kg-scope { color: #8a4b00; }
.kg-body { display: flex; flex: 1 1 auto; min-height: 0; }
.kg-panel { flex: 0 0 240px; overflow-y: auto; padding: 10px 12px; border-right: 1px solid #ddd;
  background: #fafafa; font-size: 13px; }
.kg-panel label { cursor: pointer; }
.kg-find { display: block; font-weight: 600; margin-bottom: 4px; }
#kg-search { box-sizing: border-box; width: 100%; padding: 5px 6px; font: inherit; }
.kg-status { min-height: 1.4em; margin: 2px 0 6px; color: #555; overflow-wrap: anywhere; }
fieldset { border: 0; margin: 0 0 8px; padding: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 2px; }
.kg-legend, .kg-relations { margin: 0; padding: 0; list-style: none; }
.kg-legend li, .kg-relations li { overflow-wrap: anywhere; }
.kg-legend label, .kg-relations label { display: flex; align-items: center; gap: 6px; }
.kg-swatch { display: inline-block; flex: 0 0 auto; width: 12px; height: 12px;
  border-radius: 50%; border: 1px solid #333; }
.kg-count { color: #777; }
.kg-buttons { display: flex; gap: 6px; margin: 4px 0 8px; }
.kg-buttons button { font: inherit; padding: 2px 8px; }
.kg-visible, .kg-help { margin: 0 0 6px; color: #555; }
#kg-graph { flex: 1 1 auto; min-width: 0; min-height: 300px; }
div.vis-tooltip { white-space: normal; max-width: 460px; font-family: inherit;
  font-size: 13px; overflow-wrap: anywhere; }
.kg-tip-head { font-weight: 600; }
.kg-tip-meta { color: #555; font-size: 12px; }
.kg-tip-evidence { margin: 4px 0 0; padding-left: 18px; }
.kg-tip-evidence li { margin-bottom: 4px; }
</style>
</head>
<body>
<header>
<h1>{{ title }}</h1>
<p class="kg-summary">{{ summary }}</p>
{%- if scope %}
<p class="kg-scope">{{ scope }}</p>
{%- endif %}
</header>
<div class="kg-body">
<aside class="kg-panel" aria-label="Find and filter">
<div role="search">
<label class="kg-find" for="kg-search">Find an entity</label>
<input id="kg-search" type="search" list="kg-names" placeholder="Name or alias, then Enter"
 autocomplete="off" spellcheck="false">
<datalist id="kg-names"></datalist>
<p id="kg-search-status" class="kg-status" aria-live="polite"></p>
</div>
<fieldset>
<legend>Classes</legend>
<ul class="kg-legend" aria-label="Entity classes">
{%- for item in legend %}
<li><label><input type="checkbox" checked data-kg-class="{{ loop.index0 }}">
<span class="kg-swatch" style="background-color: {{ item.colour }}"></span>
{{- item.name }} <span class="kg-count">({{ item.count }})</span></label></li>
{%- endfor %}
</ul>
</fieldset>
<fieldset>
<legend>Relations</legend>
<ul class="kg-relations" aria-label="Relations">
{%- for item in relations %}
<li><label><input type="checkbox" checked data-kg-relation="{{ loop.index0 }}">
{{- item.label }} <span class="kg-count">({{ item.count }})</span></label></li>
{%- endfor %}
</ul>
</fieldset>
<p id="kg-visible" class="kg-visible" aria-live="polite"></p>
<div class="kg-buttons">
<button type="button" id="kg-all">Show all</button>
<button type="button" id="kg-fit">Fit to window</button>
</div>
<p class="kg-help">Node size: number of relations. Edge width: number of documents.
Dashed: stated as not happening. Hover a node or edge for its evidence.</p>
</aside>
<main id="kg-graph" aria-label="Knowledge graph"></main>
</div>
<script type="application/json" id="kg-data">{{ data_json|safe }}</script>
<script>{{ vis_js|safe }}</script>
<script>{{ app_js|safe }}</script>
</body>
</html>
"""
