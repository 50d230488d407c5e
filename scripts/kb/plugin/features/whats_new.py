"""The what's-new page of each language: its most recently changed pages, newest first.

The page holding PLACEHOLDER (docs/<lang>/whats-new.md) gets a list of that language's pages
by their last commit, from the commit times the build has already read for the "last updated"
line (revision_date.last_commit_times: one `git log` per build), limited to the plugin's
`whats_new_pages`. Each entry links to the page by its title in that language, with the date in
the language's calendar and digits (revision_date.date_html) and, on Arabic and Persian pages,
a mark on a translation that is stale or untranslated (kb/content/translations.py, as the
translation-status page says). Pages committed in the same commit follow the navigation's order.
Without git history the page says that no change is recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kb.content.partials import Markup, macro
from kb.content.translations import STALE, UNTRANSLATED, english_sources, page_status
from kb.languages import default_language, language_and_source, languages_of, page_path
from kb.plugin.features.revision_date import date_html
from kb.plugin.features.translation_status import page_title

PARTIAL = "kb-whats-new.html"  # overrides/partials/: the list's markup

PLACEHOLDER = "<!-- whats-new-list -->"


def recent_pages(
    docs: Path, commit_times: dict[str, int], lang: str, order: list[str], limit: int, leave_out: str = ""
) -> list[tuple[str, int]]:
    """(source, commit time) of the language's pages that exist now, newest first, at most `limit`;
    pages of one commit in the navigation's `order`."""
    prefix = f"{lang}/"
    found = [
        (path.removeprefix(prefix), stamp)
        for path, stamp in commit_times.items()
        if path.startswith(prefix) and path.endswith(".md")
    ]
    found = [(source, stamp) for source, stamp in found if source != leave_out and (docs / lang / source).is_file()]
    rank = {source: index for index, source in enumerate(order)}
    found.sort(key=lambda entry: (-entry[1], rank.get(entry[0], len(rank)), entry[0]))
    return found[:limit]


def recent_list(page: Page, config: MkDocsConfig, commit_times: dict[str, int], limit: int) -> str:
    lang, own = language_and_source(page.file.src_uri)
    languages = languages_of(config)
    language, english = languages[lang], default_language(languages)
    docs = Path(config.docs_dir)
    order = english_sources(docs, config.nav, languages)  # MkDocs' navigation, as translation_status reads it
    entries = recent_pages(docs, commit_times, lang, order, limit, leave_out=own)
    if not entries:
        return macro(PARTIAL, "nothing_yet")(language.t("whats_new.none"))
    items = []
    for source, stamp in entries:
        state = None
        if lang != english and (docs / english / source).is_file():
            state = page_status(docs, lang, source, languages=languages).state
        shown = state if state in (STALE, UNTRANSLATED) else None
        items.append(
            {
                "source": source,
                "href": get_relative_url(language.root + page_path(source), page.url),
                "title": page_title(docs, lang, source, english),
                "when": Markup(date_html(datetime.fromtimestamp(stamp, UTC), language)),
                "state": shown,
                "words": language.t(f"whats_new.{shown}") if shown else "",
            }
        )
    return macro(PARTIAL, "recent")(items) + "\n"


def on_page_content(
    content: str, page: Page, config: MkDocsConfig, files: object, commit_times: dict[str, int], limit: int
) -> str:
    if PLACEHOLDER not in content:
        return content
    return content.replace(PLACEHOLDER, recent_list(page, config, commit_times, limit))
