"""The reader's language everywhere in the built site: each glossary page carries the table
generated from scripts/kb/glossary.yml, none of Material's misspelt Arabic and Persian
strings is left, Material's English footer line and the strings of its configuration that no
page shows are gone, counts take their plural forms, and Persian dates are in the Solar Hijri
calendar."""

from __future__ import annotations

import json
import re

import jdatetime
import pytest
from bs4 import BeautifulSoup

from kb.content.glossary import TABLE_MARKER, load_glossary
from kb.content.translations import STALE, UNTRANSLATED, UP_TO_DATE
from kb.languages import LANGUAGES, TRANSLATED_LANGUAGES
from tests.support.site import Build, built_file, parsed

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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_materials_footer_line_and_unshown_strings_are_gone(build: Build, lang: str) -> None:
    """No "Made with Material for MkDocs" (English on every page), and Material's configuration
    carries only the strings it can show, ours: not its search counts («أكثر من 1 في هذه
    الصفحة», Western digits on Persian pages) or its version selector («إختر الإصدار»)."""
    for source in ("index.md", "checklists/tool-adoption.md"):
        page = parsed(built_file(build.site, lang, source))
        assert "Made with" not in page.select_one("footer").get_text()
        config = json.loads(page.select_one("script#__config").string)
        theme = LANGUAGES[lang].strings["theme"]
        assert config["translations"] == {key: theme[key] for key in ("clipboard.copy", "clipboard.copied")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_translation_counts_take_their_plural_forms(build: Build, lang: str) -> None:
    """Each language's summary line counts the states its column of the status table shows, each
    count in its plural form (Babel's choice; tests/unit/test_plural_forms.py checks it)."""
    language = LANGUAGES[lang]
    page = BeautifulSoup(
        built_file(build.site, lang, "translation-status.md").read_text(encoding="utf-8"), "html.parser"
    )
    rows = page.select(".kb-status-table tbody tr")
    forms = {"current": "up_to_date_count", "stale": "stale_count", "untranslated": "untranslated_count"}
    expected = []
    for column, other in enumerate(TRANSLATED_LANGUAGES, start=1):
        shown_states = [row.select("td")[column]["data-kb-state"] for row in rows]
        counts = {
            key: language.count(f"translation.table.{forms[key]}", shown_states.count(state))
            for key, state in (("current", UP_TO_DATE), ("stale", STALE), ("untranslated", UNTRANSLATED))
        }
        expected.append(language.t("translation.table.summary", language=language.t(f"languages.{other}"), **counts))
    assert len(rows) > 30 and [item.get_text() for item in page.select(".kb-status-summary li")] == expected
