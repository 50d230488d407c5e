"""The glossary table, from kb/glossary.yml, where the glossary page says <!-- glossary-table -->:
the terms live in one file, which `make check` also enforces. The table is Markdown, written
before any other step reads the page, so its headings and links are checked like the page's own.
The language comes from the page context (kb/markdown/page.py); without one the marker stays."""

from __future__ import annotations

from markdown import Markdown

from kb.content.glossary import TABLE_MARKER, GlossaryError, glossary_table
from kb.markdown.page import TEXT_PRIORITY, PageExtension, TextPreprocessor, TransformError


class GlossaryExtension(PageExtension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.preprocessors.register(TextPreprocessor(md, self.table), "kb_glossary", TEXT_PRIORITY + 3)

    def table(self, markdown: str) -> str:
        if TABLE_MARKER not in markdown or (page := self.page) is None:
            return markdown
        try:
            return markdown.replace(TABLE_MARKER, glossary_table(page.lang))
        except GlossaryError as error:
            raise TransformError(str(error)) from None


def makeExtension(**kwargs: object) -> GlossaryExtension:  # noqa: N802 - Python-Markdown's name
    return GlossaryExtension(**kwargs)
