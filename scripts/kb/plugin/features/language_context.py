"""Tell every template which language it is rendering: the `kb` context variable; and print the
data files' and mkdocs.yml's strings as text.

`kb` holds the page's language from kb/languages.py (code, direction, root, digits), so
templates such as partials/search.html never work it out themselves. A template without a
page (the 404 page) gets the language of the build that renders it.

Data and configuration are text: the templates (Material's and ours) print the interface
strings of scripts/kb/locales/<lang>.yml, the site name, description and copyright line, the
navigation's section titles, the colour-scheme toggle's names and the language names as they
are, unescaped. kb.content.data_text refuses markup in them (the build stops in
source_files.py), and here the rest, a quote or an ampersand, is escaped before any template
prints it, so that a quote cannot end an attribute.
"""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from kb.languages import build_language, languages_of, page_language

CONFIG_TEXT = ("site_name", "site_description", "copyright")


def text(value: str) -> Markup:
    """`value` escaped for HTML text and double-quoted attributes, once: data holds no character
    references (kb.content.data_text refuses them), so what unescape undoes is our own escaping,
    and escaping twice gives what escaping once does. Markup, so that the templates that escape
    it themselves (`| e`) leave it as it is."""
    return Markup(html.escape(html.unescape(str(value)), quote=False).replace('"', "&quot;"))


def escaped(value: Any) -> Any:
    """Every string in a nest of dicts and lists, escaped with `text`."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [escaped(item) for item in value]
    return value


# (container, key, value) to put back after rendering; kb.plugin keeps one list per build.
Originals = list[tuple[Any, Any, str]]


def _escape(container: Any, key: Any, originals: Originals) -> None:
    value = getattr(container, key) if isinstance(key, str) and isinstance(container, Section) else container[key]
    if isinstance(value, str) and not isinstance(value, Markup):
        originals.append((container, key, value))
        if isinstance(container, Section):
            container.title = text(value)
        else:
            container[key] = text(value)


def escape_config(config: MkDocsConfig, nav: Navigation | None, originals: Originals) -> None:
    """The configuration's strings as text while a template renders (restore_config puts them
    back afterwards: static-i18n reads them as plain strings between its language builds)."""
    for key in CONFIG_TEXT:
        _escape(config, key, originals)
    for scheme in config["theme"].get("palette") or []:
        if isinstance(scheme, dict) and isinstance(scheme.get("toggle"), dict) and "name" in scheme["toggle"]:
            _escape(scheme["toggle"], "name", originals)
    for alternate in config["extra"].get("alternate") or []:
        if isinstance(alternate, dict) and "name" in alternate:
            _escape(alternate, "name", originals)
    stack = list(nav.items) if nav else []
    while stack:
        item = stack.pop()
        if isinstance(item, Section):
            _escape(item, "title", originals)
            stack.extend(item.children)


def restore_config(originals: Originals) -> None:
    while originals:
        container, key, value = originals.pop()
        if isinstance(container, Section):
            container.title = value
        else:
            container[key] = value


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation, originals: Originals
) -> dict[str, Any]:
    escape_config(config, nav, originals)
    context["kb"] = escaped(page_language(page.file.src_uri, config).context(languages_of(config)))
    return context


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig, originals: Originals
) -> dict[str, Any]:
    escape_config(config, context.get("nav"), originals)
    context["kb"] = escaped(build_language(config).context(languages_of(config)))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig, originals: Originals) -> str:
    """First of all (priority 100): every other part reads the configuration as it was."""
    restore_config(originals)
    return output


def on_post_template(output: str, template_name: str, config: MkDocsConfig, originals: Originals) -> str:
    restore_config(originals)
    return output
