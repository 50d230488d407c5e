"""kb/content/material_markup.py, the one module of assumptions about Material's markup: it
names the versions installed, its known inline scripts are what those versions' templates
(and ours) write and the only ones the built site holds, and the whole-page judge of
kb/plugin/output/html_policy.py finds what is injected into any region of a real built page."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import material
import pytest

from kb.content import material_markup
from kb.plugin.output import html_policy
from kb.project import ROOT
from tests.support.site import Build, parsed

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
BASE_URL = "{{ config.extra.scope | d(base_url) }}"  # what the template writes where {base} stands


def test_the_module_names_the_installed_versions() -> None:
    for package, version in material_markup.UPSTREAM.items():
        assert importlib.metadata.version(package) == version, (
            f"{package} is {importlib.metadata.version(package)}, kb/content/material_markup.py was written for "
            f"{version}: check its lists against the new version's markup, then change UPSTREAM"
        )


@pytest.mark.parametrize("script", material_markup.KNOWN_INLINE_SCRIPTS, ids=lambda s: s.source)
def test_each_known_inline_script_is_what_its_template_writes(script: material_markup.InlineScript) -> None:
    source = script.source
    path = (
        MATERIAL_TEMPLATES / source.removeprefix("material/templates/")
        if source.startswith("material/")
        else ROOT / source
    )
    template = path.read_text(encoding="utf-8")
    assert f"<script>{script.text.replace('{base}', BASE_URL)}</script>" in template, f"{source} writes another script"


def test_every_inline_script_of_the_site_is_known(build: Build) -> None:
    pages = list(build.site.rglob("*.html"))
    seen: set[str] = set()
    for page in pages:
        for script in parsed(page).find_all("script"):
            if script.get("src") or script.get("type") == "application/json":
                continue
            assert material_markup.is_known_inline_script(script.string or ""), f"{page}: {script}"
            seen.add(
                next(
                    s.source
                    for s in material_markup.KNOWN_INLINE_SCRIPTS
                    if s.text.partition("{base}")[0][:30] in (script.string or "")
                )
            )
    assert seen == {script.source for script in material_markup.KNOWN_INLINE_SCRIPTS}, "a known script no page writes"


# Constructs injected into a real built page, each where data or a template could put it, and
# the construct the whole-page judge must name.
INJECTED = {
    "author in <head>": ('<meta name="twitter:card" content="summary">', '<meta name="author" content="">'),
    "text in <head>": ('<meta name="twitter:card" content="summary">', '<meta name="twitter:card" content="">">'),
    "stylesheet from another host": (
        '<meta name="twitter:card" content="summary">',
        '<link rel="stylesheet" href="https://evil.test/x.css">',
    ),
    "a second content area in the navigation": (
        '<nav class="md-nav md-nav--primary',
        '<div class="md-content" data-md-component="content"></div><nav class="md-nav md-nav--primary',
    ),
    "a form in the footer": (
        '<footer class="md-footer">',
        '<footer class="md-footer"><form action="https://evil.test/">',
    ),
    "a handler in the header": ('<nav class="md-header__inner', '<nav onmouseover="alert(1)" class="md-header__inner'),
    "a foreign class in the header": ('<div class="md-header__title"', '<div class="evil md-header__title"'),
    "a script in the copyright": (
        '<div class="md-copyright__highlight">',
        '<div class="md-copyright__highlight"><script>x()</script>',
    ),
}
CONSTRUCT = {
    "author in <head>": '<meta name="author"> in <head>',
    "text in <head>": "the text '\">' in <head>",
    "stylesheet from another host": '<link "https://evil.test/x.css"> in <head>',
    "a second content area in the navigation": (
        'the content (\'<div class="md-content" data-md-component="content">\') written 2 times is not allowed'
    ),
    "a form in the footer": "<form action> is not allowed",
    "a handler in the header": "<nav onmouseover>",
    "a foreign class in the header": (
        "<div class=\"evil md-header__title\"> is not allowed: Material's chrome writes no class 'evil'"
    ),
    "a script in the copyright": "<script>",
}


@pytest.mark.parametrize("name", INJECTED)
def test_the_whole_page_judge_finds_what_is_injected_in_any_region(build: Build, name: str) -> None:
    page = (build.site / "fa" / "tools" / "seo" / "index.html").read_text(encoding="utf-8")
    assert html_policy.document_findings(page, "fa/tools/seo.md") == []
    before, after = INJECTED[name]
    assert before in page
    injected = page.replace(before, after, 1)
    found = [str(finding) for _, finding in html_policy.document_findings(injected, "fa/tools/seo.md")]
    assert any(CONSTRUCT[name] in text for text in found), found


def test_the_404_page_is_judged_whole(build: Build) -> None:
    page = (build.site / "404.html").read_text(encoding="utf-8")
    assert html_policy.document_findings(page, "overrides/404.html", whole_chrome=True) == []
    injected = page.replace("<h1>", '<h1><img src="//evil.test/p.gif" alt="">', 1)
    found = [str(f) for _, f in html_policy.document_findings(injected, "overrides/404.html", whole_chrome=True)]
    assert any(re.match(r'<img src="//evil\.test/p\.gif"> is not allowed', text) for text in found), found


def test_the_chrome_lists_hold_only_what_the_theme_writes(build: Build) -> None:
    """Every class block and landmark the module allows outside the article is one a page of
    the site (built with a repository, as deployed) does write: the lists follow the theme, they
    do not grow into an allowance for anything."""
    used: set[str] = set()
    for page in build.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        start, end = text.find(material_markup.ARTICLE_START), text.rfind(material_markup.ARTICLE_END)
        chrome = text[:start] + text[end:]
        assert all(text.count(marker) == 1 for marker in material_markup.LANDMARKS.values()), page
        for classes in re.findall(r'class="([^"]*)"', chrome):
            used |= {found.group(1) for name in classes.split() if (found := material_markup.BEM.match(name))}
    assert used >= material_markup.CHROME_BLOCKS, material_markup.CHROME_BLOCKS - used
