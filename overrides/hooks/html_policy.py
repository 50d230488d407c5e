"""Judge every built page's HTML against the allowlist of kb.content.html_policy.

Runs after every other hook has written the page, on what ships: the article, the
navigation and table of contents (Material's primary sidebar), the <title> and the meta
description. Each construct the policy would remove is a warning naming the Markdown line
it most likely comes from (so `mkdocs build --strict`, `make check` and the deploy fail),
and the page is written with those parts sanitized, so that even a non-strict
`mkdocs serve` never shows them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.pages import Page

from kb.content.html_policy import findings, sanitized, source_line
from kb.content.pages import read_source, split_front_matter

log = get_plugin_logger("html_policy")

# The parts of a page its content shapes; group 1 is what is judged (and, if need be, sanitized).
PARTS = {
    "article": re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.S),
    "navigation": re.compile(
        r'<div class="md-sidebar md-sidebar--primary"[^>]*>(.*?)(?=<div class="md-content")', re.S
    ),
    "title": re.compile(r"<title>(.*?)</title>", re.S),
}
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


@event_priority(-150)  # after compact_html (-100): what the reader gets
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    source_path = Path(page.file.abs_src_path or "")
    source = read_source(source_path) if source_path.is_file() else ""
    body = split_front_matter(source)[1] if source.startswith("---") else 1
    where = f"docs/{page.file.src_uri}"
    for part, pattern in PARTS.items():
        match = pattern.search(output)
        if match is None or not (found := findings(match.group(1))):
            continue
        for finding in found:
            line = source_line(finding, source, body if part == "article" else 1)
            log.warning(f"{where}:{line}: {finding} (in the page's {part})")
        output = output[: match.start(1)] + sanitized(match.group(1)) + output[match.end(1) :]
    description = DESCRIPTION.search(output)
    if description and (found := findings(html.unescape(description.group(1)))):
        for finding in found:
            log.warning(f"{where}:{source_line(finding, source)}: {finding} (in the page's description)")
    return output
