"""The bad inputs of tests/unit/test_bad_inputs.py through `mkdocs build --strict`: the
build stops with one line naming the file and the line, never a traceback
(scripts/kb/plugin/features/source_files.py); a byte-order mark and Windows line ends build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import run_kb, small_project

# Slow: it builds projects of its own. `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

FRONT = b"---\ntitle: Bad\ndescription: A page.\ntags:\n  - it\n---\n"
# name -> (file under docs/<lang>/, its bytes, the line that must appear in the log)
CASES = {
    "invalid UTF-8": ("tools/bad.md", FRONT + b"\nText \xff.\n", "docs/en/tools/bad.md:8: not valid UTF-8 (byte 0xff)"),
    "empty page": ("tools/bad.md", b"", "docs/en/tools/bad.md:1: the page is empty"),
    "front matter only": ("tools/bad.md", FRONT, "docs/en/tools/bad.md:6: the page has front matter but no text"),
    "malformed front matter": (
        "tools/bad.md",
        b"---\ntitle: a: b\n---\n\nText.\n",
        "docs/en/tools/bad.md:2: front matter is not valid YAML",
    ),
    "front matter not a mapping": (
        "tools/bad.md",
        b"---\n- a\n---\n\nText.\n",
        "docs/en/tools/bad.md:2: front matter must be",
    ),
    "malformed front matter on a checklist": (
        "checklists/bad.md",
        b"---\ntitle: [unclosed\n---\n\n## Steps\n\n- [ ] One\n- [ ] Two\n",
        "docs/en/checklists/bad.md:2: front matter is not valid YAML",
    ),
    "a space in the file name": ("tools/my page.md", FRONT + b"\nText.\n", "docs/en/tools/my page.md:1: the file name"),
}


def build(tmp_path: Path, files: dict[str, bytes], nav: list[str] | None = None) -> str:
    project = small_project(tmp_path / "project", nav or [])
    for lang in LANGUAGES:
        for name, content in files.items():
            (project / "docs" / lang / name).parent.mkdir(parents=True, exist_ok=True)
            (project / "docs" / lang / name).write_bytes(content)
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    log = result.stdout + result.stderr
    assert "Traceback" not in log, log
    return log if result.returncode else ""


@pytest.mark.parametrize("name", CASES)
def test_a_bad_page_stops_the_build_with_one_line(tmp_path: Path, name: str) -> None:
    path, content, expected = CASES[name]
    log = build(tmp_path, {path: content})
    assert log, "the build passed"
    assert any(line.removeprefix("ERROR   -  ").startswith(expected) for line in log.splitlines()), log


def test_a_nav_entry_to_a_missing_file_stops_the_build_naming_it(tmp_path: Path) -> None:
    log = build(tmp_path, {}, nav=["tools/gone.md"])
    assert "'tools/gone.md'" in log and "not found" in log, log


@pytest.mark.parametrize("kind", ["BOM", "CRLF"])
def test_a_byte_order_mark_and_windows_line_ends_build(tmp_path: Path, kind: str) -> None:
    page = FRONT + b"\nText.\n"
    page = b"\xef\xbb\xbf" + page if kind == "BOM" else page.replace(b"\n", b"\r\n")
    assert build(tmp_path, {"tools/fine.md": page}, nav=["tools/fine.md"]) == ""


def test_stray_pages_deep_lists_and_theme_files_stop_the_build_and_the_check(tmp_path: Path) -> None:
    """One build for every construct that stops it in on_files; `kb check` on the same project
    names the same files (with line 1 for a file that is wrong as a whole)."""
    project = small_project(tmp_path / "project", ["tools/deep.md"])
    docs, theme = project / "docs", project / "overrides"
    (docs / "stray.md").write_bytes(FRONT + b"\nText.\n")
    (docs / "de").mkdir()
    (docs / "de" / "page.md").write_bytes(FRONT + b"\nText.\n")
    deep = "".join("    " * level + "- level\n" for level in range(250)).encode()
    for lang in LANGUAGES:
        (docs / lang / "tools").mkdir()
        (docs / lang / "tools" / "deep.md").write_bytes(FRONT + b"\n" + deep)
    secret = tmp_path / "config"
    secret.write_text("[remote]\ntoken = secret\n", encoding="utf-8")
    (theme / "assets" / "environ.txt").symlink_to("/proc/self/environ")
    (theme / "partials" / "config.html").symlink_to(secret)
    (theme / "assets" / "linked").symlink_to(tmp_path)
    (theme / "assets" / "images").mkdir()
    (theme / "assets" / "images" / "logo.svg").write_text("<svg><script>alert(1)</script></svg>\n", encoding="utf-8")
    (theme / "assets" / "notes.md").write_text("# notes\n", encoding="utf-8")
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    log = result.stdout + result.stderr
    checked = run_kb(project, "check")
    assert result.returncode != 0 and "Traceback" not in log + checked.stdout + checked.stderr, log
    lines = [line.removeprefix("ERROR   -  ") for line in log.splitlines()]
    # (file, line or None, words): the build names the file (and the line, where there is one)
    expected = [
        ("docs/stray.md", None, "'stray.md' is outside the language folders"),
        ("docs/de/page.md", None, "'de/page.md' is outside the language folders"),
        *((f"docs/{lang}/tools/deep.md", 25, "nested 17 levels deep") for lang in LANGUAGES),
        ("overrides/assets/environ.txt", None, "'overrides/assets/environ.txt' is a symbolic link"),
        ("overrides/partials/config.html", None, "'overrides/partials/config.html' is a symbolic link"),
        ("overrides/assets/linked", None, "'overrides/assets/linked' is a symbolic link"),
        ("overrides/assets/images/logo.svg", None, "the theme folder holds only .html (anywhere)"),
        ("overrides/assets/notes.md", None, "the theme folder holds only"),
    ]
    for path, line, words in expected:
        built = f"{path}:{line}: " if line else f"{path}: "
        assert any(entry.startswith(built) and words in entry for entry in lines), f"{built}{words}\n{log}"
        checked_line = f"{path}:{line or 1}: "
        assert any(entry.startswith(checked_line) and words in entry for entry in checked.stdout.splitlines()), (
            f"{checked_line}{words}\n{checked.stdout}"
        )
    assert "token = secret" not in log + checked.stdout and not (tmp_path / "site").exists()


def test_a_byte_order_mark_on_a_new_english_page_awaiting_translation_builds(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", [])
    assert run_kb(project, "new-page", "tools/webinars", "--title", "Webinars").returncode == 0
    english = project / "docs" / "en" / "tools" / "webinars.md"
    english.write_bytes(b"\xef\xbb\xbf" + english.read_bytes())
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stdout + result.stderr
    persian = (tmp_path / "site" / "fa" / "tools" / "webinars" / "index.html").read_text(encoding="utf-8")
    assert 'class="kb-fallback"' in persian  # the English text, shown until it is translated
    checked = run_kb(project, "check")  # only what new-page leaves for the author to write
    assert "Traceback" not in checked.stdout + checked.stderr
    problems = [line for line in checked.stdout.splitlines() if line.startswith("docs/")]
    assert problems and all("new-page's placeholder" in line for line in problems), checked.stdout
