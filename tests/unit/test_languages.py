"""The language model (kb/languages.py, kb/locales/*.yml): every language has every
interface string, and each fact about languages is defined once in the whole project."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config

import kb.languages
from kb.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    LOCALES,
    TRANSLATED_LANGUAGES,
    LanguageSetupError,
    is_plural,
    language_and_source,
    languages_of,
    page_language,
    page_url,
    plural_categories,
    project_languages,
)
from kb.project import ROOT


def keys(node: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted key, value) for every string in a nested mapping; a string with plural forms is
    one string (its forms differ per language)."""
    for key, value in node.items():
        if isinstance(value, dict) and not is_plural(value):
            yield from keys(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def placeholders(text: str | dict[str, str]) -> set[str]:
    """The {placeholders} of a string; of a string with plural forms, those of its forms other
    than {count} (a form such as Arabic «بندان», "two items", need not write the number)."""
    if isinstance(text, dict):
        return {name for form in text.values() for name in placeholders(form)} - {"count"}
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_languages_are_those_of_mkdocs_yml_with_one_locale_file_each() -> None:
    """As MkDocs loads mkdocs.yml (the configuration the plugin is given) and as the tools
    outside a build see it: the same languages."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    i18n = [language.locale for language in config.plugins["i18n"].config.languages]
    assert list(languages_of(config)) == list(LANGUAGES) == i18n
    assert languages_of(config) == LANGUAGES
    assert sorted(path.stem for path in LOCALES.glob("*.yml")) == sorted(LANGUAGES)
    assert DEFAULT_LANGUAGE == "en" and TRANSLATED_LANGUAGES == ("ar", "fa")


def test_importing_the_module_reads_no_language() -> None:
    """The list is worked out on first use, from the configuration, never at import."""
    assert not {"LANGUAGES", "DEFAULT_LANGUAGE", "TRANSLATED_LANGUAGES"} & set(vars(kb.languages))


def test_a_language_without_a_locale_file_and_a_locale_file_without_a_language_name_mkdocs_yml(
    tmp_path: Path,
) -> None:
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text.replace("        - locale: fa\n", "        - locale: de\n"), encoding="utf-8")
    with pytest.raises(LanguageSetupError) as missing:
        project_languages(config)
    assert str(missing.value.code).startswith(f"{config}: the i18n plugin lists the language 'de', which has no ")
    assert "scripts/kb/locales/de.yml" in str(missing.value.code)
    start, end = text.index("        - locale: fa\n"), text.index("  # Our own code: the kb plugin")
    config.write_text(text[:start] + text[end:], encoding="utf-8")  # Persian left out of the i18n plugin
    with pytest.raises(LanguageSetupError) as extra:
        project_languages(config)
    assert str(extra.value.code) == (
        f"{config}: scripts/kb/locales/fa.yml is the locale file of no language: add '- locale: fa' to the "
        "i18n plugin's languages in mkdocs.yml, or remove the file"
    )


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_interface_string_exists_in_every_language(lang: str) -> None:
    reference = dict(keys(LANGUAGES[DEFAULT_LANGUAGE].strings))
    ours = dict(keys(LANGUAGES[lang].strings))
    assert sorted(set(reference) - set(ours)) == [], f"kb/locales/{lang}.yml lacks these keys"
    assert sorted(set(ours) - set(reference)) == [], f"kb/locales/{lang}.yml has keys en.yml does not"
    empty = [
        key
        for key, value in ours.items()
        if not all(isinstance(form, str) and form.strip() for form in (value.values() if is_plural(value) else [value]))
    ]
    assert not empty, f"kb/locales/{lang}.yml: empty strings {empty}"
    different = [key for key in reference if placeholders(reference[key]) != placeholders(ours[key])]
    assert not different, f"kb/locales/{lang}.yml: {{placeholders}} differ from en.yml in {different}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "key", sorted(key for key, value in keys(LANGUAGES[DEFAULT_LANGUAGE].strings) if is_plural(value))
)
def test_plural_strings_have_the_languages_categories(lang: str, key: str) -> None:
    """One form per CLDR plural category of the language (Arabic six, English and Persian two),
    as Intl.PluralRules picks them in the browser; each with the number ({count}) unless its
    category stands for one number (Arabic "one", "two" and "zero" say it in words)."""
    node: Any = LANGUAGES[lang].strings
    for part in key.split("."):
        node = node[part]
    categories = set(plural_categories(lang))
    assert isinstance(node, dict) and set(node) == categories, f"kb/locales/{lang}.yml {key}: {sorted(categories)}"
    words_only = {"zero", "one", "two"} if lang == "ar" else set()
    missing = [category for category in categories - words_only if "{count}" not in node[category]]
    assert not missing, f"kb/locales/{lang}.yml {key}: no {{count}} in {missing}"


def test_each_language_says_its_direction_and_ten_digits() -> None:
    for language in LANGUAGES.values():
        assert language.direction in ("ltr", "rtl")
        assert len(language.digits) == 10 and len(set(language.digits)) == 10
    assert LANGUAGES["fa"].with_digits("75 %") == "۷۵ %" and LANGUAGES["ar"].with_digits("75") == "75"


def test_a_pages_language_root_and_url_come_from_its_path() -> None:
    assert language_and_source("fa/tools/seo.md") == ("fa", "tools/seo.md")
    assert page_language("ar/index.md").direction == "rtl"
    assert [LANGUAGES[code].root for code in LANGUAGES] == ["", "ar/", "fa/"]
    assert page_url("fa", "tools/seo.md") == "fa/tools/seo/"
    assert page_url("en", "checklists/index.md") == "checklists/"
    assert page_url("ar", "index.md") == "ar/"


def test_a_missing_interface_string_names_its_key() -> None:
    with pytest.raises(KeyError, match="nowhere"):
        LANGUAGES["fa"].t("checklist.nowhere")


# ---- One definition of each fact, and no second way to learn a page's language -------------

OWN_CODE = [
    path
    for folder in ("scripts", "overrides", "tests")
    for path in (ROOT / folder).rglob("*")
    if path.suffix in (".py", ".js", ".html") and "node_modules" not in path.parts
]
# What a second copy of a language fact looks like, and why each is not allowed.
SECOND_COPIES = {
    "a list of the language codes": re.compile(r"""[(\[]\s*["']en["']\s*,\s*["']ar["']\s*,\s*["']fa["']\s*[)\]]"""),
    "a default language": re.compile(r"""DEFAULT_LANGUAGE\s*[:=][^=]|default_language\s*="""),
    "Persian digits": re.compile("۰۱۲۳۴۵۶۷۸۹"),
    "a digit rule in JavaScript": re.compile(r"fa-IR|Intl\.NumberFormat"),
    "a language root worked out by hand": re.compile(
        r"""url_prefix|homepage\.url|["'](ar|fa)/["']|else f["']\{\w+\}/"""
    ),
    "the theme's language read as the page's": re.compile(r"""theme\[["']language["']\]|theme\.language"""),
    "an edit of sys.path": re.compile(r"sys\.path\.(insert|append)|sys\.path\s*="),
}
DEFINITION = ROOT / "scripts/kb/languages.py"


@pytest.mark.parametrize("fact", SECOND_COPIES)
def test_each_language_fact_is_defined_once(fact: str) -> None:
    pattern = SECOND_COPIES[fact]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in OWN_CODE
        if path not in (DEFINITION, Path(__file__))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert not found, f"{fact} outside kb/languages.py and kb/locales/:\n" + "\n".join(found)


def test_the_duplicate_check_finds_a_planted_copy() -> None:
    planted = {
        "a list of the language codes": 'LANGUAGES = ("en", "ar", "fa")',
        "a default language": 'DEFAULT_LANGUAGE = "en"',
        "Persian digits": 'DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹"}',
        "a digit rule in JavaScript": 'new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US")',
        "a language root worked out by hand": 'prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"',
        "the theme's language read as the page's": 'lang = config.theme["language"]',
        "an edit of sys.path": "sys.path.insert(0, str(ROOT))",
    }
    assert set(planted) == set(SECOND_COPIES)
    assert all(SECOND_COPIES[fact].search(line) for fact, line in planted.items())


def test_locale_files_are_plain_yaml_mappings() -> None:
    for path in LOCALES.glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert (
            {"direction", "digits", "strings"}
            <= set(data)
            <= {
                "direction",
                "digits",
                "strings",
                "foreign_letters",
                "calendar",
                "og_locale",
                "date_locale",
            }
        ), path.name
