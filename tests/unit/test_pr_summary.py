"""`python -m kb pr-summary BASE`: what a pull request means for readers and translators.

In a fresh git repository holding a real checklist page in three languages (all translations
up to date), a branch rewords one English item: the summary names the page, its two stale
translations and the item whose saved ticks would be lost, and nothing else.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kb.content.checklist_ids import slug
from kb.languages import LANGUAGES
from kb.project import DOCS
from tests.support.git import git
from tests.support.projects import run_kb, small_project

PAGE = "checklists/weekly-leadership-sync.md"
OLD_ITEM = "Send the agenda at least one day ahead."
NEW_ITEM = "Send the agenda two working days ahead."


def project_with_page(tmp_path: Path) -> Path:
    project = small_project(tmp_path / "kb", [PAGE])
    for lang in LANGUAGES:
        (project / "docs" / lang / "checklists").mkdir()
        shutil.copy2(DOCS / lang / PAGE, project / "docs" / lang / PAGE)
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "the page as it is")
    return project


def test_a_reworded_english_item_names_the_page_its_stale_translations_and_the_lost_ticks(tmp_path: Path) -> None:
    project = project_with_page(tmp_path)
    assert run_kb(project, "pr-summary", "main").stdout.count("None:") == 3  # nothing changed yet
    git(project, "checkout", "-qb", "reword")
    english = project / "docs" / "en" / PAGE
    text = english.read_text(encoding="utf-8")
    assert f"- [ ] {OLD_ITEM}" in text
    english.write_text(text.replace(OLD_ITEM, NEW_ITEM), encoding="utf-8")
    git(project, "commit", "-qam", "Reword an agenda item")

    result = run_kb(project, "pr-summary", "main")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    print(out)  # the pull request's summary, as CI appends it to $GITHUB_STEP_SUMMARY
    changed = out.split("### Pages changed", 1)[1].split("###", 1)[0]
    assert f"`{PAGE}`: changed" in changed and "(docs/en): 1" in changed
    assert "(docs/ar)" not in changed and "(docs/fa)" not in changed
    stale = out.split("### Translations this change makes stale", 1)[1].split("###", 1)[0]
    assert [line.split("`")[1] for line in stale.splitlines() if line.startswith("- ")] == [
        f"docs/ar/{PAGE}",
        f"docs/fa/{PAGE}",
    ]
    lost = out.split("### Saved ticks that would be lost", 1)[1]
    items = [line for line in lost.splitlines() if line.startswith("- ")]
    assert items == [f"- `{PAGE}`: “{OLD_ITEM}” (`{slug(OLD_ITEM)}`), now “{NEW_ITEM}”"]


def test_a_page_past_its_review_date_is_named_with_its_owner(tmp_path: Path) -> None:
    project = project_with_page(tmp_path)
    english = project / "docs" / "en" / PAGE
    text = english.read_text(encoding="utf-8")
    reviewed = re.search(r"^reviewed: (.+)$", text, re.MULTILINE)
    assert reviewed, "the page has a review date"
    english.write_text(text.replace(reviewed.group(0), "reviewed: 2024-12-06"), encoding="utf-8")
    out = run_kb(project, "pr-summary", "main").stdout
    overdue = out.split("### Pages overdue for review", 1)[1]
    assert [line for line in overdue.splitlines() if line.startswith("- ")] == [
        f"- `docs/en/{PAGE}`: due 2025-12-06, reviewed 2024-12-06, owner: Marketing and IT leadership group"
    ], out


def test_a_base_that_is_no_commit_is_refused_with_what_to_do(tmp_path: Path) -> None:
    project = project_with_page(tmp_path)
    result = run_kb(project, "pr-summary", "origin/nowhere")
    assert result.returncode == 1
    assert "'origin/nowhere' names no commit" in result.stderr and "fetch-depth: 0" in result.stderr


def test_without_git_the_summary_says_so(tmp_path: Path) -> None:
    project = small_project(tmp_path / "kb", [])
    result = run_kb(project, "pr-summary", "main")
    assert result.returncode == 1 and "is not in a git repository" in result.stderr
