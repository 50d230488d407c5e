"""The booklet where a page says <!-- checklist-booklet -->: the Markdown of every page of the
checklists section, in menu order, each under its title (kb/content/checklist_collections.py).
Put in before Markdown reads the page, and before kb.markdown.checklists counts the page's
task-list items, so that its checklists become checklists keyed as on their own pages. The
language, docs folder and navigation come from the page context (kb/markdown/page.py);
without one the marker stays."""

from __future__ import annotations

from kb.content.checklist_collections import BOOKLET_MARKER, booklet_markdown
from kb.markdown.page import TEXT_PRIORITY, MarkerExtension, PageContext


class BookletExtension(MarkerExtension):
    MARKER, NAME, PRIORITY = BOOKLET_MARKER, "kb_booklet", TEXT_PRIORITY

    def write(self, page: PageContext) -> str:
        return booklet_markdown(page.docs, page.navigation, page.lang)


def makeExtension(**kwargs: object) -> BookletExtension:  # noqa: N802
    return BookletExtension(**kwargs)
