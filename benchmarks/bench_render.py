"""The HTML graph at 5,000 nodes: Python render time, page size, and the page in Chromium.

A synthetic graph is built from model objects (no spaCy, no store): a scale-free core
grown by preferential attachment plus a fringe of small components and lone entities,
7 classes, the ontology's relations, facts spread over 300 dated documents. It is rendered
in full and with --max-nodes, written to benchmarks/out/, and opened in Debian's headless
Chromium through Playwright (the flags of tests/conftest.py, a fresh profile, every
request but the page aborted). Reported, per page:

  python s     render_html wall time (layout included) and the peak RSS of this process
  page MB      size of the HTML file
  first draw   ms from navigation start to vis-network's first frame (window.kgTimings)
  settled      ms until window.kgReady (first frame drawn, controls wired; physics is off,
               so nothing moves after that)
  redraw       ms for one synchronous network.redraw(), the cost of every later frame
  filter       ms to untick the largest class and redraw, then tick it again
  search       ms from typing a name to the node being selected

Not a timed test: numbers depend on the machine. Run: make bench
(or: python benchmarks/bench_render.py --nodes 5000 --edges 7500 --max-nodes 1000)
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--no-first-run"]
CLASSES = ["Organization", "Organization", "Organization", "Person", "Person", "Place",
           "Product", "Facility", "Initiative", "Event"]
WORDS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell",
         "Cyberdyne", "Soylent", "Vandelay", "Wonka", "Oscorp", "Aperture", "Massive"]


def synthetic_graph(nodes: int, edges: int, *, seed: int = 11) -> tuple[Any, ...]:
    """Entities, facts, document names and dates for a graph of about this size."""
    from kg.model import Entity, Fact, Provenance, Qualifiers
    from kg.vocab import RELATIONS

    rng = random.Random(seed)
    entities = []
    for i in range(nodes):
        label = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
        entities.append(Entity(f"e{i:05d}", label, rng.choice(CLASSES), (f"{label} Corp",)))
    keys = [e.key for e in entities]
    core = int(nodes * 0.9)
    pairs: list[tuple[int, int]] = []
    targets = [0]  # every endpoint once per edge: preferential attachment
    per_node = max(1.0, (edges - (nodes - core) * 0.6) / core)
    for i in range(1, core):
        links = int(per_node) + (rng.random() < per_node - int(per_node))
        for j in {rng.choice(targets) for _ in range(links)}:
            pairs.append((i, j))
            targets += [i, j]
    i = core
    while i < nodes:  # the fringe: pairs, short chains and lone entities
        size = rng.choice([1, 1, 2, 2, 3, 4])
        for k in range(i + 1, min(i + size, nodes)):
            pairs.append((k - 1, k))
        i += size
    predicates = sorted(RELATIONS)
    documents = {f"doc{d:03d}": f"Story {d}: {rng.choice(WORDS)} news" for d in range(300)}
    dates = {d: f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}" for n, d in enumerate(documents)}
    facts = []
    for n, (a, b) in enumerate(pairs):
        predicate = rng.choice(predicates)
        for _ in range(1 + (rng.random() < 0.2)):  # a fifth are stated twice
            doc = rng.choice(list(documents))
            sentence = f"{entities[a].label} and {entities[b].label} did something ({n})."
            provenance = Provenance(doc, sentence, 0, 0, len(sentence), "bench", 0.9)
            facts.append(Fact(keys[a], predicate, keys[b], provenance,
                              Qualifiers(status=rng.choice([None, "reported", "confirmed"]))))
    return entities, facts, documents, dates


def render(entities: Any, facts: Any, documents: Any, dates: Any, path: Path,
           **options: Any) -> float:
    from kg.render import render_html, write_html

    started = time.perf_counter()
    html = render_html(entities, facts, title="Synthetic graph", documents=documents,
                       dates=dates, **options)
    seconds = time.perf_counter() - started
    write_html(html, path)
    return seconds


_MEASURE_JS = """
async () => {
  const network = window.kgNetwork, nodes = window.kgData.nodes;
  const t = window.kgTimings;
  const frames = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now(); network.redraw(); frames.push(performance.now() - s);
  }
  const counts = {};
  nodes.forEach(n => { counts[n.kgClass] = (counts[n.kgClass] || 0) + 1; });
  const biggest = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
  const box = Array.from(document.querySelectorAll(".kg-legend label"))
    .find(l => l.textContent.trim().startsWith(biggest + " ")).querySelector("input");
  let s = performance.now();
  box.click(); network.redraw();
  const filtered = nodes.get({filter: n => n.hidden}).length === counts[biggest];
  box.click(); network.redraw();
  const filter = (performance.now() - s) / 2;
  const search = document.getElementById("kg-search");
  const target = nodes.get(nodes.getIds()[nodes.length - 1]);
  s = performance.now();
  search.value = target.label;
  search.dispatchEvent(new Event("input"));
  const found = network.getSelectedNodes().includes(target.id);
  const searchMs = performance.now() - s;
  return {firstDraw: t.firstDraw, ready: t.ready, redraw: Math.min(...frames),
          filter: filter, filtered: filtered, search: searchMs, found: found, nodes: nodes.length,
          edges: window.kgData.edges.length};
}
"""


def measure(paths: list[Path]) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
            headless=True, viewport={"width": 1280, "height": 800}, service_workers="block",
        )
        try:
            allowed = {p.resolve().as_uri() for p in paths}
            context.route("**/*", lambda route: route.continue_()
                          if route.request.url in allowed else route.abort())
            page = context.pages[0] if context.pages else context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            for path in paths:
                page.goto(path.resolve().as_uri(), wait_until="load", timeout=120_000)
                page.wait_for_function("window.kgReady === true", timeout=120_000)
                page.screenshot(path=str(path.with_suffix(".png")))
                results.append(page.evaluate(_MEASURE_JS))
            if errors:
                raise SystemExit(f"the page reported errors: {errors}")
        finally:
            context.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=7500)
    parser.add_argument("--max-nodes", type=int, default=1000)
    parser.add_argument("--no-browser", action="store_true", help="Python side only.")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    OUT.mkdir(parents=True, exist_ok=True)
    entities, facts, documents, dates = synthetic_graph(args.nodes, args.edges)
    print(f"synthetic graph: {len(entities):,} entities, {len(facts):,} facts", file=sys.stderr)
    runs = [(f"full ({args.nodes:,} nodes)", OUT / f"graph-{args.nodes}.html", {}),
            (f"--max-nodes {args.max_nodes:,}", OUT / f"graph-{args.nodes}-max{args.max_nodes}.html",
             {"max_nodes": args.max_nodes})]
    seconds = [render(entities, facts, documents, dates, path, **options)
               for _, path, options in runs]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    browser: list[dict[str, Any]] = [{} for _ in runs]
    if not args.no_browser:
        if not CHROMIUM.is_file():
            raise SystemExit(f"{CHROMIUM} not found (or run with --no-browser)")
        browser = measure([path for _, path, _ in runs])

    header = ("page", "nodes", "edges", "python s", "page MB", "first draw ms", "settled ms",
              "redraw ms", "filter ms", "search ms")
    rows = []
    for (name, path, _), secs, b in zip(runs, seconds, browser, strict=True):
        def ms(key: str, b: dict[str, Any] = b) -> str:
            return f"{b[key]:,.0f}" if key in b else "-"
        rows.append((name, f"{b.get('nodes', '-'):,}" if b else "-",
                     f"{b.get('edges', '-'):,}" if b else "-", f"{secs:.2f}",
                     f"{path.stat().st_size / 1e6:.1f}", ms("firstDraw"), ms("ready"),
                     ms("redraw"), ms("filter"), ms("search")))
        if b and not (b["found"] and b["filtered"]):
            raise SystemExit(f"{name}: the search or the class filter did not work")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w)
                        for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    print(f"peak RSS of the Python side: {peak:,.0f} MB; pages and screenshots in {OUT}")


if __name__ == "__main__":
    main()
