"""Write the "Last updated" date of Persian pages in Persian digits.

mkdocs-git-revision-date-localized-plugin (mkdocs.yml) puts each page's last git commit
date in page.meta, and Material prints it under the page. Babel names the month in the
page's language but writes Western digits in every language ("14 نوامبر 2023"); the site
writes Persian with ۰–۹ and Arabic with 0–9 (CONTRIBUTING.md), so only Persian needs a
change. MkDocs runs hooks after plugins, so the date is already in page.meta here.
"""

from __future__ import annotations

import re

from mkdocs.structure.pages import Page

DATE_KEY = "git_revision_date_localized"
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# The text between tags and the tooltip; never class names or other attributes.
READABLE = re.compile(r'title="[^"]*"|>[^<]*<')


def persian_digits(date_html: str) -> str:
    """'<span title="14 نوامبر 2023">14 نوامبر 2023</span>' with ۰–۹ in the text and tooltip."""
    if "<" not in date_html:
        return date_html.translate(PERSIAN_DIGITS)
    return READABLE.sub(lambda match: match.group(0).translate(PERSIAN_DIGITS), date_html)


def on_page_markdown(markdown: str, page: Page, config: object, files: object) -> str:
    date = page.meta.get(DATE_KEY)
    if isinstance(date, str) and getattr(page.file, "locale", None) == "fa":
        page.meta[DATE_KEY] = persian_digits(date)
    return markdown
