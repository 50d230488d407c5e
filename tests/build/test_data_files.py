"""A contributor adds a synonym in one place, scripts/kb/glossary.yml, and search finds the
page by it in all three languages: a copy of the project gets one new variant of the SEO
concept, its build writes it into every language's index, and the search engine (the
browser's own search.js, run in Node) finds each language's SEO page by it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kb.languages import LANGUAGES
from kb.local_site import build_site
from kb.project import ROOT
from tests.support.projects import copy_page, small_project
from tests.support.search_engine import search
from tests.support.site import made_once

NEW_VARIANT = "organic listing"  # added once, to the English terms only


@pytest.fixture(scope="session")
def site() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", ["tools/seo.md"])
        copy_page(project, "tools/seo.md")
        shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
        glossary = project / "scripts/kb/glossary.yml"
        text = glossary.read_text(encoding="utf-8")
        old = "    en: {term: Search engine optimization}\n"
        assert old in text
        glossary.write_text(text.replace(old, f"    en: {{term: Search engine optimization, also: [{NEW_VARIANT}]}}\n"))
        env = {"PYTHONPATH": str(project / "scripts")}  # the build reads the copy's glossary
        result = build_site(project, folder / "site", "http://127.0.0.1:8000/", env=env)
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once("glossary-synonyms", make) / "site"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_synonym_added_to_the_glossary_finds_the_page_in_every_language(site: Path, lang: str) -> None:
    index = json.loads((site / LANGUAGES[lang].root / "search/kb-index.json").read_text(encoding="utf-8"))
    assert search(index, NEW_VARIANT)[:1] == ["tools/seo/"]
