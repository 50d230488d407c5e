"""The checklists page's progress table where it says <!-- checklist-progress -->: every page of
the checklists section with the reader's progress (kb/content/checklist_collections.py;
checklists.js fills it in). HTML, put into the page's HTML after Markdown wrote it (the marker
passes through Markdown as a raw HTML comment). The language, docs folder and navigation come
from the page context (kb/markdown/page.py); without one the marker stays."""

from __future__ import annotations

from kb.content.checklist_collections import OVERVIEW_MARKER, overview_table
from kb.markdown.page import HTML_PRIORITY, MarkerExtension, PageContext


class ProgressExtension(MarkerExtension):
    MARKER, NAME, PRIORITY, IN_HTML = OVERVIEW_MARKER, "kb_progress", HTML_PRIORITY + 1, True

    def write(self, page: PageContext) -> str:
        return overview_table(page.docs, page.navigation, page.language, page.source)


def makeExtension(**kwargs: object) -> ProgressExtension:  # noqa: N802
    return ProgressExtension(**kwargs)
