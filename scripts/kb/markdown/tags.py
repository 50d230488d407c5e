"""The tags page's list where it says <!-- tags-index -->: per tag, in the page's language, every
page of the language that carries it (kb/content/tags.py). Markdown, put in before Markdown
reads the page, so its headings get anchors and its links are checked like the page's own. The
language and the docs folder come from the page context (kb/markdown/page.py); without one the
marker stays. The tags under each page's title are the template's (kb/plugin/features/tags.py)."""

from __future__ import annotations

from kb.content.tags import INDEX_MARKER, tags_index
from kb.markdown.page import TEXT_PRIORITY, MarkerExtension, PageContext


class TagsExtension(MarkerExtension):
    MARKER, NAME, PRIORITY = INDEX_MARKER, "kb_tags", TEXT_PRIORITY + 1

    def write(self, page: PageContext) -> str:
        return tags_index(page.docs, page.lang, page.language.strings["tags"]["names"])


def makeExtension(**kwargs: object) -> TagsExtension:  # noqa: N802
    return TagsExtension(**kwargs)
