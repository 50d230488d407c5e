"""Every assumption this project makes about the markup its theme and extensions write, in one
place, for the versions pinned in requirements.txt (UPSTREAM below). The seams:

- Material's page (mkdocs-material): its regions, classes and inline scripts, below;
- pymdownx.tasklist's task-list items (pymdown-extensions), which the checklists
  (kb/markdown/checklists.py) turn into checklists: TASK_LIST_ITEM;
- the toc extension's section headings (Markdown), which the search index
  (kb/plugin/features/search_index.py) cuts pages at: SECTION_HEADING, PERMALINK; and their
  permalinks' tooltip, which kb/plugin/workarounds/permalink_title.py translates: PERMALINK_TITLE;
- where the page's own content lies in Material's article (after the title's <h1>, before the
  "last updated" aside), which `python -m kb postbuild` indexes for search from a built page:
  PAGE_CONTENT;
- the direction Material writes on <body>, which kb/plugin/workarounds/html_dir.py copies
  onto <html>: BODY_DIRECTION; the static template of its not-found page, which
  kb/plugin/workarounds/not_found_page.py keeps per language: NOT_FOUND_TEMPLATE.
Where the expected markup is missing, the build stops and says what it expected and where
(fail closed); tests/build/test_upstream_seams.py and tests/unit/test_plugin.py feed each seam
changed markup.

The HTML policy (kb/content/html_policy.py, kb/plugin/output/html_policy.py) and the
Content-Security-Policy (kb/plugin/output/content_security_policy.py) judge each built page by
regions: the <head>, the theme's chrome (header, navigation, footer: everything in <body>
outside the article) and the article. They find those regions, and tell the theme's own
constructs from injected ones, with the lists below, taken from what Material writes for this
site's pages (a clean build of the real site). When the markup they expect is missing, the
build stops and says what it expected (fail closed), so a theme upgrade that renames a class
is a build error, never a page judged by the wrong rules. tests/unit/test_material_markup.py
checks the pinned versions and the known inline scripts against the installed templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The upstream versions every list below was taken from (requirements.txt pins them).
UPSTREAM = {
    "mkdocs-material": "9.8.1",
    "pymdown-extensions": "13.1",
    "mkdocs-static-i18n": "1.3.1",
    "markdown": "3.11.3",
}

# Material's base.html wraps the page's content in this element; what is inside it is the
# article, judged by the content policy. The last </article> of the page closes it.
ARTICLE_START = '<article class="md-content__inner md-typeset">'
ARTICLE_END = "</article>"
# Landmarks of Material's base.html, each written exactly once per page: fewer means the theme
# changed (the build stops), more means something in the page or its data writes theme markup.
LANDMARKS = {
    "<head>": "<head>",
    "the header": '<header class="md-header',
    "the navigation": '<div class="md-sidebar md-sidebar--primary"',
    "the content": '<div class="md-content" data-md-component="content">',
    "the article": ARTICLE_START,
    "the footer": '<footer class="md-footer">',
}
# Material's primary sidebar: navigation and (toc.integrate) table of contents, up to the content.
NAVIGATION = re.compile(r'<div class="md-sidebar md-sidebar--primary"[^>]*>(.*?)(?=<div class="md-content")', re.S)

# <head>: the elements Material's base.html and our main.html write, each with its attributes.
HEAD_ELEMENTS = {
    "meta": {"charset", "name", "property", "content", "http-equiv"},
    "title": set(),
    "link": {"rel", "href", "hreflang", "as", "type", "crossorigin"},
    "script": {"src"},  # inline ones: KNOWN_INLINE_SCRIPTS
}
HEAD_VALUES = {
    ("meta", "name"): {"viewport", "description", "generator", "twitter:card"},
    ("meta", "property"): {"og:type", "og:site_name", "og:title", "og:description", "og:url", "og:locale"}
    | {"og:locale:alternate"},
    ("meta", "http-equiv"): {"Content-Security-Policy"},  # content_security_policy.py
    ("link", "rel"): {"canonical", "prev", "next", "alternate", "icon", "stylesheet", "preload"},
}
ABSOLUTE_HEAD_LINKS = {"canonical"}  # rel values whose href is the site's absolute URL

# The chrome: elements and attributes Material's header, navigation, footer, search and palette
# partials (and our partials/search.html, language.html, source.html) write outside the article.
CHROME_TAGS = {"header", "main", "footer", "form", "article"}  # with the content policy's elements
CHROME_GLOBAL_ATTRIBUTES = {"hidden", "tabindex", "aria-controls", "data-root", "data-index"}
CHROME_ATTRIBUTES = {
    "a": {"target"},  # target="_blank" (Material's own link), "_self" (language.html)
    "input": {"type", "autocomplete", "autocapitalize", "spellcheck", "required", "placeholder", "id"},
    "label": {"hidden"},
    "button": {"type", "hidden"},
    "header": {"data-md-component"},
    "main": {"data-md-component"},
    "form": {"data-md-component"},  # the palette toggle; no action: nothing is ever submitted
    "span": set(),
    "ol": set(),
    # partials/search.html hands Material's translated strings to search.js (ours are data-kb-*)
    "div": {"data-placeholder", "data-initializer", "data-none"},
}
CHROME_ATTRIBUTE_PREFIXES = {"data-md-"}  # Material's component and palette markers
CHROME_VALUES = {
    ("input", "type"): {"checkbox", "radio", "text"},
    ("button", "type"): {"button"},
    ("a", "target"): {"_blank", "_self"},
}
# Material's CSS blocks the chrome uses (BEM: block, block__element, block--modifier).
CHROME_BLOCKS = {
    *("md-container", "md-main", "md-grid", "md-header", "md-nav", "md-sidebar", "md-content"),
    *("md-footer", "md-footer-meta", "md-copyright", "md-search", "md-search-result", "md-select"),
    *("md-dialog", "md-overlay", "md-toggle", "md-skip", "md-logo", "md-icon", "md-ellipsis"),
    *("md-option", "md-top", "md-typeset", "md-source"),  # md-source: the repository link, with a repository
    # navigation.path's breadcrumbs (partials/path.html, path-item.html: a <nav> of an <ol> of links
    # above the article); rtl.css turns their separators on right-to-left pages
    "md-path",
}
# Material's classes the article may hold: its edit button, our tags, dates and buttons
# (kb/plugin/features/tags.py, revision_date.py, checklists.py, partials/page-feedback.html).
# Content may use none of Material's other interface classes (md-dialog, md-header, ...):
# they would draw the theme's own controls, such as a modal dialog, over the page.
ARTICLE_THEME_CLASSES = {"md-button", "md-icon", "md-tag", "md-tags", "md-source-file", "md-source-file__fact"}
ARTICLE_THEME_CLASSES |= {"md-typeset", "md-content__button"}
BEM = re.compile(r"^(md-[a-z-]+?)(?:__[a-z-]+)?(?:--[a-z-]+)?$")


def is_theme_class(name: str) -> bool:
    """A class token that belongs to Material's interface (md-*)."""
    return name.startswith("md-")


def is_chrome_class(name: str) -> bool:
    """A class Material's chrome writes: one of CHROME_BLOCKS or its elements and modifiers."""
    found = BEM.match(name)
    return name == "no-js" or bool(found and found.group(1) in CHROME_BLOCKS)


@dataclass(frozen=True)
class InlineScript:
    """An inline script the theme or this project writes, as its template writes it.
    `varies` names the part that differs per page (base_url: ".", "..", "../..", "/")."""

    source: str  # the template that writes it, under Material's templates or overrides/
    text: str  # with {base} where the page's base URL goes
    varies: bool = False


# Every inline script a page may hold, with where it comes from; content_security_policy.py
# hashes these and nothing else. Material 9.8.1's partials/javascripts/*.html, with ours
# (overrides/partials/javascripts/base.html changes Material's __md_get).
KNOWN_INLINE_SCRIPTS = (
    InlineScript(
        "overrides/partials/javascripts/base.html",
        '__md_scope=new URL("{base}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
        '__md_get=(e,_,t=__md_scope)=>{try{return JSON.parse((_||localStorage).getItem(t.pathname+"."+e))}'
        'catch(e){return null}},__md_set=(e,_,t,a=__md_scope)=>{try{(t||localStorage).setItem(a.pathname+"."+e,'
        "JSON.stringify(_))}catch(e){}}",
        varies=True,
    ),
    InlineScript(
        "material/templates/partials/javascripts/palette.html",
        'var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"==='
        'palette.color.media){var media=matchMedia("(prefers-color-scheme: light)"),input=document.querySelector('
        "media.matches?\"[data-md-color-media='(prefers-color-scheme: light)']\":"
        "\"[data-md-color-media='(prefers-color-scheme: dark)']\");"
        'palette.color.media=input.getAttribute("data-md-color-media"),palette.color.scheme=input.getAttribute('
        '"data-md-color-scheme"),palette.color.primary=input.getAttribute("data-md-color-primary"),'
        'palette.color.accent=input.getAttribute("data-md-color-accent")}for(var[key,value]of '
        'Object.entries(palette.color))document.body.setAttribute("data-md-color-"+key,value)}',
    ),
    InlineScript(
        "material/templates/partials/javascripts/content.html",
        "var target=document.getElementById(location.hash.slice(1));target&&target.name&&"
        '(target.checked=target.name.startsWith("__tabbed_"))',
    ),
)
# Material's configuration for its bundle: JSON, not code (Material writes it with tojson).
CONFIG_SCRIPT = re.compile(r'<script id="__config" type="application/json">')
_BASE_URL = r"(?:\.|\.\.(?:/\.\.)*|/)"  # what MkDocs gives base_url with directory URLs


def _pattern(script: InlineScript) -> str:
    before, _, after = script.text.partition("{base}")
    return re.escape(before) + _BASE_URL + re.escape(after) if script.varies else re.escape(script.text)


KNOWN_SCRIPT = re.compile("|".join(f"(?:{_pattern(script)})" for script in KNOWN_INLINE_SCRIPTS))


def is_known_inline_script(text: str) -> bool:
    """Whether an inline script is one of KNOWN_INLINE_SCRIPTS, as a page of this site writes it."""
    return KNOWN_SCRIPT.fullmatch(text) is not None


# pymdownx.tasklist (custom_checkbox and clickable_checkbox, as mkdocs.yml sets them) writes a
# task list and each of its items so; the checklists rewrite exactly these. A page whose Markdown
# has task-list items that its HTML does not hold in this form stops the build (checklists.py):
# its checklists would otherwise silently stay plain lists.
TASK_LIST = re.compile(r'<ul class="task-list">\s*(.*?)\s*</ul>', re.S)
TASK_LIST_ITEM = re.compile(
    r'<li class="task-list-item"><label class="task-list-control">(<input type="checkbox"[^>]*>)'
    r'<span class="task-list-indicator"></span></label>\s*(.*?)</li>',
    re.S,
)
TASK_LIST_ITEM_FORM = (
    '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" ...>'
    '<span class="task-list-indicator"></span></label> text</li>'
)

# The toc extension (permalink: true) writes each section heading with its anchor and a
# permalink; the search index cuts a page at its h2 and h3 headings, links each section by
# the anchor and leaves the permalink's sign out of the text. A heading without either stops
# the build (search_index.py): results would otherwise lead to the page's top, or show "¶".
SECTION_HEADING = re.compile(r"<(h[23])\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
HEADING_ID = re.compile(r'\bid="([^"]*)"')
PERMALINK = re.compile(r'<a\b[^>]*\bclass="headerlink"[^>]*>.*?</a>', re.S | re.I)
SECTION_HEADING_FORM = '<h2 id="anchor">Heading<a class="headerlink" href="#anchor" title="...">&para;</a></h2>'
# The permalink's tooltip, as the toc extension writes it: its `permalink_title`, which is the
# default language's `permalink` string (kb/locales/en.yml, "Permanent link"); permalink_title.py
# replaces it on the other languages' pages, and stops the build where a page has permalinks
# without it (else their tooltips would stay English).
PERMALINK_TITLE = 'title="{title}"'

# Material's base.html writes the page's direction on <body> (from its language files);
# html_dir.py copies it onto <html>, and stops the build where a page has no such <body>.
BODY_DIRECTION = re.compile(r'<body\b[^>]*\bdir="(ltr|rtl)"')

# Material's not-found page, a static template every build renders; not_found_page.py keeps each
# language's, and stops the build where a build rendered none (else the last language's would win).
NOT_FOUND_TEMPLATE = "404.html"


# Material's partials/content.html writes, inside the article: the tags, the edit action, the
# title as <h1> (pages have no # heading of their own: kb/content/pages.py), the page's content,
# then partials/source-file.html's "last updated" aside (when the page has a revision date),
# feedback and comments (off here), and our main.html's page feedback (data-search-exclude). The
# page's content, as Markdown wrote it, is what lies between the first </h1> and that aside.
PAGE_CONTENT = re.compile(r"</h1>(.*?)(?:<aside class=\"md-source-file\">|<aside class=\"kb-feedback\"|$)", re.S)
PAGE_CONTENT_FORM = '<article ...>... <h1>Title</h1> content <aside class="md-source-file">...</article>'
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')  # base.html, when site_url is set
