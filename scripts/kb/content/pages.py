"""Read a knowledge-base page: its front matter and the parts of its body the checks compare.

A page is `docs/<lang>/<path>.md`: YAML front matter between `---` lines, then Markdown.
Parsing is line based on purpose: every element keeps the line number a contributor needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from kb.content.figures import MARKER as FIGURE_MARKER

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it: five times faster
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
TASK_ITEM = re.compile(r"^\s*[-*+]\s+\[([ xX])\]\s+(.+)$")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
ADMONITION = re.compile(r"^(!!!|\?\?\?\+?)\s+(\w+)")
FENCE = re.compile(r"^\s*(```|~~~)")


# A page path under docs/<lang>/: lowercase words, digits and hyphens, folders separated by "/".
PAGE_PATH = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*$")
# What `make new-page` writes for the author to replace (kb/scaffold.py writes it from here).
SKELETON_DESCRIPTION = "One sentence saying what the reader gets from this page."
SKELETON_TEXT = ("Write the introduction here", "Write the first section here")
# Markup in front matter: a tag, a comment or a character reference (&lt; &#60; &#x3c;).
MARKUP = re.compile(r"<[A-Za-z/!?][^\s>]*|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
PLAIN_TEXT_KEYS = ("title", "description", "tags")


class PageError(ValueError):
    """A page that cannot be read, with the line to point at and what to do."""

    def __init__(self, line: int, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.path = path  # set by read_page

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.path else f"line {self.line}"


@dataclass
class Line:
    number: int  # 1-based, in the file
    text: str


@dataclass
class Page:
    path: Path  # as given, e.g. docs/fa/tools/seo.md
    meta: dict[str, object]
    meta_lines: dict[str, int]  # front-matter key -> line number
    body: list[Line]  # Markdown lines outside front matter and fenced code
    body_start: int = 1  # the line after the front matter's closing '---'
    headings: list[tuple[int, str, int]] = field(default_factory=list)  # (level, text, line)
    checklists: list[list[tuple[str, bool, int]]] = field(default_factory=list)  # items: (text, ticked, line)
    table_rows: list[int] = field(default_factory=list)  # lines of body rows (no header rule)
    admonitions: list[tuple[str, int]] = field(default_factory=list)  # (type, line)
    figures: list[tuple[str, int]] = field(default_factory=list)  # <!-- figure: NAME --> markers: (name, line)


def split_front_matter(text: str) -> tuple[str, int, list[str]]:
    """Return (YAML text, line where the body starts, body lines); raise PageError."""
    lines = text.removeprefix("\ufeff").splitlines()  # a byte-order mark, however the text was read
    if not lines or lines[0].strip() != "---":
        raise PageError(
            1, "no front matter: the file must start with a line '---', then title, description and tags, then '---'"
        )
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), index + 2, lines[index + 1 :]
    raise PageError(1, "front matter is not closed: add a line '---' after the tags")


def read_source(path: Path) -> str:
    """A page's text: UTF-8, a byte-order mark and CRLF line ends accepted (MkDocs accepts them
    too); PageError for anything else that would stop a reader of the file."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"not valid UTF-8 (byte 0x{data[error.start]:02x}): save the file as UTF-8"
        raise PageError(line, message, path) from None
    if not text.strip():
        raise PageError(
            1,
            "the page is empty: start it with front matter (title, description, tags between "
            "two '---' lines), then the text",
            path,
        )
    return text.replace("\r\n", "\n")


def checked_page(path: Path, language_root: Path) -> tuple[Page | None, list[tuple[int, str]]]:
    """The page, if it can be read and published, else None and (line, message) for what is
    wrong; the build (scripts/kb/plugin/features/source_files.py) and `make check` both report these."""
    relative = path.relative_to(language_root).as_posix()
    if not PAGE_PATH.match(relative.removesuffix(".md")):
        fixed = "/".join("-".join(part.lower().split()) for part in relative.split("/"))
        why = f"the file name '{relative}' must be lowercase words, digits and hyphens: rename it to '{fixed}'"
        return None, [(1, why)]
    try:
        page = read_page(path)
    except PageError as error:
        return None, [(error.line, str(error))]
    if not any(line.text.strip() for line in page.body):
        closing = page.body_start - 1  # the second '---'
        return None, [(closing, "the page has front matter but no text: write the page below this '---'")]
    problems = [*markup_in_front_matter(page), *front_matter_key_problems(page), *nesting_problems(page)]
    return (None if problems else page), problems


def source_problems(path: Path, language_root: Path) -> list[tuple[int, str]]:
    """(line, message) for what makes a page file unreadable or unpublishable."""
    return checked_page(path, language_root)[1]


def markup_in_front_matter(page: Page) -> Iterator[tuple[int, str]]:
    """Title, description and tags are written into every page that shows them (<title>, <h1>,
    the navigation, meta tags), so they must be text: no HTML, no character references."""
    for key in PLAIN_TEXT_KEYS:
        value = page.meta.get(key)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and (markup := MARKUP.search(text)):
                yield (
                    page.meta_lines.get(key, 2),
                    f"the {key} must be plain text, but it holds markup ('{markup.group()}'): write the words only, "
                    "the site formats them",
                )


# The front matter this site reads, each key with the type of its value (CONTRIBUTING.md,
# "Page structure and front matter"); any other key is refused. Material and MkDocs read many
# more (template, author, icon, status, subtitle, hide, ...): some write their value into the
# page unescaped, `template: redirect.html` with `location` sends readers to any address.
FRONT_MATTER_KEYS = {
    "title": "text",
    "description": "text",
    "tags": "a list of tag names",
    "translation": "'needed'",  # written by `make new-page`
    "source_hash": "text",  # written by `make stamp`
    "translated_from": "text",  # written by `make stamp`
    "search": "{exclude: true}",
    "owner": "an owner's key from scripts/kb/owners.yml",  # English pages (kb/content/reviews.py)
    "reviewed": "a date written YYYY-MM-DD",  # English pages: the day it was last reviewed
    "review_interval_days": "a whole number of days",  # English pages: instead of the site's interval
}
WHY_NOT_KEY = {
    "template": "it makes the theme render the page with another template (redirect.html sends readers elsewhere)",
    "location": "it is where Material's redirect template sends readers",
    "author": "the theme writes it into the page's <head> as it is",
    "icon": "the theme reads it as a path to an icon file",
}
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _type_matches(key: str, value: object) -> bool:
    if FRONT_MATTER_KEYS[key] == "text":
        return isinstance(value, str)
    if key == "tags":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if key == "translation":
        return value == "needed"
    if key == "owner":
        return isinstance(value, str)
    if key == "reviewed":
        return type(value) is date  # YAML reads 2026-06-15 as a date; a time of day makes it a datetime
    if key == "review_interval_days":
        return type(value) is int and value > 0
    return isinstance(value, dict) and set(value) <= {"exclude"} and isinstance(value.get("exclude", True), bool)


def front_matter_key_problems(page: Page) -> Iterator[tuple[int, str]]:
    """Only the front-matter keys this site uses, each with its type, and titles, descriptions
    and tags without bidirectional controls (they make a title read in another order than it is
    written). Both the build (source_files.py) and `make check` refuse the rest."""
    allowed = ", ".join(FRONT_MATTER_KEYS)
    for key, value in page.meta.items():
        line = page.meta_lines.get(str(key), 2)
        if key not in FRONT_MATTER_KEYS:
            why = WHY_NOT_KEY.get(str(key), "this site does not use it")
            yield line, f"the front-matter key '{key}' is not allowed: {why}; the keys are {allowed}"
        elif not _type_matches(str(key), value):
            found = {"dict": "a mapping", "str": "text", "datetime": "a date with a time"}.get(
                type(value).__name__, repr(value) if isinstance(value, int | float) else type(value).__name__
            )
            yield line, f"the front-matter key '{key}' must be {FRONT_MATTER_KEYS[str(key)]}, not {found}"
        elif key in PLAIN_TEXT_KEYS:
            for text in value if isinstance(value, list) else [value]:
                if control := BIDI_CONTROL.search(str(text)):
                    yield (
                        line,
                        f"the {key} holds the bidirectional control character U+{ord(control.group()):04X}, which "
                        "makes it read in another order than it is written: delete it",
                    )


def _python_yaml_error(yaml_text: str) -> yaml.YAMLError:
    try:
        yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        return error
    return yaml.YAMLError("not valid YAML")


DATE_LIKE = re.compile(r"^\w+\s*:\s*\d{4}-\d{1,2}-\d{1,2}")


def _bad_value_line(yaml_text: str) -> int:
    """The line of the first value shaped like a date (what YAML constructs, and may fail to)."""
    for number, line in enumerate(yaml_text.splitlines(), start=2):
        if DATE_LIKE.match(line):
            try:
                yaml.safe_load(line)
            except ValueError:
                return number
    return 1


def parse_meta(yaml_text: str) -> tuple[dict[str, object], dict[str, int]]:
    try:
        meta = yaml.load(yaml_text, Loader=SAFE_LOADER) or {}  # a safe loader: plain data only
    except ValueError as error:  # a date YAML cannot construct: "reviewed: 2026-13-01"
        raise PageError(_bad_value_line(yaml_text), f"front matter holds a value YAML cannot read ({error})") from None
    except yaml.YAMLError:
        error = _python_yaml_error(yaml_text)  # its line and words are the clearer ones
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for the opening '---', +1 for 1-based
        problem = getattr(error, "problem", None) or str(error)
        raise PageError(
            line, f"front matter is not valid YAML ({problem}); a value containing ': ' must be in double quotes"
        ) from None
    if not isinstance(meta, dict):
        raise PageError(2, "front matter must be 'key: value' lines (title, description, tags)")
    meta_lines = {}
    for number, line in enumerate(yaml_text.splitlines(), start=2):
        key = re.match(r"^(\w+)\s*:", line)
        if key:
            meta_lines[key.group(1)] = number
    return meta, meta_lines


def read_page(path: Path, text: str | None = None) -> Page:
    """Parse a page (its file, or `text` said to be it); raise PageError (with a line)
    when its front matter is broken."""
    try:
        yaml_text, first_body_line, body_lines = split_front_matter(read_source(path) if text is None else text)
        meta, meta_lines = parse_meta(yaml_text)
    except PageError as error:
        error.path = path
        raise
    page = Page(path=path, meta=meta, meta_lines=meta_lines, body=[], body_start=first_body_line)
    in_fence = False
    previous_was_item = False
    for number, text in enumerate(body_lines, start=first_body_line):
        if FENCE.match(text):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        page.body.append(Line(number, text))
        if heading := HEADING.match(text):
            page.headings.append((len(heading.group(1)), heading.group(2), number))
        if item := TASK_ITEM.match(text):
            if not previous_was_item:
                page.checklists.append([])
            page.checklists[-1].append((item.group(2).strip(), item.group(1) != " ", number))
            previous_was_item = True
        elif text.strip():
            previous_was_item = False
        if TABLE_ROW.match(text) and not TABLE_RULE.match(text):
            page.table_rows.append(number)
        if admonition := ADMONITION.match(text):
            page.admonitions.append((admonition.group(2), number))
        if figure := FIGURE_MARKER.match(text):
            page.figures.append((figure.group(1), number))
    return page


def page_sources(docs: Path, lang: str) -> list[str]:
    """Relative paths of a language's pages, e.g. ["index.md", "tools/seo.md"]."""
    root = docs / lang
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md")) if root.exists() else []


# Python-Markdown parses each level of a list (or an HTML block) in a call of its own and
# fails with a RecursionError near 250 levels; no page needs more than a few.
MAX_NESTING = 16
BLOCK_OPEN = re.compile(r"<(?:div|section|details|article|aside|figure|blockquote)\b[^>]*>", re.I)
BLOCK_CLOSE = re.compile(r"</(?:div|section|details|article|aside|figure|blockquote)\s*>", re.I)


def nesting_problems(page: Page) -> Iterator[tuple[int, str]]:
    """(line, message) for the first line nested deeper than MAX_NESTING levels, by its
    indentation (4 columns a level) or by the HTML blocks open around it."""
    blocks = 0
    for line in page.body:
        blocks += len(BLOCK_OPEN.findall(line.text)) - len(BLOCK_CLOSE.findall(line.text))
        text = line.text.expandtabs(4)
        levels = max((len(text) - len(text.lstrip(" "))) // 4 if text.strip() else 0, blocks)
        if levels > MAX_NESTING:
            yield (
                line.number,
                f"nested {levels} levels deep (by its indentation or the HTML blocks around it); "
                f"the site renders at most {MAX_NESTING}: flatten the list or close the blocks",
            )
            return
