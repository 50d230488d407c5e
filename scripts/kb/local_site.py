"""Build the site into a folder, serve it on 127.0.0.1 and open it in Chromium: what the
tests and benchmarks share.

A site is built with SITE_URL set to the address it will be served at, as `make serve`
does, because instant navigation only takes over links its sitemap names.
"""

from __future__ import annotations

import functools
import gzip
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"  # Debian's package (the Makefile installs it)
# Root in CI needs --no-sandbox; the rest keeps Chromium off the network it may not use.
CHROMIUM_OPTIONS: dict[str, object] = {
    "executable_path": CHROMIUM,
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ],
}


class RequestsInFlight:
    """A browser page's requests not yet answered, to wait until the page has settled: no
    request in flight for `quiet_ms` (Material fetches its sitemap after the load event).
    Playwright's "networkidle" does the same with a fixed 500 ms, which, on every page of
    every browser test, was a minute of the suite."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.pending: set[Any] = set()
        page.on("request", lambda request: self.pending.add(request))
        page.on("requestfinished", lambda request: self.pending.discard(request))
        page.on("requestfailed", lambda request: self.pending.discard(request))

    def settle(self, quiet_ms: int = 100, timeout_ms: int = 10_000) -> None:
        quiet = waited = 0
        while quiet < quiet_ms and waited < timeout_ms:
            self.page.wait_for_timeout(25)
            waited += 25
            quiet = 0 if self.pending else quiet + 25


# Content types a production web server compresses.
TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(
    project: Path,
    site_dir: Path,
    site_url: str,
    *,
    exit_on_error: bool = False,
    env: dict[str, str] | None = None,
    strict: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` on a project folder; the result keeps the log. Scripts
    pass exit_on_error to stop with that log instead; tests that need every language's
    warnings pass strict=False (a strict build stops after the first language that warns).
    Material's end-of-life notice is left out of these logs; tests/unit/test_dependencies.py
    carries the date instead, and `make build` and `make serve` still show it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if exit_on_error and result.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed in {project}:\n{result.stdout}{result.stderr}")
    return result


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves a folder quietly; optionally gzips text as production hosts do, and adds headers."""

    def __init__(
        self, *args: object, compress: bool = False, headers: dict[str, str] | None = None, **kwargs: object
    ) -> None:
        self.compress = compress
        self.extra_headers = headers or {}
        super().__init__(*args, **kwargs)  # handles the request at once

    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        not_found = Path(self.directory) / "404.html"
        if not path.exists() and not_found.is_file():  # as GitHub Pages does: the root 404 page, for any path
            body = not_found.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        content_type = self.guess_type(str(path))
        if not (
            self.compress
            and "gzip" in self.headers.get("Accept-Encoding", "")
            and path.is_file()
            and content_type.startswith(TEXT_TYPES)
        ):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    """A browser that navigates away mid-response closes the connection; that is no error."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site_dir: Path, port: int, *, compress: bool = False, headers: dict[str, str] | None = None) -> Iterator[str]:
    """Serve `site_dir` at http://127.0.0.1:<port>/ (the folder may be built later) until the block ends."""
    handler = functools.partial(SiteHandler, directory=str(site_dir), compress=compress, headers=headers)
    httpd = QuietServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
