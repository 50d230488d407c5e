"""Judge every built page's whole HTML, region by region, against kb.content.html_policy.

Runs after every other part has written the page and after compact_html.py (priority -150
and -100), on what ships. The regions and what the
theme itself writes in them come from kb/content/material_markup.py (one module, for the
Material version pinned): the <head> (only Material's elements and values), the chrome
(header, navigation, footer: only Material's elements, attributes and classes, and the inline
scripts of its known list), the article (the content policy: what Markdown writes), the
<title> and the meta description. When the markup it expects is missing (a theme upgrade
renamed the article's class), the build stops saying what it expected: a page is never judged
by the wrong rules. Each construct the policy would remove is a warning naming the Markdown
line it most likely comes from (so `mkdocs build --strict`, `make check` and the deploy
fail), and the article is written sanitized, so that even `mkdocs serve` never shows it.
The 404 page, which no Markdown writes, is judged as chrome throughout.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from kb.content import material_markup as theme
from kb.content.html_policy import Finding, findings, head_findings, sanitized, source_line
from kb.content.pages import read_source, split_front_matter
from kb.languages import build_language

log = get_plugin_logger("html_policy")

# The article's inner HTML (greedy: the page's last </article> closes Material's).
ARTICLE = re.compile(re.escape(theme.ARTICLE_START) + r"(.*)" + re.escape(theme.ARTICLE_END), re.S)
PARTS = {"article": ARTICLE, "title": re.compile(r"<title>(.*?)</title>", re.S)}
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_BODY = re.compile(r"<body\b[^>]*>")
_SRC = re.compile(r'^\s+src="([^"]*)"(?:\s+data-kb-[a-z-]+="[^"]*")*\s*$')


def _without_theme_scripts(body: str) -> str:
    """The body without the scripts Material and this project write: same-site files, its JSON
    configuration and the inline scripts of material_markup.KNOWN_INLINE_SCRIPTS. What is left
    is judged like any other element (and a <script> is never allowed)."""

    def keep(match: re.Match[str]) -> str:
        attributes, text = match.groups()
        if (src := _SRC.match(attributes)) and not text.strip():
            from kb.content.html_policy import same_site

            return "" if same_site(html.unescape(src.group(1))) else match.group()
        if attributes == ' id="__config" type="application/json"' or (
            not attributes.strip() and theme.is_known_inline_script(text)
        ):
            return ""
        return match.group()

    return _SCRIPT.sub(keep, body)


def document_findings(output: str, where: str, whole_chrome: bool = False) -> list[tuple[str, Finding]]:
    """(region, finding) for the head and the chrome of a built page; PluginError when the
    page lacks a landmark Material writes once per page."""
    found: list[tuple[str, Finding]] = []
    for name, marker in theme.LANDMARKS.items():
        count = output.count(marker)
        if count == 0:
            raise PluginError(
                f"{where}: the built page has no {marker!r} ({name}, as mkdocs-material "
                f"{theme.UPSTREAM['mkdocs-material']} writes it): the theme's markup changed, so the HTML policy "
                "cannot tell its regions apart; update scripts/kb/content/material_markup.py for it"
            )
        if count > 1:
            why = "Material writes it once: something in the page or its data writes the theme's markup"
            found.append(("page", Finding(f"{name} ({marker!r}) written {count} times", why, (marker,))))
    head_end = output.index("</head>") if "</head>" in output else 0
    found += [("head", finding) for finding in head_findings(output[:head_end])]
    opened, closed = _BODY.search(output, head_end), output.rfind("</body>")
    body = output[opened.end() : closed] if opened and closed > opened.end() else output[head_end:]
    if not whole_chrome and (article := ARTICLE.search(body)):
        body = body[: article.start(1)] + body[article.end(1) :]
    found += [("header, navigation or footer", f) for f in findings(_without_theme_scripts(body), chrome=True)]
    return found


def judged_page(output: str, where: str, source: str) -> tuple[str, list[str]]:
    """The page with its article sanitized, and a message per construct the policy would remove,
    each naming `where` and the line of `source` (the page's Markdown file) it most likely comes from."""
    body = split_front_matter(source)[1] if source.startswith("---") else 1
    messages = [
        f"{where}:{source_line(finding, source)}: {finding} (in the page's {part})"
        for part, finding in document_findings(output, where)
    ]
    for part, pattern in PARTS.items():
        match = pattern.search(output)
        if match is None or not (found := findings(match.group(1))):
            continue
        for finding in found:
            line = source_line(finding, source, body if part == "article" else 1)
            messages.append(f"{where}:{line}: {finding} (in the page's {part})")
        output = output[: match.start(1)] + sanitized(match.group(1)) + output[match.end(1) :]
    description = DESCRIPTION.search(output)
    if description and (found := findings(html.unescape(description.group(1)))):
        for finding in found:
            messages.append(f"{where}:{source_line(finding, source)}: {finding} (in the page's description)")
    return output, messages


def judged_not_found_page(output: str, where: str) -> list[str]:
    """The 404 page: the template and the interface strings only, so all of it is chrome."""
    return [f"{where}: {finding} (in the page's {part})" for part, finding in document_findings(output, where, True)]


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    source_path = Path(page.file.abs_src_path or "")
    source = read_source(source_path) if source_path.is_file() else ""
    output, messages = judged_page(output, f"docs/{page.file.src_uri}", source)
    for message in messages:
        log.warning(message)
    return output


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html":
        for message in judged_not_found_page(output, f"overrides/404.html (the {build_language(config).code} page)"):
            log.warning(message)
    return output
