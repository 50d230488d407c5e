"""Create a page in every language and put it in the navigation: `make new-page`.

The English page gets a skeleton to fill in. The Arabic and Persian pages get the same
front matter plus `translation: needed` and a comment telling the translator what to do;
until they are translated, the site shows the English text there under a notice in the
reader's language (scripts/kb/plugin/features/translation_status.py). Nothing is ever overwritten: if any of
the three files or the navigation entry exists, the tool stops before writing anything.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import yaml

from kb.checks.content import ALLOWED_TAGS
from kb.content.navigation import nav_sources
from kb.content.owners import load_owners, unknown_owner
from kb.content.pages import PAGE_PATH, SKELETON_DESCRIPTION, SKELETON_TEXT
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES

ENGLISH_BODY = f"""
{SKELETON_TEXT[0]}: two to four sentences on what this page helps the reader do.

## First section

{SKELETON_TEXT[1]}. Sections start with `##`, parts of a section with `###`.
"""
# One line: the content checks read line by line, and a one-line comment is exempt as markup.
TRANSLATION_NEEDED_BODY = (
    "\n<!-- Translation needed: translate docs/{en}/{source} into this file (title and description too), "
    'delete the line "translation: needed" above, then run: make stamp PAGE=docs/{lang}/{source} -->\n'
)


class ScaffoldRefused(ValueError):
    """The page cannot be created; the message says why and what to do."""


def page_source(page: str) -> str:
    """'tools/webinars', 'tools/webinars.md' or 'docs/en/tools/webinars.md' -> 'tools/webinars.md'."""
    page = page.strip().removeprefix("./").removeprefix("docs/")
    for lang in LANGUAGES:
        page = page.removeprefix(f"{lang}/")
    stem = page.removesuffix(".md")
    if not PAGE_PATH.match(stem):
        raise ScaffoldRefused(
            f"'{page}' is not a page path: use lowercase words, digits and hyphens, "
            "folders separated by '/', e.g. tools/webinars"
        )
    return f"{stem}.md"


class _ListIndentDumper(yaml.SafeDumper):
    """Indents list items under their key ("tags:\\n  - it"), as every page of the site does."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def front_matter(meta: dict[str, object]) -> str:
    text = yaml.dump(meta, Dumper=_ListIndentDumper, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n"


def with_navigation_entry(config_file: Path, source: str) -> str:
    """mkdocs.yml with the page inserted in its nav, as text so that comments and !ENV tags stay.

    It goes after the last entry of its folder (tools/webinars.md after tools/live-chat.md);
    a page of a new folder or of the top level goes at the end of the navigation. Entries
    without a title take the page's title in each language.
    """
    lines = config_file.read_text(encoding="utf-8").split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(r"^nav\s*:\s*(#.*)?$", line)), None)
    if start is None:
        raise ScaffoldRefused(f"{config_file} has no 'nav:' section to add the page to")
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i].startswith((" ", "-", "#"))),
        len(lines),
    )
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # insert before trailing blank lines
    folder = source.rpartition("/")[0]
    entry = re.compile(r"^(\s*)-\s+(?:[^:]+:\s+)?([\w./-]+\.md)\s*$")
    position, indent = end, "  "
    if folder:
        for index in range(start + 1, end):
            match = entry.match(lines[index])
            if match and match.group(2).rpartition("/")[0] == folder:
                position, indent = index + 1, match.group(1)
    lines.insert(position, f"{indent}- {source}")
    return "\n".join(lines)


def new_page(
    docs: Path,
    config_file: Path,
    page: str,
    title: str,
    description: str | None = None,
    tags: list[str] | None = None,
    titles: dict[str, str] | None = None,
    owner: str | None = None,
) -> list[Path]:
    """Create docs/{en,ar,fa}/<page>.md and its nav entry; return the files written. The English
    page names `owner` (else the first of kb/owners.yml) and today as its review date; the
    translations take both from it (kb/content/reviews.py)."""
    source = page_source(page)
    owners = load_owners()
    owner = owner or next(iter(owners))
    if owner not in owners:
        raise ScaffoldRefused(unknown_owner(owner, owners))
    tags = tags or ["marketing", "it"]
    if unknown := [tag for tag in tags if tag not in ALLOWED_TAGS]:
        raise ScaffoldRefused(f"unknown tag(s) {', '.join(unknown)}: use {', '.join(ALLOWED_TAGS)}")
    if not title.strip():
        raise ScaffoldRefused("the title must not be empty")
    paths = {lang: docs / lang / source for lang in LANGUAGES}
    if existing := [str(path) for path in paths.values() if path.exists()]:
        raise ScaffoldRefused(
            f"'{source}' already exists ({', '.join(existing)}); new-page never overwrites. "
            "Edit the existing files, or choose another path"
        )
    if source in nav_sources(config_file):
        raise ScaffoldRefused(
            f"'{source}' is already in the navigation of {config_file}; remove that entry or choose another path"
        )
    config_text = with_navigation_entry(config_file, source)  # before any file is written: it may refuse
    english_meta = {"title": title.strip(), "description": (description or SKELETON_DESCRIPTION).strip(), "tags": tags}
    for lang, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if lang == DEFAULT_LANGUAGE:
            review = {"owner": owner, "reviewed": datetime.now(UTC).date()}
            text = front_matter(english_meta | review) + ENGLISH_BODY
        else:
            meta = {**english_meta, "title": (titles or {}).get(lang) or english_meta["title"], "translation": "needed"}
            text = front_matter(meta) + TRANSLATION_NEEDED_BODY.format(en=DEFAULT_LANGUAGE, lang=lang, source=source)
        with path.open("x", encoding="utf-8") as file:  # "x": fail rather than overwrite, even in a race
            file.write(text)
    config_file.write_text(config_text, encoding="utf-8")
    return list(paths.values())
