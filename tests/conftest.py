"""Shared fixtures: the site built once per test session, served on 127.0.0.1, and a browser.

The build uses SITE_URL set to the test server's address, exactly as `make serve` does for
127.0.0.1:8000, so canonical links and sitemaps point at the server the browser talks to.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.local_site import build_site, free_port, serve
from tests.browser import RecordedPage
from tests.site import ROOT

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def server_url() -> str:
    return f"http://127.0.0.1:{free_port()}/"


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory, server_url: str) -> subprocess.CompletedProcess[str]:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, site_dir, server_url)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    result.site_dir = site_dir  # type: ignore[attr-defined]
    return result


@pytest.fixture(scope="session")
def site(build: subprocess.CompletedProcess[str]) -> Path:
    return build.site_dir  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def served_site(site: Path, server_url: str) -> Iterator[str]:
    with serve(site, int(server_url.rstrip("/").rsplit(":", 1)[1])) as url:
        yield url


# Root in CI needs --no-sandbox; the rest keeps Chromium off the network it may not use.
CHROMIUM_OPTIONS = {
    "executable_path": CHROMIUM,
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"],
}


@pytest.fixture(scope="session")
def playwright() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: object) -> Iterator[object]:
    browser = playwright.chromium.launch(**CHROMIUM_OPTIONS)  # type: ignore[attr-defined]
    yield browser
    browser.close()


@pytest.fixture
def recorded(browser: object, served_site: str) -> Iterator[RecordedPage]:
    """A fresh browser context and page on the served site that records stray requests."""
    page = RecordedPage(browser, served_site)
    yield page
    page.context.close()
