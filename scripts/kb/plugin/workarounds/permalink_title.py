"""Give the heading permalinks ("¶") a tooltip in the page's language.

Upstream limit: the toc extension's `permalink_title` is one string for the whole site, and
static-i18n cannot set Markdown extension options per language. This can go when it can.
The text is `permalink` in kb/locales/<lang>.yml; the default language's is the toc
extension's own ("Permanent link"), so its pages are left as they are.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, page_language

TOC_TITLE = LANGUAGES[DEFAULT_LANGUAGE].t("permalink")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    title = page_language(page.file.src_uri).t("permalink")
    return html.replace(f'title="{TOC_TITLE}"', f'title="{title}"') if title != TOC_TITLE else html
