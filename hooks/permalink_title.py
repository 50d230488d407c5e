"""Give the heading permalinks ("¶") a tooltip in the page's language.

The toc extension's `permalink_title` is one string for the whole site ("Permanent link"),
and static-i18n cannot override Markdown extension options per language, so Arabic and
Persian pages would show an English tooltip. Material sets theme.language per language
build; the default language keeps the toc extension's own text.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

TITLES = {"ar": "رابط دائم لهذا القسم", "fa": "پیوند ثابت به این بخش"}


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    title = TITLES.get(config.theme["language"])
    return html.replace('title="Permanent link"', f'title="{title}"') if title else html
