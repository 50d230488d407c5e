"""The glossary data (scripts/kb/glossary.yml): it loads, gives every language its table,
and `make check` enforces its terms, its spellings and the style rules, naming file, line
and the word to write. A broken glossary file is named with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.checks.content import Problem, check_docs
from kb.content.glossary import GlossaryError, glossary_table, load_glossary
from kb.languages import LANGUAGES
from kb.project import ROOT


def test_every_concept_has_a_term_in_every_language_and_the_table_a_row_per_meaning() -> None:
    glossary = load_glossary()
    assert len(glossary.concepts) >= 25
    with_meaning = [concept for concept in glossary.concepts if concept.meaning]
    for lang in LANGUAGES:
        table = glossary_table(lang).splitlines()
        assert table[0].startswith(f"| {LANGUAGES[lang].t('languages.en')} |")
        assert len(table) == 2 + len(with_meaning)
        it = next(
            row for row in table if LANGUAGES[lang].t("languages.en") not in row and "Information technology" in row
        )
        assert {"en": "Information technology (IT)", "ar": "تقنية المعلومات", "fa": "فناوری اطلاعات"}[lang] in it


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def plant(copy: Path, lang: str, source: str, line: str) -> tuple[Path, int]:
    path = copy / "docs" / lang / source
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return path, len(text.splitlines())


def messages_at(problems: list[Problem], path: Path, line: int) -> list[str]:
    return [problem.message for problem in problems if problem.path == path and problem.line == line]


@pytest.mark.parametrize(
    ("lang", "planted", "message"),
    [
        (
            "ar",
            "تعمل تكنولوجيا المعلومات مع التسويق.",
            "write «تقنية المعلومات», not «تكنولوجيا المعلومات» (glossary: it)",
        ),
        ("ar", "فعّلوا المصادقة الثنائية.", "write «المصادقة متعددة العوامل», not «المصادقة الثنائية»"),
        ("fa", "تیم آی‌تی را دعوت کنید.", "write «فناوری اطلاعات», not «آی‌تی» (glossary: it)"),
        ("fa", "تیم IT را دعوت کنید.", "write «فناوری اطلاعات», not «IT» (glossary: it)"),
        ("fa", "اینکه چه کسی مسئول است.", "write «این‌که», not «اینکه» (spelling)"),
        ("fa", "ابزار‌های تازه را ببینید.", "no half-space after «ر»"),
        ("fa", "تجربه‌ی مشتری مهم است.", "write the ezafe after a silent «ه» as «هٔ»"),
        ("ar", "شكراً لكم.", "write the tanween on the letter before the alif"),
    ],
)
def test_a_discouraged_term_or_style_is_named_with_what_to_write(
    copy: Path, lang: str, planted: str, message: str
) -> None:
    path, line = plant(copy, lang, "tools/seo.md", planted)
    found = messages_at(check_docs(copy / "docs", copy / "mkdocs.yml"), path, line)
    assert any(text.startswith(message) for text in found), found


def test_an_abbreviation_in_brackets_after_its_term_is_fine(copy: Path) -> None:
    path, line = plant(copy, "fa", "tools/seo.md", "واحد فناوری اطلاعات (IT) را دعوت کنید.")
    assert not messages_at(check_docs(copy / "docs", copy / "mkdocs.yml"), path, line)


def test_a_tool_page_with_other_section_headings_is_named(copy: Path) -> None:
    path = copy / "docs/en/tools/seo.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## What IT provides", "## IT's part"), encoding="utf-8")
    problems = check_docs(copy / "docs", copy / "mkdocs.yml")
    assert any(
        p.path == path and "tool pages share their sections: write '## What IT provides' here" in p.message
        for p in problems
    ), problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("concepts:\n  - id: x\n    en: {term: X}\n    ar: {term: س}\n", "concept 'x' needs 'fa: {term: ...}'"),
        ("concepts:\n  - id: y\n    en: {term: Y}\n    ar: {term: س}\n    fa: {term: يك}\n", "has letters of another"),
        ("concepts: [\n", "not valid YAML"),
    ],
)
def test_a_broken_glossary_file_is_named_with_its_line(tmp_path: Path, text: str, message: str) -> None:
    broken = tmp_path / "glossary.yml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as error:
        load_glossary(broken)
    assert str(error.value).startswith(f"{broken}:") and message in str(error.value)


def test_a_listed_page_is_named_by_its_title_or_menu_label(copy: Path) -> None:
    named = {
        "- [Empathy](../practices/empathy.md): how.": None,  # the start of its title
        "- [Tools](index.md): all of them.": None,  # the menu label of tools/index.md
        "- [Feelings](../practices/empathy.md): how.": "'[Empathy between marketing and IT]', not '[Feelings]'",
    }
    lines = {text: plant(copy, "en", "tools/seo.md", text)[1] for text in named}
    problems = check_docs(copy / "docs", copy / "mkdocs.yml")
    for text, message in named.items():
        found = messages_at(problems, copy / "docs/en/tools/seo.md", lines[text])
        assert any(message in m for m in found) if message else not found, (text, found)
