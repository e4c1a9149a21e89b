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
