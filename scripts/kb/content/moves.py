"""Pages that moved, and where to: the data behind `kb move`'s redirects.

`python -m kb move OLD NEW` (kb/move.py) moves a page in every language and records the move
here, in scripts/kb/moves.yml (the kb plugin's `moves` setting names another file), one line
per old address:

    checklists/weekly-leadership-sync.md: checklists/weekly-leadership-meeting.md

From it the build (kb/plugin/features/redirects.py) writes, at the old address of every
language, a page that sends the reader on to the new one, and marks the new page's checklists
with their former page paths (data-kb-moved-from), so that checklists.js takes over the ticks
saved under the old one. The file is data, read as text: each entry must be two page paths of
this site (lowercase words, digits and hyphens, ending in .md, without a language), the new one
a page of every language and the old one no page at all (its address is the redirect's); a
bad entry stops `make check` and the build with file:line.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb.content.data_file import DataFileError
from kb.content.pages import PAGE_PATH, SAFE_LOADER
from kb.languages import Language, given_or_project, page_path
from kb.project import mkdocs_settings, plugin_settings

DEFAULT_MOVES_FILE = "scripts/kb/moves.yml"  # relative to mkdocs.yml; the kb plugin's `moves` setting
HEADER = """\
# Pages that moved: old page path -> new page path (docs-relative, without the language).
# Written by `python -m kb move OLD NEW`, which also moves the files and updates every link.
# The build writes a page at each old address, in every language, that sends readers to the
# new one; a checklist's saved ticks follow it (checklists.js). Remove a line only when no
# one can still have the old address (bookmarks, printed links). See CONTRIBUTING.md.
"""


class MovesError(DataFileError):
    """A bad entry of the moves file, with its line."""


@dataclass(frozen=True)
class Move:
    old: str  # "checklists/weekly-leadership-sync.md"
    new: str
    line: int  # in the moves file


def is_page_path(value: str) -> bool:
    return value.endswith(".md") and bool(PAGE_PATH.match(value.removesuffix(".md")))


def moves_file(config_file: Path) -> Path:
    """The moves file of the project whose mkdocs.yml is `config_file` (the kb plugin's
    `moves` setting, relative to mkdocs.yml; DEFAULT_MOVES_FILE without it)."""
    setting = plugin_settings(mkdocs_settings(config_file), "kb").get("moves")
    return config_file.parent / (setting if isinstance(setting, str) and setting else DEFAULT_MOVES_FILE)


def read_moves(path: Path) -> list[Move]:
    """The entries of a moves file (none if it does not exist); MovesError for one that is not
    a page path to a page path."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise MovesError(path, mark.line + 1 if mark else 1, f"not valid YAML ({error})") from None
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        raise MovesError(path, node.start_mark.line + 1, "write one 'old/page.md: new/page.md' line per moved page")
    moves: list[Move] = []
    seen: dict[str, int] = {}
    for key, value in node.value:
        line = key.start_mark.line + 1
        for part in (key, value):
            if not isinstance(part, yaml.ScalarNode) or not is_page_path(str(part.value)):
                shown = part.value if isinstance(part, yaml.ScalarNode) else "a list or mapping"
                raise MovesError(
                    path,
                    line,
                    f"'{shown}' is not a page path: write docs-relative paths without the language, "
                    "e.g. 'checklists/weekly-leadership-sync.md: checklists/weekly-leadership-meeting.md'",
                )
        old, new = str(key.value), str(value.value)
        if old in seen:
            raise MovesError(path, line, f"'{old}' moved already (line {seen[old]}): keep one line for it")
        if old == new:
            raise MovesError(path, line, f"'{old}' moves to itself: remove the line")
        seen[old] = line
        moves.append(Move(old, new, line))
    olds = {move.old: move for move in moves}
    for move in moves:
        if move.new in olds:
            raise MovesError(
                path,
                move.line,
                f"'{move.old}' moves to '{move.new}', which moved itself (line {olds[move.new].line}) to "
                f"'{olds[move.new].new}': write the final address",
            )
    return moves


def load_moves(config_file: Path) -> list[Move]:
    return read_moves(moves_file(config_file))


def move_problems(
    moves: list[Move], docs: Path, path: Path, languages: Mapping[str, Language] | None = None
) -> list[MovesError]:
    """What the pages make of the entries: every new page must exist in every language (of
    `languages`, a build's; None: the project's), and no old address may be a page's address
    again (its redirect would replace that page)."""
    languages = given_or_project(languages)
    problems = []
    addresses = {
        page_path(p.relative_to(docs / lang).as_posix()): p.relative_to(docs / lang).as_posix()
        for lang in languages
        for p in (docs / lang).rglob("*.md")
    }
    for move in moves:
        if missing := [lang for lang in languages if not (docs / lang / move.new).is_file()]:
            problems.append(
                MovesError(
                    path,
                    move.line,
                    f"'{move.old}' moves to '{move.new}', but docs/{missing[0]}/{move.new} does not exist: "
                    "write the page's current path",
                )
            )
        if (page := addresses.get(page_path(move.old))) is not None:
            problems.append(
                MovesError(
                    path,
                    move.line,
                    f"'{move.old}' is the address of the page {page} again: remove this line, or the redirect "
                    "would replace that page",
                )
            )
    return problems


def former_sources(moves: list[Move]) -> dict[str, list[str]]:
    """For each page that moved, the page paths it had before, in file order."""
    found: dict[str, list[str]] = {}
    for move in moves:
        found.setdefault(move.new, []).append(move.old)
    return found


def relative_url(from_source: str, to_source: str) -> str:
    """The address of page `to_source` relative to that of page `from_source` (both in one
    language): ("checklists/a.md", "checklists/b.md") -> "../b/"."""
    here, there = page_path(from_source), page_path(to_source)
    relative = posixpath.relpath(f"/{there}", f"/{here}")
    return "./" if relative == "." else relative + "/"  # an address of a folder ends in "/"


def with_move(moves: list[Move], old: str, new: str) -> list[tuple[str, str]]:
    """The entries once `old` moves to `new`: earlier moves to `old` now lead to `new`, a former
    address that is `new` again is no redirect any more, and `old` leads to `new`."""
    entries = [(move.old, new if move.new == old else move.new) for move in moves if move.old != new]
    return [*(entry for entry in entries if entry[0] != old), (old, new)]


ENTRY = re.compile(r"^[^#\s]")


def moves_text(existing: str | None, entries: list[tuple[str, str]]) -> str:
    """The moves file with these entries: its leading comment kept (HEADER for a new file)."""
    header = HEADER
    if existing is not None:
        lines = existing.splitlines(keepends=True)
        kept = []
        for line in lines:
            if ENTRY.match(line):
                break
            kept.append(line)
        header = "".join(kept) or HEADER
    return header + "".join(f"{old}: {new}\n" for old, new in entries)
