"""Drop the indentation and blank lines that Material's templates leave in every page.

The Jinja templates are indented for people to read, and that indentation is a quarter of
a built page's bytes. Outside preformatted text, a run of white space between words or tags
renders as one space, so replacing each newline and the spaces after it with one newline
changes nothing a reader sees. <pre>, <textarea>, <script> and <style> keep their white
space, which can matter there. Runs first in the output pass (priority -100), after every other
part has written the page.
"""

from __future__ import annotations

import re

from mkdocs.structure.pages import Page

# re.split with these two groups yields: text, kept element, its tag name, text, ...
_KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
# Only ASCII white space: a no-break space is content.
_NEWLINE_AND_INDENT = re.compile(r"\n[ \t\r\n]+")


def compact(html: str) -> str:
    pieces = _KEPT.split(html)
    out = []
    for start in range(0, len(pieces), 3):
        out.append(_NEWLINE_AND_INDENT.sub("\n", pieces[start]))
        if start + 1 < len(pieces):
            out.append(pieces[start + 1])
    return "".join(out)


def on_post_page(output: str, page: Page, config: object) -> str:
    return compact(output)


def on_post_template(output: str, template_name: str, config: object) -> str:
    """The 404 page too; sitemaps and other non-HTML templates are left alone."""
    return compact(output) if template_name.endswith(".html") else output
