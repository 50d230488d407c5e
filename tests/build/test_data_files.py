"""A contributor edits one data file and every language's build follows. In one copy of the
project (one build):
- scripts/kb/glossary.yml gets one new variant of the SEO concept: the build writes it into
  every language's search index, and the search engine (the browser's own search.js, run in
  Node) finds each language's SEO page by it;
- scripts/kb/figures.yml gets a new survey figure: every language's chart and its text
  equivalent show it, in that language's digits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.languages import LANGUAGES
from kb.local_site import build_site
from kb.project import ROOT
from tests.support.projects import copy_page, small_project
from tests.support.search_engine import built_index, search
from tests.support.site import built_file, made_once

# Slow: it builds projects of its own. `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

NEW_VARIANT = "organic listing"  # added once, to the English terms only
SURVEY_PAGE = "why-it-matters/every-company-is-a-tech-company.md"


@pytest.fixture(scope="session")
def edited_site() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", ["tools/seo.md", SURVEY_PAGE])
        copy_page(project, "tools/seo.md")
        copy_page(project, SURVEY_PAGE)
        shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
        replace(
            project / "scripts/kb/glossary.yml",
            "    en: {term: Search engine optimization}\n",
            f"    en: {{term: Search engine optimization, also: [{NEW_VARIANT}]}}\n",
        )
        replace(project / "scripts/kb/figures.yml", "    - value: 48\n", "    - value: 57\n")
        env = {"PYTHONPATH": str(project / "scripts")}  # the build reads the copy's data files
        # In a new process: the build must import the copy of the kb package, whose data files
        # (and load_glossary's and load_figures' caches) this process does not share.
        result = build_site(project, folder / "site", "http://127.0.0.1:8000/", env=env, new_process=True)
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once("edited-data-files", make) / "site"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_synonym_added_to_the_glossary_finds_the_page_in_every_language(edited_site: Path, lang: str) -> None:
    index = built_index(edited_site / LANGUAGES[lang].root / "search")
    assert search(index, NEW_VARIANT, built=True)[:1] == ["tools/seo/"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_figure_changed_in_the_data_file_changes_every_language_chart(edited_site: Path, lang: str) -> None:
    language = LANGUAGES[lang]
    page = built_file(edited_site, lang, SURVEY_PAGE)
    chart = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one('[data-kb-figure="it-survey"]')
    new, old = (language.t("figure.percent", value=language.with_digits(n)) for n in ("57", "48"))
    drawn = [text.get_text() for text in chart.select("svg text")]
    assert new in drawn and old not in drawn, drawn
    assert new in chart.select_one("table").get_text(), "the text equivalent shows the new figure too"
