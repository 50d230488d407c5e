"""Content rules that read only the sources: the real site passes them, and each rule fires
on a planted fault, naming the file and line. Links, anchors and the HTML policy are judged by
the build that `kb check` runs: tests/build/test_check_is_the_build.py."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kb.checks.content import Problem, check_docs
from kb.languages import LANGUAGES
from kb.project import ROOT


def test_the_site_passes_every_content_check() -> None:
    problems = check_docs(ROOT / "docs", ROOT / "mkdocs.yml")
    assert not problems, "\n".join(map(str, problems))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def edit(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, f"the planted fault did not change {path}"
    path.write_text(changed, encoding="utf-8")


def append_line(path: Path, line: str) -> int:
    """Add a line at the end of a page; return its line number."""
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.splitlines())


def problems_in(copy: Path) -> list[Problem]:
    return check_docs(copy / "docs", copy / "mkdocs.yml")


def assert_reported(problems: list[Problem], path: Path, line: int | None, words: str) -> None:
    hits = [p for p in problems if p.path == path and (line is None or p.line == line) and words in p.message]
    assert hits, f"expected a problem at {path}:{line} mentioning {words!r}; got:\n" + "\n".join(map(str, problems))


SEO = "tools/seo.md"


def test_a_page_missing_in_one_language(copy: Path) -> None:
    (copy / "docs/fa" / SEO).unlink()
    assert_reported(problems_in(copy), copy / "docs/fa" / SEO, 1, "page missing in 'fa'")


def test_a_page_no_navigation_reaches(copy: Path) -> None:
    for lang in LANGUAGES:
        shutil.copy(copy / "docs" / lang / SEO, copy / "docs" / lang / "tools/orphan.md")
    assert_reported(problems_in(copy), copy / "docs/en/tools/orphan.md", 1, "no navigation entry")


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (lambda t: t.replace("---\n", "", 1), 1, "no front matter"),
        (
            lambda t: t.replace("description: ", "description: Costs: high ", 1).replace(
                'description: Costs: high "', "description: Costs: high ", 1
            ),
            3,
            "not valid YAML",
        ),
        (lambda t: t.replace("  - it\n", "  - sales\n", 1), 4, "unknown tag 'sales'"),
        (
            lambda t: "".join(line for line in t.splitlines(True) if not line.startswith("title:")),
            1,
            "non-empty 'title'",
        ),
    ],
)
def test_bad_front_matter(copy: Path, change: Callable[[str], str], line: int, words: str) -> None:
    page = copy / "docs/en" / SEO
    edit(page, change)
    assert_reported(problems_in(copy), page, line, words)


@pytest.mark.parametrize(
    ("planted", "words"),
    [
        ("![](../assets/diagram.png)", "alt text"),
        ('<img src="../images/diagram.png">', "alt text"),
    ],
)
def test_images_need_alt_text(copy: Path, planted: str, words: str) -> None:
    """Unsafe markup is judged on the rendered HTML: tests/build/test_safe_content.py."""
    page = copy / "docs/en" / SEO
    line = append_line(page, planted)
    assert_reported(problems_in(copy), page, line, words)


def test_arabic_letters_in_a_persian_page(copy: Path) -> None:
    page = copy / "docs/fa" / SEO
    line = append_line(page, "این متن يك حرف عربي دارد.")
    assert_reported(problems_in(copy), page, line, "«ي» (U+064A) does not belong in a Persian page")


def test_persian_letters_in_an_arabic_page(copy: Path) -> None:
    page = copy / "docs/ar" / SEO
    line = append_line(page, "هذا النص فيه حرف گ فارسي.")
    assert_reported(problems_in(copy), page, line, "«گ»")


def test_other_language_inside_a_lang_span_is_allowed(copy: Path) -> None:
    append_line(copy / "docs/fa" / SEO, 'واژه عربی <span lang="ar">التسويق عبر البريد الإلكتروني</span> را هم می‌بینید.')
    assert not problems_in(copy)


def test_latin_digits_in_a_persian_page(copy: Path) -> None:
    page = copy / "docs/fa" / SEO
    line = append_line(page, "بیش از 75 درصد بودجه")
    assert_reported(problems_in(copy), page, line, "digit «5» in a Persian page")


def test_missing_half_space_in_persian(copy: Path) -> None:
    page = copy / "docs/fa" / SEO
    line = append_line(page, "این کار انجام می شود.")
    assert_reported(problems_in(copy), page, line, "half-space")


def test_untranslated_paragraph(copy: Path) -> None:
    page = copy / "docs/ar" / SEO
    line = append_line(page, "This paragraph was left in English by mistake and nobody translated it.")
    assert_reported(problems_in(copy), page, line, "mostly Latin letters")


def test_a_translators_extra_checklist_item_is_named_in_words(copy: Path) -> None:
    """An up-to-date translation with one item more than English: the message says which."""
    page = copy / "docs/fa/checklists/tool-adoption.md"
    edit(page, lambda t: t.replace("- [ ] ", "- [ ] یک کار تازه\n- [ ] ", 1))
    problems = [p for p in problems_in(copy) if p.path == page]
    assert len(problems) == 1, problems
    assert "has no English counterpart" in problems[0].message and "items here and" in problems[0].message
    assert problems[0].message.startswith("checklist '"), problems[0].message


def test_a_missing_heading_is_named_in_words(copy: Path) -> None:
    page = copy / "docs/ar" / SEO
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    last_heading = max(i for i, line in enumerate(lines) if line.startswith("## "))
    page.write_text("".join(lines[:last_heading] + lines[last_heading + 1 :]), encoding="utf-8")
    english = [
        line.removeprefix("## ").strip()
        for line in (copy / "docs/en" / SEO).read_text().splitlines()
        if line.startswith("## ")
    ][-1]
    assert_reported(problems_in(copy), page, None, f"in English is '{english}'")


def test_an_english_only_change_leaves_translations_stale_not_failing(copy: Path) -> None:
    """A new section and a new checklist item in English only: no problem for any language."""
    english = copy / "docs/en/checklists/tool-adoption.md"
    edit(
        english,
        lambda t: (
            t.replace("- [ ] ", "- [ ] Ask who owns the data export\n- [ ] ", 1)
            + "\n## A new section\n\nWritten in English first.\n"
        ),
    )
    assert not problems_in(copy)


def test_heading_level_that_skips(copy: Path) -> None:
    page = copy / "docs/en" / SEO
    line = append_line(page, "#### Too deep")
    assert_reported(problems_in(copy), page, line, "skips from h2 to h4")


SURVEY = "why-it-matters/every-company-is-a-tech-company.md"


def test_a_marker_for_a_figure_that_does_not_exist(copy: Path) -> None:
    page = copy / "docs/fa" / SURVEY
    edit(page, lambda t: t.replace("<!-- figure: it-survey -->", "<!-- figure: it-surveys -->"))
    line = page.read_text(encoding="utf-8").splitlines().index("<!-- figure: it-surveys -->") + 1
    problems = problems_in(copy)
    assert_reported(problems, page, line, "no figure 'it-surveys' in scripts/kb/figures.yml: write one of cmo-budget")
    assert_reported(problems, page, None, "figures ['cmo-budget', 'it-surveys'] and the English page")


def test_a_translation_must_show_the_figures_of_its_english_page(copy: Path) -> None:
    page = copy / "docs/ar/ownership/index.md"
    edit(page, lambda t: t.replace("<!-- figure: ownership-split -->\n\n", ""))
    assert_reported(problems_in(copy), page, None, "shows the figures none and the English page ['ownership-split']")
