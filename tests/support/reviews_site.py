"""A small project in git for owners, review dates and the what's-new pages, built once per
session (made_once) for the build and browser tests that read it.

Its history, oldest first: every page (A); every translation stamped (B); the English SEO page
reworded, so its translations go stale (C); the Arabic and Persian empathy pages reworded (D);
the English empathy page's review day set two years before TODAY (E: front matter only, so its
translations stay up to date). The build judges reviews as of TODAY (KB_TODAY)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kb.local_site import build_site
from tests.support.git import git
from tests.support.projects import copy_page, kb, small_project
from tests.support.site import made_once

SITE_URL = "http://127.0.0.1:8000/"
TODAY = date(2026, 12, 6)
OVERDUE_PAGE, STALE_PAGE, OTHER_PAGE = "practices/empathy.md", "tools/seo.md", "checklists/tool-adoption.md"
WHATS_NEW = "whats-new.md"
NAV = [OVERDUE_PAGE, STALE_PAGE, OTHER_PAGE, WHATS_NEW]
PLANTED_REVIEW = "reviewed: 2024-12-06"  # two years before TODAY: due on 2025-12-06, a year ago
COMMITS = {  # what each commit changes, and its date
    "A": "2026-11-01T09:00:00Z",
    "B": "2026-11-02T09:00:00Z",
    "C": "2026-11-10T09:00:00Z",
    "D": "2026-11-20T09:00:00Z",
    "E": "2026-11-25T09:00:00Z",
}


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{text}\n", encoding="utf-8")


def make_project(folder: Path) -> Path:
    project = small_project(folder / "project", NAV)
    for source in NAV:
        copy_page(project, source)
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "A: the site", date=COMMITS["A"])
    assert kb(project, "stamp", "--all", "--force") == 0
    git(project, "commit", "-qam", "B: stamp", date=COMMITS["B"])
    append(project / "docs/en" / STALE_PAGE, "Check the search console every week.")
    git(project, "commit", "-qam", "C: English SEO", date=COMMITS["C"])
    append(project / "docs/ar" / OVERDUE_PAGE, "استمعوا قبل أن تقترحوا حلًا.")
    append(project / "docs/fa" / OVERDUE_PAGE, "پیش از پیشنهاد راه‌حل، گوش کنید.")
    git(project, "commit", "-qam", "D: Arabic and Persian empathy", date=COMMITS["D"])
    english = project / "docs/en" / OVERDUE_PAGE
    text = english.read_text(encoding="utf-8")
    reviewed = next(line for line in text.splitlines() if line.startswith("reviewed: "))
    english.write_text(text.replace(reviewed, PLANTED_REVIEW), encoding="utf-8")
    git(project, "commit", "-qam", "E: the English empathy page's review day", date=COMMITS["E"])
    return project


def reviews_site() -> tuple[Path, Path]:
    """(the project, its built site), built with --strict once per session."""

    def make(folder: Path) -> None:
        project = make_project(folder)
        result = build_site(project, folder / "site", SITE_URL, env={"KB_TODAY": TODAY.isoformat()})
        log = result.stdout + result.stderr
        assert result.returncode == 0, log
        assert not [line for line in log.splitlines() if line.lstrip().startswith(("WARNING", "ERROR"))], log

    folder = made_once("reviews", make)
    return folder / "project", folder / "site"
