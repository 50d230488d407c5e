"""Write one search index per language under `<language root>/search/`, in pieces.

Material's search puts every language in one lunr index, so results mix languages, and
lunr has no Persian. overrides/assets/javascripts/search.js searches instead, and each
language's pages load only their own language's index. The index holds each page's title
and its sections (split at h2/h3: heading, anchor, plain text) in the ORIGINAL spelling,
so that snippets show the page's own text. This hook collects them; scripts/kb/search_index.js
(in Node, with the browser's own folding) cuts them into the pieces search.js fetches as a
query needs them: kb-index.json first, then word chunks and result pages.
URLs are relative to the language root (kb.languages). static-i18n runs one build per
language into the same site_dir, so pages are collected by their own language and each
build writes the indexes of the pages it rendered, each with the glossary's synonym groups
(kb/content/glossary.py) for the engine to search by.
Like Material's search, a page with `search: {exclude: true}` in its front matter and any
element with a `data-search-exclude` attribute (print-only text, say) are left out.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.content import material_markup as upstream
from kb.content.glossary import synonym_groups
from kb.languages import Language, languages_of, page_language
from kb.project import ROOT

INDEX_FOLDER = "search"  # under each language root; a query starts from its kb-index.json
PIECES_SCRIPT = ROOT / "scripts" / "kb" / "search_index.js"
# The h1 repeats the page title, which the index carries on its own; heading permalinks ("¶")
# are not text.
_SKIPPED = re.compile(
    r"<(script|style|template|h1)\b[^>]*>.*?</\1\s*>|<a\b[^>]*\bclass=\"headerlink\"[^>]*>.*?</a>", re.S | re.I
)
_EXCLUDED_START = re.compile(r"<([a-zA-Z][\w-]*)\b[^>]*\bdata-search-exclude\b[^>]*>")
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_SECTION = upstream.SECTION_HEADING  # the toc extension's markup, with the versions it was written for
_ID = upstream.HEADING_ID
# Tags after which words must not run together ("<li>one</li><li>two</li>"), and void tags.
_BREAKING_TAG = re.compile(
    r"</?(?:p|li|div|td|th|tr|dd|dt|pre|blockquote|summary|details|table|ul|ol|dl|figcaption|h[1-6])\b[^>]*>"
    r"|<(?:area|br|col|embed|hr|img|input|link|meta|source|wbr)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")

# Pages rendered and not written into an index yet, by language, as (url, title, sections): one
# language build's (kb.plugin keeps it).
PagesByLanguage = dict[str, list[tuple[str, str, list[dict[str, str]]]]]


def without_excluded(content: str) -> str:
    """The content without elements marked data-search-exclude (nested elements included).

    Regular expressions rather than an HTML parser: the content is what Python-Markdown and
    our hooks wrote, and this runs on every page of every build (a parser cost a tenth of
    the build on a large site).
    """
    pieces, position = [], 0
    while start := _EXCLUDED_START.search(content, position):
        pieces.append(content[position : start.start()])
        tag, position = start.group(1).lower(), start.end()
        if tag in VOID_TAGS:
            continue
        same_tag, depth = re.compile(rf"<(/?){re.escape(tag)}\b[^>]*>", re.I), 1
        while depth and (match := same_tag.search(content, position)):
            depth += -1 if match.group(1) else 1
            position = match.end()
        if depth:  # never closed: the rest of the page is inside it
            position = len(content)
    pieces.append(content[position:])
    return "".join(pieces)


def text_of(fragment: str) -> str:
    return _clean(html.unescape(_TAG.sub("", _BREAKING_TAG.sub(" ", fragment))))


def page_sections(content: str) -> list[dict[str, str]]:
    """Sections of a page's content HTML: the intro first (no heading), then one per h2/h3,
    each as {"h": heading, "a": anchor, "x": text}."""
    content = _SKIPPED.sub("", without_excluded(content))
    sections, heading, anchor, position = [], "", "", 0
    for match in _SECTION.finditer(content):
        sections.append({"h": heading, "a": anchor, "x": text_of(content[position : match.start()])})
        found = _ID.search(match.group(2))
        heading, anchor = text_of(match.group(3)), html.unescape(found.group(1)) if found else ""
        position = match.end()
    sections.append({"h": heading, "a": anchor, "x": text_of(content[position:])})
    intro, *rest = sections
    return [intro, *(section for section in rest if section["h"] or section["x"])]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def check_heading_markup(content: str, where: str) -> None:
    """Fail closed: each h2 and h3 has the anchor and the permalink the toc extension writes
    (kb/content/material_markup.py), else the index would link sections to the page's top or
    show the permalink's sign as text."""
    for match in _SECTION.finditer(content):
        if not _ID.search(match.group(2)):
            missing, effect = "no id", "link the section to the page's top"
        elif not upstream.PERMALINK.search(match.group(3)):
            missing, effect = "no permalink", "show the permalink's sign as text"
        else:
            continue
        raise PluginError(
            f"{where}: the heading {text_of(match.group(3))!r} has {missing}: {match.group()[:120]!r} is not in the "
            f"form the toc extension (Markdown {upstream.UPSTREAM['markdown']}, permalink: true) writes, "
            f"{upstream.SECTION_HEADING_FORM!r}, so the search index would {effect}; update SECTION_HEADING "
            "in scripts/kb/content/material_markup.py for the new markup"
        )


def excluded(meta: dict[str, object]) -> bool:
    """Whether the front matter keeps the page out of search (`search: {exclude: true}`)."""
    search_meta = meta.get("search")
    return isinstance(search_meta, dict) and bool(search_meta.get("exclude"))


def add_page(pages_by_language: PagesByLanguage, lang: str, url: str, title: str, content: str, where: str) -> None:
    """A page into its language's index: `content` is the HTML its Markdown became."""
    check_heading_markup(content, where)
    pages_by_language.setdefault(lang, []).append((url, title, page_sections(content)))


def on_page_content(
    content: str, page: Page, config: MkDocsConfig, files: object, pages_by_language: PagesByLanguage
) -> str:
    if not excluded(page.meta):
        title = html.unescape(page.title or "")  # front_matter_text.py escaped it
        lang, where = page_language(page.file.src_uri, config).code, f"docs/{page.file.src_uri}"
        add_page(pages_by_language, lang, page.url, title, content, where)
    return content


def index_pieces(index: dict[str, object]) -> dict[str, object]:
    """The files of one language's index, by path under its search/ folder (search_index.js)."""
    node = shutil.which("node")
    if not node:
        raise PluginError("the search index is cut into pieces by Node.js, which is not installed (make setup)")
    result = subprocess.run(
        [node, str(PIECES_SCRIPT)], input=json.dumps(index), capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise PluginError(f"{PIECES_SCRIPT.relative_to(ROOT)} failed: {result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout)["files"]


def on_post_build(config: MkDocsConfig, pages_by_language: PagesByLanguage) -> None:
    write_indexes(Path(config.site_dir), pages_by_language, languages_of(config))


def write_indexes(site_dir: Path, pages_by_language: PagesByLanguage, languages: Mapping[str, Language]) -> None:
    """Each language's index, in pieces, under its root's search/ folder (`languages`: the
    site's, languages_of(config) in a build)."""
    for lang, pages in pages_by_language.items():
        root = languages[lang].root
        index = {
            "lang": lang,
            "pages": [{"u": url.removeprefix(root), "t": title, "s": sections} for url, title, sections in pages],
            "syn": synonym_groups(lang),  # the glossary's synonyms (search.js: Engine.queries)
        }
        folder = site_dir / root / INDEX_FOLDER
        for name, data in index_pieces(index).items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    pages_by_language.clear()
