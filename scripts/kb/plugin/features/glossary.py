"""Write each language's glossary table from kb/glossary.yml, where the glossary page says
<!-- glossary-table -->: the terms live in one file, which `make check` also enforces."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.content.glossary import TABLE_MARKER, GlossaryError, glossary_table
from kb.languages import page_language


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if TABLE_MARKER not in markdown:
        return markdown
    try:
        return markdown.replace(TABLE_MARKER, glossary_table(page_language(page.file.src_uri, config).code))
    except GlossaryError as error:
        raise PluginError(str(error)) from None
