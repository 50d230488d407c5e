"""Copy the text direction Material puts on <body> onto <html> as well.

Material writes `<html lang="..">` and `<body dir="..">`. The W3C internationalisation
guidance asks for `dir` on the root element, so that the whole document (scrollbars,
the browser's own UI, print) follows it. The direction itself still comes from Material's
language files (ar and fa are rtl), so there is one source of truth and no fork of base.html.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.content import material_markup as upstream

_HTML_TAG = re.compile(r"<html\b([^>]*)>")
_BODY_DIR = upstream.BODY_DIRECTION


def add_dir_to_html(output: str, where: str = "the page") -> str:
    """Return the page with `dir` on <html> copied from <body>; unchanged if <html> has one.
    Fails closed: a page without either is the theme's markup changed."""
    body = _BODY_DIR.search(output)
    html = _HTML_TAG.search(output)
    if not body or not html:
        raise PluginError(
            f"{where}: the built page has no {'<html>' if body else '<body dir=...>'} (as mkdocs-material "
            f"{upstream.UPSTREAM['mkdocs-material']} writes it), so its direction cannot be set on <html>; update "
            "BODY_DIRECTION in scripts/kb/content/material_markup.py for the new markup"
        )
    if " dir=" in html.group(1):
        return output
    start, end = html.span()
    return f'{output[:start]}<html{html.group(1)} dir="{body.group(1)}">{output[end:]}'


def on_post_page(output: str, page: Page, config: object) -> str:
    return add_dir_to_html(output, f"docs/{page.file.src_uri}")


def on_post_template(output: str, template_name: str, config: object) -> str:
    """Static templates too: the 404 page is rendered from Material's base.html."""
    return add_dir_to_html(output, f"overrides/{template_name}") if template_name.endswith(".html") else output
