"""The reader's language everywhere in the built site: each glossary page carries the table
generated from scripts/kb/glossary.yml, none of Material's misspelt Arabic and Persian
strings is left, and Persian dates are in the Solar Hijri calendar."""

from __future__ import annotations

import re

import jdatetime
import pytest
from bs4 import BeautifulSoup

from kb.content.glossary import TABLE_MARKER, load_glossary
from kb.languages import LANGUAGES
from tests.support.site import Build, built_file

THEME_TYPOS = ("إبحث", "إختر اللغة", "اخر تحديث", "اخرین بروزرسانی")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_page_has_the_generated_table(build: Build, lang: str) -> None:
    page = built_file(build.site, lang, "glossary.md").read_text(encoding="utf-8")
    assert TABLE_MARKER not in page
    rows = BeautifulSoup(page, "html.parser").select(".md-content table tbody tr")
    concepts = [concept for concept in load_glossary().concepts if concept.meaning]
    assert len(rows) == len(concepts)
    seo = next(concept for concept in concepts if concept.id == "seo")
    row = next(row for row in rows if seo.terms["en"].term in row.get_text())
    assert seo.meaning[lang] in row.get_text()
    assert row.select_one(f"td span[lang='{'fa' if lang != 'fa' else 'ar'}']") is not None


def test_no_misspelt_theme_string_is_left(build: Build) -> None:
    found = [
        f"{path.relative_to(build.site)}: {typo}"
        for path in build.site.rglob("*.html")
        for typo in THEME_TYPOS
        if typo in path.read_text(encoding="utf-8")
    ]
    assert not found, "\n".join(found[:10])


def test_persian_dates_are_solar_hijri(build: Build) -> None:
    months = "|".join(jdatetime.date.j_months_fa)
    date = BeautifulSoup(built_file(build.site, "fa", "tools/seo.md").read_text(encoding="utf-8"), "html.parser")
    text = date.select_one(".kb-revision-date").get_text(strip=True)
    assert re.fullmatch(rf"[۰-۹]{{1,2}} ({months}) [۰-۹]{{4}}", text), text
