"""End to end: the graph.html that ``kg build`` writes, opened in headless Chromium offline.

The browser comes from the ``browser_page`` fixture in conftest.py (Debian's chromium, every
request but the page itself aborted). The seed is built once per session by ``seed_build``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.vocab import ENTITY_CLASSES, NAMESPACE

if TYPE_CHECKING:
    from conftest import OfflinePage, SeedBuild

pytestmark = [pytest.mark.browser, pytest.mark.model]

ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
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
    assert edges >= 1
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
