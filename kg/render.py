"""Draw resolved entities and facts as one self-contained, offline HTML page.

The graph is assembled with networkx and pyvis, laid out here with a seeded force-directed
layout, and written through an autoescaping Jinja2 template that inlines the vis-network
JavaScript and CSS shipped inside the pyvis package. The page fetches nothing: there is no
``src`` or ``href`` to the network, and a Content-Security-Policy of ``default-src 'none'``
only lets the two inline scripts whose hashes it lists run.

All article text (labels, aliases, sentences, document names, the title) is untrusted. It
reaches the page in two ways only: through Jinja2 autoescaping, or inside a
``<script type="application/json">`` block where ``<``, ``>`` and ``&`` are written as
``\\u003c``, ``\\u003e`` and ``\\u0026``. The page's own script turns tooltips into DOM nodes
with ``textContent``, so nothing from an article is ever parsed as HTML.

Physics is off: positions are computed in Python, so the page draws at once and the same
input always gives the same bytes.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import math
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx  # type: ignore[import-untyped]
import numpy as np

from kg.errors import InputError, KgError
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
_ITERATIONS = 60
_SPACING = 140.0  # pixels of canvas per node, roughly
_NODE_SIZE_MIN = 10.0
_NODE_SIZE_MAX = 48.0


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
) -> str:
    """Return a self-contained HTML page drawing ``entities`` and ``facts``.

    ``documents`` maps a document id to the name shown in tooltips (an article title or a
    source path); ids without an entry are shown as they are. Facts with the same head,
    predicate and tail (either way round for a symmetric relation) become one edge that
    lists every piece of evidence. The output depends only on the input, byte for byte.

    Raises ``InputError`` when two entities share a key or a fact names an unknown entity.
    """
    from pyvis.network import Network  # type: ignore[import-untyped]  # slow import

    names = dict(documents or {})
    ordered = sorted(entities, key=lambda e: e.key)
    index: dict[str, int] = {}
    for i, entity in enumerate(ordered):
        if entity.key in index:
            raise InputError(f"two entities share the key {entity.key!r}")
        index[entity.key] = i

    edges = _merge_facts(facts, index)

    layout_graph = nx.Graph()
    layout_graph.add_nodes_from(range(len(ordered)))
    degree: dict[int, int] = defaultdict(int)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
        if edge.source != edge.target:
            layout_graph.add_edge(edge.source, edge.target)
    positions = _layout(layout_graph)

    net = Network(directed=True)
    for i, entity in enumerate(ordered):
        colour = CLASS_COLOURS.get(entity.type, _UNKNOWN_COLOUR)
        x, y = positions[i]
        net.add_node(
            i,
            label=entity.label or entity.key,
            color={
                "background": colour,
                "border": "#333333",
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
            size=_node_size(degree[i]),
            x=x,
            y=y,
            key=entity.key,
            kgClass=entity.type,
            tip={"label": entity.label, "type": entity.type, "aliases": list(entity.aliases)},
        )

    for number, edge in enumerate(edges):
        net.add_edge(
            edge.source,
            edge.target,
            id=f"e{number}",
            label=kebab_case(edge.predicate),
            predicate=edge.predicate,
            arrows={"to": {"enabled": not edge.symmetric, "scaleFactor": 0.6}},
            dashes=all(fact.qualifiers.negated for fact in edge.facts),
            width=min(1.0 + 0.5 * (len(edge.facts) - 1), 5.0),
            smooth=edge.smooth,
            tip=_edge_tip(edge, ordered, names),
        )

    nodes_data, edges_data, *_ = net.get_network_data()
    data = {"nodes": nodes_data, "edges": edges_data, "options": _vis_options()}

    counts: dict[str, int] = defaultdict(int)
    for entity in ordered:
        counts[entity.type] += 1
    present = [c for c in ENTITY_CLASSES if c in counts]
    present += sorted(t for t in counts if t not in ENTITY_CLASSES)
    legend = [
        {"name": name, "colour": CLASS_COLOURS.get(name, _UNKNOWN_COLOUR), "count": counts[name]}
        for name in present
    ]
    document_count = len({fact.provenance.document for fact in facts})
    summary = (
        f"{_plural(len(ordered), 'entity', 'entities')}, "
        f"{_plural(len(edges), 'relation', 'relations')} "
        f"({_plural(len(facts), 'fact', 'facts')} from "
        f"{_plural(document_count, 'document', 'documents')})"
    )

    assets = _assets()
    return _template().render(
        title=title,
        summary=summary,
        legend=legend,
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
                "roundness": round(0.2 * ((i + 1) // 2), 2),
            }
    return edges


def _fact_order(fact: Fact) -> tuple[Any, ...]:
    p, q = fact.provenance, fact.qualifiers
    return (p.document, p.sentence_start, p.start, p.end, p.sentence, p.rule, p.confidence,
            q.status or "", q.negated)


def _edge_tip(edge: _Edge, ordered: Sequence[Entity], names: Mapping[str, str]) -> dict[str, Any]:
    evidence: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for fact in edge.facts:
        p, q = fact.provenance, fact.qualifiers
        meta = [
            names.get(p.document, p.document),
            f"status: {q.status or 'not stated'}",
            f"confidence {p.confidence:.2f}",
        ]
        if q.negated:
            meta.append("negated")
        when = q.point_in_time or " to ".join(d for d in (q.start_date, q.end_date) if d)
        if when:
            meta.append(when)
        if q.amount_text:
            meta.append(q.amount_text)
        item = (p.sentence, " \u00b7 ".join(meta))
        if item not in seen:
            seen.add(item)
            evidence.append({"sentence": item[0], "meta": item[1]})
    return {
        "relation": kebab_case(edge.predicate),
        "head": ordered[edge.source].label,
        "tail": ordered[edge.target].label,
        "symmetric": edge.symmetric,
        "evidence": evidence,
    }


# --- layout ----------------------------------------------------------------------------


def _layout(graph: nx.Graph) -> dict[int, tuple[int, int]]:
    """Integer canvas positions: each connected component laid out alone, then packed.

    Components are placed largest first, left to right in rows as wide as the largest one,
    so isolated entities and small clusters sit in a tidy block instead of being flung to
    the rim as a single force layout of a disconnected graph does.
    """
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    boxes = []
    for nodes in components:
        radius = _SPACING * math.sqrt(len(nodes) / math.pi) if len(nodes) > 1 else 0.0
        boxes.append((nodes, _force_layout(graph, nodes) * radius, 2 * radius + _SPACING))

    positions: dict[int, tuple[int, int]] = {}
    if not boxes:
        return positions
    row_width = max(boxes[0][2], math.sqrt(sum(side * side for *_, side in boxes)))
    x = y = row_height = 0.0
    for nodes, coords, side in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + side / 2, y + side / 2
        for node, (px, py) in zip(nodes, coords.tolist(), strict=True):
            positions[node] = (round(cx + px), round(cy + py))
        x += side
        row_height = max(row_height, side)
    return positions


def _force_layout(graph: nx.Graph, nodes: list[int]) -> np.ndarray:
    """Fruchterman-Reingold positions for one component, centred, within the unit disc.

    This is the dense solver behind ``networkx.spring_layout``; it is repeated here because
    ``spring_layout`` switches to a SciPy-only sparse solver at 500 nodes and SciPy is not
    a dependency. Seeded, so the same component always lands in the same place.
    """
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    adjacency = nx.to_numpy_array(graph, nodelist=nodes, weight=None)
    np.fill_diagonal(adjacency, 0.0)
    pos = np.random.default_rng(_SEED).random((n, 2))
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (_ITERATIONS + 1)
    for _ in range(_ITERATIONS):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.linalg.norm(delta, axis=-1)
        np.clip(distance, 0.01, None, out=distance)
        force = k * k / distance**2 - adjacency * distance / k
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.linalg.norm(displacement, axis=-1)
        length = np.where(length < 0.01, 0.1, length)
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    extent = float(np.linalg.norm(pos, axis=-1).max())
    return pos / extent if extent > 0 else pos


def _node_size(degree: int) -> float:
    return round(min(_NODE_SIZE_MIN + 4.0 * math.sqrt(degree), _NODE_SIZE_MAX), 1)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


# --- page ------------------------------------------------------------------------------


def _vis_options() -> dict[str, Any]:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": _SEED},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
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


# The page's own script. Tooltips are built as DOM nodes with textContent, never as HTML.
_APP_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function nodeTip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", tip.label));
    box.appendChild(el("div", "kg-tip-meta", "Class: " + tip.type));
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

  function withTitle(items, make) {
    return items.map(function (item) {
      item.title = make(item.tip);
      delete item.tip;
      return item;
    });
  }

  var nodes = new vis.DataSet(withTitle(data.nodes, nodeTip));
  var edges = new vis.DataSet(withTitle(data.edges, edgeTip));
  var network = new vis.Network(
    document.getElementById("kg-graph"), {nodes: nodes, edges: edges}, data.options);
  window.kgData = {nodes: nodes, edges: edges};
  window.kgNetwork = network;
  network.once("afterDrawing", function () {
    window.kgReady = true;
    document.body.setAttribute("data-kg-ready", "true");
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
.kg-summary { margin: 0 0 6px; color: #555; }
.kg-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0;
  list-style: none; }
.kg-legend li { display: flex; align-items: center; gap: 6px; }
.kg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  border: 1px solid #333; }
.kg-legend .kg-count { color: #777; }
#kg-graph { flex: 1 1 auto; min-height: 300px; }
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
<ul class="kg-legend" aria-label="Entity classes">
{%- for item in legend %}
<li><span class="kg-swatch" style="background-color: {{ item.colour }}"></span>
{{- item.name }} <span class="kg-count">({{ item.count }})</span></li>
{%- endfor %}
</ul>
</header>
<main id="kg-graph" aria-label="Knowledge graph"></main>
<script type="application/json" id="kg-data">{{ data_json|safe }}</script>
<script>{{ vis_js|safe }}</script>
<script>{{ app_js|safe }}</script>
</body>
</html>
"""
