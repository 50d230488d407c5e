"""Show readers and release builds which translations lag behind English.

The status comes from kb/content/translations.py, the same code as `make status`; the
words come from kb/locales/<lang>.yml (`translation`):
- an Arabic or Persian page that is stale (its English source changed since it was stamped)
  or untranslated (`translation: needed`) gets a notice at the top, in the reader's
  language, linking to the English page; an untranslated page shows the English text
  below the notice (like Starlight's fallback pages), always the current English text;
- the page holding TABLE_PLACEHOLDER (docs/<lang>/translation-status.md) gets the table
  of every page's state, labelled in its own language;
- each lagging page is logged at INFO, so day-to-day builds stay green under --strict.
  In a release build (the plugin's `release`, KB_RELEASE=1) the English build first logs every
  lagging page of every language as a WARNING, so `mkdocs build --strict` fails and names them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kb.content.navigation import NavSource
from kb.content.pages import split_front_matter
from kb.content.partials import macro
from kb.content.translations import STALE, UNTRANSLATED, UP_TO_DATE, Status, page_status, read_meta, site_status
from kb.languages import (
    Language,
    build_language,
    default_language,
    language_and_source,
    languages_of,
    page_path,
    translated_languages,
)

log = get_plugin_logger("translation_status")

TABLE_PLACEHOLDER = "<!-- translation-status-table -->"
PARTIAL = "kb-translation-status.html"  # overrides/partials/: the notice's and the table's markup


def tracked_status(page: Page, config: MkDocsConfig) -> Status | None:
    """The page's translation status, or None for English pages and pages without an English source."""
    lang, source = language_and_source(page.file.src_uri)
    docs, languages = Path(config.docs_dir), languages_of(config)
    if lang not in translated_languages(languages) or not (docs / default_language(languages) / source).exists():
        return None
    return page_status(docs, lang, source, page.meta, languages)


def english_fallback(docs: Path, english: str, source: str) -> str:
    """The English body (docs/<english>/<source>) as Markdown in an English-marked block. Links to
    other pages' #anchors lose the anchor: the Arabic and Persian headings have other IDs."""
    _, _, body = split_front_matter((docs / english / source).read_text(encoding="utf-8"))
    text = re.sub(r"(\]\([^)#\s]+\.md)#[^)\s]*\)", r"\1)", "\n".join(body))
    return f'\n\n<div lang="en" dir="ltr" class="kb-fallback" markdown>\n\n{text}\n\n</div>\n'


def notice(status: Status, page: Page, languages: Mapping[str, Language]) -> str:
    state = "untranslated" if status.state == UNTRANSLATED else "stale"
    language = languages[status.lang]
    title, text, link = (language.t(f"translation.{state}.{part}") for part in ("title", "text", "link"))
    english = get_relative_url(languages[default_language(languages)].root + page_path(status.source), page.url)
    return macro(PARTIAL, "notice")(state, title, text, link, english) + "\n"


def status_table(docs: Path, nav: NavSource, page: Page, lang: str, languages: Mapping[str, Language]) -> str:
    """Counts per language, then one row per page: its title (in this language) and its state in ar and fa."""
    language = languages[lang]
    strings = language.strings["translation"]["table"]
    names = language.strings["languages"]
    statuses = site_status(docs, nav, languages)
    english = default_language(languages)
    by_page: dict[str, dict[str, Status]] = {}
    for status in statuses:
        by_page.setdefault(status.source, {})[status.lang] = status
    summary = []
    for other in translated_languages(languages):
        count = {  # each count in its plural form (kb/locales: translation.table.*_count)
            key: language.count(
                f"translation.table.{plural}", sum(s.lang == other and s.state == state for s in statuses)
            )
            for key, plural, state in (
                ("current", "up_to_date_count", UP_TO_DATE),
                ("stale", "stale_count", STALE),
                ("untranslated", "untranslated_count", UNTRANSLATED),
            )
        }
        summary.append(strings["summary"].format(language=names[other], **count))
    rows = [
        {
            "source": row_source,
            "link": get_relative_url(language.root + page_path(row_source), page.url),
            "title": page_title(docs, lang, row_source, english),
            "states": [
                (states[other].state, state_name(strings, states[other].state))
                for other in translated_languages(languages)
            ],
        }
        for row_source, states in by_page.items()
    ]
    columns = [names[other] for other in translated_languages(languages)]
    return macro(PARTIAL, "table")(summary, strings, columns, rows)


def state_name(strings: dict[str, str], state: str) -> str:
    """The table's word for a state ("up to date" is the key up_to_date)."""
    return strings[state.replace(" ", "_")]


def page_title(docs: Path, lang: str, source: str, english: str) -> str:
    """The page's title in this language, else in English (the default language, `english`), else its path."""
    for folder in (lang, english):
        try:
            title = read_meta(docs / folder / source).get("title")
        except (OSError, ValueError):
            continue
        if isinstance(title, str) and title.strip():
            return title
    return source


def describe(status: Status) -> str:
    return f"docs/{status.lang}/{status.source}: {status.state}: {status.reason}"


def on_pre_build(config: MkDocsConfig, release: bool) -> None:
    """In a release build, warn about every lagging page of every language at once, in the
    first (English) build: under --strict that build stops with the whole list."""
    languages = languages_of(config)
    if not release or build_language(config).code != default_language(languages):
        return
    for status in site_status(Path(config.docs_dir), config.nav, languages):
        if status.state != UP_TO_DATE:
            log.warning(f"{describe(status)} (KB_RELEASE=1: a release needs every page translated and up to date)")


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: object, statuses: dict[str, Status | None]
) -> str:
    """`statuses`: each page's status, worked out here once and used again in on_page_content."""
    status = statuses[page.file.src_uri] = tracked_status(page, config)
    if status is None or status.state == UP_TO_DATE:
        return markdown
    log.info(describe(status))
    if status.state == UNTRANSLATED:
        return markdown + english_fallback(Path(config.docs_dir), default_language(languages_of(config)), status.source)
    return markdown


def on_page_content(
    content: str, page: Page, config: MkDocsConfig, files: object, statuses: dict[str, Status | None]
) -> str:
    if TABLE_PLACEHOLDER in content:
        lang = language_and_source(page.file.src_uri)[0]
        table = status_table(Path(config.docs_dir), config.nav, page, lang, languages_of(config))
        content = content.replace(TABLE_PLACEHOLDER, table)
    status = statuses.pop(page.file.src_uri, None)
    if status is not None and status.state != UP_TO_DATE:
        content = notice(status, page, languages_of(config)) + content
    return content
