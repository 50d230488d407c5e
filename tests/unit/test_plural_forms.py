"""Interface strings with a count (kb/locales/<lang>.yml, CLDR plural forms): Python (Babel,
kb/languages.py) and the browser (Intl.PluralRules, overrides/assets/javascripts/plural.js, run
here in Node) put every count from 0 to 110 in the same category and write the same text."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.languages import LANGUAGES, LOCALES, is_plural, plural_categories, plural_problems
from kb.project import ROOT

PLURAL_JS = ROOT / "overrides/assets/javascripts/plural.js"
NODE = shutil.which("node") or "/usr/bin/node"
COUNTS = range(111)


def plural_entries(node: Any, prefix: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """(dotted key, forms) for every string with plural forms in a locale's strings."""
    for key, value in node.items():
        if is_plural(value):
            yield f"{prefix}{key}", value
        elif isinstance(value, dict):
            yield from plural_entries(value, f"{prefix}{key}.")


def in_node(lang: str) -> dict[str, Any]:
    """Per count, plural.js's category and its text of every plural entry of `lang`."""
    language = LANGUAGES[lang]
    entries = dict(plural_entries(language.strings))
    program = (
        f"const P = require({json.dumps(str(PLURAL_JS))});"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const output = input.counts.map(n => ({category: P.category(n, input.lang), texts: Object.fromEntries("
        "Object.entries(input.entries).map(([key, forms]) => [key, P.format(forms, n, input.lang, input.digits)]))}));"
        "process.stdout.write(JSON.stringify(output));"
    )
    data = {"lang": lang, "digits": language.digits, "counts": list(COUNTS), "entries": entries}
    result = subprocess.run([NODE, "-e", program], input=json.dumps(data), capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return {"entries": entries, "by_count": json.loads(result.stdout)}


def ranges(categories: list[str]) -> str:
    """ "0: zero, 1: one, 3-10: few, ..." for the categories of the counts 0, 1, 2, ..."""
    parts, start = [], 0
    for n in range(1, len(categories) + 1):
        if n == len(categories) or categories[n] != categories[start]:
            span = str(start) if n - 1 == start else f"{start}-{n - 1}"
            parts.append(f"{span}: {categories[start]}")
            start = n
    return ", ".join(parts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_python_and_the_browser_give_every_count_the_same_form(lang: str) -> None:
    language = LANGUAGES[lang]
    node = in_node(lang)
    assert node["entries"], f"kb/locales/{lang}.yml has no string with a count"
    python = [language.plural_category(n) for n in COUNTS]
    browser = [node["by_count"][n]["category"] for n in COUNTS]
    print(f"\n{lang}: {ranges(python)}")  # the table, with `pytest -s`
    assert python == browser, f"{lang}: Babel {ranges(python)}\nIntl.PluralRules {ranges(browser)}"
    for key in node["entries"]:
        for n in COUNTS:
            assert language.count(key, n) == node["by_count"][n]["texts"][key], (lang, key, n)


def test_arabic_counts_take_the_six_forms_and_the_others_two() -> None:
    arabic = [LANGUAGES["ar"].plural_category(n) for n in COUNTS]
    assert ranges(arabic) == ("0: zero, 1: one, 2: two, 3-10: few, 11-99: many, 100-102: other, 103-110: few")
    assert ranges([LANGUAGES["en"].plural_category(n) for n in COUNTS]) == "0: other, 1: one, 2-110: other"
    assert ranges([LANGUAGES["fa"].plural_category(n) for n in COUNTS]) == "0-1: one, 2-110: other"
    shared = "checklist.shared_intro"
    assert "بند واحد" in LANGUAGES["ar"].count(shared, 1) and "بندان" in LANGUAGES["ar"].count(shared, 2)
    assert "3 بنود" in LANGUAGES["ar"].count(shared, 3) and "11 بندًا" in LANGUAGES["ar"].count(shared, 11)
    assert "100 بند،" in LANGUAGES["ar"].count(shared, 100)
    assert LANGUAGES["fa"].with_digits("12 مورد") in LANGUAGES["fa"].count(shared, 12)
    assert "1 item," in LANGUAGES["en"].count(shared, 1) and "2 items," in LANGUAGES["en"].count(shared, 2)
    untranslated = "translation.table.untranslated_count"
    assert [LANGUAGES["ar"].count(untranslated, n) for n in (0, 1, 2, 5, 20, 100)] == [
        "لا صفحات تحتاج إلى ترجمة",
        "صفحة واحدة تحتاج إلى ترجمة",
        "صفحتان تحتاجان إلى ترجمة",
        "5 صفحات تحتاج إلى ترجمة",
        "20 صفحة تحتاج إلى ترجمة",
        "100 صفحة تحتاج إلى ترجمة",
    ]
    assert LANGUAGES["en"].count(untranslated, 1) == "1 page needs translation"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_with_a_count_has_its_languages_forms(lang: str) -> None:
    text = (LOCALES / f"{lang}.yml").read_text(encoding="utf-8")
    assert plural_problems(lang, text) == []
    for key, forms in plural_entries(LANGUAGES[lang].strings):
        assert tuple(category for category in forms) == plural_categories(lang), (lang, key)


def test_a_string_missing_a_form_is_named_with_its_line(tmp_path: Path) -> None:
    text = 'direction: rtl\ndigits: "0123456789"\nstrings:\n  items:\n    one: "بند واحد"\n    other: "{count} بند"\n'
    assert plural_problems("ar", text) == [
        (
            5,
            "a string with plural forms needs exactly the categories of 'ar': "
            "zero, one, two, few, many, other (it has one, other)",
        )
    ]
