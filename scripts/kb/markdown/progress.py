"""The checklists page's progress table where it says <!-- checklist-progress -->: every page of
the checklists section with the reader's progress (kb/content/checklist_collections.py;
checklists.js fills it in). HTML, put into the page's HTML after Markdown wrote it (the marker
passes through Markdown as a raw HTML comment). The language, docs folder and navigation come
from the page context (kb/markdown/page.py); without one the marker stays."""

from __future__ import annotations

from markdown import Markdown

from kb.content.checklist_collections import OVERVIEW_MARKER, overview_table
from kb.languages import LANGUAGES
from kb.markdown.page import HTML_PRIORITY, HtmlPostprocessor, PageExtension


class ProgressExtension(PageExtension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.postprocessors.register(HtmlPostprocessor(md, self.table), "kb_progress", HTML_PRIORITY + 1)

    def table(self, content: str) -> str:
        if OVERVIEW_MARKER not in content or (page := self.page) is None:
            return content
        table = overview_table(page.docs, page.config_file, LANGUAGES[page.lang], page.source)
        return content.replace(OVERVIEW_MARKER, table)


def makeExtension(**kwargs: object) -> ProgressExtension:  # noqa: N802
    return ProgressExtension(**kwargs)
