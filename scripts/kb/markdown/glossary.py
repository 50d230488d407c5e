"""The glossary table, from kb/glossary.yml, where the glossary page says <!-- glossary-table -->:
the terms live in one file, which `make check` also enforces. The table is Markdown, written
before any other step reads the page, so its headings and links are checked like the page's own.
The language comes from the page context (kb/markdown/page.py); without one the marker stays."""

from __future__ import annotations

from kb.content.glossary import TABLE_MARKER, GlossaryError, glossary_table
from kb.markdown.page import TEXT_PRIORITY, MarkerExtension, PageContext, TransformError


class GlossaryExtension(MarkerExtension):
    MARKER, NAME, PRIORITY = TABLE_MARKER, "kb_glossary", TEXT_PRIORITY + 3

    def write(self, page: PageContext) -> str:
        try:
            return glossary_table(page.lang, languages=page.languages)
        except GlossaryError as error:
            raise TransformError(str(error)) from None


def makeExtension(**kwargs: object) -> GlossaryExtension:  # noqa: N802 - Python-Markdown's name
    return GlossaryExtension(**kwargs)
