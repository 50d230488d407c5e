"""The site's terminology, read from kb/glossary.yml: for each concept the preferred term
in every language, the variants a reader may type (also) and the ones pages must not use
(avoid). The glossary page of each language is generated from it
(scripts/kb/markdown/glossary.py), `make check` enforces it (kb/checks/content.py) and search
can take its synonyms from it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from kb.content.data_file import DataFileError
from kb.content.partials import Markup, macro
from kb.languages import LANGUAGES, Language, default_language, given_or_project

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "glossary.yml"
TABLE_MARKER = "<!-- glossary-table -->"  # where a glossary page gets its table
LATIN = re.compile(r"[A-Za-z]")


class GlossaryError(DataFileError):
    """A glossary file that cannot be used, with the line to look at."""


@dataclass(frozen=True)
class Terms:
    term: str
    also: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concept:
    id: str
    terms: dict[str, Terms]  # language -> its terms
    meaning: dict[str, str]  # language -> one sentence; empty for concepts without a table row
    abbreviation: str | None = None

    def forms(self, lang: str) -> list[str]:
        """Every accepted way to write the concept in a language: term, variants, abbreviation."""
        terms = self.terms[lang]
        forms = [terms.term, *terms.also]
        if self.abbreviation and self.abbreviation not in terms.avoid:
            forms.append(self.abbreviation)
        return forms


def phrase_pattern(words: str) -> str:
    """A word or phrase as a regular expression: a space in it stands for any run of spaces
    (a phrase may be broken across two Markdown lines), a half-space (ZWNJ) only for itself, so
    that «به جای» never matches «به‌جای». Latin words need word boundaries, and may stand in
    brackets after the term they abbreviate («فناوری اطلاعات (IT)»); Arabic-script ones are
    matched where they occur, prefixes such as «و» or «ب» included."""
    escaped = r"\s+".join(re.escape(part) for part in words.split())
    return rf"(?<![A-Za-z(]){escaped}(?![A-Za-z)])" if LATIN.search(words) else escaped


@dataclass(frozen=True)
class Replacement:
    """A variant a text of `lang` must not use, and what to write instead."""

    lang: str
    avoid: str
    write: str
    source: str  # "glossary: <id>", "spelling" or "page: <path>"
    # Accepted forms a variant may be part of where it stands: «الاجتماع الأسبوعي» inside the
    # title «الاجتماع الأسبوعي للقيادات», «نقشه راه» inside «نقشه راه‌ها» if that were accepted.
    accepted: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.avoid)

    def hits(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each place `text` uses the variant, except where it is part of an
        accepted form (the form to write, or another accepted one) at the same place."""
        matches = list(self.pattern.finditer(text))
        if not matches:
            return
        spans = [
            (found.start(), found.end())
            for form in (self.write, *self.accepted)
            for found in _compiled(form).finditer(text)
        ]
        for match in matches:
            if not any(start < match.end() and match.start() < end for start, end in spans):
                yield match.start(), match.end()


@cache  # every rule is tried on every line of every page: build each expression once
def _compiled(words: str) -> re.Pattern[str]:
    return re.compile(phrase_pattern(words))


class Replacements(tuple[Replacement, ...]):
    """The replacements of one language, with one expression matching wherever any of them may
    hit: a text it does not match needs no rule tried one by one (the check tries them all on
    every line of every page)."""

    @cached_property
    def variants(self) -> re.Pattern[str]:
        words = dict.fromkeys(rule.avoid for rule in self)
        return re.compile("|".join(f"(?:{phrase_pattern(w)})" for w in words) or r"(?!)")


@dataclass(frozen=True)
class PageNames:
    """A page of the site and the names prose must not call it by, per language; the name to
    write is the page's own title (or its menu label), read from the page."""

    source: str  # "checklists/weekly-leadership-sync.md"
    avoid: dict[str, tuple[str, ...]]  # language -> discouraged names
    line: int  # where glossary.yml lists it


@dataclass(frozen=True)
class Glossary:
    concepts: tuple[Concept, ...]
    spelling: tuple[Replacement, ...]
    pages: tuple[PageNames, ...] = ()

    def replacements(self, lang: str, names: Mapping[str, Sequence[str]] | None = None) -> Replacements:
        """What texts in `lang` must write otherwise: the concepts' avoided variants, the
        spellings, and (given `names`, each page's accepted names in `lang`, its title first)
        the discouraged names of the pages listed under `pages`."""
        found = [
            Replacement(lang, variant, concept.terms[lang].term, f"glossary: {concept.id}", tuple(concept.forms(lang)))
            for concept in self.concepts
            for variant in concept.terms[lang].avoid
        ]
        found += [rule for rule in self.spelling if rule.lang == lang]
        for page in self.pages:
            accepted = list((names or {}).get(page.source) or [])
            if accepted:
                found += [
                    Replacement(lang, variant, accepted[0], f"page: {page.source}", tuple(accepted[1:]))
                    for variant in page.avoid.get(lang, ())
                ]
        return Replacements(found)


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _concept(entry: Any, text: str, path: Path) -> Concept:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise GlossaryError(path, 1, "every concept needs an 'id' and its terms in each language")
    line = _line_of(text, f"- id: {entry['id']}\n")
    terms = {}
    for lang in LANGUAGES:
        spec = entry.get(lang)
        if not isinstance(spec, dict) or not isinstance(spec.get("term"), str) or not spec["term"].strip():
            raise GlossaryError(path, line, f"concept '{entry['id']}' needs '{lang}: {{term: ...}}'")
        terms[lang] = Terms(spec["term"], _strings(spec.get("also")), _strings(spec.get("avoid")))
        for word in (terms[lang].term, *terms[lang].also):
            if foreign := set(word) & set(LANGUAGES[lang].foreign_letters):
                letters = "".join(sorted(foreign))
                raise GlossaryError(path, line, f"«{word}» ({lang}) has letters of another language: {letters}")
    meaning = entry.get("meaning") or {}
    if meaning and set(meaning) != set(LANGUAGES):
        raise GlossaryError(path, line, f"concept '{entry['id']}' needs its meaning in {', '.join(LANGUAGES)}")
    return Concept(entry["id"], terms, {lang: str(meaning[lang]) for lang in meaning}, entry.get("abbreviation"))


@cache
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise GlossaryError(path, mark.line + 1 if mark else 1, f"not valid YAML: {error}") from None
    concepts = tuple(_concept(entry, text, path) for entry in data.get("concepts") or [])
    spelling = tuple(
        Replacement(lang, variant, str(rule["write"]), "spelling", tuple(_strings(rule.get("also"))))
        for lang, rules in (data.get("spelling") or {}).items()
        for rule in rules
        for variant in _strings(rule.get("not"))
    )
    pages = tuple(_page_names(entry, text, path) for entry in data.get("pages") or [])
    return Glossary(concepts, spelling, pages)


def _page_names(entry: Any, text: str, path: Path) -> PageNames:
    if not isinstance(entry, dict) or not isinstance(entry.get("page"), str):
        raise GlossaryError(path, 1, "every entry of 'pages' needs 'page: <path under docs/<lang>/>.md'")
    line = _line_of(text, f"- page: {entry['page']}\n")
    unknown = sorted(set(entry) - {"page", *LANGUAGES})
    if unknown:
        raise GlossaryError(path, line, f"page '{entry['page']}': unknown key {unknown[0]!r}: give names per language")
    avoid = {lang: _strings(entry.get(lang)) for lang in LANGUAGES}
    for lang, names in avoid.items():
        for name in names:
            if foreign := set(name) & set(LANGUAGES[lang].foreign_letters):
                letters = "".join(sorted(foreign))
                raise GlossaryError(path, line, f"«{name}» ({lang}) has letters of another language: {letters}")
    return PageNames(entry["page"], avoid, line)


def synonym_groups(lang: str, glossary: Glossary | None = None) -> list[dict[str, list[str]]]:
    """For search in `lang`: per concept, every way a reader may type it in any language
    (terms, variants, abbreviation, even the avoided variants) as "f", and the ways this
    language's pages write it as "t"; per spelling rule, the variants and the one spelling."""
    glossary = glossary or load_glossary()
    groups = []
    for concept in glossary.concepts:
        typed = [form for code in LANGUAGES for form in (*concept.forms(code), *concept.terms[code].avoid)]
        groups.append({"f": list(dict.fromkeys(typed)), "t": concept.forms(lang)})
    for rule in glossary.spelling:
        if rule.lang == lang:
            groups.append({"f": [rule.avoid], "t": [rule.write]})
    return groups


def _shown(concept: Concept, lang: str, english: str) -> str:
    """How the table writes a concept in a language: the term, then its abbreviation (English,
    the default language `english`) or its variants in the language's own script, in brackets."""
    terms = concept.terms[lang]
    extra = [concept.abbreviation] if lang == english and concept.abbreviation else []
    extra += [variant for variant in terms.also if lang != english and not LATIN.search(variant)]
    return terms.term + (f" ({', '.join(extra)})" if extra else "")


PARTIAL = "kb-glossary.html"  # overrides/partials/: the marked-up cells


def glossary_table(lang: str, glossary: Glossary | None = None, languages: Mapping[str, Language] | None = None) -> str:
    """The glossary page's table in `lang`: a column per language (of `languages`, a build's;
    None: the project's), then the meaning."""
    glossary = glossary or load_glossary()
    languages = given_or_project(languages)
    english = default_language(languages)
    language = languages[lang]
    header = [language.t(f"languages.{code}") for code in languages] + [language.t("glossary.meaning")]
    rows = [header, ["---"] * len(header)]
    other_language = macro(PARTIAL, "other_language")
    for concept in sorted(glossary.concepts, key=lambda c: c.terms[english].term.lower()):
        if not concept.meaning:
            continue
        cells = []
        for code, other in languages.items():
            shown = _shown(concept, code, english)
            # Markup: the cell is Markdown, written as the glossary file has it, like the page's own column.
            cells.append(shown if code == lang else other_language(code, other.direction, Markup(shown)))
        rows.append([*cells, concept.meaning[lang]])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)
