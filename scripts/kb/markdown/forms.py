"""Fillable templates: lines that start with `?> ` become labelled form controls.

The syntax (documented in CONTRIBUTING.md, "Templates"), one field per line, consecutive lines
forming one block:

    ?> text: request-owner | Who is asking (name and team)
    ?> textarea: request-need | What is needed, and why now
    ?> date: request-decided-on | Date of the decision

and a RACI sheet, a block that starts with `raci:` (the sheet's ID, the first column's
heading, the words for "no role"), then its columns (`role:`) and rows (`row:`):

    ?> raci: marketing-it | Activity | No role
    ?> role: marketing | Marketing
    ?> role: it | IT
    ?> row: website | Website content, design and features

Each cell is a select of R, A, A+R, C, I or no role, keyed `<row>.<role>`. The ID before
the `|` is the field's identity: the same in every language (kb/checks/content.py checks
that IDs are unique in a language and the same, in the same order, in each translation),
so a sheet filled on the Arabic page opens filled on the Persian one
(overrides/assets/javascripts/templates.js keeps values under these IDs). The label after
the `|` is text in the page's language, never markup.

What this writes is what kb/content/html_policy.py allows for form controls: text and date
inputs, textareas and selects, each with the marker `data-kb-field`, no form, no action,
no autofocus. Form controls an author writes as raw HTML (`<input type="text">`,
`<textarea>`, `<select>`) are renamed `<kb-raw-...>` here, so that the policy refuses them
by name in the build and in `kb check`: only this syntax makes fields.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown import Extension, Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.postprocessors import Postprocessor
from markdown.util import AtomicString

PREFIX = "?> "
FIELD_KINDS = ("text", "textarea", "date")
RACI_KINDS = ("raci", "role", "row")
LINE = re.compile(r"^\?> (?P<kind>[a-z]+): (?P<id>\S+) \| (?P<label>.*\S)\s*$")
FIELD_ID = re.compile(r"^[a-z]+(?:-[a-z]+)*$")  # letters only: no digits to convert per language
# The cell's values, in the order the select offers them; "" is no role. A+R: one role may
# both own the outcome and do the work (docs/en/ownership/roles-and-responsibilities.md).
RACI_VALUES = (("R", "R"), ("A", "A"), ("AR", "A+R"), ("C", "C"), ("I", "I"))
ACCOUNTABLE = ("A", "AR")  # what templates.js counts: exactly one per row
RAW_CONTROL = re.compile(r"<(\s*/?\s*)(input|textarea|select|option|optgroup|datalist|form|fieldset)\b", re.I)
CHECKBOX = re.compile(r"""<\s*input\b[^>]*\btype\s*=\s*["']?checkbox\b""", re.I)
RAW_PREFIX = "kb-raw-"


class FormSyntaxError(ValueError):
    """A field line that cannot be read; `line` is its number in the text given."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Declaration:
    kind: str  # text, textarea, date, raci, role, row
    id: str
    label: str
    extra: str  # raci: the words for "no role"
    line: int  # 1-based, in the text given


def parse_line(text: str, line: int) -> Declaration:
    match = LINE.match(text)
    if not match:
        raise FormSyntaxError(line, f"{text.strip()!r} is not a field: write '?> text: an-id | Label'")
    kind, field_id, label = match.group("kind", "id", "label")
    if kind not in FIELD_KINDS + RACI_KINDS:
        raise FormSyntaxError(line, f"unknown field kind {kind!r}: write one of {', '.join(FIELD_KINDS + RACI_KINDS)}")
    if not FIELD_ID.match(field_id):
        raise FormSyntaxError(line, f"the ID {field_id!r} must be lowercase letters joined by hyphens (no digits)")
    parts = [part.strip() for part in label.split("|")]
    if kind == "raci" and len(parts) != 2:
        raise FormSyntaxError(line, "a RACI sheet needs '?> raci: id | first column heading | words for no role'")
    if kind != "raci" and len(parts) != 1:
        raise FormSyntaxError(line, "a label holds no '|'")
    if "<" in label:
        raise FormSyntaxError(line, "a label is text: it holds no markup")
    return Declaration(kind, field_id, parts[0], parts[1] if kind == "raci" else "", line)


def parse_block(lines: list[tuple[int, str]]) -> list[Declaration]:
    """A block's declarations, checked as a whole: a RACI block is one raci line, then roles, then rows."""
    found = [parse_line(text, number) for number, text in lines]
    kinds = [d.kind for d in found]
    if "raci" in kinds or "role" in kinds or "row" in kinds:
        if kinds[0] != "raci" or kinds.count("raci") != 1:
            raise FormSyntaxError(found[0].line, "a RACI block starts with one '?> raci:' line")
        body = kinds[1:]
        wrong = next((d for d in found[1:] if d.kind not in ("role", "row")), None)
        if wrong:
            raise FormSyntaxError(wrong.line, f"a RACI block holds only role and row lines, not {wrong.kind!r}")
        if "role" not in body or "row" not in body or body != sorted(body, key=lambda k: k != "role"):
            raise FormSyntaxError(found[0].line, "a RACI block lists its roles, then its rows (at least one of each)")
    return found


def field_keys(declarations: list[Declaration]) -> list[tuple[str, int]]:
    """(key, line) of every value a reader fills in: a field's ID, a RACI cell's `row.role`."""
    keys: list[tuple[str, int]] = []
    roles: list[str] = []
    for d in declarations:
        if d.kind in FIELD_KINDS:
            keys.append((d.id, d.line))
        elif d.kind == "raci":
            roles = []
        elif d.kind == "role":
            roles.append(d.id)
        elif d.kind == "row":
            keys += [(f"{d.id}.{role}", d.line) for role in roles]
    return keys


def page_declarations(markdown_lines: list[str], first_line: int = 1) -> list[Declaration]:
    """Every declaration of a page's Markdown outside fenced code; FormSyntaxError at the first bad one."""
    found: list[Declaration] = []
    block: list[tuple[int, str]] = []
    fenced = False
    for number, text in enumerate([*markdown_lines, ""], start=first_line):
        if re.match(r"^\s*(```|~~~)", text):
            fenced = not fenced
        if not fenced and text.startswith(PREFIX):
            block.append((number, text))
            continue
        if block:
            found += parse_block(block)
            block = []
    return found


def duplicate(keys: list[tuple[str, int]]) -> tuple[str, int] | None:
    seen: set[str] = set()
    for key, line in keys:
        if key in seen:
            return key, line
        seen.add(key)
    return None


# ---- Rendering --------------------------------------------------------------------------


def _text(parent: etree.Element, tag: str, text: str, **attributes: str) -> etree.Element:
    element = etree.SubElement(parent, tag, attributes)
    element.text = AtomicString(text)  # text as written: no inline Markdown, no attribute lists
    return element


def _mirror(parent: etree.Element) -> None:
    """The value again as text, shown only in print (templates.css): inputs print poorly."""
    outer = etree.SubElement(parent, "span", {"class": "kb-field__print", "aria-hidden": "true"})
    etree.SubElement(outer, "span", {"class": "kb-field__value", "dir": "auto"}).text = ""


def render_fields(parent: etree.Element, declarations: list[Declaration]) -> None:
    form = etree.SubElement(parent, "div", {"class": "kb-form", "data-kb-form": "fields"})
    for d in declarations:
        field = etree.SubElement(form, "div", {"class": f"kb-field kb-field--{d.kind}"})
        control_id = f"kb-field-{d.id}"
        _text(field, "label", d.label, **{"for": control_id})
        common = {"id": control_id, "name": d.id, "data-kb-field": d.id, "class": "kb-field__control"}
        if d.kind == "textarea":
            control = etree.SubElement(field, "textarea", {**common, "rows": "4", "dir": "auto"})
            control.text = ""
        else:
            extra = {"dir": "auto"} if d.kind == "text" else {}
            etree.SubElement(field, "input", {"type": d.kind, **common, "autocomplete": "off", **extra})
        _mirror(field)


def render_raci(parent: etree.Element, declarations: list[Declaration]) -> None:
    sheet = declarations[0]
    roles = [d for d in declarations if d.kind == "role"]
    rows = [d for d in declarations if d.kind == "row"]
    form = etree.SubElement(parent, "div", {"class": "kb-form kb-raci", "data-kb-form": "raci"})
    table = etree.SubElement(form, "table", {"data-kb-raci": sheet.id})
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    _text(head, "th", sheet.label, scope="col")
    for role in roles:
        _text(head, "th", role.label, scope="col", id=f"kb-role-{sheet.id}-{role.id}")
    etree.SubElement(head, "td")  # above the check of each row: no heading to read twice
    body = etree.SubElement(table, "tbody")
    for row in rows:
        tr = etree.SubElement(body, "tr", {"data-kb-raci-row": row.id})
        _text(tr, "th", row.label, scope="row", id=f"kb-row-{row.id}")
        for role in roles:
            key = f"{row.id}.{role.id}"
            cell = etree.SubElement(tr, "td")
            select = etree.SubElement(
                cell,
                "select",
                {
                    "id": f"kb-field-{key}",
                    "name": key,
                    "data-kb-field": key,
                    "class": "kb-field__control",
                    "aria-labelledby": f"kb-row-{row.id} kb-role-{sheet.id}-{role.id}",
                    "aria-describedby": f"kb-flag-{row.id}",
                    "data-search-exclude": "",  # its six choices, in every cell, are no words to search for
                },
            )
            _text(select, "option", sheet.extra, value="")
            for value, shown in RACI_VALUES:
                _text(select, "option", shown, value=value)
            _mirror(cell)
        # The row's check (templates.js): no A, or more than one, in the reader's language
        etree.SubElement(tr, "td", {"class": "kb-raci__flag", "id": f"kb-flag-{row.id}"}).text = ""
    status = etree.SubElement(form, "p", {"class": "kb-raci__status", "role": "status"})
    status.text = ""


class FieldBlockProcessor(BlockProcessor):
    """A block of `?> ` lines: fields, or a RACI sheet."""

    def __init__(self, parser: BlockParser, seen: set[str], report: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parser)
        self.seen = seen
        self.report = report

    def test(self, parent: etree.Element, block: str) -> bool:
        return block.startswith(PREFIX)

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        """The block's fields; a FormSyntaxError stops the conversion, or with `report` (kb check's
        collecting build) is reported with the block's first line and the block stays text."""
        if self.report is None:
            return self.fields(parent, blocks)
        saved = list(blocks)
        try:
            return self.fields(parent, blocks)
        except FormSyntaxError as error:
            self.report(saved[0].split("\n", 1)[0], error.message)
            blocks[:] = saved  # the paragraph processor takes the block as text
            return False

    def fields(self, parent: etree.Element, blocks: list[str]) -> bool:
        lines = blocks.pop(0).split("\n")
        ours = [(n, line) for n, line in enumerate(lines, start=1) if line.startswith(PREFIX)]
        if len(ours) != len(lines):  # text straight after the fields: it starts a new paragraph
            first_other = len(ours)
            if [n for n, _ in ours] != list(range(1, first_other + 1)):
                bad = next(line for line in lines if not line.startswith(PREFIX))
                raise FormSyntaxError(1, f"{bad.strip()!r} sits between field lines: leave a blank line around fields")
            blocks.insert(0, "\n".join(lines[first_other:]))
        declarations = parse_block([(n, line) for n, line in ours])
        for key, _ in field_keys(declarations):
            if key in self.seen:
                raise FormSyntaxError(
                    1, f"the field {key!r} is declared twice on this page: give each field its own ID"
                )
            self.seen.add(key)
        if declarations[0].kind == "raci":
            render_raci(parent, declarations)
        else:
            render_fields(parent, declarations)
        return True


class RawControlPostprocessor(Postprocessor):
    """Rename form controls in raw HTML an author wrote (`<input type="text">` becomes
    `<kb-raw-input type="text">`) before Python-Markdown puts that HTML back into the page,
    so that the HTML policy names them; task-list checkboxes are not raw HTML and stay."""

    def run(self, text: str) -> str:
        stash = self.md.htmlStash
        for index, block in enumerate(stash.rawHtmlBlocks):
            if isinstance(block, str) and RAW_CONTROL.search(block):
                stash.rawHtmlBlocks[index] = RAW_CONTROL.sub(_renamed, block)
        return text


def _renamed(match: re.Match[str]) -> str:
    tag = match.group(2).lower()
    if tag == "form" or (tag == "input" and CHECKBOX.match(match.string, match.start())):
        return match.group()  # a checkbox as task lists write it, or a <form>: the policy judges them
    return f"<{match.group(1)}{RAW_PREFIX}{tag}"


class FormsExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        # `kb check`'s collecting build sets `report` per page (kb/plugin/features/markdown_context.py):
        # called with a bad block's first line and the message, instead of stopping the build.
        self.config = {"report": ["", "a function(line, message) for field lines that cannot be read, or ''"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        self.seen: set[str] = set()
        md.registerExtension(self)
        report = self.getConfig("report") or None
        # Before paragraphs (10) and lists, after code blocks (80): a field line is never code.
        md.parser.blockprocessors.register(FieldBlockProcessor(md.parser, self.seen, report), "kb_form_fields", 75)
        # Before raw_html (30) puts authors' HTML back
        md.postprocessors.register(RawControlPostprocessor(md), "kb_raw_controls", 35)

    def reset(self) -> None:
        self.seen.clear()


def makeExtension(**kwargs: object) -> FormsExtension:  # noqa: N802 (Python-Markdown's name)
    return FormsExtension(**kwargs)
