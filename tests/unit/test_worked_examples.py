"""Issue 26, item 2: every practice page and every ownership page tells one worked example,
written as an `!!! example "..."` admonition, in every language. The structure check keeps
the admonitions of a translation in the English order; this test keeps the count at one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.content.pages import Page, read_page
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.project import DOCS

SECTIONS = ("practices", "ownership")
# Reference pages in those sections: they point to laws and who decides, they describe no practice or model.
REFERENCE_PAGES = {"ownership/data-protection.md"}
SHORT_CASE = range(120, 201)  # words of an English example: short enough to read in a meeting


def pages_with_examples() -> list[str]:
    """Every page of the two sections except their overview (index.md) and the reference pages,
    from the English tree."""
    return sorted(
        path.relative_to(DOCS / DEFAULT_LANGUAGE).as_posix()
        for section in SECTIONS
        for path in (DOCS / DEFAULT_LANGUAGE / section).glob("*.md")
        if path.name != "index.md" and path.relative_to(DOCS / DEFAULT_LANGUAGE).as_posix() not in REFERENCE_PAGES
    )


def examples(page: Page) -> list[int]:
    """Lines where the page opens an example admonition."""
    return [line for kind, line in page.admonitions if kind == "example"]


def example_words(path: Path) -> int:
    """Words of the first example admonition's body (its indented lines), bold labels included."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("!!! example"))
    body = []
    for line in lines[start + 1 :]:
        if line.strip() and not line.startswith("    "):
            break
        body.append(line)
    return len(re.findall(r"[\w'-]+", " ".join(body)))


def test_the_sections_have_pages_to_check() -> None:
    assert len(pages_with_examples()) >= 7, pages_with_examples()


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("source", pages_with_examples())
def test_each_page_has_exactly_one_worked_example(lang: str, source: str) -> None:
    page = read_page(DOCS / lang / source)
    assert len(examples(page)) == 1, f"docs/{lang}/{source}: example admonitions at lines {examples(page)}"


@pytest.mark.parametrize("source", pages_with_examples())
def test_the_english_example_is_a_short_case(source: str) -> None:
    assert example_words(DOCS / DEFAULT_LANGUAGE / source) in SHORT_CASE


def test_a_second_example_or_none_is_counted() -> None:
    text = '---\ntitle: T\n---\n\n!!! example "One"\n    A.\n\n!!! tip "Tip"\n    B.\n\n!!! example "Two"\n    C.\n'
    assert examples(read_page(Path("docs/en/x.md"), text)) == [5, 11]
    assert examples(read_page(Path("docs/en/x.md"), "---\ntitle: T\n---\n\nText.\n")) == []
