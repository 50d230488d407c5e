"""The site's languages: the one place that says which there are and what each needs.

- Which languages, their names and the default come from mkdocs.yml (the i18n plugin's
  `languages`, which static-i18n reads too), so adding a language starts there. One function
  joins them with the locale files (_joined, once per list): languages_of(config) for the
  configuration MkDocs loaded (the plugin's parts have it), project_languages() outside a
  build. The module's LANGUAGES, DEFAULT_LANGUAGE and TRANSLATED_LANGUAGES are the project's,
  worked out on first use (module __getattr__), never when the module is imported; the plugin's
  parts never use them (they pass languages_of(config) down, tests/unit/test_plugin.py).
- Each language's direction, digits and interface strings come from its locale file,
  scripts/kb/locales/<code>.yml; tests/unit/test_languages.py checks that every file has
  every key the default language's file has.
- A page's language is the first folder of its path under docs/ ("fa/tools/seo.md"),
  never the theme's language setting (static-i18n leaves that at the last language built).

The MkDocs plugin, templates (through the `kb` context variable and data attributes), JavaScript (through
those attributes) and tests all ask this module.

A string with a count is a mapping of CLDR plural categories to texts, each with its language's
categories (Arabic zero, one, two, few, many, other; English and Persian one, other):

    shared_intro: {one: "... {count} item ...", other: "... {count} items ..."}

`Language.count` picks the text with Babel; the browser picks from the same entries, written
into the page, with Intl.PluralRules (overrides/assets/javascripts/plural.js).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from mkdocs.config.defaults import MkDocsConfig
from mkdocs_static_i18n.config import I18nPluginConfig

from kb.project import MKDOCS_YML, ROOT, i18n_settings, mkdocs_settings

LOCALES = Path(__file__).with_name("locales")
WESTERN_DIGITS = "0123456789"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")  # CLDR's, in its order


def written_with(text: str, digits: str) -> str:
    """`text` with its 0-9 written in `digits` (a language's ten, 0 to 9)."""
    return text.translate(str.maketrans(WESTERN_DIGITS, digits))


def is_plural(node: object) -> bool:
    """Whether a locale entry is a string with plural forms (a mapping of CLDR categories)."""
    return isinstance(node, Mapping) and "other" in node and set(node) <= set(PLURAL_CATEGORIES)


def plural_categories(code: str) -> tuple[str, ...]:
    """The plural categories a language distinguishes, per CLDR (through Babel), in CLDR's order."""
    tags = Locale.parse(code).plural_form.tags | {"other"}
    return tuple(category for category in PLURAL_CATEGORIES if category in tags)


@dataclass(frozen=True)
class Language:
    code: str  # "fa"
    name: str  # "فارسی", as the language switcher shows it
    default: bool
    direction: str  # "ltr" or "rtl"
    digits: str  # the ten digits numbers are written with, 0 to 9
    strings: Mapping[str, Any]  # the interface strings, nested by feature
    foreign_letters: Mapping[str, str | None]  # letters its pages must not use -> the letter to write, if any
    calendar: str  # "gregorian" or "solar-hijri": how dates are written
    og_locale: str  # "fa_IR": the language as link previews (Open Graph) name it
    date_locale: str  # "fa-IR-u-ca-persian-nu-arabext": how the browser writes a date (checklists.js)

    @property
    def root(self) -> str:
        """The language's URL path under the site: "" for the default language, "fa/" otherwise."""
        return "" if self.default else f"{self.code}/"

    def page_url(self, source: str) -> str:
        """The URL path under the site of this language's page `source`: "tools/seo.md" -> "fa/tools/seo/"."""
        return self.root + page_path(source)

    def with_digits(self, text: str) -> str:
        """`text` with its 0-9 written in this language's digits."""
        return written_with(text, self.digits)

    def _entry(self, key: str) -> Any:
        """The locale entry at a dotted key ("checklist.reset"): a string, or its plural forms."""
        node: Any = self.strings
        for part in key.split("."):
            node = node[part]
        return node

    def t(self, key: str, **values: object) -> str:
        """The interface string at a dotted key ("checklist.reset"), formatted with `values`."""
        node = self._entry(key)
        return str(node).format(**values) if values else str(node)

    def plural_category(self, count: int) -> str:
        """The CLDR plural category of `count` in this language: "few" for 3 in Arabic."""
        return str(Locale.parse(self.code).plural_form(count))

    def count(self, key: str, count: int, **values: object) -> str:
        """The interface string with plural forms at `key`, in the form `count` takes, with
        {count} written in the language's digits and the other {placeholders} filled in."""
        node = self._entry(key)
        text = node.get(self.plural_category(count), node["other"])
        return str(text).format(count=self.with_digits(str(count)), **values)

    def context(self, languages: Mapping[str, Language] | None = None) -> dict[str, object]:
        """What templates get (and pass on to scripts): code, direction, root, digits, and the
        right-to-left languages of the site's `languages` (the plugin passes languages_of(config);
        else the project's), whose text needs the Arabic-script font wherever it is quoted."""
        languages = languages if languages is not None else project_languages()
        rtl = [code for code, language in languages.items() if language.direction == "rtl"]
        return {
            "code": self.code,
            "direction": self.direction,
            "root": self.root,
            "digits": self.digits,
            "rtl_languages": rtl,
            "theme": dict(self.strings.get("theme") or {}),  # Material's strings, as we want them shown
            "not_found": dict(self.strings["not_found"]),
            "feedback": dict(self.strings["feedback"]),
            "search": dict(self.strings["search"]),
            "translated_languages": list(translated_languages(languages)),
            "og_locale": self.og_locale,
            "og_alternates": [language.og_locale for language in languages.values() if language.code != self.code],
        }


def locale_problem(text: str) -> tuple[int, str] | None:
    """(line, message) for a value in a locale file's text that the site cannot use, or None."""
    locale = yaml.safe_load(text)
    digits = locale.get("digits") if isinstance(locale, dict) else None
    if isinstance(digits, str) and len(digits) == len(WESTERN_DIGITS) == len(set(digits)):
        return None
    line = next((n for n, entry in enumerate(text.splitlines(), start=1) if entry.startswith("digits:")), 1)
    return line, (
        f'digits must be the language\'s ten digits, 0 to 9 in order and each once (e.g. "0123456789"), not {digits!r}'
    )


def plural_problems(code: str, text: str) -> list[tuple[int, str]]:
    """(line, message) for each string with plural forms in a locale file's text that lacks one
    of its language's CLDR categories or has one the language does not use."""
    wanted = plural_categories(code)
    problems = []
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [str(key.value) for key, _ in node.value]
            if "other" in keys and set(keys) <= set(PLURAL_CATEGORIES) and set(keys) != set(wanted):
                problems.append(
                    (
                        node.start_mark.line + 1,
                        f"a string with plural forms needs exactly the categories of '{code}': "
                        f"{', '.join(wanted)} (it has {', '.join(keys)})",
                    )
                )
            stack.extend(value for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


class LanguageSetupError(SystemExit):
    """The languages cannot be worked out: the message names the file (and line) to fix. A
    SystemExit, so that `make check`, `mkdocs build` and `mkdocs serve` stop with it, not a traceback."""


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _read_locale(path: Path) -> dict[str, Any]:
    """A locale file's settings; a value the site cannot use stops the build or the check here
    with the file and line, not a traceback later."""
    text = path.read_text(encoding="utf-8")
    if (problem := locale_problem(text) or next(iter(plural_problems(path.stem, text)), None)) is not None:
        raise LanguageSetupError(f"{_shown(path)}:{problem[0]}: {problem[1]}")
    return yaml.safe_load(text)


# (code, name, default) of each language the i18n plugin lists, in its order
Entries = tuple[tuple[str, str, bool], ...]


def _joined(entries: Entries, config_file: Path) -> dict[str, Language]:
    """The one place the language list is made: the i18n plugin's languages joined with their
    locale files, each list read once (_made); `config_file` only names the file to fix."""
    codes = [code for code, _, _ in entries]
    files = sorted(path.stem for path in LOCALES.glob("*.yml"))
    for code in codes:
        if code not in files:
            raise LanguageSetupError(
                f"{_shown(config_file)}: the i18n plugin lists the language '{code}', which has no locale file "
                f"{_shown(LOCALES / f'{code}.yml')}: write it (every key of en.yml) or remove the language"
            )
    for code in files:
        if code not in codes:
            raise LanguageSetupError(
                f"{_shown(config_file)}: {_shown(LOCALES / f'{code}.yml')} is the locale file of no language: "
                f"add '- locale: {code}' to the i18n plugin's languages in mkdocs.yml, or remove the file"
            )
    if sum(default for _, _, default in entries) != 1:
        raise LanguageSetupError(f"{_shown(config_file)}: exactly one language of the i18n plugin says 'default: true'")
    return _made(entries)


@cache  # a build, `make check` and the tests ask again and again, for copies of mkdocs.yml too
def _made(entries: Entries) -> dict[str, Language]:
    languages = {}
    for code, name, default in entries:
        locale = _read_locale(LOCALES / f"{code}.yml")
        languages[code] = Language(
            code,
            name,
            default,
            locale["direction"],
            locale["digits"],
            locale["strings"],
            locale.get("foreign_letters") or {},
            locale.get("calendar", "gregorian"),
            locale["og_locale"],
            locale["date_locale"],
        )
    return languages


def _entries(languages: list[Any]) -> Entries:
    """(code, name, default) of static-i18n's language settings (its I18nPluginLanguage)."""
    return tuple((str(language.locale), str(language.name), bool(language.default)) for language in languages)


def languages_of(config: MkDocsConfig) -> dict[str, Language]:
    """The site's languages, by code in the site's order, for a configuration MkDocs loaded (the
    one it gives the plugin): the i18n plugin's `languages` and each one's locale file."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise LanguageSetupError(f"{_shown(Path(config.config_file_path))}: no i18n plugin under plugins:")
    return _joined(_entries(plugin.config.languages), Path(config.config_file_path))


def project_languages(config_file: Path = MKDOCS_YML) -> dict[str, Language]:
    """The same outside a build (the contributors' tool, the checks, the tests): the i18n
    plugin's settings in mkdocs.yml as MkDocs reads the file, validated by static-i18n's own
    schema, through the same join."""
    settings = mkdocs_settings(config_file)  # the same object until the file changes
    path = config_file.resolve()
    if (known := _validated.get(path)) is not None and known[0] is settings:
        return known[1]
    i18n = I18nPluginConfig(config_file_path=str(config_file))
    i18n.load_dict(i18n_settings(settings))
    failed, _ = i18n.validate()
    if failed:
        key, error = failed[0]
        raise LanguageSetupError(f"{_shown(config_file)}: the i18n plugin's '{key}': {error}")
    languages = _joined(_entries(i18n.languages), path)
    _validated[path] = (settings, languages)
    return languages


# by mkdocs.yml: the settings last validated (mkdocs_settings' object) and their languages;
# the checks ask for every page, and static-i18n's validation is slow
_validated: dict[Path, tuple[dict[str, Any], dict[str, Language]]] = {}


def default_language(languages: Mapping[str, Language]) -> str:
    return next(code for code, language in languages.items() if language.default)


def translated_languages(languages: Mapping[str, Language]) -> tuple[str, ...]:
    """The codes of the languages translated from the default one, in the site's order."""
    return tuple(code for code, language in languages.items() if not language.default)


def given_or_project(languages: Mapping[str, Language] | None) -> Mapping[str, Language]:
    """`languages` where a caller gives them (the plugin's parts pass languages_of(config)),
    else the project's: for the functions of kb.content that builds and commands share."""
    return languages if languages is not None else project_languages()


def __getattr__(name: str) -> Any:
    """LANGUAGES (by code, in the site's order), DEFAULT_LANGUAGE and TRANSLATED_LANGUAGES of the
    project's own mkdocs.yml, worked out on first use by project_languages, not when this module
    is imported; `from kb.languages import LANGUAGES` keeps working. Code that has MkDocs'
    configuration (the plugin's parts: the `config` of each event) asks languages_of(config)."""
    if name == "LANGUAGES":
        return project_languages()
    if name == "DEFAULT_LANGUAGE":
        return default_language(project_languages())
    if name == "TRANSLATED_LANGUAGES":
        return translated_languages(project_languages())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def language_and_source(docs_path: str) -> tuple[str, str]:
    """("fa", "tools/seo.md") for "fa/tools/seo.md", a path relative to docs/ (MkDocs' src_uri)."""
    lang, _, source = docs_path.partition("/")
    return lang, source


def page_language(src_uri: str, config: MkDocsConfig | None = None) -> Language:
    """The language of a page, from its path relative to docs/: of the build's configuration
    when there is one (the plugin's parts pass theirs), else of the project's mkdocs.yml."""
    languages = languages_of(config) if config is not None else project_languages()
    return languages[language_and_source(src_uri)[0]]


def build_language(config: Any) -> Language:
    """The language static-i18n is building now (it runs one build per language). Only for
    what belongs to a whole build, such as its 404 page; a page's language is page_language."""
    languages = languages_of(config)
    plugin = config.plugins.get("i18n")
    return languages[plugin.current_language if plugin and plugin.current_language else default_language(languages)]


def page_path(source: str) -> str:
    """The URL path MkDocs gives a page under its language root: "tools/seo.md" -> "tools/seo/"."""
    stem = source.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def page_url(lang: str, source: str, languages: Mapping[str, Language] | None = None) -> str:
    """The page's URL path under the site: ("fa", "tools/seo.md") -> "fa/tools/seo/", among the
    build's `languages` (languages_of(config)); None: the project's."""
    return given_or_project(languages)[lang].page_url(source)
