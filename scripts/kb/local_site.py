"""Build the site into a folder, serve it on 127.0.0.1 and open it in Chromium: what the
tests and benchmarks share.

A site is built with SITE_URL set to the address it will be served at, as `make serve`
does, because instant navigation only takes over links its sitemap names.
"""

from __future__ import annotations

import functools
import gzip
import io
import logging
import os
import socket
import subprocess
import sys
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import click
import jinja2
import jinja2.bccache
import mkdocs.__main__ as mkdocs_cli
import mkdocs.commands.build
import mkdocs.config
import mkdocs.theme
import mkdocs.utils
from mkdocs.config.defaults import MkDocsConfig

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
        settle_together([self], quiet_ms, timeout_ms)


def settle_together(flights: list[RequestsInFlight], quiet_ms: int = 100, timeout_ms: int = 10_000) -> None:
    """Wait until none of these pages has had a request in flight for `quiet_ms`. Pages of one
    browser settle side by side: while Playwright waits on one, the others' events arrive too."""
    quiet = waited = 0
    while quiet < quiet_ms and waited < timeout_ms:
        flights[0].page.wait_for_timeout(25)
        waited += 25
        quiet = 0 if any(flight.pending for flight in flights) else quiet + 25


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
    new_process: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of a project folder; the result keeps the log and the exit status
    the command would give. Scripts pass exit_on_error to stop with that log instead; tests that
    need every language's warnings pass strict=False (a strict build stops after the first
    language that warns).

    The build runs in this process (build_in_process), which saves a Python start and MkDocs'
    imports per build; new_process runs the command itself, for a build that must import another
    copy of the kb package (PYTHONPATH in `env`).
    Material's end-of-life notice is left out of these logs; tests/unit/test_dependencies.py
    carries the date instead, and `make build` and `make serve` still show it."""
    env = {"NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url, **(env or {})}
    if new_process:
        strictness = "--strict" if strict else "--no-strict"
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", strictness, "--site-dir", str(site_dir)],
            cwd=project,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=False,
        )
    else:
        result = build_in_process(project, site_dir, site_url, env=env, strict=strict)
    if exit_on_error and result.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed in {project}:\n{result.stdout}{result.stderr}")
    return result


# MkDocs' log format when its output is not a terminal (mkdocs/__main__.py, color_option): as
# the command writes it into a pipe, with no colours and no wrapping.
LOG_FORMAT = "%(levelname)-8s-  %(message)s"


# What decides how Jinja compiles a template besides its source: two environments that agree on
# these compile it to the same code.
COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "is_async",
    "newstyle_gettext",
)


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates this process has compiled, by template file, source (Jinja checks its checksum)
    and the environment's compile settings, extensions, filters and tests: the theme's templates
    are compiled once per process instead of once per language build (about a third of a small
    project's build). MkDocs makes a new Jinja environment for each build (Theme.get_env); the
    pages rendered are the same, which tests/build/test_in_process_build.py checks."""

    def __init__(self) -> None:
        self.compiled: dict[tuple[object, ...], bytes] = {}

    @staticmethod
    def _key(bucket: jinja2.bccache.Bucket) -> tuple[object, ...]:
        env = bucket.environment
        settings = tuple(repr(getattr(env, name, None)) for name in COMPILE_SETTINGS)
        return (
            bucket.key,
            bucket.checksum,
            settings,
            *(tuple(sorted(names)) for names in (env.extensions, env.filters, env.tests)),
        )

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self.compiled.get(self._key(bucket))) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[self._key(bucket)] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()


@contextmanager
def _compiled_templates_kept() -> Iterator[None]:
    """MkDocs' theme environments, for the time of a build, with COMPILED_TEMPLATES."""
    get_env = mkdocs.theme.Theme.get_env

    def with_cache(theme: mkdocs.theme.Theme) -> jinja2.Environment:
        env = get_env(theme)
        env.bytecode_cache = COMPILED_TEMPLATES
        return env

    mkdocs.theme.Theme.get_env = with_cache  # type: ignore[method-assign]
    try:
        yield
    finally:
        mkdocs.theme.Theme.get_env = get_env  # type: ignore[method-assign]


@contextmanager
def _process_state_kept(project: Path, env: dict[str, str]) -> Iterator[None]:
    """Run a build as `mkdocs build` would run in `project` with `env` added to the environment,
    and leave this process as it was: its environment (Material's import also sets
    NO_MKDOCS_2_WARNING in it), working directory, every logger's level, handlers and filters
    (static-i18n adds a filter to MkDocs' build logger that a failed language build leaves
    behind), and MkDocs' clean_directory (which static-i18n replaces during its language builds,
    and does not put back when one of them fails)."""
    environment, here, clean_directory = dict(os.environ), os.getcwd(), mkdocs.utils.clean_directory
    loggers = [logging.getLogger(), *(logger for logger in logging.Logger.manager.loggerDict.values())]
    kept = [
        (logger, logger.level, logger.propagate, list(logger.handlers), list(logger.filters))
        for logger in loggers
        if isinstance(logger, logging.Logger)
    ]
    os.environ.update(env)
    os.chdir(project)
    try:
        yield
    finally:
        os.chdir(here)
        os.environ.clear()
        os.environ.update(environment)
        mkdocs.utils.clean_directory = clean_directory
        for logger, level, propagate, handlers, filters in kept:
            logger.setLevel(level)
            logger.propagate = propagate
            logger.handlers[:], logger.filters[:] = handlers, filters


def build_in_process(
    project: Path,
    site_dir: Path | None,
    site_url: str,
    *,
    env: dict[str, str] | None = None,
    strict: bool = True,
    prepare: Callable[[MkDocsConfig], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict --site-dir SITE_DIR` in `project`, run in this process as MkDocs'
    command line runs it (mkdocs/__main__.py, build_command): the same configuration
    (load_config), plugin events (on_startup, build, on_shutdown), log format and messages, and
    exit status: 1 with "Aborted with ..." for an Abort (a configuration error, a PluginError, a
    warning in strict mode), "Error: ..." for another MkDocs error, a traceback for any other
    exception, as the command prints them; 0 otherwise.

    Each build loads its configuration anew, so static-i18n, Material and the kb plugin start
    from their own state (MkDocs keeps one instance of a plugin that has on_startup across loads,
    as `mkdocs serve` does; the kb plugin resets its state when a build starts). What the build
    changes in the process is put back afterwards (_process_state_kept). `prepare`, if given, gets
    the configuration once it is loaded, before the build starts (`kb check` sets the kb plugin's
    collecting mode there and adds its own log handler). Without `site_dir`, the configuration's."""
    out, err = io.StringIO(), io.StringIO()
    command = ["mkdocs", "build", "--strict" if strict else "--no-strict"]
    command += ["--site-dir", str(site_dir)] if site_dir is not None else []
    with (
        _process_state_kept(project, env or {}),
        _compiled_templates_kept(),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        mkdocs_log = logging.getLogger("mkdocs")  # as the command line's State sets it up
        mkdocs_log.setLevel(logging.INFO)
        mkdocs_log.propagate = False
        handler = logging.StreamHandler(err)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        mkdocs_log.handlers[:] = [handler]
        # Other loggers' warnings, as Python prints them when no handler takes them (logging.lastResort)
        last_resort = logging.StreamHandler(err)
        last_resort.setLevel(logging.WARNING)
        logging.getLogger().handlers[:] = [last_resort]
        # The command line's _enable_warnings: repeated build messages once, DeprecationWarnings logged
        logging.getLogger("mkdocs.commands.build").addFilter(mkdocs.utils.DuplicateFilter())
        with warnings.catch_warnings():
            if not sys.warnoptions:
                warnings.simplefilter("module", DeprecationWarning)
                warnings.showwarning = mkdocs_cli._showwarning
            try:
                config = mkdocs.config.load_config(
                    config_file=str(project / "mkdocs.yml"),
                    site_dir=str(site_dir) if site_dir is not None else None,
                    strict=strict,
                )
                if prepare is not None:
                    prepare(config)
                config.plugins.on_startup(command="build", dirty=False)
                try:
                    mkdocs.commands.build.build(config, dirty=False)
                finally:
                    config.plugins.on_shutdown()
                code = 0
            except click.ClickException as error:  # what click's main does with it
                error.show()
                code = error.exit_code
            except SystemExit as error:  # as Python ends the command: a message is printed, exit 1
                code = error.code if isinstance(error.code, int) else int(error.code is not None)
                if error.code is not None and not isinstance(error.code, int):
                    print(error.code, file=sys.stderr)
            except Exception:
                traceback.print_exc()
                code = 1
    return subprocess.CompletedProcess(command, code, out.getvalue(), err.getvalue())


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
