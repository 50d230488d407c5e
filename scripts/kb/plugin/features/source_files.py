"""Stop the build with one line per bad page file, before any other hook reads it.

Left to MkDocs, an invalid UTF-8 byte is a traceback naming no file, malformed front matter
builds silently with the YAML shown as text (or a traceback from a hook that needs it), an
empty page fails in another language's file, and a space in a file name breaks the
sitemaps; a symbolic link would publish whatever it points at, in docs/ or in the theme
folder (overrides/), which may hold only its listed file types. kb.content.pages and
kb.content.published_files say what is wrong, in the words `make check` uses, as
`docs/<lang>/<path>:<line>: message`. Markup in a data file or in mkdocs.yml (kb.content.data_text)
stops it too, named by that file and line, never by the pages that show it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from kb.content.data_text import data_text_problems
from kb.content.pages import source_problems
from kb.content.published_files import publishing_problem, unpublishable_theme_files
from kb.languages import page_language
from kb.project import ROOT

log = get_plugin_logger("source_files")
CANNOT_GO_ON = "the build stopped at the files named that it cannot build from: once they are fixed, it checks the rest"


def _shown(path: Path, config_file: Path) -> str:
    for base in (config_file.parent, ROOT):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return str(path)


def file_problems(files: Files, config: MkDocsConfig) -> list[tuple[Path | None, bool, str]]:
    """(the file or folder at fault, or None for a data file; whether the build cannot go on
    with it: a page that cannot be read, markup in a data file, which every page would show;
    "where:line: message") for every bad page file, unpublishable file and data file with markup."""
    docs = Path(config.docs_dir)
    config_file = Path(config.config_file_path)
    problems: list[tuple[Path | None, bool, str]] = [
        (None, True, f"{_shown(path, config_file)}:{line}: {message}")
        for path, line, message in data_text_problems(config_file)
    ]
    if config.theme.custom_dir:  # the theme folder publishes what it holds too
        theme = Path(config.theme.custom_dir)
        for path, problem in unpublishable_theme_files(theme):
            problems.append((path, False, f"{theme.name}/{path.relative_to(theme).as_posix()}: {problem}"))
    for file in files:
        path = Path(file.abs_src_path or "")
        if not path.is_relative_to(docs):  # the theme's and generated files
            continue
        if (problem := publishing_problem(docs, path)) is not None:
            problems.append((path, False, f"docs/{file.src_uri}: {problem}"))
        elif file.is_documentation_page():
            language_root = docs / page_language(file.src_uri, config).code
            for line, message in source_problems(path, language_root):
                problems.append((path, True, f"docs/{file.src_uri}:{line}: {message}"))
    return problems


def on_files(files: Files, config: MkDocsConfig, left_out: set[str] | None = None) -> Files:
    """Stop the build naming every bad file. When `kb check` collects problems (`left_out` is
    given), warn about each instead, leave the files at fault out of the build (their src_uri
    into `left_out`) and go on; unless a page cannot be read (the model reads every page: the
    tags page, the checklists' table...) or a data file holds markup (every page would show
    it): then the build stops after naming them all."""
    problems = file_problems(files, config)
    if not problems:
        return files
    if left_out is None:
        raise PluginError("\n".join(message for _, _, message in problems))
    for _, _, message in problems:
        log.warning(message)
    if any(stops for _, stops, _ in problems):
        raise PluginError(CANNOT_GO_ON)
    at_fault = [path for path, _, _ in problems if path is not None]
    for file in list(files):
        path = Path(file.abs_src_path or "")
        if any(path == bad or path.is_relative_to(bad) for bad in at_fault):
            files.remove(file)
            left_out.add(file.src_uri)
    return files
