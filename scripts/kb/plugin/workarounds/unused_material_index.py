"""Skip Material's search index, which no page uses, and remove its file from the site.

Material's search plugin must stay enabled, because its header shows the search button
only then. But overrides/partials/search.html drives our own per-language search
(scripts/kb/plugin/features/search_index.py), so Material's all-languages lunr index is dead weight: about a
sixth of the build time spent parsing every page again, and 1.1 MB in the site.
- Before Material's plugin reads a page (on_page_context, priority 100), the page is marked
  `search: {exclude: true}`, the front-matter switch Material's indexer honours. Our own
  index has been built from the page by then (on_page_content), so it is unaffected.
- static-i18n writes the (now empty) index at the very end of its own post-build
  (priority -100); this removes it after that (-110).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

MATERIAL_INDEX = "search/search_index.json"


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return context


def on_post_build(config: MkDocsConfig) -> None:
    (Path(config.site_dir) / MATERIAL_INDEX).unlink(missing_ok=True)
