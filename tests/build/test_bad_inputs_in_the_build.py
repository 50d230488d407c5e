"""The bad inputs of tests/unit/test_bad_inputs.py through `mkdocs build --strict`: the
build stops with one line naming the file and the line, never a traceback
(overrides/hooks/source_files.py); a byte-order mark and Windows line ends build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import small_project

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
