"""Translation status, edit links and last-updated dates in built sites.

A copy of the project is made a git repository with back-dated commits and every
translation stamped; then, uncommitted, the tool scaffolds tools/webinars and the English
SEO page changes. Its strict build must stay clean and show: a notice on the stale and the
untranslated pages (and on no other), the status table, edit links into each language's
folder and dates from git in each language. The same copy fails with KB_RELEASE=1, and a
shallow clone of it builds. The real site's notices and status table must match
`kb/content/translations.py` page for page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from kb.content.pages import page_sources
from kb.content.translations import STALE, UNTRANSLATED, UP_TO_DATE, site_status
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES, page_path
from kb.local_site import build_site
from kb.project import ROOT
from tests.support.git import git
from tests.support.projects import kb
from tests.support.site import all_built_pages, built_file, made_once

# Slow: it builds fixture projects of its own (a scaffolded page, a shallow clone, a release).
# `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

SITE_URL = "http://127.0.0.1:8000/"
REPO_URL = "https://github.com/acme/kb"  # as the workflows set it
EDIT_PREFIX = f"{REPO_URL}/edit/main/docs/"
NEW, STALE_PAGE, FRESH_PAGE = "tools/webinars.md", "tools/seo.md", "practices/empathy.md"
# Long dates for 4 March 2021 (English pages' commit) and 5 March 2021 (the stamp commit), as each
# language's date_locale writes them (kb/locales/<lang>.yml; en-GB: day first).
FALLBACK_TEXT = "Webinars need a room, a platform and a host"  # written in English after scaffolding
DATES = {"en": "4 March 2021", "ar": "5 مارس 2021", "fa": "۱۵ اسفند ۱۳۹۹"}  # Persian: the Solar Hijri calendar


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="session")
def project() -> Path:
    return made_once("contribution", make_project) / "project"


def make_project(folder: Path) -> None:
    project = folder / "project"
    project.mkdir()
    for part in ("docs", "overrides"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "site", date="2021-03-04T10:00:00Z")
    assert kb(project, "stamp", "--all", "--force") == 0
    git(project, "commit", "-qam", "stamp", date="2021-03-05T10:00:00Z")
    assert kb(project, "new-page", NEW, "--title", "Webinars") == 0
    scaffold = project / "docs/en" / NEW
    scaffold.write_text(
        scaffold.read_text(encoding="utf-8").replace("Write the introduction here", FALLBACK_TEXT), encoding="utf-8"
    )
    english = project / "docs/en" / STALE_PAGE
    english.write_text(
        english.read_text(encoding="utf-8") + "\nA paragraph added after the translations.\n", encoding="utf-8"
    )


@pytest.fixture(scope="session")
def built(project: Path) -> Path:
    def make(folder: Path) -> None:
        result = build_site(project, folder / "site", SITE_URL, env={"REPO_URL": REPO_URL})
        log = result.stdout + result.stderr
        assert result.returncode == 0, log
        warnings = [line for line in log.splitlines() if line.lstrip().startswith(("WARNING", "ERROR"))]
        assert not warnings, "\n".join(warnings)

    return made_once("contribution-site", make) / "site"


def notice(html: BeautifulSoup) -> object:
    return html.select_one(".md-content .kb-translation-notice")


def test_scaffolded_page_builds_in_every_language(built: Path) -> None:
    for lang in LANGUAGES:
        html = soup(built_file(built, lang, NEW))
        assert html.html["lang"] == lang and html.select_one(".md-content h1").get_text(strip=True) == "Webinars"


@pytest.mark.parametrize(
    ("lang", "source", "state"),
    [
        ("ar", STALE_PAGE, "stale"),
        ("fa", STALE_PAGE, "stale"),
        ("ar", NEW, "untranslated"),
        ("fa", NEW, "untranslated"),
    ],
)
def test_notice_on_stale_and_untranslated_pages_links_to_english(
    built: Path, lang: str, source: str, state: str
) -> None:
    page = built_file(built, lang, source)
    html = soup(page)
    box = notice(html)
    assert box is not None, f"no notice on {page}"
    assert box["data-kb-translation"] == state
    article = html.select_one(".md-content__inner")
    # Material writes the tags above the title and the edit link beside it: then the notice.
    first_block = next(
        child
        for child in article.children
        if getattr(child, "name", None) not in (None, "a", "h1") and "md-tags" not in (child.get("class") or [])
    )
    assert first_block is box, "the notice must come first, right under the title"
    link = box.select_one("a[hreflang=en]")
    target = urljoin(SITE_URL + LANGUAGES[lang].root + page_path(source), link["href"])
    assert target == SITE_URL + page_path(source) and built_file(built, "en", source).exists()
    text = box.get_text()
    assert not re.search("[A-Za-z]", text), f"the notice must speak the reader's language: {text}"
    assert not set(text) & set(LANGUAGES[lang].foreign_letters), f"letters of the other language: {text}"


def test_untranslated_page_shows_the_current_english_text(built: Path) -> None:
    for lang in TRANSLATED_LANGUAGES:
        fallback = soup(built_file(built, lang, NEW)).select_one(".md-content .kb-fallback")
        assert fallback is not None and fallback["lang"] == "en" and fallback["dir"] == "ltr"
        assert FALLBACK_TEXT in fallback.get_text(), "the English text as it is now, not as it was when scaffolded"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_notice_on_fresh_or_english_pages(built: Path, lang: str) -> None:
    for source in (FRESH_PAGE, "index.md") if lang != "en" else (FRESH_PAGE, STALE_PAGE, NEW):
        assert notice(soup(built_file(built, lang, source))) is None, f"{lang}/{source} is up to date"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_page_tells_each_pages_state(built: Path, project: Path, lang: str) -> None:
    page = built_file(built, lang, "translation-status.md")
    rows = {row["data-kb-page"]: row for row in soup(page).select("table.kb-status-table tbody tr")}
    assert set(rows) == set(page_sources(project / "docs", DEFAULT_LANGUAGE))
    expected = {(s.source, s.lang): s.state for s in site_status(project / "docs", project / "mkdocs.yml")}
    assert (
        expected[(STALE_PAGE, "fa")] == STALE
        and expected[(NEW, "ar")] == UNTRANSLATED
        and expected[(FRESH_PAGE, "ar")] == UP_TO_DATE
    )
    for source, row in rows.items():
        cells = row.select("td[data-kb-state]")
        assert [cell["data-kb-state"] for cell in cells] == [
            expected[(source, other)] for other in TRANSLATED_LANGUAGES
        ]
        href = urljoin(SITE_URL + LANGUAGES[lang].root + "translation-status/", row.select_one("a")["href"])
        assert href == SITE_URL + LANGUAGES[lang].root + page_path(source)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_edit_link_opens_the_pages_own_file_in_its_language(built: Path, project: Path, lang: str) -> None:
    for source in page_sources(project / "docs", lang):
        edit = soup(built_file(built, lang, source)).select_one("a[rel=edit]")
        assert edit is not None and edit["href"] == f"{EDIT_PREFIX}{lang}/{source}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_last_updated_date_comes_from_git_in_the_pages_language(built: Path, lang: str) -> None:
    date = soup(built_file(built, lang, FRESH_PAGE)).select_one(".md-source-file .kb-revision-date")
    assert date is not None and date.get_text(strip=True) == DATES[lang]


def test_release_build_fails_naming_every_lagging_page(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_RELEASE", "1")
    result = build_site(project, project.parent / "release-site", SITE_URL)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    for lang in TRANSLATED_LANGUAGES:
        assert any(f"docs/{lang}/{NEW}: untranslated" in line for line in warnings), log
        assert any(f"docs/{lang}/{STALE_PAGE}: stale" in line for line in warnings), log


def test_a_shallow_clone_builds_strict_clean_without_edit_links(project: Path, tmp_path: Path) -> None:
    """Its origin is a folder, not a GitHub or GitLab repository, and REPO_URL is unset: the
    site then has no repository or edit link, and names no made-up host."""
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project}", str(clone))
    result = build_site(clone, tmp_path / "site", SITE_URL, env={"REPO_URL": ""})
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert not [line for line in log.splitlines() if line.startswith("WARNING")]
    date = soup(built_file(tmp_path / "site", "fa", FRESH_PAGE)).select_one(".kb-revision-date")
    assert date is not None and date.get_text(strip=True)
    for lang, source, path in all_built_pages(tmp_path / "site", clone / "docs"):
        html = soup(path)
        assert not html.select("a[rel=edit], a.md-source"), f"docs/{lang}/{source} links to a repository"
        # Nor does search offer a content request (partials/search.html, kb_request).
        assert not html.select("[data-kb-request-url]"), f"docs/{lang}/{source}: search offers a content request"
    placeholder = re.compile(r"https?://[^\s\"'<>]*example")
    named = [
        path for path in (tmp_path / "site").rglob("*.html") if placeholder.search(path.read_text(encoding="utf-8"))
    ]
    assert not named, f"pages linking to an example host: {named[:3]}"


def test_the_real_site_shows_the_true_status_of_every_page(site: Path) -> None:
    """Notices and the status table of the site built by the session fixture match `kb status`."""
    statuses = site_status(ROOT / "docs", ROOT / "mkdocs.yml")
    wrong = []
    for status in statuses:
        box = notice(soup(built_file(site, status.lang, status.source)))
        shown = box["data-kb-translation"] if box is not None else UP_TO_DATE
        if shown != {STALE: "stale", UNTRANSLATED: "untranslated"}.get(status.state, UP_TO_DATE):
            wrong.append(f"{status.lang}/{status.source}: {status.state}, page shows {shown}")
    for lang in LANGUAGES:
        table = soup(built_file(site, lang, "translation-status.md")).select("table.kb-status-table tbody tr")
        shown = {
            (row["data-kb-page"], other): cell["data-kb-state"]
            for row in table
            for other, cell in zip(TRANSLATED_LANGUAGES, row.select("td[data-kb-state]"), strict=True)
        }
        if shown != {(s.source, s.lang): s.state for s in statuses}:
            wrong.append(f"{lang}/translation-status: table differs from kb status")
    assert not wrong, "\n".join(wrong)
