"""Every figure on the site names its source, and the sources page lists every source named.

A page states a figure when a line has a percentage, or a number next to a word of surveys
(FIGURE_WORDS). The section it stands in (the text between two headings) must then hold a
source line, which starts with the interface's own "Source:" (kb/locales, `figure.source`,
the same words the charts' captions print) and names its sources in bold, or a chart whose
entry in kb/figures.yml has a `source`. Each name must be an entry (a `###` heading) of that
language's sources page, and that entry must link the page among those that cite it. Reads
Markdown only: no build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb.checks.content import ANY_DIGIT, prose
from kb.content.figures import load_figures
from kb.content.pages import Page, page_sources, read_page
from kb.languages import LANGUAGES
from kb.project import ROOT

DOCS = ROOT / "docs"
SOURCES_PAGE = "sources.md"
# Pages whose numbers are not figures from a source: the sources page is where they are
# described; the contributing page shows how to write digits ("75%, 403") in each language.
NOT_FIGURES = {SOURCES_PAGE: "the sources page itself", "contributing.md": "digits as a style example"}
PERCENT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)?\s?[%٪]")
FIGURE_WORDS = {  # words that make a number a survey figure, per language
    "en": re.compile(r"\b(?:survey|respondents|per ?cent)", re.I),
    "ar": re.compile(r"استطلاع|المشاركين|المستطلعين|بالمئة|في المئة"),
    "fa": re.compile(r"نظرسنجی|پاسخ\u200cدهندگان|درصد"),
}
BOLD = re.compile(r"\*\*(.+?)\*\*")
TAG = re.compile(r"<[^>]+>")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s#]+\.md)\)")
FIGURES = load_figures()


def states_figure(text: str, lang: str) -> bool:
    text = prose(text)
    return bool(PERCENT.search(text) or (ANY_DIGIT.search(text) and FIGURE_WORDS[lang].search(text)))


def plain(name: str) -> str:
    return " ".join(TAG.sub("", name).split()).casefold()


@dataclass(frozen=True)
class Citation:
    line: int
    names: tuple[str, ...]  # as written, in bold on a source line; or a chart's source text
    chart: str = ""  # the chart's name when the citation is a chart's caption


def sections(page: Page) -> list[list[tuple[int, str]]]:
    """The body's lines, cut at every heading."""
    cut: list[list[tuple[int, str]]] = [[]]
    for line in page.body:
        if line.text.startswith("#"):
            cut.append([])
        cut[-1].append((line.number, line.text))
    return cut


def citations(page: Page, lang: str) -> list[Citation]:
    found = []
    prefix = LANGUAGES[lang].t("figure.source")
    for line in page.body:
        if line.text.startswith(prefix):
            found.append(Citation(line.number, tuple(BOLD.findall(line.text))))
    for name, number in page.figures:
        if (source := FIGURES[name].source) is not None:
            found.append(Citation(number, (source[lang],), chart=name))
    return found


def uncited_figures(page: Page, lang: str) -> list[str]:
    """A message for each section that states a figure without a source, and for a
    description that states one on a page without any."""
    problems = []
    cited_lines = {citation.line for citation in citations(page, lang)}
    for section in sections(page):
        numbers = {number for number, _ in section}
        stated = [number for number, text in section if states_figure(text, lang)]
        if stated and not numbers & cited_lines:
            problems.append(f"{page.path}:{stated[0]}: a figure without a source line in its section")
    description = str(page.meta.get("description") or "")
    if states_figure(description, lang) and not cited_lines:
        problems.append(f"{page.path}:{page.meta_lines.get('description', 1)}: the description states a figure")
    return problems


def entries(sources: Page) -> dict[str, set[str]]:
    """The sources page's entries: the name of each `###` heading (plain, case-folded) ->
    the pages its section links, as paths relative to the language's folder."""
    found: dict[str, set[str]] = {}
    current = None
    for line in sources.body:
        if heading := re.match(r"^(#+)\s+(.*)$", line.text):
            current = plain(heading.group(2)) if len(heading.group(1)) == 3 else None
            if current is not None:
                found[current] = set()
        elif current is not None:
            found[current] |= {(Path(target).as_posix()) for target in LINK.findall(line.text)}
    return found


def unlisted_sources(page: Page, source: str, lang: str, listed: dict[str, set[str]]) -> list[str]:
    """A message for each citation naming no entry of the sources page, or an entry that
    does not list the page."""
    problems = []
    for citation in citations(page, lang):
        where = f"{page.path}:{citation.line}"
        if citation.chart:
            text = plain(citation.names[0])
            named = [name for name in listed if name in text]
            if not named:
                problems.append(f"{where}: chart '{citation.chart}' names no entry of {lang}/{SOURCES_PAGE}")
        else:
            named = [plain(name) for name in citation.names]
            if not named:
                problems.append(f"{where}: the source line names no source in **bold**")
            problems += [
                f"{where}: '{name}' is not an entry of {lang}/{SOURCES_PAGE}" for name in named if name not in listed
            ]
        problems += [
            f"{where}: the entry '{name}' of {lang}/{SOURCES_PAGE} does not link {source}"
            for name in named
            if name in listed and source not in listed[name]
        ]
    return problems


def pages(lang: str) -> list[tuple[str, Page]]:
    return [(source, read_page(DOCS / lang / source)) for source in page_sources(DOCS, lang)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_stating_a_figure_names_its_source(lang: str) -> None:
    problems = [
        problem for source, page in pages(lang) if source not in NOT_FIGURES for problem in uncited_figures(page, lang)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sources_page_lists_every_source_cited_and_the_pages_citing_it(lang: str) -> None:
    listed = entries(read_page(DOCS / lang / SOURCES_PAGE))
    assert len(listed) >= 5, listed  # the two articles and the figures' sources at least
    problems = [problem for source, page in pages(lang) for problem in unlisted_sources(page, source, lang, listed)]
    problems += [
        f"{lang}/{SOURCES_PAGE}: the entry '{name}' links no page" for name, linked in listed.items() if not linked
    ]
    assert not problems, "\n".join(problems)


def test_the_site_cites_sources_at_all() -> None:
    """The two tests above pass vacuously on a site without figures: this one would not."""
    cited = [source for source, page in pages("en") if citations(page, "en") and source not in NOT_FIGURES]
    assert {"tools/data-analytics.md", "why-it-matters/every-company-is-a-tech-company.md"} <= set(cited)


PAGE = """---
title: T
description: D
tags: [marketing]
---

## Budgets

{text}

## Other

Nothing to count here.
"""


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In a survey of 120 marketers, most said so."),
        ("en", "Two in five, 40%, said so."),
        ("ar", "في استطلاع شمل 120 مسوقًا قال معظمهم ذلك."),
        ("fa", "در نظرسنجی از ۱۲۰ بازاریاب بیشترشان چنین گفتند."),
        ("fa", "۴۰٪ چنین گفتند."),
        ("en", "40% said so.\n\nSource line in the wrong words: **CMO Council**."),
    ],
)
def test_a_figure_without_a_source_line_is_named(lang: str, text: str) -> None:
    page = read_page(Path(f"docs/{lang}/x.md"), PAGE.format(text=text))
    assert [problem.split(": ", 1)[1] for problem in uncited_figures(page, lang)] == [
        "a figure without a source line in its section"
    ]


def test_a_source_line_in_the_section_satisfies_the_rule_and_must_name_an_entry() -> None:
    listed = {"cmo council": {"x.md"}, "other survey": {"elsewhere.md"}}
    cited = read_page(Path("docs/en/x.md"), PAGE.format(text="40% said so.\n\nSource: **CMO Council**, as quoted."))
    assert uncited_figures(cited, "en") == []
    assert unlisted_sources(cited, "x.md", "en", listed) == []
    elsewhere = read_page(Path("docs/en/x.md"), PAGE.format(text="40% said so.\n\nSource: **Other survey**."))
    assert unlisted_sources(elsewhere, "x.md", "en", listed) == [
        f"docs/en/x.md:11: the entry 'other survey' of en/{SOURCES_PAGE} does not link x.md"
    ]
    unknown = read_page(Path("docs/en/x.md"), PAGE.format(text="40% said so.\n\nSource: **Someone**."))
    assert unlisted_sources(unknown, "x.md", "en", listed) == [
        f"docs/en/x.md:11: 'someone' is not an entry of en/{SOURCES_PAGE}"
    ]
    unnamed = read_page(Path("docs/en/x.md"), PAGE.format(text="40% said so.\n\nSource: a study."))
    assert unlisted_sources(unnamed, "x.md", "en", listed) == [
        "docs/en/x.md:11: the source line names no source in **bold**"
    ]


def test_a_description_with_a_figure_needs_a_source_on_the_page() -> None:
    page = read_page(Path("docs/en/x.md"), PAGE.replace("description: D", "description: 61% agree").format(text="-"))
    assert uncited_figures(page, "en") == ["docs/en/x.md:3: the description states a figure"]
