"""Time the two paths that were quadratic in a page's length (issue 27): the build of a page
with many checklists, and `kb check` of a page with many headings and links to them.

Usage: python -m kb.bench.large_pages [--checklists 4000] [--headings 2000]

Each page is in every language of a small project (the real theme, the kb plugin and mkdocs.yml).
Timings depend on the machine, so they are printed, never asserted;
tests/unit/test_large_pages_stay_linear.py counts the work instead.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import tempfile
import time
from pathlib import Path

from kb.bench.synthetic_site import with_nav
from kb.cli import main as kb_main
from kb.languages import LANGUAGES
from kb.local_site import build_site
from kb.project import MKDOCS_YML, ROOT

FRONT = "---\ntitle: Big\ndescription: A long page.\ntags:\n  - it\n---\n\n"


def letters(number: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": names without digits, which Persian pages refuse."""
    name, number = "", number + 1
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("a") + rest) + name
    return name


def checklist_page(lists: int) -> str:
    """A heading and a one-item checklist, `lists` times."""
    return FRONT + "".join(f"## Part {letters(n)}\n\n- [ ] Item {letters(n)}\n\n" for n in range(lists))


def heading_page(headings: int) -> str:
    """`headings` headings, each followed by a link to the next one's ID."""
    return FRONT + "".join(
        f"## Heading {letters(n)}\n\nSee [the next](#heading-{letters((n + 1) % headings)}).\n\n"
        for n in range(headings)
    )


def project_with(folder: Path, page: str) -> Path:
    """A small project whose every language has a home page and tools/big.md = `page`."""
    for lang in LANGUAGES:
        (folder / "docs" / lang / "tools").mkdir(parents=True)
        (folder / "docs" / lang / "index.md").write_text(FRONT + "Home.\n", encoding="utf-8")
        (folder / "docs" / lang / "tools" / "big.md").write_text(page, encoding="utf-8")
    shutil.copytree(ROOT / "overrides", folder / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    config = with_nav(MKDOCS_YML.read_text(encoding="utf-8"), "nav:\n  - Home: index.md\n  - tools/big.md\n")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def time_build(lists: int) -> float:
    with tempfile.TemporaryDirectory() as temporary:
        project = project_with(Path(temporary) / "project", checklist_page(lists))
        start = time.perf_counter()
        build_site(project, Path(temporary) / "site", "http://127.0.0.1:8000/", exit_on_error=True)
        return time.perf_counter() - start


def time_check(headings: int) -> float:
    with tempfile.TemporaryDirectory() as temporary:
        project = project_with(Path(temporary) / "project", heading_page(headings))
        arguments = ["--docs", str(project / "docs"), "--config", str(project / "mkdocs.yml"), "check"]
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = kb_main(arguments)
        seconds = time.perf_counter() - start
        if code != 0:
            raise SystemExit(f"kb check failed:\n{out.getvalue()}")
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checklists", type=int, default=4000)
    parser.add_argument("--headings", type=int, default=2000)
    args = parser.parse_args()
    print(f"build, one checklist per language:            {time_build(1):6.1f} s")
    print(f"build, {args.checklists} checklists per language:        {time_build(args.checklists):6.1f} s")
    print(f"kb check, {args.headings} headings and links per language: {time_check(args.headings):6.1f} s")


if __name__ == "__main__":
    main()
