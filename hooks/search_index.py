"""Write one search index per language: `<language root>/search/kb-index.json`.

Material's search puts every language in one lunr index, so results mix languages, and
lunr has no Persian. overrides/assets/javascripts/search.js searches instead, and each
language's pages load only their own language's index. The index holds each page's title
and its sections (split at h2/h3: heading, anchor, plain text) in the ORIGINAL spelling,
so that snippets show the page's own text; search-normalize.js folds it in the browser.
URLs are relative to the language root. static-i18n runs one build per language into the
same site_dir; the language root is the shortest page URL of the build ("" or "ar/").
Like Material's search, a page with `search: {exclude: true}` in its front matter and any
element with a `data-search-exclude` attribute (print-only text, say) are left out.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

INDEX_PATH = "search/kb-index.json"
SECTION_TAGS = {"h2", "h3"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# The h1 repeats the page title, which the index carries on its own.
SKIPPED_TAGS = {"script", "style", "template", "h1"}
# Tags after which words must not run together ("<li>one</li><li>two</li>").
BLOCK_TAGS = {"p", "li", "div", "td", "th", "tr", "dd", "dt", "pre", "blockquote", "summary",
              "details", "table", "ul", "ol", "dl", "figcaption", *HEADING_TAGS}
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_SPACES = re.compile(r"\s+")

# Pages of each build, by language, as (url, title, sections): builds must not mix.
_pages_by_language: dict[str, list[tuple[str, str, list[dict[str, str]]]]] = {}


class SectionParser(HTMLParser):
    """Split rendered page content into sections at h2/h3, keeping text only."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[dict[str, str]] = [{"h": "", "a": "", "x": ""}]
        self._heading: str | None = None  # the h2/h3 being read, if any
        self._text: list[str] = []
        self._skip_tag = ""  # the skipped element being read (script, h1, permalink ...)
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if self._skip_depth:
            self._skip_depth += tag == self._skip_tag
        elif tag in VOID_TAGS:  # no end tag to close a skip, and no text anyway
            self._text.append(" ")
        elif tag in SKIPPED_TAGS or "data-search-exclude" in attributes or self._is_permalink(tag, attributes):
            self._skip_tag, self._skip_depth = tag, 1
        elif tag in SECTION_TAGS:
            self._close_text()
            self._heading = tag
            self.sections.append({"h": "", "a": attributes.get("id") or "", "x": ""})
        elif tag in BLOCK_TAGS:
            self._text.append(" ")

    @staticmethod
    def _is_permalink(tag: str, attributes: dict[str, str | None]) -> bool:
        return tag == "a" and "headerlink" in (attributes.get("class") or "").split()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= tag == self._skip_tag
        elif tag == self._heading:
            self.sections[-1]["h"] = _clean("".join(self._text))
            self._text = []
            self._heading = None
        elif tag in BLOCK_TAGS:
            self._text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._text.append(data)

    def _close_text(self) -> None:
        text = _clean("".join(self._text))
        self.sections[-1]["x"] = _clean(f"{self.sections[-1]['x']} {text}")
        self._text = []

    def close(self) -> None:
        super().close()
        self._close_text()


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def page_sections(html: str) -> list[dict[str, str]]:
    """Sections of a page's content HTML: the intro first (no heading), then one per h2/h3."""
    parser = SectionParser()
    parser.feed(html)
    parser.close()
    intro, *rest = parser.sections
    return [intro, *(section for section in rest if section["h"] or section["x"])]


def on_pre_build(config: MkDocsConfig) -> None:
    _pages_by_language[config.theme["language"]] = []


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: object) -> str:
    search_meta = page.meta.get("search")
    if not (isinstance(search_meta, dict) and search_meta.get("exclude")):
        _pages_by_language[config.theme["language"]].append((page.url, page.title or "", page_sections(html)))
    return html


def on_post_build(config: MkDocsConfig) -> None:
    pages = _pages_by_language.pop(config.theme["language"], [])
    if not pages:
        return
    root = min((url for url, _, _ in pages), key=len)
    index = {
        "lang": config.theme["language"],
        "pages": [{"u": url.removeprefix(root), "t": title, "s": sections} for url, title, sections in pages],
    }
    target = Path(config.site_dir) / root / INDEX_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
