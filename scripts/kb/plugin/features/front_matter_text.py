"""Front matter is text: escape a page's title and description once, before any template
writes them.

Material's templates write `page.meta.title` and `page.meta.description` into <title>, the
<h1>, the navigation and a meta attribute as they are, so a quote in a description would end
the attribute and let the rest become attributes of their own. kb.content.pages already
rejects markup in front matter (the build stops in source_files.py); this makes what is left,
a quote or an ampersand, harmless everywhere. Hooks that want the text unescape it
(search_index.py).
"""

from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.pages import PLAIN_TEXT_KEYS


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object) -> str:
    for key in PLAIN_TEXT_KEYS:
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = html.escape(value)
        elif isinstance(value, list):
            page.meta[key] = [html.escape(item) if isinstance(item, str) else item for item in value]
    return markdown
