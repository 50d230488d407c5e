"""Owners and review dates without a build: the states a page goes through, the real site's
facts, the rules `make check` applies (each named by file and line), the owners file, and
`make new-page` writing the facts on the English page only (kb/content/reviews.py, owners.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kb.content.data_text import data_files
from kb.content.owners import OWNERS_FILE, OwnersError, load_owners
from kb.content.pages import page_sources, read_page
from kb.content.reviews import CURRENT, DUE_SOON, OVERDUE, REVIEW_KEYS, Review, configured_interval, site_reviews
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES
from kb.project import DOCS, MKDOCS_YML
from tests.support.projects import run_kb, small_project


def test_a_page_is_due_soon_within_30_days_and_overdue_the_day_after_its_due_day() -> None:
    review = Review("tools/seo.md", "marketing-operations", date(2026, 1, 1), 100)
    assert review.due == date(2026, 4, 11)
    assert review.state(date(2026, 3, 11)) == CURRENT
    assert review.state(date(2026, 3, 12)) == DUE_SOON
    assert review.state(date(2026, 4, 11)) == DUE_SOON
    assert review.state(date(2026, 4, 12)) == OVERDUE
    assert Review("x.md", None, None, 100).state(date(2030, 1, 1)) == CURRENT  # `make check` names it instead


def test_every_english_page_names_a_known_owner_and_a_past_review_day_and_translations_neither() -> None:
    today = datetime.now(UTC).date()
    owners = load_owners()
    reviews = site_reviews(DOCS, configured_interval(MKDOCS_YML), MKDOCS_YML)
    assert len(reviews) == len(page_sources(DOCS, DEFAULT_LANGUAGE))
    for review in reviews:
        assert review.owner in owners and review.reviewed and review.reviewed <= today, review
    assert configured_interval(MKDOCS_YML) == 365  # mkdocs.yml shows the site's interval
    for lang in TRANSLATED_LANGUAGES:
        for source in page_sources(DOCS, lang):
            assert not set(REVIEW_KEYS) & set(read_page(DOCS / lang / source).meta), f"docs/{lang}/{source}"


def test_every_owner_has_a_name_in_every_language_and_is_checked_as_text() -> None:
    owners = load_owners()
    assert owners and all(set(owner.names) == set(LANGUAGES) for owner in owners.values())
    assert OWNERS_FILE in data_files(MKDOCS_YML)  # markup in a name stops the build and `make check`


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("owners:\n  it-team:\n    en: IT team\n    ar: فريق تقنية المعلومات\n", 2, "it-team: no fa name"),
        ("owners:\n  IT Team:\n    en: a\n    ar: b\n    fa: c\n", 2, "must be lowercase words and hyphens"),
        ("owners:\n  it:\n    en: a\n    ar: b\n    fa: c\n    de: d\n", 2, "'de' is not a language"),
        ("teams: []\n", 1, "write an `owners:` mapping"),
    ],
)
def test_an_owners_file_that_cannot_be_used_names_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "owners.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OwnersError) as refused:
        load_owners(path)
    assert refused.value.line == line and words in refused.value.message, refused.value


ENGLISH = "---\ntitle: {title}\ndescription: A page.\ntags:\n  - it\n{review}---\n\nSome text.\n"
TRANSLATED = "---\ntitle: {title}\ndescription: صفحه.\ntags:\n  - it\n{review}---\n\nمتن.\n"
# page -> (English review lines, translation review lines, the planted fault's file, line, words)
PLANTED = {
    "no-owner.md": ("reviewed: 2026-05-01\n", "", "en", 1, "front matter needs 'owner'"),
    "unknown-owner.md": ("owner: ceo\nreviewed: 2026-05-01\n", "", "en", 6, "unknown owner 'ceo': write one of"),
    "no-review.md": ("owner: kb-editors\n", "", "en", 1, "front matter needs 'reviewed'"),
    "future.md": ("owner: kb-editors\nreviewed: 2999-01-01\n", "", "en", 7, "'reviewed: 2999-01-01' is a day to come"),
    "text-date.md": (
        "owner: kb-editors\nreviewed: last spring\n",
        "",
        "en",
        7,
        "'reviewed' must be a date written YYYY-MM-DD, not text",
    ),
    "no-such-day.md": ("owner: kb-editors\nreviewed: 2026-13-01\n", "", "en", 7, "a value YAML cannot read"),
    "zero-days.md": (
        "owner: kb-editors\nreviewed: 2026-05-01\nreview_interval_days: 0\n",
        "",
        "en",
        8,
        "'review_interval_days' must be a whole number of days",
    ),
    "translated-owner.md": (
        "owner: kb-editors\nreviewed: 2026-05-01\n",
        "owner: kb-editors\n",
        "fa",
        6,
        "'owner' belongs to the English page only: this page takes it from docs/en/translated-owner.md",
    ),
}


def test_make_check_names_each_review_fault_with_file_and_line(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", list(PLANTED))
    for page, (english, translated, planted_in, *_) in PLANTED.items():
        for lang in LANGUAGES:
            template, review = (ENGLISH, english) if LANGUAGES[lang].default else (TRANSLATED, "")
            review = translated if lang == planted_in and not LANGUAGES[lang].default else review
            (project / "docs" / lang / page).write_text(template.format(title=page, review=review), encoding="utf-8")
    result = run_kb(project, "check")
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    for page, (_, _, lang, line, words) in PLANTED.items():
        expected = f"docs/{lang}/{page}:{line}: "
        assert any(row.startswith(expected) and words in row for row in result.stdout.splitlines()), (
            f"expected {expected}...{words}\n{result.stdout}"
        )
    assert "docs/ar/translated-owner.md" not in result.stdout  # only the page that carries it


def test_new_page_writes_owner_and_review_day_on_the_english_page_only(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", [])
    result = run_kb(project, "new-page", "tools/webinars", "--title", "Webinars", "--owner", "marketing-operations")
    assert result.returncode == 0, result.stderr
    english = read_page(project / "docs/en/tools/webinars.md").meta
    assert english["owner"] == "marketing-operations" and english["reviewed"] == datetime.now(UTC).date()
    for lang in TRANSLATED_LANGUAGES:
        assert not set(REVIEW_KEYS) & set(read_page(project / "docs" / lang / "tools/webinars.md").meta)
    refused = run_kb(project, "new-page", "tools/other", "--title", "Other", "--owner", "ceo")
    assert refused.returncode == 1 and "unknown owner 'ceo'" in refused.stderr
    assert not (project / "docs/en/tools/other.md").exists()


def test_the_build_warns_about_an_unknown_owner_and_judges_by_the_day_it_is_given(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from types import SimpleNamespace

    from mkdocs.config import load_config
    from mkdocs.config.config_options import ValidationError

    from kb.plugin import Day
    from kb.plugin.features import reviews

    config = load_config(str(MKDOCS_YML))  # the build's: its languages, its docs folder
    english = SimpleNamespace(
        file=SimpleNamespace(src_uri="en/x.md"), meta={"owner": "ceo", "reviewed": date(2026, 1, 1)}
    )
    with caplog.at_level("WARNING"):
        assert reviews.on_page_content("<p>text</p>", english, config, None, 365, date(2026, 6, 1)) == "<p>text</p>"
    assert "docs/en/x.md: unknown owner 'ceo'" in caplog.text
    english.meta["owner"] = "kb-editors"
    on_time = reviews.on_page_content("<p>text</p>", english, config, None, 365, date(2027, 1, 1))
    late = reviews.on_page_content("<p>text</p>", english, config, None, 365, date(2027, 1, 2))
    assert 'data-kb-review="overdue"' not in on_time and late.startswith('<div class="admonition warning kb-review')
    assert Day().validate("2026-12-06") == date(2026, 12, 6) and Day().validate(None) is None
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        Day().validate("6.12.2026")
