"""Give the heading permalinks ("¶") a tooltip in the page's language.

Upstream limit: the toc extension's `permalink_title` is one string for the whole site, and
static-i18n cannot set Markdown extension options per language. This can go when it can.
The text is `permalink` in kb/locales/<lang>.yml; the default language's is the toc
extension's own ("Permanent link"), so its pages are left as they are.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.content import material_markup as upstream
from kb.languages import default_language, languages_of, page_language


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    title = page_language(page.file.src_uri, config).t("permalink")
    languages = languages_of(config)
    toc_title = languages[default_language(languages)].t("permalink")  # what mkdocs.yml's toc writes
    if title == toc_title:
        return html
    written = upstream.PERMALINK_TITLE.format(title=toc_title)
    if written not in html and upstream.PERMALINK.search(html):
        raise PluginError(
            f"docs/{page.file.src_uri}: the page's permalinks have no {written} (the toc extension's tooltip, "
            f"Markdown {upstream.UPSTREAM['markdown']}), so they would keep an English tooltip; update "
            "PERMALINK_TITLE in scripts/kb/content/material_markup.py for the new markup"
        )
    return html.replace(written, upstream.PERMALINK_TITLE.format(title=title))
