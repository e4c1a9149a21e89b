"""End to end: the graph.html that ``kg build`` writes, opened in headless Chromium offline.

The browser comes from the ``browser_page`` fixture in conftest.py (Debian's chromium, every
request but the page itself aborted). The seed is built once per session by ``seed_build``.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.vocab import ENTITY_CLASSES, NAMESPACE, RELATIONS

if TYPE_CHECKING:
    from conftest import OfflinePage, SeedBuild

pytestmark = [pytest.mark.browser, pytest.mark.model]

ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
HOSTILE_ARTICLE = (
    'Acme Corp partnered with Globex Inc. on the "<b>Falcon & Co</b>" '
    "<script>window.__kgPwned=1</script><img src=x onerror=\"window.__kgPwned=2\"> "
    "factory in Ohio.\n"
)

# A point on the edge that hovers it and nothing else, in page coordinates, or null.
_EDGE_POINT_JS = """
([id, box]) => {
  const network = window.kgNetwork;
  const edge = network.body.edges[id];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const dom = network.canvasToDOM(edge.edgeType.getPoint(t));
    if (dom.x < 5 || dom.y < 5 || dom.x > box.width - 5 || dom.y > box.height - 5) continue;
    if (network.getNodeAt(dom) !== undefined || network.getEdgeAt(dom) !== id) continue;
    return {x: box.x + dom.x, y: box.y + dom.y};
  }
  return null;
}
"""


def _squash(text: str) -> str:
    return " ".join(text.split())


def _turtle_objects(path: Path, predicate: str) -> list[ox.Triple]:
    return [t for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            if t.predicate.value == predicate]


def _entity_count(turtle: Path) -> int:
    classes = {NAMESPACE + c for c in ENTITY_CLASSES}
    return len({t.subject for t in _turtle_objects(turtle, RDF_TYPE) if t.object.value in classes})


def _edge_count(turtle: Path) -> int:
    """Distinct (subject, relation, object) statements, a symmetric relation either way round."""
    parts: dict[ox.Term, dict[str, str]] = defaultdict(dict)
    for t in ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE):
        if t.predicate.value in (RDF + "subject", RDF + "predicate", RDF + "object"):
            parts[t.subject][t.predicate.value[len(RDF):]] = t.object.value
    edges = set()
    for statement in parts.values():
        head, tail = statement["subject"], statement["object"]
        relation = statement["predicate"][len(NAMESPACE):]
        if RELATIONS[relation].symmetric:
            head, tail = sorted((head, tail))
        edges.add((head, relation, tail))
    return len(edges)


def _sentences(turtle: Path) -> set[str]:
    return {_squash(t.object.value) for t in _turtle_objects(turtle, NAMESPACE + "sentence")}


def _open(browser_page: OfflinePage, path: Path) -> str:
    url = browser_page.open(path)
    browser_page.page.wait_for_function("window.kgReady === true", timeout=30_000)
    return url


def _hover_some_edge(page: Any) -> tuple[str, Any]:
    """Hover the first edge that can be pointed at alone; return its id and the tooltip."""
    box = page.locator("#kg-graph").bounding_box()
    for edge_id in page.evaluate("window.kgData.edges.getIds()"):
        point = page.evaluate(_EDGE_POINT_JS, [edge_id, box])
        if point is not None:
            break
    else:
        pytest.fail("no edge can be hovered without touching a node or another edge")
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=3)
    page.wait_for_function(
        "() => { const t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility === 'visible'; }",
        timeout=5_000,
    )
    return edge_id, page.locator("div.vis-tooltip")


def test_html_e2e_seed_graph_offline_with_evidence_in_edge_tooltips(
    seed_build: SeedBuild, browser_page: OfflinePage
) -> None:
    url = _open(browser_page, seed_build.html)
    page = browser_page.page

    nodes, edges = page.evaluate("[window.kgData.nodes.length, window.kgData.edges.length]")
    assert nodes >= 15, f"the seed graph shows only {nodes} nodes"
    assert nodes == _entity_count(seed_build.turtle)
    assert edges >= 15
    assert edges == _edge_count(seed_build.turtle)
    # Fitted on load: every node is inside the graph area, drawn at a readable zoom.
    assert page.evaluate("window.kgNetwork.getScale()") >= 0.7
    box = page.locator("#kg-graph").bounding_box()
    dom = page.evaluate("Object.values(window.kgNetwork.getPositions())"
                        ".map(p => window.kgNetwork.canvasToDOM(p))")
    assert all(0 <= p["x"] <= box["width"] and 0 <= p["y"] <= box["height"] for p in dom)
    assert page.locator(".kg-legend li").count() >= 3

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))

    # Every edge's tooltip (its vis title, a DOM node) quotes evidence sentences from the graph.
    sentences = _sentences(seed_build.turtle)
    titles = page.evaluate("window.kgData.edges.get().map(e => e.title.textContent)")
    for title in titles:
        assert any(s in _squash(title) for s in sentences), title

    # Hovering an edge shows its tooltip, with the sentence as text (escaped in the markup).
    edge_id, tooltip = _hover_some_edge(page)
    shown = _squash(tooltip.inner_text())
    expected = _squash(page.evaluate("id => window.kgData.edges.get(id).title.textContent", edge_id))
    quoted = [s for s in sentences if s in shown]
    assert quoted, shown
    assert all(s in expected for s in quoted)
    inner = page.evaluate("() => document.querySelector('div.vis-tooltip').innerHTML")
    assert html.escape(quoted[0], quote=False) in _squash(inner)
    assert tooltip.locator("script, img, a, iframe").count() == 0

    assert browser_page.requests == [url]
    assert browser_page.console_errors == []
    assert browser_page.page_errors == []


def test_html_e2e_markup_in_an_article_stays_text(tmp_path: Path, browser_page: OfflinePage) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    sentences = _sentences(out / "graph.ttl")
    assert any("<script>" in s for s in sentences), "the test needs a fact from the hostile sentence"

    url = _open(browser_page, out / "graph.html")
    page = browser_page.page
    _, tooltip = _hover_some_edge(page)
    shown = _squash(tooltip.inner_text())
    assert any(s in shown for s in sentences if "<script>" in s), shown
    assert tooltip.locator("script, img, b").count() == 0
    assert page.evaluate("window.__kgPwned") is None

    assert browser_page.requests == [url]
    assert browser_page.console_errors == []
    assert browser_page.page_errors == []


_VISIBLE = """() => [window.kgData.nodes.get({filter: n => !n.hidden}).length,
                    window.kgData.edges.get({filter: e => !e.hidden}).length]"""
_CENTRED = """id => {
  const p = window.kgNetwork.getPosition(id), v = window.kgNetwork.getViewPosition();
  return Math.hypot(p.x - v.x, p.y - v.y) < 1;
}"""


def test_html_e2e_class_and_relation_filters_and_search(
    seed_build: SeedBuild, browser_page: OfflinePage
) -> None:
    url = _open(browser_page, seed_build.html)
    page = browser_page.page
    nodes, edges = page.evaluate(_VISIBLE)
    assert [nodes, edges] == page.evaluate(
        "[window.kgData.nodes.length, window.kgData.edges.length]")
    orgs = page.evaluate(
        "window.kgData.nodes.getIds({filter: n => n.kgClass === 'Organization'})")
    touching = page.evaluate(
        "ids => window.kgData.edges.get({filter: e => ids.includes(e.from) || ids.includes(e.to)})"
        ".length", orgs)
    assert orgs and touching

    # A class filter hides its nodes and every edge at them; the network draws them no more.
    page.locator(".kg-legend label", has_text="Organization").click()
    assert page.evaluate(_VISIBLE) == [nodes - len(orgs), edges - touching]
    assert page.evaluate("id => window.kgNetwork.body.nodes[id].options.hidden", orgs[0]) is True
    assert page.locator("#kg-visible").inner_text() == (
        f"Visible: {nodes - len(orgs)} of {nodes} entities, {edges - touching} of {edges} relations")

    # A relation filter hides that relation's edges.
    page.locator(".kg-legend label", has_text="Organization").click()
    located = page.evaluate(
        "window.kgData.edges.get({filter: e => e.label === 'located-in'}).length")
    page.locator(".kg-relations label", has_text="located-in").click()
    assert page.evaluate(_VISIBLE) == [nodes, edges - located]
    page.locator("#kg-all").click()
    assert page.evaluate(_VISIBLE) == [nodes, edges]

    # Typing an alias, any case, selects the entity and centres the view on it.
    foxconn = page.evaluate("window.kgData.nodes.getIds({filter: n => n.label === 'Foxconn'})[0]")
    page.locator("#kg-search").fill("hon hai")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == [foxconn]
    page.wait_for_function(_CENTRED, arg=foxconn, timeout=5_000)
    assert page.locator("#kg-search-status").inner_text() == "Found Foxconn"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-graph-search.png"))

    # Enter takes a part of a name; a name that is nowhere says so.
    page.locator("#kg-search").fill("microgrid")
    page.locator("#kg-search").press("Enter")
    selected = page.evaluate(
        "window.kgNetwork.getSelectedNodes().map(id => window.kgData.nodes.get(id).label)")
    assert selected == ["AI Data Center Microgrid Solution"]
    page.locator("#kg-search").fill("Umbrella Corp")
    page.locator("#kg-search").press("Enter")
    assert page.locator("#kg-search-status").inner_text() == "No entity called \u201cUmbrella Corp\u201d"

    assert browser_page.requests == [url]
    assert browser_page.console_errors == []
    assert browser_page.page_errors == []
