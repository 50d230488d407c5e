"""Small projects for tests that change content and build: a home page in every language
(and whatever pages a test adds), the real theme, the kb plugin and mkdocs.yml with its own nav."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

from kb.bench.synthetic_site import with_nav
from kb.cli import main as kb_main
from kb.languages import LANGUAGES
from kb.project import DOCS, MKDOCS_YML, ROOT
from tests.support.git import git


def home_page(lang: str) -> str:
    """The front matter a page needs, with owner and review date on the English page only
    (translations take them from it: kb/content/reviews.py)."""
    review = "owner: kb-editors\nreviewed: 2026-11-02\n" if LANGUAGES[lang].default else ""
    return f"---\ntitle: Home {lang}\ndescription: The home page.\ntags:\n  - it\n{review}---\n\nHome.\n"


def small_project(project: Path, nav: list[str]) -> Path:
    """Write the project (not yet built) with a home page per language and `nav` after it."""
    for lang in LANGUAGES:
        (project / "docs" / lang).mkdir(parents=True)
        (project / "docs" / lang / "index.md").write_text(home_page(lang), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", project / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    entries = "".join(f"  - {source}\n" for source in nav)
    config = with_nav(MKDOCS_YML.read_text(encoding="utf-8"), f"nav:\n  - Home: index.md\n{entries}")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def copy_page(project: Path, source: str, target: str | None = None) -> None:
    """The real page `source` of every language into the project (as `target`), its links
    turned into plain text: the small project lacks the pages they point to."""
    for lang in LANGUAGES:
        path = project / "docs" / lang / (target or source)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = (DOCS / lang / source).read_text(encoding="utf-8")
        path.write_text(re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text), encoding="utf-8")


def kb_arguments(project: Path, *args: str) -> list[str]:
    return ["--docs", str(project / "docs"), "--config", str(project / "mkdocs.yml"), *args]


def kb(project: Path, *args: str) -> int:
    """The contributors' tool on a project, in this process (its output goes to capsys)."""
    return kb_main(kb_arguments(project, *args))


def run_kb(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The contributors' tool as a contributor runs it, from the project's folder, with what
    it prints and its exit status. It runs in this process (a new Python for each call cost a
    second): an exception, the traceback a contributor would see, fails the test."""
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    try:
        os.chdir(project)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = kb_main(kb_arguments(project, *args))
            except SystemExit as exit:  # argparse's usage errors
                code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["kb", *args], code, out.getvalue(), err.getvalue())


def copy_of_project(target: Path) -> Path:
    """A copy of this repository's files (what `git add -A` would commit: no .venv, node_modules
    or site/), in a new git repository with one commit."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for name in listed.stdout.split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    git(target, "init", "-q", "-b", "main")
    git(target, "add", "-A")
    git(target, "commit", "-qm", "the site as it is")
    return target
