"""What a built page may contain, judged on its rendered HTML with a maintained sanitizer.

A page is reviewed as Markdown, but readers get HTML: an attribute list, raw HTML or an
entity can turn into a script, a redirect or a request to another host that no reviewer
sees. So the parts of a page that its content shapes (the article, the navigation and table
of contents, the title and the description) go through nh3, the Python binding of the Rust
sanitizer `ammonia`, twice: once keeping everything, once under the allowlist below. Where
the two differ, the page holds something the policy would remove, and `findings` says what
and why. The allowlist is what Markdown, pymdown and Material's and our own templates write;
anything else fails the build (scripts/kb/plugin/output/html_policy.py) and `make check`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

from kb.content import material_markup as theme

# Elements, each for what writes it.
TAGS = {
    *("p", "a", "em", "strong", "code", "pre", "blockquote", "hr", "br", "img"),  # Markdown
    *("h1", "h2", "h3", "h4", "h5", "h6"),  # headings; the toc extension gives them IDs
    *("ul", "ol", "li"),  # lists, task lists and Material's navigation
    *("table", "thead", "tbody", "tr", "th", "td"),  # the tables extension
    "caption",  # the checklists page's progress table (kb/content/checklist_collections.py)
    "abbr",  # the abbr extension (glossary abbreviations)
    *("b", "i", "kbd", "sub", "sup"),  # inline HTML that writers use for keys and formulas
    *("div", "span", "bdi"),  # admonitions, md_in_html blocks, text in another language or direction
    *("details", "summary"),  # pymdownx.details
    *("input", "label"),  # pymdownx.tasklist checkboxes, Material's navigation toggles, template fields
    *("textarea", "select", "option"),  # template fields (kb/markdown/forms.py), only with data-kb-field
    *("nav", "aside", "button"),  # Material's navigation and page facts, our checklist buttons
    *("svg", "path"),  # Material's inline icons (edit link, navigation arrows)
    *("figure", "figcaption", "rect", "text", "tspan", "line", "polygon", "circle"),  # kb/content/figure_drawing.py
}
# Attributes allowed on every element above.
GLOBAL_ATTRIBUTES = {
    *("id", "class", "title", "lang", "dir", "role"),
    *("aria-label", "aria-labelledby", "aria-hidden", "aria-expanded", "aria-live"),
    *("aria-valuemin", "aria-valuemax", "aria-valuenow", "aria-valuetext"),  # our progress bars
    "data-search-exclude",  # keeps checklist controls out of the search index
}
# Attributes our own plugin writes (data-kb-*), on any element.
OWN_ATTRIBUTE_PREFIXES = {"data-kb-"}
ATTRIBUTES = {
    "a": {"href", "hreflang", "rel", "data-md-component"},  # links; Material marks its logo link
    "img": {"src", "alt", "width", "height", "loading"},  # src: a file of this site (see below)
    "input": {"checked", "disabled", "name"},  # type: checkbox, text or date; autocomplete: off (VALUES)
    # Template fields (kb/markdown/forms.py): no form, formaction, autofocus, value or placeholder
    "textarea": {"name", "rows"},
    "select": {"name", "aria-describedby"},
    "option": {"value"},
    "label": {"for", "tabindex"},  # Material's navigation toggles
    "th": {"scope", "style", "colspan", "rowspan"},  # style: only text-align (STYLE_PROPERTIES)
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
    "details": {"open"},
    "div": {"data-md-component", "data-md-type"},  # Material's sidebars
    "nav": {"data-md-level"},
    "ul": {"data-md-component", "data-md-scrollfix"},  # Material's table of contents
    "svg": {"viewBox", "xmlns"},
    "path": {"d"},
    # Our charts and diagrams (kb/content/figure_drawing.py): shapes, and where text stands
    "rect": {"x", "y", "width", "height", "rx"},
    "text": {"text-anchor"},
    "tspan": {"x", "y"},
    "line": {"x1", "y1", "x2", "y2"},
    "polygon": {"points"},
    "circle": {"cx", "cy", "r"},
}
# No submit, no file, password or hidden input; autocomplete only "off" (a template is not a login form)
VALUES = {
    "input": {"type": {"checkbox", "text", "date"}, "autocomplete": {"off"}},
    "button": {"type": {"button"}},
}
# Form fields only as kb/markdown/forms.py writes them: with its marker. That extension renames
# the controls an author writes as raw HTML to <kb-raw-...>, refused here by name.
FIELD_MARKER = "data-kb-field"
MARKED_CONTROLS = {"textarea", "select"}  # and inputs other than checkboxes
RAW_CONTROL_PREFIX = "kb-raw-"
WHY_RAW_CONTROL = (
    "form fields are written with the templates' field syntax ('?> text: an-id | Label', CONTRIBUTING.md, "
    "Templates), which gives them labels and IDs the same in every language"
)
WHY_UNMARKED_CONTROL = f"a form field needs the marker {FIELD_MARKER} that kb/markdown/forms.py writes"
URL_SCHEMES = {"http", "https", "mailto", "tel"}  # links; relative links are always allowed
STYLE_PROPERTIES = {"text-align"}  # what the tables extension writes for ":---:" columns
FORBIDDEN_CLASSES = {"mermaid": "makes the theme fetch Mermaid from a CDN: describe the process in a list or a table"}

WHY_NOT_TAG = {
    "script": "it runs code in every reader's browser",
    "style": "it restyles the site and can load files from other hosts: change overrides/assets/stylesheets instead",
    "link": "it loads a stylesheet or another file, possibly from another host",
    "base": "it changes where every relative link of the page goes",
    "meta": "it can send the reader to another site or change how the page is read",
    "form": "it sends what the reader types elsewhere: link to the form instead",
    "iframe": "it embeds another site: link to it instead",
    "object": "it embeds a plugin or another document: link to it instead",
    "embed": "it embeds a plugin or another document: link to it instead",
}
WHY_NOT_TAG_OTHERWISE = "it is not in the allowlist of scripts/kb/content/html_policy.py: write it in Markdown"
WHY_NOT_SCHEME = (
    "only http(s), mailto and tel links and links within the site are allowed; {scheme}: links can run code"
)
WHY_NOT_IMAGE = (
    "images come from the site itself (an image from another host tells that host who reads the page): "
    "put the file in an images/ folder of the language and link to it"
)
WHY_NOT_STYLE = "inline styles can load files from other hosts: only text-align is allowed"
WHY_NOT_HANDLER = "event-handler attributes run code"
WHY_NOT_ATTRIBUTE = "it is not in the allowlist of scripts/kb/content/html_policy.py"

_TAG_NAME = re.compile(r"<([a-zA-Z][^\s/>]*)")  # may also match inside attribute values: allowing more is harmless
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_ANY_SCHEME = re.compile(r"(?<![a-zA-Z0-9+.-])([a-zA-Z][a-zA-Z0-9+.-]*):")  # from a word's start: linear
_CSS_PROPERTY = re.compile(r"(?<![\w-])([\w-]+)\s*:")
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
ALIGNMENTS = {"left", "right", "center", "justify", "start", "end"}  # text-align's values
WHY_NOT_THEME_CLASS = (
    "it is one of Material's interface classes, which draw the theme's own controls (a dialog, the header) "
    "over the page: describe it in Markdown"
)
# Bidirectional embeddings, overrides and isolates: in a title or a link's text they make the
# words read in another order than they are (a link that says one thing and goes elsewhere).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
WHY_NOT_BIDI_ANY = (
    "a bidirectional control character makes the text read in another order than it is written: "
    "delete it, and wrap words in another direction in <bdi> or <span dir>"
)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # a page's headings are its titles in the navigation
# Elements whose end tag HTML lets a writer leave out, and elements that have none.
OPTIONAL_END = {"p", "li", "td", "th", "tr", "thead", "tbody", "tfoot", "dt", "dd", "option", "caption"}
VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed", "path"}
VOID |= {"rect", "line", "polygon", "circle"}  # written self-closed in our SVG figures
VOID |= {"kb-raw-input"}  # an <input> an author wrote, renamed by kb/markdown/forms.py (refused by name)
WHY_UNBALANCED = (
    "unbalanced markup: an element left open swallows what follows it (an open <a> makes the rest of the page "
    "its link): close it, or write it in Markdown"
)


@dataclass(frozen=True)
class Finding:
    construct: str  # e.g. "<img onerror>", '<a href="javascript:...">'
    why: str
    needles: tuple[str, ...]  # text to look for in the Markdown source, most telling first

    def __str__(self) -> str:
        return f"{self.construct} is not allowed: {self.why}"


def browser_url(value: str) -> str:
    """A URL as a browser reads it on an http(s) page (the WHATWG URL standard): character
    references decoded, spaces and control characters around it dropped, tabs and newlines
    inside it dropped, and backslashes read as slashes ("\\\\evil.test" is "//evil.test")."""
    text = html.unescape(value).strip(" \x00-\x1f")
    return re.sub(r"[\t\n\r]", "", text).replace("\\", "/")


def url_scheme(value: str) -> str | None:
    """The scheme a browser reads in a URL: tabs and newlines inside it and spaces around it
    do not count ("java\tscript:" is "javascript:"). None for a relative URL."""
    found = _SCHEME.match(browser_url(value))
    return found.group(1).lower() if found else None


def same_site(value: str) -> bool:
    """Whether a URL stays on this site as a browser reads it: no scheme, no "//host"."""
    return url_scheme(value) is None and not browser_url(value).startswith("//")


def style_problem(value: str) -> bool:
    """Whether a style attribute holds anything but text-align with a plain value, as a
    browser's CSS parser reads it: comments are nothing ("position/**/:fixed" is
    "position:fixed"), and an escape or a function (url(...)) is never plain."""
    for declaration in _CSS_COMMENT.sub("", value).split(";"):
        if not declaration.strip():
            continue
        name, colon, setting = declaration.partition(":")
        if not colon or name.strip().lower() not in STYLE_PROPERTIES:
            return True
        if setting.strip().lower().removesuffix("!important").strip() not in ALIGNMENTS:
            return True
    return False


def _chrome_problem(tag: str, name: str, value: str) -> str | None | bool:
    """For the theme's chrome (kb/content/material_markup.py): why Material's own markup does
    not look like this, None when it does, False when the content rules decide."""
    if name.lower().startswith("on"):
        return WHY_NOT_HANDLER
    if name == "class":
        foreign = [token for token in value.split() if not theme.is_chrome_class(token) and not token.startswith("kb-")]
        return f"Material's chrome writes no class {foreign[0]!r} here" if foreign else None
    if (tag, name) in theme.CHROME_VALUES:
        return None if value in theme.CHROME_VALUES[(tag, name)] else WHY_NOT_ATTRIBUTE
    if name in theme.CHROME_GLOBAL_ATTRIBUTES | theme.CHROME_ATTRIBUTES.get(tag, set()) or any(
        name.startswith(prefix) for prefix in theme.CHROME_ATTRIBUTE_PREFIXES
    ):
        return None
    return False


def attribute_problem(tag: str, name: str, value: str, chrome: bool = False) -> str | None:
    """Why the policy drops this attribute of an allowed element, or None to keep it; with
    `chrome`, for the theme's header, navigation and footer, which may also hold Material's
    own constructs (kb/content/material_markup.py)."""
    if chrome and (why := _chrome_problem(tag, name, value)) is not False:
        return why or None
    if name.lower().startswith("on"):
        return WHY_NOT_HANDLER
    allowed = GLOBAL_ATTRIBUTES | ATTRIBUTES.get(tag, set()) | set(VALUES.get(tag, {}))
    if name not in allowed and not any(name.startswith(prefix) for prefix in OWN_ATTRIBUTE_PREFIXES):
        return WHY_NOT_STYLE if name == "style" else WHY_NOT_ATTRIBUTE
    if name in VALUES.get(tag, {}) and value not in VALUES[tag][name]:
        return f"only {', '.join(sorted(VALUES[tag][name]))} is allowed here"
    if name == "href" and (scheme := url_scheme(value)) and scheme not in URL_SCHEMES:
        return WHY_NOT_SCHEME.format(scheme=scheme)
    if tag == "img" and name == "src" and not same_site(value):
        return WHY_NOT_IMAGE
    if name == "class":
        for forbidden, why in FORBIDDEN_CLASSES.items():
            if forbidden in value.split():
                return why
        if any(theme.is_theme_class(c) and c not in theme.ARTICLE_THEME_CLASSES for c in value.split()):
            return WHY_NOT_THEME_CLASS
    if name == "style" and style_problem(value):
        return WHY_NOT_STYLE
    return None


def _policy_filter(tag: str, name: str, value: str) -> str | None:
    return None if attribute_problem(tag, name, value) else value


def _chrome_filter(tag: str, name: str, value: str) -> str | None:
    return None if attribute_problem(tag, name, value, chrome=True) else value


def sanitized(fragment: str, chrome: bool = False) -> str:
    """The fragment as the policy keeps it (`chrome`: as the theme's chrome may be); without
    bidirectional controls when a link's text or a heading holds one."""
    if BIDI_CONTROLS.search(fragment) and any(f.why == WHY_NOT_BIDI_ANY for f in _structure_findings(fragment)):
        fragment = BIDI_CONTROLS.sub("", fragment)
    attributes = {"*": GLOBAL_ATTRIBUTES, **ATTRIBUTES}
    if chrome:
        attributes = {"*": GLOBAL_ATTRIBUTES | theme.CHROME_GLOBAL_ATTRIBUTES}
        for tag in set(ATTRIBUTES) | set(theme.CHROME_ATTRIBUTES) | {tag for tag, _ in theme.CHROME_VALUES}:
            extra = {name for (t, name) in theme.CHROME_VALUES if t == tag}
            attributes[tag] = ATTRIBUTES.get(tag, set()) | theme.CHROME_ATTRIBUTES.get(tag, set()) | extra
    return nh3.clean(
        fragment,
        tags=TAGS | theme.CHROME_TAGS if chrome else TAGS,
        clean_content_tags={"script", "style"},
        attributes=attributes,
        tag_attribute_values={}
        if chrome
        else {tag: {name: set(values) for name, values in spec.items()} for tag, spec in VALUES.items()},
        generic_attribute_prefixes=OWN_ATTRIBUTE_PREFIXES | (theme.CHROME_ATTRIBUTE_PREFIXES if chrome else set()),
        attribute_filter=_chrome_filter if chrome else _policy_filter,
        url_schemes=URL_SCHEMES,
        filter_style_properties=STYLE_PROPERTIES,
        strip_comments=False,
        link_rel=None,
    )


def _everything(fragment: str, attributes: list[tuple[str, str, str]]) -> str:
    """The fragment parsed and written back by the same sanitizer with nothing removed, so that
    a difference from `sanitized` is what the policy removes, not how it writes HTML."""

    def keep(tag: str, name: str, value: str) -> str:
        attributes.append((tag, name, value))
        return value

    plain = re.sub(r"[\t\n\r]", "", html.unescape(fragment))
    return nh3.clean(
        fragment,
        tags=TAGS | {tag.lower() for tag in _TAG_NAME.findall(fragment)},
        clean_content_tags=set(),
        attributes={},
        generic_attribute_prefixes={""},  # every attribute
        attribute_filter=keep,
        url_schemes={scheme.lower() for scheme in _ANY_SCHEME.findall(plain)} | URL_SCHEMES,
        filter_style_properties={p.lower() for p in _CSS_PROPERTY.findall(plain)} | STYLE_PROPERTIES,
        strip_comments=False,
        link_rel=None,
    )


def findings(fragment: str, chrome: bool = False) -> list[Finding]:
    """What the policy would remove from an HTML fragment, each said once, in order; with
    `chrome`, judged as the theme's header, navigation or footer."""
    structure = [] if chrome else _structure_findings(fragment)  # the chrome's balance is the theme's
    attributes: list[tuple[str, str, str]] = []
    kept_all = _everything(fragment, attributes)
    if kept_all == sanitized(fragment, chrome):
        return structure
    tags = TAGS | theme.CHROME_TAGS if chrome else TAGS
    found: list[Finding] = []
    for tag in _start_tags(fragment):
        if tag.startswith(RAW_CONTROL_PREFIX) and not chrome:
            original = tag.removeprefix(RAW_CONTROL_PREFIX)
            found.append(Finding(f"<{original}> written as HTML", WHY_RAW_CONTROL, (f"<{original}",)))
        elif tag not in tags:
            found.append(Finding(f"<{tag}>", WHY_NOT_TAG.get(tag, WHY_NOT_TAG_OTHERWISE), (f"<{tag}",)))
    for tag, name, value in attributes:
        if tag in tags and (why := attribute_problem(tag, name, value, chrome)):
            shown = f'{name}="{_visible(value[:40])}"' if name in ("href", "src", "class", "type") else name
            words = sorted(re.findall(r"[\w.-]{4,}", value), key=len, reverse=True)
            found.append(Finding(f"<{tag} {shown}>", why, (value, *words, f"{name}=", f"<{tag}")))
    if not found and not structure:  # the sanitizer saw more than these rules explain: show where it differs
        kept = sanitized(fragment, chrome)
        start = next((i for i, (a, b) in enumerate(zip(kept_all, kept, strict=False)) if a != b), 0)
        found.append(Finding(f"markup near {kept_all[start : start + 60]!r}", WHY_NOT_ATTRIBUTE, ()))
    return list(dict.fromkeys(found + structure))


class _Structure(HTMLParser):
    """Open elements and link text, as the fragment is read: what is left open or closed
    without being open, and bidirectional controls in a link's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.found: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)
        self._control(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._control(tag, attrs)  # <path .../> opens nothing

    def _control(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A text field, date, textarea or select without kb/markdown/forms.py's marker."""
        names = dict(attrs)
        field = tag in MARKED_CONTROLS or (tag == "input" and (names.get("type") or "").lower() != "checkbox")
        if field and not names.get(FIELD_MARKER):
            self.found.append(Finding(f"<{tag}> without {FIELD_MARKER}", WHY_UNMARKED_CONTROL, (f"<{tag}",)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if tag not in self.open:
            self.found.append(Finding(f"a </{tag}> that closes nothing", WHY_UNBALANCED, (f"</{tag}",)))
            return
        while self.open and (last := self.open.pop()) != tag:
            if last not in OPTIONAL_END:
                self.found.append(Finding(f"an unclosed <{last}>", WHY_UNBALANCED, (f"<{last}",)))

    def handle_data(self, data: str) -> None:
        where = "a link's text" if "a" in self.open else next((f"an <{t}>" for t in HEADINGS if t in self.open), "")
        if where and (control := BIDI_CONTROLS.search(data)):
            words = sorted(re.findall(r"\w{4,}", data), key=len, reverse=True)
            code = f"U+{ord(control.group()):04X}"
            self.found.append(Finding(f"{code} in {where}", WHY_NOT_BIDI_ANY, (control.group(), *words)))


def _structure_findings(fragment: str) -> list[Finding]:
    parser = _Structure()
    parser.feed(fragment)
    parser.close()
    for tag in parser.open:
        if tag not in OPTIONAL_END:
            parser.found.append(Finding(f"an unclosed <{tag}>", WHY_UNBALANCED, (f"<{tag}",)))
    return list(dict.fromkeys(parser.found))


class _StartTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, None] = {}

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.setdefault(tag, None)


def _start_tags(fragment: str) -> list[str]:
    """Element names in the order they first appear (lowercase, not those inside attribute values)."""
    parser = _StartTags()
    parser.feed(fragment)
    parser.close()
    return list(parser.tags)


def _visible(value: str) -> str:
    """A value with its tabs, newlines and other control characters written as escapes."""
    return re.sub(r"[\x00-\x1f]", lambda m: f"\\x{ord(m.group()):02x}", value)


def source_line(finding: Finding, source: str, first: int = 1) -> int:
    """The first line, from line `first` on (the body, for what the body rendered), of a
    Markdown source that holds the finding's most telling needle; else `first`."""
    lines = source.lower().splitlines()
    for needle in finding.needles:
        needle = needle.lower().strip()
        if not needle:
            continue
        for number, line in enumerate(lines[first - 1 :], start=first):
            if needle in line:
                return number
    return first


WHY_NOT_IN_HEAD = "Material's <head> holds no such element (kb/content/material_markup.py): it was injected"
WHY_OTHER_HOST = "it loads a file from another host, which tells that host who reads the page"
WHY_NOT_HEAD_TEXT = "text in <head> means a value ended an element early and the rest became markup"


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []
        self.element = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.element = tag
        if tag in ("html", "head"):
            return
        if tag not in theme.HEAD_ELEMENTS:
            self.found.append(Finding(f"<{tag}> in <head>", WHY_NOT_IN_HEAD, (f"<{tag}",)))
            return
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            allowed = theme.HEAD_VALUES.get((tag, name))
            if name not in theme.HEAD_ELEMENTS[tag] or (allowed is not None and value not in allowed):
                shown = f'{name}="{_visible(value[:40])}"'
                self.found.append(Finding(f"<{tag} {shown}> in <head>", WHY_NOT_IN_HEAD, (value, f"{name}=")))
        url = values.get("href") if tag == "link" else values.get("src")
        absolute = tag == "link" and values.get("rel") in theme.ABSOLUTE_HEAD_LINKS
        if url is not None and not same_site(url) and not (absolute and url_scheme(url) in ("http", "https")):
            self.found.append(Finding(f'<{tag} "{_visible(url[:40])}"> in <head>', WHY_OTHER_HOST, (url,)))

    def handle_endtag(self, tag: str) -> None:
        self.element = ""

    def handle_data(self, data: str) -> None:
        if self.element not in ("title", "script") and data.strip():
            self.found.append(Finding(f"the text {data.strip()[:40]!r} in <head>", WHY_NOT_HEAD_TEXT, (data.strip(),)))


def head_findings(head: str) -> list[Finding]:
    """What a page's <head> holds that Material's does not: elements, attributes and values
    outside material_markup.HEAD_*, links to other hosts and stray text (inline scripts are
    content_security_policy.py's to judge)."""
    parser = _Head()
    parser.feed(head)
    parser.close()
    return list(dict.fromkeys(parser.found))


# The build's own redirect page (kb/plugin/features/redirects.py), written at a moved page's old
# address: the one place a <meta http-equiv="refresh"> is allowed, and only as the build writes
# it. Pages are judged by the rules above, where <meta> is never allowed: an author cannot
# write a refresh, and a moves file entry can only name a page of this site (kb/content/moves.py).
REDIRECT_HEAD = {
    "meta": {"charset", "http-equiv", "content", "name"},
    "title": set(),
    "link": {"rel", "href"},
}
REFRESH = re.compile(r"^0;\s*url=(.+)$")
NO_ICON = {"rel": "icon", "href": "data:,"}  # an empty icon: else the browser asks the site root for favicon.ico
WHY_NOT_REDIRECT = "the redirect page holds only what kb/plugin/features/redirects.py writes"


class _RedirectHead(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []
        self.refreshes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("html", "head"):
            return
        values = {name: value or "" for name, value in attrs}
        if tag not in REDIRECT_HEAD or set(values) - REDIRECT_HEAD[tag]:
            self.found.append(Finding(f"<{tag}> in the redirect page's <head>", WHY_NOT_REDIRECT, (f"<{tag}",)))
            return
        equiv = values.get("http-equiv", "").lower()
        if tag == "meta" and equiv == "refresh":
            target = REFRESH.match(values.get("content", ""))
            if target is None or not same_site(target.group(1)):
                why = "a redirect leads to a page of this site, at once, with a relative address"
                self.found.append(Finding(f'<meta http-equiv="refresh" content="{values.get("content")}">', why, ()))
            else:
                self.refreshes.append(target.group(1))
        elif tag == "meta" and not (
            set(values) == {"charset"}
            or equiv == "content-security-policy"
            or values == {"name": "robots", "content": "noindex"}
        ):
            self.found.append(Finding(f"<meta {' '.join(values)}> in the redirect page", WHY_NOT_REDIRECT, ()))
        canonical = values.get("rel") == "canonical" and url_scheme(values.get("href", "")) in URL_SCHEMES
        if tag == "link" and not canonical and values != NO_ICON:
            self.found.append(Finding("a <link> other than the canonical address", WHY_NOT_REDIRECT, ()))


def redirect_findings(document: str) -> list[Finding]:
    """What a redirect page holds beyond the build's own: in <head> only its charset, policy,
    title, robots and canonical elements and ONE refresh to an address of this site; in <body>
    only what the content policy allows (text and a link)."""
    head_end = document.find("</head>")
    if head_end < 0 or "<body" not in document:
        return [Finding("a redirect page without <head> and <body>", WHY_NOT_REDIRECT, ())]
    parser = _RedirectHead()
    parser.feed(document[:head_end])
    parser.close()
    found = list(parser.found)
    if len(parser.refreshes) != 1:
        found.append(Finding(f"{len(parser.refreshes)} refreshes", "a redirect page has exactly one", ()))
    body = document[document.index(">", document.index("<body")) + 1 : document.rfind("</body>")]
    return found + findings(body)
