"""Every bad input a contributor can make gets one line naming the file and the line, and
what to do, from `make check` (kb check, here on a small project, which it builds) and never a
traceback. The same cases through `mkdocs build --strict` are in
tests/build/test_bad_inputs_in_the_build.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.content.pages import nesting_problems, read_page
from kb.languages import LANGUAGES
from kb.project import ROOT
from tests.support.projects import copy_page, run_kb, small_project

SEO = "tools/seo.md"
GOOD_FRONT_MATTER = "---\ntitle: Search engine optimisation\ndescription: What SEO is.\ntags:\n  - marketing\n---\n"

# name -> (bytes of docs/en/tools/seo.md, the line reported, words of the message); None: accepted
PAGES: dict[str, tuple[bytes, int, str] | None] = {
    "invalid UTF-8": (GOOD_FRONT_MATTER.encode() + b"\nText.\n\xff\xfe broken\n", 9, "not valid UTF-8 (byte 0xff)"),
    "empty page": (b"", 1, "the page is empty"),
    "only white space": (b"\n  \n", 1, "the page is empty"),
    "front matter only": (GOOD_FRONT_MATTER.encode(), 6, "front matter but no text"),
    "malformed front matter": (b"---\ntitle: Costs: high\ndescription: x\n---\n\nText.\n", 2, "not valid YAML"),
    "front matter not a mapping": (b"---\n- a list\n- of things\n---\n\nText.\n", 2, "must be 'key: value' lines"),
    "no front matter": (b"Just text.\n", 1, "no front matter"),
    "unclosed front matter": (b"---\ntitle: T\n\nText.\n", 1, "front matter is not closed"),
}


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A small project (the real theme, plugin and configuration) with the real SEO page: `kb
    check` builds it, in this process."""
    project = small_project(tmp_path / "project", [SEO])
    copy_page(project, SEO)
    return project


def problem_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return [
        line for line in result.stdout.splitlines() if not line.startswith(("content checks", "1 problem", "2 problem"))
    ]


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize("name", [name for name, case in PAGES.items() if case])
def test_a_bad_page_gets_one_line_naming_file_and_line(copy: Path, name: str) -> None:
    content, line, words = PAGES[name]
    for lang in LANGUAGES:  # the same bad file in every language: no other problem follows
        (copy / "docs" / lang / SEO).write_bytes(content)
    result = run_kb(copy, "check")
    assert result.returncode == 1
    ours = [text for text in problem_lines(result) if text.startswith(f"docs/en/{SEO}:")]
    assert ours == [ours[0]] and ours[0].startswith(f"docs/en/{SEO}:{line}: ") and words in ours[0], result.stdout


@pytest.mark.slow  # builds a project of its own
def test_a_byte_order_mark_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    """The small project is not a whole site (it lacks the pages the glossary names, and the tags
    page), so what `kb check` says of it as it is, it must say, no more, with the page saved with
    a byte-order mark (English), with Windows line ends (Arabic) and with both (Persian)."""

    def problems(project: Path) -> list[str]:
        result = run_kb(project, "check")
        return [line.replace(str(project), "") for line in problem_lines(result)]

    plain, saved = (small_project(tmp_path / name, [SEO]) for name in ("plain", "saved"))
    for project in (plain, saved):
        copy_page(project, SEO)
    for lang, bom, crlf in (("en", True, False), ("ar", False, True), ("fa", True, True)):
        page = saved / "docs" / lang / SEO
        text = page.read_bytes()
        page.write_bytes((b"\xef\xbb\xbf" if bom else b"") + (text.replace(b"\n", b"\r\n") if crlf else text))
    expected = problems(plain)
    assert expected and not [line for line in expected if SEO in line], expected  # the page itself is fine
    assert problems(saved) == expected


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize(
    ("name", "fixed"), [("tools/Web Inars.md", "tools/web-inars.md"), ("tools/SEO2.md", "tools/seo2.md")]
)
def test_a_file_name_with_spaces_or_capitals_is_named_with_the_fix(copy: Path, name: str, fixed: str) -> None:
    for lang in LANGUAGES:
        shutil.copy(copy / "docs" / lang / SEO, copy / "docs" / lang / name)
    lines = problem_lines(run_kb(copy, "check"))
    assert (
        f"docs/en/{name}:1: the file name '{name}' must be lowercase words, digits and hyphens: "
        f"rename it to '{fixed}'" in lines
    ), lines


@pytest.mark.slow  # builds a project of its own
def test_a_nav_entry_to_a_missing_file_names_the_line_of_mkdocs_yml(copy: Path) -> None:
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - tools/seo.md\n", "  - tools/seo.md\n  - tools/gone.md\n")
    config.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  - tools/gone.md") + 1
    lines = problem_lines(run_kb(copy, "check"))
    assert any(
        entry.startswith(f"mkdocs.yml:{line}: the nav entry 'tools/gone.md' names no file") for entry in lines
    ), lines


@pytest.mark.slow  # builds a project of its own
def test_an_untouched_scaffold_cannot_ship(copy: Path) -> None:
    assert run_kb(copy, "new-page", "tools/webinars", "--title", "Webinars").returncode == 0
    lines = problem_lines(run_kb(copy, "check"))
    english = [line for line in lines if line.startswith("docs/en/tools/webinars.md:")]
    assert any("the description is still new-page's placeholder" in line for line in english), lines
    assert any("this is still new-page's placeholder text" in line for line in english), lines


@pytest.mark.slow  # builds a project of its own
def test_a_page_in_one_language_only_names_the_missing_file(copy: Path) -> None:
    (copy / "docs/fa/tools/extra.md").write_bytes((copy / "docs/fa" / SEO).read_bytes())
    lines = problem_lines(run_kb(copy, "check"))
    assert (
        "docs/en/tools/extra.md:1: page missing in 'en': it exists as docs/fa/tools/extra.md; "
        "write the translation (or run `make new-page`)" in lines
    ), lines


@pytest.mark.parametrize("nav_line", ["nav :", "nav: # the menu, in order"])
def test_new_page_accepts_a_spaced_or_commented_nav_key(copy: Path, nav_line: str) -> None:
    config = copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\nnav:\n", f"\n{nav_line}\n"), encoding="utf-8")
    result = run_kb(copy, "new-page", "tools/webinars", "--title", "Webinars")
    assert result.returncode == 0, result.stderr
    assert "  - tools/webinars.md" in config.read_text(encoding="utf-8")


def test_new_page_without_a_nav_writes_nothing(copy: Path) -> None:
    config = copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\nnav:\n", "\nnavigation:\n"), encoding="utf-8")
    result = run_kb(copy, "new-page", "tools/webinars", "--title", "Webinars")
    assert result.returncode == 1 and "has no 'nav:' section" in result.stderr and "Traceback" not in result.stderr
    assert not list((copy / "docs").rglob("webinars.md")), "new-page wrote files before refusing"


def test_status_piped_into_head_ends_quietly(copy: Path) -> None:
    command = f"'{sys.executable}' -m kb --docs '{copy / 'docs'}' --config '{copy / 'mkdocs.yml'}' status | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, check=False)
    assert result.stdout.startswith("Arabic (docs/ar):") and result.stderr == "", result.stderr


def test_status_of_an_unreadable_page_is_one_line(copy: Path) -> None:
    (copy / "docs/en" / SEO).write_bytes(b"---\ntitle: T\n---\n\xff\n")
    result = run_kb(copy, "status")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        result.stderr.strip() == f"{copy}/docs/en/{SEO}:4: not valid UTF-8 (byte 0xff): save the file as UTF-8 "
        "(run `make check` for every problem)"
    )


@pytest.mark.slow  # builds a project of its own
def test_a_list_link_into_another_language_is_one_line(copy: Path) -> None:
    page = copy / "docs/en" / SEO
    line = append_line_to(page, "- [Search engine optimisation](../../fa/tools/seo.md)")
    lines = problem_lines(run_kb(copy, "check"))
    leaves = "link '../../fa/tools/seo.md' leaves the 'en' tree; link to the page in the same language"
    assert f"docs/en/{SEO}:{line}: {leaves}" in lines, lines


def append_line_to(path: Path, text: str) -> int:
    content = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(content, encoding="utf-8")
    return content.count("\n")


PERSIAN_DIGITS = LANGUAGES["fa"].digits


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize(
    "digits", [PERSIAN_DIGITS[:4], PERSIAN_DIGITS + PERSIAN_DIGITS[0], "12"], ids=["short", "long", "western"]
)
def test_a_locale_with_the_wrong_digits_stops_the_check_and_the_build_naming_the_line(
    tmp_path: Path, digits: str
) -> None:
    """The package read from a copy whose Persian locale file is wrong, as a contributor's edit would be."""
    package = tmp_path / "scripts"  # kb.project takes the repository to be two folders up
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "scripts" / "kb", package / "kb", ignore=shutil.ignore_patterns("__pycache__"))
    locale = package / "kb" / "locales" / "fa.yml"
    text = locale.read_text(encoding="utf-8")
    line = next(number for number, entry in enumerate(text.splitlines(), start=1) if entry.startswith("digits:"))
    locale.write_text(re.sub(r"(?m)^digits:.*$", f"digits: {digits!r}", text), encoding="utf-8")
    env = {"PYTHONPATH": str(package), "NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    # New processes, not kb.local_site.build_in_process: the check and the build must import the
    # copy of the kb package, whose languages (with their digits) are read when it is imported.
    for command in (["-m", "kb", "check"], ["-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")]):
        result = subprocess.run(
            [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        expected = f"scripts/kb/locales/fa.yml:{line}: digits must be the language's ten digits"
        assert expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("body", "line", "levels"),
    [
        ("".join("    " * level + "- level\n" for level in range(250)), 25, 17),  # 17 list levels at line 25
        ("".join("\t" * level + "- level\n" for level in range(20)), 25, 17),  # tabs count as 4 columns
        ('<div markdown="1">\n\n' * 40 + "Text.\n\n" + "</div>\n\n" * 40, 40, 17),
        ("".join("    " * level + "- level\n" for level in range(17)), None, 0),  # 16 levels render
        ('<div markdown="1">\n\n</div>\n\n' * 40, None, 0),  # closed blocks do not add up
    ],
    ids=["spaces", "tabs", "html blocks", "deep but fine", "many closed blocks"],
)
def test_nesting_past_what_markdown_renders_is_one_line(
    tmp_path: Path, body: str, line: int | None, levels: int
) -> None:
    page = tmp_path / "deep.md"
    page.write_text(GOOD_FRONT_MATTER + "\n" + body, encoding="utf-8")
    found = list(nesting_problems(read_page(page)))
    if line is None:
        assert found == []
    else:
        assert found == [(line, found[0][1])] and found[0][1].startswith(f"nested {levels} levels deep"), found
