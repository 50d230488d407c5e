"""Where the sources and the built pages of each language live, for the tests."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

from kb.content.pages import page_sources
from kb.languages import LANGUAGES, page_url
from kb.project import DOCS

REPO_URL = "https://github.com/example/marketing-it-kb"  # the shared build's repository (conftest.py)
HEAVIEST_PAGE = "checklists/booklet.md"  # every checklist on one page: the page-weight budget's worst case


@dataclass(frozen=True)
class Build:
    """The site the session built (the `build` fixture)."""

    site: Path
    log: str  # what mkdocs printed


SHARED_DIR = "KB_TEST_SHARED_DIR"  # a folder every xdist worker of the session sees (tests/conftest.py)


def made_once(name: str, make: Callable[[Path], None]) -> Path:
    """A folder of the session's shared directory that `make` fills once, whichever worker
    asks first; the others wait for it. A `make` that fails leaves it for the next to try."""
    folder = Path(os.environ[SHARED_DIR]) / name
    with (folder.parent / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".made").exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            make(folder)
            (folder / ".made").touch()
    return folder


def built_file(site: Path, lang: str, source: str) -> Path:
    return site / page_url(lang, source) / "index.html"


def all_built_pages(site: Path, docs: Path = DOCS) -> list[tuple[str, str, Path]]:
    """(language, source path, built HTML file) for every page of every language."""
    return [(lang, src, built_file(site, lang, src)) for lang in LANGUAGES for src in page_sources(docs, lang)]


@cache
def parsed(path: Path) -> BeautifulSoup:
    """A built HTML file, parsed once per test process: a dozen tests read every page of the
    site, and parsing was most of their time. Shared, so read it and never change it."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
