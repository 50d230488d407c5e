"""Data is text: markup planted in each kind of data file (the three locales, the glossary, the
figures) is refused by `kb check` and by the build's first part (source_files), each named by the YAML file and
line that holds it, never by the pages that show it; the real data files pass.

The data files belong to the kb package, so the planted copies stand in for them through
kb.content.data_text.data_files, in this process (the plugin's part is called as the plugin calls it)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from kb.content import data_text
from kb.content.figures import FIGURES_FILE
from kb.content.glossary import GLOSSARY_FILE
from kb.languages import LOCALES
from kb.plugin.features import source_files
from kb.project import MKDOCS_YML
from tests.support.projects import run_kb, small_project

# file -> (how a line of the real file starts, the line planted instead of it, the markup the message quotes)
PLANTED = {
    "en.yml": ("    search.placeholder:", '    search.placeholder: "Search<script>alert(1)</script>"', "<script"),
    "ar.yml": ("og_locale:", "og_locale: 'ar_AR\"><meta http-equiv=refresh content=0;url=//evil.test>'", "<meta"),
    "fa.yml": ("    home:", '    home: "<a href=//evil.test>رفتن به صفحهٔ اصلی</a>"', "<a"),
    "glossary.yml": ("    en: {term: Advertorial", "    en: {term: Advertorial &#60;b&#62;}", "&#60;"),
    "figures.yml": (
        "    fa: تحولاتی که",
        "    fa: تحولاتی که همین حالا <img src=x> بر کسب‌وکار اثر دارند",
        "<img",
    ),
}


def test_the_real_data_and_configuration_are_text() -> None:
    assert data_text.data_text_problems(MKDOCS_YML) == []


@pytest.fixture
def planted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Path, int, str]]:
    """Copies of the data files with a fault each: name -> (copy, line, markup)."""
    originals = {path.name: path for path in [*sorted(LOCALES.glob("*.yml")), GLOSSARY_FILE, FIGURES_FILE]}
    found = {}
    for name, (before, after, markup) in PLANTED.items():
        copy = tmp_path / "data" / name
        copy.parent.mkdir(exist_ok=True)
        text = originals[name].read_text(encoding="utf-8")
        lines = text.splitlines()
        line = next((n for n, text in enumerate(lines, start=1) if text.startswith(before)), 0)
        assert line, f"{name} no longer has a line starting {before!r}"
        lines[line - 1] = after
        copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
        found[name] = (copy, line, markup)
    copies = [found[name][0] for name in PLANTED]
    monkeypatch.setattr(data_text, "data_files", lambda config_file: [*copies, config_file])
    return found


def expected(planted: dict[str, tuple[Path, int, str]]) -> list[str]:
    return [f"{copy}:{line}: markup ('{markup}')" for copy, line, markup in planted.values()]


@pytest.mark.slow  # builds a project of its own
def test_kb_check_names_the_yaml_file_and_line(planted: dict[str, tuple[Path, int, str]], tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", [])
    result = run_kb(project, "check")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    missing = [message for message in expected(planted) if message not in result.stdout]
    assert not missing, result.stdout
    markup_lines = [line for line in result.stdout.splitlines() if "markup (" in line]
    assert len(markup_lines) == len(PLANTED) and not any("docs/" in line for line in markup_lines), result.stdout


@pytest.mark.slow  # builds a project of its own
def test_the_build_stops_naming_the_yaml_file_and_line(planted: dict[str, tuple[Path, int, str]]) -> None:
    config = SimpleNamespace(
        docs_dir=str(MKDOCS_YML.parent / "docs"),
        config_file_path=str(MKDOCS_YML),
        theme=SimpleNamespace(custom_dir=str(MKDOCS_YML.parent / "overrides")),
    )
    with pytest.raises(PluginError) as stopped:
        source_files.on_files(Files([]), config)
    missing = [message for message in expected(planted) if message not in str(stopped.value)]
    assert not missing, str(stopped.value)


def test_a_data_file_nested_deeper_than_pythons_yaml_reader_goes_does_not_crash_the_check(tmp_path: Path) -> None:
    """libyaml (PyYAML's C reader, which the check uses when PyYAML has it) reads it and names the
    markup; PyYAML's recursive reader gives up, and the file is left to the code that loads it."""
    deep = tmp_path / "deep.yml"
    deep.write_text("a: " + "[" * 2000 + "'<b>'" + "]" * 2000 + "\n", encoding="utf-8")
    found = list(data_text.text_problems(deep))
    expected = [] if data_text.SAFE_LOADER is yaml.SafeLoader else [1]
    assert [line for line, _ in found] == expected, found
    assert all("markup ('<b') in '<b>'" in message for _, message in found), found
