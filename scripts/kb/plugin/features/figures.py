"""Draw each chart and diagram where a page says <!-- figure: NAME -->, from kb/figures.yml,
in the page's language (kb/content/figure_drawing.py): the numbers live in one file, and
`make check` names the line of an unknown name or a missing translation."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.content.figure_drawing import figure_html
from kb.content.figures import MARKER, FigureError, load_figures, unknown_figure
from kb.languages import page_language


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if not MARKER.search(markdown):
        return markdown
    try:
        figures = load_figures()
    except FigureError as error:
        raise PluginError(str(error)) from None
    language = page_language(page.file.src_uri, config)

    def draw(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in figures:
            raise PluginError(f"docs/{page.file.src_uri}: {unknown_figure(name, figures)}")
        return "\n" + figure_html(figures[name], language) + "\n"

    return MARKER.sub(draw, markdown)
