"""Copy the text direction Material puts on <body> onto <html> as well.

Material writes `<html lang="..">` and `<body dir="..">`. The W3C internationalisation
guidance asks for `dir` on the root element, so that the whole document (scrollbars,
the browser's own UI, print) follows it. The direction itself still comes from Material's
language files (ar and fa are rtl), so there is one source of truth and no fork of base.html.
"""

from __future__ import annotations

import re

from mkdocs.structure.pages import Page

_HTML_TAG = re.compile(r"<html\b([^>]*)>")
_BODY_DIR = re.compile(r'<body\b[^>]*\bdir="(ltr|rtl)"')


def add_dir_to_html(output: str) -> str:
    """Return the page with `dir` on <html> copied from <body>; unchanged if either is missing."""
    body = _BODY_DIR.search(output)
    html = _HTML_TAG.search(output)
    if not body or not html or " dir=" in html.group(1):
        return output
    start, end = html.span()
    return f'{output[:start]}<html{html.group(1)} dir="{body.group(1)}">{output[end:]}'


def on_post_page(output: str, page: Page, config: object) -> str:
    return add_dir_to_html(output)


def on_post_template(output: str, template_name: str, config: object) -> str:
    """Static templates too: the 404 page is rendered from Material's base.html."""
    return add_dir_to_html(output) if template_name.endswith(".html") else output
