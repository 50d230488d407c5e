"""The booklet where a page says <!-- checklist-booklet -->: the Markdown of every page of the
checklists section, in menu order, each under its title (kb/content/checklist_collections.py).
Put in before Markdown reads the page, and before kb.markdown.checklists counts the page's
task-list items, so that its checklists become checklists keyed as on their own pages. The
language, docs folder and navigation come from the page context (kb/markdown/page.py);
without one the marker stays."""

from __future__ import annotations

from markdown import Markdown

from kb.content.checklist_collections import BOOKLET_MARKER, booklet_markdown
from kb.markdown.page import TEXT_PRIORITY, PageExtension, TextPreprocessor


class BookletExtension(PageExtension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.preprocessors.register(TextPreprocessor(md, self.booklet), "kb_booklet", TEXT_PRIORITY)

    def booklet(self, markdown: str) -> str:
        if BOOKLET_MARKER not in markdown or (page := self.page) is None:
            return markdown
        return markdown.replace(BOOKLET_MARKER, booklet_markdown(page.docs, page.config_file, page.lang))


def makeExtension(**kwargs: object) -> BookletExtension:  # noqa: N802
    return BookletExtension(**kwargs)
