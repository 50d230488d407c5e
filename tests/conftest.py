"""Fixtures every kind of test shares: the site built once per test session, served on
127.0.0.1, and Chromium.

One build for the whole session, however many pytest-xdist workers run: the controlling
process picks the port and serves a shared folder from its first moment; the first worker
that needs the site builds it there (made_once, under a file lock) and the others read it.
The build uses SITE_URL set to that server's address, exactly as `make serve` does for
127.0.0.1:8000, so canonical links and sitemaps point at the server the browser talks to.

Tests under tests/browser/ get the `browser` marker here (`make test-fast` skips them).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.local_site import CHROMIUM_OPTIONS, build_site, free_port, serve
from kb.project import ROOT
from tests.support.browser import RecordedPage
from tests.support.site import REPO_URL, SHARED_DIR, Build, made_once

SHARED_URL = "KB_TEST_SHARED_URL"  # set by the controller with SHARED_DIR, read by workers
BROWSER_TESTS = Path(__file__).with_name("browser")


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get(SHARED_DIR):  # an xdist worker: the controller has set everything up
        return
    shared = Path(tempfile.mkdtemp(prefix="kb-tests-"))
    port = free_port()
    # made_once("site") builds into it. Like GitHub Pages, the server lets browsers keep files
    # for ten minutes, so a tab that visits page after page does not fetch every asset again.
    server = serve(shared / "site" / "site", port, headers={"Cache-Control": "max-age=600"})
    os.environ[SHARED_DIR], os.environ[SHARED_URL] = str(shared), server.__enter__()
    config.add_cleanup(lambda: (server.__exit__(None, None, None), shutil.rmtree(shared, ignore_errors=True)))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def server_url() -> str:
    return os.environ[SHARED_URL]


@pytest.fixture(scope="session")
def build(server_url: str) -> Build:
    """`mkdocs build --strict` of the repository, once for all workers, for a repository as
    the workflows name it (REPO_URL): edit links and the feedback question show, as deployed,
    whatever this clone's origin is."""

    def make(folder: Path) -> None:
        result = build_site(ROOT, folder / "site", server_url, env={"REPO_URL": REPO_URL})
        outcome = {"returncode": result.returncode, "log": result.stdout + result.stderr}
        (folder / "build.json").write_text(json.dumps(outcome))

    folder = made_once("site", make)
    outcome = json.loads((folder / "build.json").read_text())
    if outcome["returncode"] != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{outcome['log']}", pytrace=False)
    return Build(folder / "site", outcome["log"])


@pytest.fixture(scope="session")
def site(build: Build) -> Path:
    return build.site


@pytest.fixture(scope="session")
def served_site(site: Path, server_url: str) -> str:
    return server_url


@pytest.fixture(scope="session")
def playwright() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: object) -> Iterator[object]:
    browser = playwright.chromium.launch(**CHROMIUM_OPTIONS)
    yield browser
    browser.close()


@pytest.fixture
def recorded(browser: object, served_site: str) -> Iterator[RecordedPage]:
    """A fresh browser context and page on the served site that records stray requests."""
    page = RecordedPage(browser, served_site)
    yield page
    page.context.close()
