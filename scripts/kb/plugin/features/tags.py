"""Tags, in the reader's language, under every page's title (the tags page's list is a
Markdown extension: kb/markdown/tags.py).

Pages carry tags in their front matter (the same in every language; `make check` keeps them
to the names in kb/locales/<lang>.yml `tags.names`). Material shows the tags its tags
plugin hands to partials/tags.html; that plugin writes the front matter's words as they
are, so this hook hands the partial the same list instead, each tag in the page's language
and linked to its section of the language's tags page, whose list kb/content/tags.py writes.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.tags import TAGS_PAGE, anchor
from kb.languages import page_language


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: object) -> dict[str, Any]:
    language = page_language(page.file.src_uri, config)
    names = language.strings["tags"]["names"]
    index = f"{language.root}{Path(TAGS_PAGE).stem}/"
    context["tags"] = [
        {"name": names[tag], "url": f"{index}#{anchor(tag)}"}
        for tag in (html.unescape(str(tag)) for tag in page.meta.get("tags") or [])  # front_matter_text.py escaped them
        if tag in names
    ]
    return context
