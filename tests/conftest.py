"""Shared fixtures: the site built once per test session, served on 127.0.0.1, and a browser.

The build uses SITE_URL set to the test server's address, exactly as `make serve` does for
127.0.0.1:8000, so canonical links and sitemaps point at the server the browser talks to.
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import RecordedPage
from tests.site import ROOT

CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(project: Path, site_dir: Path, site_url: str) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` on a project folder; the result keeps the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


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
    port = int(server_url.rstrip("/").rsplit(":", 1)[1])
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server_url
    httpd.shutdown()


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
