"""The contributors' tool without building the site: `new-page` scaffolds three valid files
and a navigation entry and never overwrites; `status` tells up to date, stale and
untranslated pages apart, with the English diff on request; `stamp` records a translation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.checks.content import check_docs
from kb.content.navigation import nav_sources
from kb.content.pages import read_page
from kb.content.translations import STALE, UNTRANSLATED, UP_TO_DATE, body_hash, page_status, set_front_matter
from kb.languages import LANGUAGES
from kb.project import ROOT
from tests.support.git import git
from tests.support.projects import kb

SEO = "tools/seo.md"
NEW = "tools/webinars.md"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """docs/ and mkdocs.yml in a folder outside any git repository, every translation stamped."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    assert kb(tmp_path, "stamp", "--all") == 0
    return tmp_path


def status_of(project: Path, lang: str, source: str) -> str:
    return page_status(project / "docs", lang, source).state


def only_skeleton_problems(project: Path, source: str) -> bool:
    """True when the checks find new-page's placeholders in the new page, and nothing else."""
    problems = check_docs(project / "docs", project / "mkdocs.yml")
    english = project / "docs/en" / source
    return (
        bool(problems)
        and all("placeholder" in p.message and p.path.name == english.name for p in problems)
        and any(p.path == english for p in problems)
    )


def test_new_page_creates_three_valid_files_in_the_navigation(copy: Path) -> None:
    assert kb(copy, "new-page", "tools/webinars", "--title", "Webinars", "--title-fa", "وبینارها") == 0
    pages = {lang: read_page(copy / "docs" / lang / NEW) for lang in LANGUAGES}
    assert pages["en"].meta["title"] == "Webinars" and pages["fa"].meta["title"] == "وبینارها"
    assert pages["ar"].meta["title"] == "Webinars", "without --title-ar the English title stands in"
    for lang, page in pages.items():
        assert page.meta["tags"] == ["marketing", "it"] and page.meta["description"]
        assert ("translation" in page.meta) == (lang != "en")
    assert pages["fa"].meta["translation"] == "needed"
    nav = nav_sources(copy / "mkdocs.yml")
    assert nav.count(NEW) == 1 and nav.index(NEW) == nav.index("tools/live-chat.md") + 1, (
        "goes after its folder's last page"
    )
    assert only_skeleton_problems(copy, NEW), "an untouched scaffold must not ship, and nothing else is wrong"
    assert status_of(copy, "ar", NEW) == status_of(copy, "fa", NEW) == UNTRANSLATED


def test_new_page_keeps_the_rest_of_mkdocs_yml(copy: Path) -> None:
    before = (copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    assert kb(copy, "new-page", "events/launch-day", "--title", "Launch day", "--tag", "leadership") == 0
    after = (copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    assert [line for line in after if line not in before] == ["  - events/launch-day.md"], (
        "one line added, comments and tags kept"
    )
    assert read_page(copy / "docs/en/events/launch-day.md").meta["tags"] == ["leadership"]
    assert only_skeleton_problems(copy, "events/launch-day.md")


@pytest.mark.parametrize("existing", ["en", "fa"])
def test_new_page_refuses_to_overwrite(copy: Path, capsys: pytest.CaptureFixture[str], existing: str) -> None:
    target = copy / "docs" / existing / NEW
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        "---\ntitle: Mine\ndescription: Work in progress.\ntags:\n  - it\n---\n\nMy text.\n", encoding="utf-8"
    )
    config_before = (copy / "mkdocs.yml").read_text(encoding="utf-8")
    assert kb(copy, "new-page", "tools/webinars", "--title", "Webinars") == 1
    error = capsys.readouterr().err
    assert "already exists" in error and f"docs/{existing}/{NEW}" in error and "never overwrites" in error
    assert target.read_text(encoding="utf-8").endswith("My text.\n"), "the existing file was changed"
    assert (copy / "mkdocs.yml").read_text(encoding="utf-8") == config_before
    others = [copy / "docs" / lang / NEW for lang in LANGUAGES if lang != existing]
    assert not any(path.exists() for path in others), "refusing must write nothing at all"


def test_new_page_refuses_a_second_run_and_a_path_already_in_the_navigation(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kb(copy, "new-page", NEW, "--title", "Webinars") == 0
    assert kb(copy, "new-page", NEW, "--title", "Webinars again") == 1
    assert "already exists" in capsys.readouterr().err
    for lang in LANGUAGES:
        (copy / "docs" / lang / NEW).unlink()
    assert kb(copy, "new-page", NEW, "--title", "Webinars") == 1
    assert "already in the navigation" in capsys.readouterr().err


@pytest.mark.parametrize("path", ["../outside", "Tools/Webinars", "tools/web inars", ""])
def test_new_page_rejects_paths_that_are_not_page_paths(
    copy: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    assert kb(copy, "new-page", path, "--title", "X") == 1
    assert "not a page path" in capsys.readouterr().err


def test_status_finds_a_stale_page_and_an_updated_hash_makes_it_current(copy: Path) -> None:
    assert status_of(copy, "fa", SEO) == UP_TO_DATE
    english = copy / "docs/en" / SEO
    english.write_text(english.read_text(encoding="utf-8") + "\nA new paragraph about site speed.\n", encoding="utf-8")
    assert status_of(copy, "ar", SEO) == status_of(copy, "fa", SEO) == STALE
    assert status_of(copy, "fa", "practices/empathy.md") == UP_TO_DATE, "other pages are unaffected"
    persian = copy / "docs/fa" / SEO
    persian.write_text(
        set_front_matter(
            persian.read_text(encoding="utf-8"), {"source_hash": body_hash(english.read_text(encoding="utf-8"))}
        ),
        encoding="utf-8",
    )
    assert status_of(copy, "fa", SEO) == UP_TO_DATE
    assert status_of(copy, "ar", SEO) == STALE
    assert kb(copy, "stamp", "docs/ar/tools/seo.md") == 1, "without git, an untouched stale page is not stamped"
    assert kb(copy, "stamp", "--force", "docs/ar/tools/seo.md") == 0
    assert status_of(copy, "ar", SEO) == UP_TO_DATE
    assert not check_docs(copy / "docs", copy / "mkdocs.yml"), "stamping keeps the front matter valid"


def test_whitespace_only_changes_keep_translations_current(copy: Path) -> None:
    english = copy / "docs/en" / SEO
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace(". ", ".\n", 3).replace("\n\n", "\n\n\n", 2) + "\n\n", encoding="utf-8")
    assert status_of(copy, "fa", SEO) == UP_TO_DATE


def test_a_page_without_source_hash_is_not_reported_current(copy: Path) -> None:
    persian = copy / "docs/fa" / SEO
    persian.write_text(
        set_front_matter(persian.read_text(encoding="utf-8"), {"source_hash": None, "translated_from": None}),
        encoding="utf-8",
    )
    status = page_status(copy / "docs", "fa", SEO)
    assert status.state == STALE and "no source_hash" in status.reason


def test_status_prints_each_language_and_fails_only_for_a_release(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kb(copy, "status", "--release") == 0
    capsys.readouterr()
    assert kb(copy, "new-page", NEW, "--title", "Webinars") == 0
    capsys.readouterr()
    assert kb(copy, "status") == 0
    out = capsys.readouterr().out
    assert "Arabic (docs/ar):" in out and "Persian (docs/fa):" in out and " 1 untranslated" in out
    assert f"untranslated  {NEW}" in out and f"up to date    {SEO}" in out
    assert kb(copy, "status", "--release") == 1
    assert "stale or untranslated" in capsys.readouterr().err


def test_stamp_refuses_a_page_still_marked_translation_needed(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kb(copy, "new-page", NEW, "--title", "Webinars") == 0
    assert kb(copy, "stamp", "--all") == 0
    assert f"skipped docs/ar/{NEW}" in capsys.readouterr().out
    assert kb(copy, "stamp", f"docs/fa/{NEW}") == 1
    assert "delete that line" in capsys.readouterr().err
    persian = copy / "docs/fa" / NEW
    persian.write_text(persian.read_text(encoding="utf-8").replace("translation: needed\n", ""), encoding="utf-8")
    assert kb(copy, "stamp", f"docs/fa/{NEW}") == 0
    assert status_of(copy, "fa", NEW) == UP_TO_DATE and status_of(copy, "ar", NEW) == UNTRANSLATED


def test_set_front_matter_changes_only_its_own_lines() -> None:
    text = '---\ntitle: T\nsource_hash: "old"\ntags:\n  - it\n---\n\nsource_hash: body text stays\n'
    changed = set_front_matter(text, {"source_hash": "0123456789ab", "translated_from": None})
    assert changed == '---\ntitle: T\ntags:\n  - it\nsource_hash: "0123456789ab"\n---\n\nsource_hash: body text stays\n'


def test_diff_shows_the_english_change_since_translation(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kb(copy, "status", "--diff")
    assert "no diff: git is not available" not in capsys.readouterr().out, "nothing is stale yet"
    english = copy / "docs/en" / SEO
    english.write_text(english.read_text(encoding="utf-8") + "\nAn added sentence.\n", encoding="utf-8")
    kb(copy, "status", "--diff")
    assert "no diff: git is not available" in capsys.readouterr().out
    english.write_text(english.read_text(encoding="utf-8").replace("\nAn added sentence.\n", ""), encoding="utf-8")

    git(copy, "init", "-q")
    git(copy, "add", "-A")
    git(copy, "commit", "-qm", "site")
    assert kb(copy, "stamp", "--force", SEO) == 0
    translated_from = read_page(copy / "docs/fa" / SEO).meta["translated_from"]
    assert len(str(translated_from)) == 40, "stamp records the commit holding the English text"
    git(copy, "commit", "-qam", "stamp")
    english.write_text(
        english.read_text(encoding="utf-8").replace("## What it is", "## What it is\n\nA sentence added later."),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert kb(copy, "status", "--diff") == 0
    out = capsys.readouterr().out
    assert "+A sentence added later." in out and f"commit {str(translated_from)[:12]}, translated from" in out

    persian = copy / "docs/fa" / SEO  # without translated_from, the history is searched by hash
    persian.write_text(
        set_front_matter(persian.read_text(encoding="utf-8"), {"translated_from": None}), encoding="utf-8"
    )
    assert kb(copy, "status", "--diff") == 0
    assert capsys.readouterr().out.count("+A sentence added later.") == 2


CHECKLIST = "checklists/tool-adoption.md"


def insert_after_first_item(path: Path, item: str, section: str) -> None:
    text = path.read_text(encoding="utf-8")
    first = text.index("- [ ] ")
    end = text.index("\n", first) + 1
    path.write_text(text[:end] + f"- [ ] {item}\n" + text[end:] + f"\n## {section}\n\nText.\n", encoding="utf-8")


def test_an_english_only_change_then_a_translation_and_a_stamp(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole story: English gains a section and a checklist item; the translations go stale
    and nothing fails; stamping an untouched translation is refused; the translator's update
    and a stamp make that language current again, and the other stays stale."""
    git(copy, "init", "-q")
    git(copy, "add", "-A")
    git(copy, "commit", "-qm", "site")
    insert_after_first_item(copy / "docs/en" / CHECKLIST, "Ask who owns the data export.", "After launch")
    git(copy, "commit", "-qam", "English only")
    assert not check_docs(copy / "docs", copy / "mkdocs.yml"), "an English-only change must pass the checks"
    assert status_of(copy, "ar", CHECKLIST) == status_of(copy, "fa", CHECKLIST) == STALE
    capsys.readouterr()
    assert kb(copy, "status") == 0
    assert f"stale         {CHECKLIST}" in capsys.readouterr().out

    assert kb(copy, "stamp", f"docs/fa/{CHECKLIST}") == 1
    assert "has not changed since its English page did" in capsys.readouterr().err
    assert kb(copy, "stamp", "--all") == 0
    assert capsys.readouterr().out.count("skipped") == 2, "--all leaves untouched stale pages alone"
    assert status_of(copy, "fa", CHECKLIST) == STALE

    insert_after_first_item(copy / "docs/fa" / CHECKLIST, "بپرسید خروجی داده‌ها با کیست.", "پس از راه‌اندازی")
    assert kb(copy, "stamp", "--all") == 0
    assert f"stamped docs/fa/{CHECKLIST}" in capsys.readouterr().out
    assert status_of(copy, "fa", CHECKLIST) == UP_TO_DATE and status_of(copy, "ar", CHECKLIST) == STALE
    assert not check_docs(copy / "docs", copy / "mkdocs.yml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["docs/en/tools/seo.md"], "is an English page"),
        (["--lang", "ar", "docs/fa/tools/seo.md"], "is in 'fa', but --lang says ar"),
        (["tools/nowhere"], "docs/en/tools/nowhere.md does not exist"),
        (["Tools/SEO"], "is not a page path"),
    ],
)
def test_stamp_explains_a_wrong_page_or_language_in_one_line(
    copy: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert kb(copy, "stamp", *args) == 1
    error = capsys.readouterr().err
    assert message in error and len(error.strip().splitlines()) == 1 and "Traceback" not in error, error
