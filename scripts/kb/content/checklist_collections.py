"""Pages made of the other checklists (scripts/kb/markdown/ writes them: booklet.py, progress.py, checklists.py):

- the booklet (`<!-- checklist-booklet -->`): every page of the checklists section, then every
  template of the templates section, in navigation order, as one page to print, each part under
  its own title with a page break before it and its items and fields keyed as on its own page,
  so that the reader's ticks and entries show;
- the overview (`<!-- checklist-progress -->`): a table of every checklist with the reader's
  progress, last change and a link to the first unticked item (checklists.js fills it in
  from the ticks this browser keeps).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kb.content.checklist_ids import checklist_items, english_item_ids, item_ids
from kb.content.navigation import NavSource, nav_sources
from kb.content.pages import FENCE, read_page, read_source, split_front_matter
from kb.content.partials import Markup, macro
from kb.languages import Language, page_path
from kb.markdown.forms import PREFIX as FIELD_PREFIX

BOOKLET_MARKER = "<!-- checklist-booklet -->"
OVERVIEW_MARKER = "<!-- checklist-progress -->"
BOOKLET_PART = "kb-booklet-part"  # the class of each part's title; print.css breaks the page before it
HEADING = re.compile(r"^(#{1,5}) ")
SECTION = "checklists/"
TEMPLATES_SECTION = "templates/"  # pages with template fields (kb/markdown/forms.py)
SAME_FOLDER_LINK = re.compile(r"\]\((?![a-z]+:|[#/.])([^)\s]+\.md(?:#[^)\s]*)?)\)")  # [x](page.md), not ../ or http:
PARTIAL = "kb-checklists.html"  # overrides/partials/: the checklists' markup
OVERVIEW_STRINGS = ("progress", "overview_never", "start", "continue", "complete")  # what checklists.js writes


@dataclass(frozen=True)
class Checklist:
    source: str  # "checklists/tool-adoption.md", also the key its ticks are kept under
    title: str
    ids: list[str]  # its items' IDs, in order


def checklists(docs: Path, nav: NavSource, lang: str) -> list[Checklist]:
    """The checklists section's pages with items (not the tool and practice pages' own
    short lists), in navigation order."""
    found = []
    for source in nav_sources(nav):
        path = docs / lang / source
        if not source.startswith(SECTION) or not path.exists():
            continue
        page = read_page(path)
        texts = checklist_items(page)
        if texts:
            ids = english_item_ids(docs, lang, source, page.meta, len(texts)) or item_ids(texts)
            found.append(Checklist(source, str(page.meta.get("title") or source), ids))
    return found


def templates(docs: Path, nav: NavSource, lang: str) -> list[tuple[str, str]]:
    """(source, title) of the templates section's pages with fields, in navigation order."""
    found = []
    for source in nav_sources(nav):
        path = docs / lang / source
        if source.startswith(TEMPLATES_SECTION) and path.exists():
            _, _, lines = split_front_matter(read_source(path))
            if any(line.startswith(FIELD_PREFIX) for line in lines):
                found.append((source, str(read_page(path).meta.get("title") or source)))
    return found


def booklet_markdown(docs: Path, nav: NavSource, lang: str) -> str:
    """The Markdown of every checklist page and every template, each under its title (one level
    down), in order."""
    parts = []
    sources = [(c.source, c.title) for c in checklists(docs, nav, lang)] + templates(docs, nav, lang)
    for source, title in sources:
        _, _, lines = split_front_matter(read_source(docs / lang / source))
        body, in_fence = [], False
        folder = source.rpartition("/")[0]
        for line in lines:
            if FENCE.match(line):
                in_fence = not in_fence
            elif folder != SECTION.rstrip("/"):  # the booklet is in checklists/: a template's own links, from there
                line = SAME_FOLDER_LINK.sub(rf"](../{folder}/\1)", line)
            body.append(line if in_fence else HEADING.sub(r"#\1 ", line))
        title = f'## {title} {{ .{BOOKLET_PART} data-kb-source="{source}" }}'
        parts.append(title + "\n\n" + "\n".join(body).strip() + "\n")
    return "\n".join(parts)


def progress(language: Language, name: str, total: int) -> str:
    """A progress bar and its text ("0 of 5 done"), showing nothing done; checklists.js sets
    them from the ticks this browser keeps."""
    strings = language.strings["checklist"]
    text = language.with_digits(strings["progress"].format(done=0, total=total))  # as checklists.js writes it
    return macro(PARTIAL, "progress")(total, text, f"{strings['progress_label']}: {name}")


def script_data(language: Language, keys: tuple[str, ...]) -> str:
    """The attributes checklists.js reads its words from: the strings `keys` of the page's
    language (a string with a count as its plural forms, for plural.js), its code (for the
    browser's plural rules), its digits and how it writes dates."""
    return script_attributes(language, {key: language.strings["checklist"][key] for key in keys})


def script_attributes(language: Language, strings: dict[str, object]) -> str:
    """`strings` and the language's code, digits and date locale as the data attributes our
    scripts read (checklists.js, templates.js), escaped."""
    text = json.dumps(strings, ensure_ascii=False)
    return (
        f'data-kb-strings="{html.escape(text, quote=True)}" data-kb-lang="{language.code}" '
        f'data-kb-digits="{language.digits}" data-kb-date-locale="{language.date_locale}"'
    )


def overview_table(docs: Path, nav: NavSource, language: Language, here: str) -> str:
    """The progress table for a page at `here` ("checklists/index.md"), with nothing ticked
    yet; checklists.js fills in the reader's own progress."""
    depth = page_path(here).count("/")
    rows = [
        {
            "source": checklist.source,
            "title": checklist.title,
            "ids": checklist.ids,
            "link": "../" * depth + page_path(checklist.source),
            "progress": Markup(progress(language, checklist.title, len(checklist.ids))),
        }
        for checklist in checklists(docs, nav, language.code)
    ]
    data = Markup(script_data(language, OVERVIEW_STRINGS))
    return macro(PARTIAL, "overview")(language.strings["checklist"], data, rows)
