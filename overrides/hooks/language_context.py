"""Tell every template which language it is rendering: the `kb` context variable.

`kb` holds the page's language from kb/languages.py (code, direction, root, digits), so
templates such as partials/search.html never work it out themselves. A template without a
page (the 404 page) gets the language of the build that renders it.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.languages import build_language, page_language


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: object) -> dict[str, Any]:
    context["kb"] = page_language(page.file.src_uri).context()
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    context["kb"] = build_language(config).context()
    return context
