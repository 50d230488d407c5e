"""Owners, review dates and what's new in a built site (tests/support/reviews_site.py: a small
project in git whose English empathy page was last reviewed two years before the build's day).

The overdue page opens with the notice in all three languages, each with its calendar, digits
and the owner's name in that language; every page ends with its owner and review days; the
translations stay up to date although their English page's front matter changed; `kb reviews`
lists the page with its owner and `--fail-overdue` exits with 1. Each language's what's-new
page lists its pages by their last commit, newest first, and marks the stale translation.
The real site's pages carry the owner line and breadcrumbs."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.languages import LANGUAGES
from tests.support.projects import run_kb
from tests.support.reviews_site import OTHER_PAGE, OVERDUE_PAGE, STALE_PAGE, TODAY, WHATS_NEW, reviews_site
from tests.support.site import built_file

# Reviewed 6 December 2024, due 6 December 2025 (the site's 365 days), in each language's
# calendar and digits; the owner (scripts/kb/owners.yml: marketing-it-leadership) in each language.
NOTICE = {
    "en": ("6 December 2024", "6 December 2025", "Marketing and IT leadership group"),
    "ar": ("6 ديسمبر 2024", "6 ديسمبر 2025", "مجموعة قيادة التسويق وتقنية المعلومات"),
    "fa": ("۱۶ آذر ۱۴۰۳", "۱۵ آذر ۱۴۰۴", "گروه رهبری بازاریابی و فناوری اطلاعات"),
}
# Each language's what's-new list: its pages by last commit (reviews_site.COMMITS), newest first;
# pages of one commit in menu order; the page itself left out.
WHATS_NEW_ORDER = {
    "en": ["practices/empathy.md", "tools/seo.md", "index.md", "checklists/tool-adoption.md"],  # E, C, A, A
    "ar": ["practices/empathy.md", "index.md", "tools/seo.md", "checklists/tool-adoption.md"],  # D, B, B, B
    "fa": ["practices/empathy.md", "index.md", "tools/seo.md", "checklists/tool-adoption.md"],
}
NEWEST_DATE = {"en": "25 November 2026", "ar": "20 نوفمبر 2026", "fa": "۲۹ آبان ۱۴۰۵"}  # E; D; D


@pytest.fixture(scope="module")
def built() -> tuple[Path, Path]:
    return reviews_site()


def page(site: Path, lang: str, source: str) -> BeautifulSoup:
    return BeautifulSoup(built_file(site, lang, source).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_overdue_page_shows_the_notice_in_the_readers_language_calendar_and_digits(
    built: tuple[Path, Path], lang: str
) -> None:
    html = page(built[1], lang, OVERDUE_PAGE)
    notices = html.select('.md-content [data-kb-review="overdue"]')
    assert len(notices) == 1
    text = notices[0].get_text(" ", strip=True)
    reviewed, due, owner = NOTICE[lang]
    assert LANGUAGES[lang].t("review.overdue_title") in text
    assert reviewed in text and due in text and owner in text, text
    assert not html.select("[data-kb-translation]"), "the front-matter change made the translation stale"
    facts = html.select_one(".kb-review-facts").get_text(strip=True)
    assert reviewed in facts and due in facts and owner in facts, facts
    for other in (STALE_PAGE, OTHER_PAGE):  # not overdue: the owner line, no notice
        other_page = page(built[1], lang, other)
        assert not other_page.select("[data-kb-review]") and other_page.select_one(".kb-review-facts")
    # TODAY is 13 days before the SEO page's due day (22 June 2026 + 180 days): "due soon" that day.
    assert page(built[1], lang, STALE_PAGE).select_one("[data-kb-review-state=due-soon]")


@pytest.mark.slow  # builds a project of its own
def test_kb_reviews_lists_the_overdue_page_with_its_owner_and_fails_on_request(built: tuple[Path, Path]) -> None:
    project = built[0]
    listed = run_kb(project, "reviews", "--today", TODAY.isoformat())
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    overdue = lines.index(f"1 page(s) overdue for review (today: {TODAY.isoformat()})")
    assert " ".join(lines[overdue + 1].split()) == (
        "due 2025-12-06 docs/en/practices/empathy.md reviewed 2024-12-06, "
        "owner: Marketing and IT leadership group (marketing-it-leadership)"
    ), listed.stdout
    assert "docs/en/tools/seo.md" in lines[lines.index(f"1 page(s) due for review within 30 days (today: {TODAY})") + 1]
    failed = run_kb(project, "reviews", "--today", TODAY.isoformat(), "--fail-overdue")
    assert failed.returncode == 1 and "1 page(s) overdue" in failed.stderr
    assert run_kb(project, "reviews", "--today", "2025-12-06", "--fail-overdue").returncode == 0  # its due day


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize("lang", LANGUAGES)
def test_whats_new_lists_the_last_commits_pages_newest_first(built: tuple[Path, Path], lang: str) -> None:
    html = page(built[1], lang, WHATS_NEW)
    entries = html.select("ol.kb-whats-new > li")
    assert [entry["data-kb-page"] for entry in entries] == WHATS_NEW_ORDER[lang]
    assert entries[0].select_one(".kb-revision-date").get_text(strip=True) == NEWEST_DATE[lang]
    link = entries[0].select_one("a")
    assert link.get_text(strip=True) == page(built[1], lang, OVERDUE_PAGE).select_one("h1").get_text(strip=True)
    assert (built_file(built[1], lang, WHATS_NEW).parent / link["href"] / "index.html").resolve() == built_file(
        built[1], lang, OVERDUE_PAGE
    ).resolve()
    marked = {entry["data-kb-page"]: entry.select_one("[data-kb-translation]") for entry in entries}
    stale = {source for source, mark in marked.items() if mark is not None}
    assert stale == (set() if LANGUAGES[lang].default else {STALE_PAGE})
    if stale:
        assert marked[STALE_PAGE].get_text(strip=True) == f"({LANGUAGES[lang].t('whats_new.stale')})"


def test_every_page_of_the_site_names_its_owner_and_deep_pages_have_breadcrumbs(site: Path) -> None:
    for lang in LANGUAGES:
        home = page(site, lang, "index.md")
        assert home.select_one('.md-content a[href="whats-new/"]'), f"{lang}: the home page links to what's new"
        assert home.select_one(".kb-review-facts") and not home.select(".md-path")
        seo = page(site, lang, "tools/seo.md")
        assert seo.select_one(".kb-review-facts")
        crumbs = [item.get_text(strip=True) for item in seo.select("nav.md-path .md-path__item")]
        assert len(crumbs) == 2 and crumbs[1] == seo.select_one(".md-nav__item--active > .md-nav__link").get_text(
            strip=True
        ), crumbs


def test_the_policy_knows_the_breadcrumbs_markup_and_refuses_it_renamed(site: Path) -> None:
    from kb.content.html_policy import findings

    crumbs = str(page(site, "fa", "tools/seo.md").select_one("nav.md-path"))
    assert 'class="md-path__link"' in crumbs and findings(crumbs, chrome=True) == []
    renamed = findings(crumbs.replace("md-path", "md-trail"), chrome=True)
    assert renamed and "Material's chrome writes no class 'md-trail'" in renamed[0].why, renamed
