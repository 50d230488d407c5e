"""The tags page's list where it says <!-- tags-index -->: per tag, in the page's language, every
page of the language that carries it (kb/content/tags.py). Markdown, put in before Markdown
reads the page, so its headings get anchors and its links are checked like the page's own. The
language and the docs folder come from the page context (kb/markdown/page.py); without one the
marker stays. The tags under each page's title are the template's (kb/plugin/features/tags.py)."""

from __future__ import annotations

from markdown import Markdown

from kb.content.tags import INDEX_MARKER, tags_index
from kb.languages import LANGUAGES
from kb.markdown.page import TEXT_PRIORITY, PageExtension, TextPreprocessor


class TagsExtension(PageExtension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.preprocessors.register(TextPreprocessor(md, self.index), "kb_tags", TEXT_PRIORITY + 1)

    def index(self, markdown: str) -> str:
        if INDEX_MARKER not in markdown or (page := self.page) is None:
            return markdown
        names = LANGUAGES[page.lang].strings["tags"]["names"]
        return markdown.replace(INDEX_MARKER, tags_index(page.docs, page.lang, names))


def makeExtension(**kwargs: object) -> TagsExtension:  # noqa: N802
    return TagsExtension(**kwargs)
