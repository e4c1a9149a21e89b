"""Shared fixtures for the test suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]


def _browser_unavailable(reason: str) -> NoReturn:
    """Skip a browser test locally, but fail it in CI where the browser must be present."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so browser tests may not be skipped)")
    pytest.skip(reason)


@dataclass
class OfflinePage:
    """A headless Chromium page with the network cut off.

    Only URLs passed to ``open`` load; every other request is aborted. ``requests`` holds
    every URL the page asked for, allowed or not, and ``console_errors`` / ``page_errors``
    what the page reported.
    """

    page: Any
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    allowed: set[str] = field(default_factory=set)

    def open(self, path: Path) -> str:
        """Load a local file and return its file:// URL."""
        url = path.resolve().as_uri()
        self.allowed.add(url)
        self.page.goto(url, wait_until="load")
        return url


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[OfflinePage]:
    """Debian's /usr/bin/chromium through Playwright, with a fresh profile and no network.

    Never downloads a browser: without /usr/bin/chromium the test is skipped, or fails
    when the CI environment variable is set.
    """
    if not CHROMIUM.is_file():
        _browser_unavailable(f"{CHROMIUM} not found; install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_unavailable("the playwright package is not installed (pip install kg[test])")

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 800},
            service_workers="block",
        )
        try:
            offline = OfflinePage(page=None)

            def route(route: Any) -> None:
                if route.request.url in offline.allowed:
                    route.continue_()
                else:
                    route.abort()

            context.on("request", lambda request: offline.requests.append(request.url))
            context.route("**/*", route)
            page = context.pages[0] if context.pages else context.new_page()
            page.on(
                "console",
                lambda message: offline.console_errors.append(message.text)
                if message.type == "error"
                else None,
            )
            page.on("pageerror", lambda error: offline.page_errors.append(str(error)))
            offline.page = page
            yield offline
        finally:
            context.close()


# --- hand-built documents for the graph, store and export stages (no spaCy) -------------


def _resolved_document(
    text: str = "Foxconn partners with Nvidia. Jane Doe chairs Foxconn.",
    *,
    doc_id: str = "doc1",
    title: str | None = "Foxconn and Nvidia",
    date: str | None = "2025-11-21",
    url: str | None = "https://news.example/foxconn",
    alias: str = "Hon Hai",
) -> Any:
    from kg.model import Article, Entity, Fact, Provenance, Qualifiers, ResolvedDocument

    article = Article(id=doc_id, text=text, source=f"{doc_id}.txt", title=title, date=date, url=url)
    first = text.split(". ")[0]
    provenance = Provenance(document=doc_id, sentence=first, sentence_start=0, start=0,
                            end=len(first), rule="partner-verb", confidence=0.9)
    entities = (
        Entity("Organization/Foxconn", "Foxconn", "Organization", aliases=(alias,)),
        Entity("Organization/Nvidia", "Nvidia", "Organization"),
        Entity("Person/Jane Doe", "Jane Doe", "Person"),
    )
    facts = (
        Fact("Organization/Foxconn", "partnersWith", "Organization/Nvidia", provenance,
             Qualifiers(start_date="2025-11")),
        Fact("Person/Jane Doe", "chairmanOf", "Organization/Foxconn",
             Provenance(doc_id, "Jane Doe chairs Foxconn.", 30, 30, 54, "chair-verb", 0.75)),
    )
    return ResolvedDocument(article, entities, facts)


@pytest.fixture
def make_resolved() -> Any:
    """Factory for a small ``ResolvedDocument``: two organizations, a person, two facts."""
    return _resolved_document


# --- the seed article, built once per session ------------------------------------------

REPO = Path(__file__).parents[1]
SEEDS = REPO / "seeds"


@dataclass(frozen=True)
class SeedBuild:
    """``kg build seeds/ --out OUT`` run once: OUT and what the command printed.

    Treat OUT as read-only; copy it (``shutil.copytree``) to build more into it.
    """

    out: Path
    stdout: str
    stderr: str

    @property
    def turtle(self) -> Path:
        return self.out / "graph.ttl"

    @property
    def html(self) -> Path:
        return self.out / "graph.html"

    @property
    def store(self) -> Path:
        return self.out / "store"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """The seed article built through the CLI (loads the spaCy model: mark users ``model``)."""
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("seed-build") / "out"
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "--out", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return SeedBuild(out=out, stdout=result.stdout, stderr=result.stderr)
