"""Each chart and diagram where a page says <!-- figure: NAME -->, drawn from kb/figures.yml in
the page's language (kb/content/figure_drawing.py): the numbers live in one file, and
`make check` names the line of an unknown name or a missing translation. The drawing is HTML,
put in before Markdown reads the page, so it passes as the page's raw HTML. The language comes
from the page context (kb/markdown/page.py); without one the markers stay."""

from __future__ import annotations

import re

from markdown import Markdown

from kb.content.figure_drawing import figure_html
from kb.content.figures import MARKER, FigureError, load_figures, unknown_figure
from kb.markdown.page import TEXT_PRIORITY, PageExtension, TextPreprocessor, TransformError


class FiguresExtension(PageExtension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.preprocessors.register(TextPreprocessor(md, self.guarded(self.draw)), "kb_figures", TEXT_PRIORITY + 2)

    def draw(self, markdown: str) -> str:
        if not MARKER.search(markdown) or (page := self.page) is None:
            return markdown
        try:
            figures = load_figures()
        except FigureError as error:
            raise TransformError(str(error)) from None
        language = page.language

        def drawn(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in figures:
                raise TransformError(f"{page.where}: {unknown_figure(name, figures)}")
            return "\n" + figure_html(figures[name], language) + "\n"

        return MARKER.sub(drawn, markdown)


def makeExtension(**kwargs: object) -> FiguresExtension:  # noqa: N802
    return FiguresExtension(**kwargs)
