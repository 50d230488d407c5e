"""The glossary data (scripts/kb/glossary.yml): it loads, gives every language its table,
and `make check` enforces its terms, its spellings and the style rules, naming file, line
and the word to write. A broken glossary file is named with its line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kb.checks.content import (
    Problem,
    check_data_text,
    check_docs,
    check_glossary_collisions,
    check_locale_text,
    check_page_names,
    load_pages,
    page_names,
)
from kb.content.glossary import GlossaryError, Replacement, glossary_table, load_glossary
from kb.content.navigation import nav_labels
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


def copy_of_docs(folder: Path) -> Path:
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return copy_of_docs(tmp_path)


def plant(copy: Path, lang: str, source: str, line: str) -> tuple[Path, int]:
    path = copy / "docs" / lang / source
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return path, len(text.splitlines())


def messages_at(problems: list[Problem], path: Path, line: int) -> list[str]:
    return [problem.message for problem in problems if problem.path == path and problem.line == line]


# (language, a line planted in tools/seo.md, the start of the message expected at it)
DISCOURAGED = [
    (
        "ar",
        "تعمل تكنولوجيا المعلومات مع التسويق.",
        "write «تقنية المعلومات», not «تكنولوجيا المعلومات» (glossary: it)",
    ),
    ("ar", "فعّلوا المصادقة الثنائية.", "write «المصادقة متعددة العوامل», not «المصادقة الثنائية»"),
    ("fa", "تیم آی‌تی را دعوت کنید.", "write «فناوری اطلاعات», not «آی‌تی» (glossary: it)"),
    ("fa", "تیم IT را دعوت کنید.", "write «فناوری اطلاعات», not «IT» (glossary: it)"),
    ("fa", "این‌که چه کسی مسئول است.", "write «اینکه», not «این‌که» (spelling)"),
    ("fa", "ابزار‌های تازه را ببینید.", "no half-space after «ر»"),
    ("fa", "تجربه‌ی مشتری مهم است.", "write the ezafe after a silent «ه» as «هٔ»"),
    ("ar", "شكراً لكم.", "write the tanween on the letter before the alif"),
    ("ar", "نقيس SEO و PPC معًا.", "write «و» joined to the Latin word after it («SEO وPPC»), not «و» and a space"),
    ("fa", "ورود دومرحله‌ای را روشن کنید.", "write «احراز هویت چندعاملی», not «ورود دومرحله‌ای»"),
    ("fa", "ورود چندمرحله‌ای را روشن کنید.", "write «احراز هویت چندعاملی», not «ورود چندمرحله‌ای»"),
    ("fa", "احراز هویت دومرحله‌ای را روشن کنید.", "write «احراز هویت چندعاملی», not «احراز هویت دومرحله‌ای»"),
    (
        "ar",
        "ناقشوه في مزامنة أسبوعية.",
        "write «الاجتماع الأسبوعي للقيادات», not «مزامنة أسبوعية» (page: checklists/weekly-leadership-sync.md)",
    ),
    (
        "ar",
        "راجعوا [فحص سلامة الشراكة](../checklists/partnership-health-check.md).",
        "write «فحص صحة الشراكة», not «فحص سلامة الشراكة» (page: checklists/partnership-health-check.md)",
    ),
    (
        "fa",
        "صفحهٔ [ارتباط مؤثر](../practices/communicate.md) را بخوانید.",
        "write «ارتباط بیش از آنچه لازم به نظر می‌رسد», not «ارتباط مؤثر» (page: practices/communicate.md)",
    ),
]


@pytest.fixture(scope="module")
def discouraged(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[tuple[Path, int]], list[Problem]]:
    """Every line of DISCOURAGED planted in one copy, each a paragraph of its own, and one check
    of the whole copy: a check per line cost a third of a second each."""
    copy = copy_of_docs(tmp_path_factory.mktemp("discouraged"))
    planted = [plant(copy, lang, "tools/seo.md", line) for lang, line, _ in DISCOURAGED]
    return planted, check_docs(copy / "docs", copy / "mkdocs.yml")


@pytest.mark.parametrize(("lang", "planted", "message"), DISCOURAGED)
def test_a_discouraged_term_or_style_is_named_with_what_to_write(
    discouraged: tuple[list[tuple[Path, int]], list[Problem]], lang: str, planted: str, message: str
) -> None:
    places, problems = discouraged
    path, line = places[DISCOURAGED.index((lang, planted, message))]
    found = messages_at(problems, path, line)
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


def test_an_arabic_and_before_an_arabic_word_or_inside_a_word_is_fine(copy: Path) -> None:
    path, line = plant(copy, "ar", "tools/seo.md", "نقيس SEO وPPC و العائد، وفي Google أيضًا.")
    assert not messages_at(check_docs(copy / "docs", copy / "mkdocs.yml"), path, line)


def test_a_page_is_named_by_its_title_as_the_page_writes_it_now(copy: Path) -> None:
    """The name to write is read from the page: a new title changes the message, and a
    discouraged name that is part of the accepted name where it stands is no fault."""
    page = copy / "docs/fa/checklists/tool-adoption.md"
    page.write_text(
        re.sub(r"(?m)^title: .*$", "title: به‌کارگیری ابزار تازه", page.read_text(encoding="utf-8")), encoding="utf-8"
    )
    bad, bad_line = plant(
        copy, "fa", "tools/seo.md", "با [چک‌لیست به‌کارگیری ابزار](../checklists/tool-adoption.md) پیش بروید."
    )
    _, good_line = plant(copy, "fa", "tools/seo.md", "با چک‌لیست «به‌کارگیری ابزار تازه» پیش بروید.")
    problems = check_docs(copy / "docs", copy / "mkdocs.yml")
    assert messages_at(problems, bad, bad_line) == [
        "write «به‌کارگیری ابزار تازه», not «چک‌لیست به‌کارگیری ابزار» (page: checklists/tool-adoption.md)"
    ]
    assert not messages_at(problems, bad, good_line)


def test_a_phrase_broken_across_two_lines_is_named_where_it_starts(copy: Path) -> None:
    path = copy / "docs/ar/tools/seo.md"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\nناقشوا الأمر في فحص سلامة\nالشراكة كل ستة أشهر.\n"
    path.write_text(text, encoding="utf-8")
    line = len(text.splitlines()) - 1
    assert "write «فحص صحة الشراكة», not «فحص سلامة الشراكة» (page: checklists/partnership-health-check.md)" in (
        messages_at(check_docs(copy / "docs", copy / "mkdocs.yml"), path, line)
    )


ROADMAP = Replacement("fa", "نقشه راه", "نقشهٔ راه", "spelling")
INSTEAD = Replacement("fa", "به جای", "به‌جای", "spelling")


@pytest.mark.parametrize(
    ("rule", "text", "hit"),
    [
        (ROADMAP, "روی نقشهٔ راه مشترک", False),  # the right form holds the wrong one but for «ٔ»
        (ROADMAP, "روی نقشه راه مشترک", True),
        (ROADMAP, "روی نقشه  راه مشترک", True),  # two spaces
        (ROADMAP, "روی نقشه\u00a0راه مشترک", True),  # a no-break space
        (ROADMAP, "روی نقشه‌راه مشترک", False),  # a half-space is not a space (another fault, not this one)
        (INSTEAD, "به‌جای ایمیل", False),
        (INSTEAD, "به جای ایمیل", True),
        # «به جایی» (somewhere) holds «به جای»: the glossary's real rule lists it under `also`
        (next(r for r in load_glossary().spelling if r.avoid == "به جای"), "به جایی فرستاده نمی‌شوند", False),
        (next(r for r in load_glossary().spelling if r.avoid == "به جای"), "به جای ایمیل", True),
        (
            Replacement("ar", "الاجتماع الأسبوعي", "الاجتماع الأسبوعي للقيادات", "page: x"),
            "في الاجتماع الأسبوعي للقيادات",
            False,
        ),
        (
            Replacement("ar", "الاجتماع الأسبوعي", "الاجتماع الأسبوعي للقيادات", "page: x"),
            "في الاجتماع الأسبوعي القادم",
            True,
        ),
    ],
)
def test_a_variant_is_a_phrase_and_never_a_part_of_the_accepted_form(rule: Replacement, text: str, hit: bool) -> None:
    assert bool(list(rule.hits(text))) is hit


def test_figures_and_interface_strings_follow_the_wording_rules_with_file_and_line(copy: Path, tmp_path: Path) -> None:
    pages, _ = load_pages(copy / "docs")
    names = page_names(pages, nav_labels(copy / "mkdocs.yml"))
    rules = {lang: load_glossary().replacements(lang, names[lang]) for lang in LANGUAGES}
    assert ROADMAP in rules["fa"]  # the glossary's own spelling list holds it
    figures = tmp_path / "figures.yml"
    figures.write_text(
        "x:\n  steps:\n    - en: Decide\n      ar: قرروا في الاجتماع الأسبوعي للقيادة\n      fa: روی نقشه راه\n"
    )
    assert [str(problem).split(": ", 1)[1] for problem in check_data_text(figures, rules)] == [
        "write «الاجتماع الأسبوعي للقيادات», not «الاجتماع الأسبوعي للقيادة» "
        "(page: checklists/weekly-leadership-sync.md)",
        "write «نقشهٔ راه», not «نقشه راه» (spelling)",
    ]
    assert [problem.line for problem in check_data_text(figures, rules)] == [4, 5]
    locale = tmp_path / "fa.yml"
    locale.write_text('direction: rtl\nstrings:\n  checklist:\n    copy: "کپی"\n    where: "در سنجش سلامت همکاری"\n')
    found = list(check_locale_text(locale, "fa", rules["fa"]))
    assert [(problem.line, problem.message) for problem in found] == [
        (5, "write «بررسی سلامت همکاری», not «سنجش سلامت همکاری» (page: checklists/partnership-health-check.md)")
    ]


GLOSSARY_HEAD = "concepts:\n"
CONCEPT = "  - id: {id}\n    en: {{term: {en}}}\n    ar: {{term: {ar}}}\n    fa: {{term: {fa}}}\n"


def test_one_variant_under_two_concepts_is_named(tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.yml"
    glossary.write_text(
        GLOSSARY_HEAD
        + CONCEPT.format(id="advertorial", en="Advertorial", ar="مقال إعلاني, also: [محتوى مموّل]", fa="رپورتاژ")
        + CONCEPT.format(id="sponsored", en="Sponsored content", ar="المحتوى الممول", fa="محتوای حمایت‌شده"),
        encoding="utf-8",
    )
    found = list(check_glossary_collisions(load_glossary(glossary), glossary))
    assert [(problem.line, problem.message) for problem in found] == [
        (
            6,
            "«المحتوى الممول» (ar) of 'sponsored' is «محتوى مموّل» of 'advertorial': "
            "a term or variant belongs to one concept; remove it from one of them",
        )
    ]
    assert not list(check_glossary_collisions(load_glossary()))


def test_a_pages_entry_must_name_a_page_and_not_its_own_title(copy: Path, tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.yml"
    glossary.write_text(
        "pages:\n  - page: checklists/nowhere.md\n    ar: [قائمة]\n"
        "  - page: checklists/partnership-health-check.md\n    fa: [بررسی سلامت همکاری]\n",
        encoding="utf-8",
    )
    pages, _ = load_pages(copy / "docs")
    names = page_names(pages, nav_labels(copy / "mkdocs.yml"))
    found = [
        (p.line, p.message) for p in check_page_names(load_glossary(glossary), names, glossary) if p.path == glossary
    ]
    assert (2, "pages: no page docs/ar/checklists/nowhere.md: write the path of a page") in found
    assert (
        4,
        "pages: «بررسی سلامت همکاری» is the name of docs/fa/checklists/partnership-health-check.md "
        "(its title or menu label), so it cannot be a discouraged one: remove it",
    ) in found
    with pytest.raises(GlossaryError, match="unknown key 'de'"):
        glossary.write_text("pages:\n  - page: index.md\n    de: [Start]\n", encoding="utf-8")
        load_glossary.cache_clear()
        load_glossary(glossary)
