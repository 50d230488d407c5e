"""The trilingual skeleton: a strict build, every page in every language, html lang/dir,
a language switcher that keeps the reader on the same page, and no third-party requests."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from kb.content.pages import page_sources
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES, page_url
from kb.project import DOCS
from tests.support.site import HEAVIEST_PAGE, Build, all_built_pages, built_file, parsed


def test_strict_build_has_no_warnings(build: Build) -> None:
    problems = [line for line in build.log.splitlines() if re.match(r"\s*(WARNING|ERROR)\b", line)]
    assert not problems, "mkdocs build printed:\n" + "\n".join(problems)


def test_every_page_exists_in_every_language() -> None:
    pages = {lang: set(page_sources(DOCS, lang)) for lang in LANGUAGES}
    everywhere = set.union(*pages.values())
    missing = [f"docs/{lang}/{page}" for lang in LANGUAGES for page in sorted(everywhere - pages[lang])]
    assert not missing, "pages missing in a language (write them or copy and mark for translation):\n" + "\n".join(
        missing
    )
    assert pages[DEFAULT_LANGUAGE], f"docs/{DEFAULT_LANGUAGE} has no pages"


def test_every_page_is_built_in_every_language(site: Path) -> None:
    missing = [str(path.relative_to(site)) for _, _, path in all_built_pages(site) if not path.exists()]
    assert not missing, "pages not in the built site: " + ", ".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_and_body_carry_language_and_direction(site: Path, lang: str) -> None:
    wrong = []
    for source in page_sources(DOCS, lang):
        html = parsed(built_file(site, lang, source))
        found = (html.html.get("lang"), html.html.get("dir"), html.body.get("dir"))
        if found != (lang, LANGUAGES[lang].direction, LANGUAGES[lang].direction):
            wrong.append(f"docs/{lang}/{source}: <html lang dir>, <body dir> = {found}")
    assert not wrong, "\n".join(wrong)


# Interface strings that come from mkdocs.yml rather than Material's language files, so
# they stay English unless a translation is configured (mkdocs.yml, scripts/kb/plugin/workarounds/permalink_title.py).
CONFIGURED_ENGLISH = ("Switch to dark mode", "Switch to light mode", "Permanent link")


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_configured_interface_strings_are_translated(site: Path, lang: str) -> None:
    english = [
        f"docs/{lang}/{source}: {text!r}"
        for source in page_sources(DOCS, lang)
        for text in CONFIGURED_ENGLISH
        if text in built_file(site, lang, source).read_text(encoding="utf-8")
    ]
    assert not english, "English interface text on a translated page:\n" + "\n".join(english)
    assert "Permanent link" in built_file(site, DEFAULT_LANGUAGE, "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_leads_to_the_same_page(site: Path, server_url: str, lang: str) -> None:
    wrong = []
    for source in page_sources(DOCS, lang):
        here = urljoin(server_url, page_url(lang, source))
        links = {
            a["hreflang"]: a["href"]
            for a in parsed(built_file(site, lang, source)).select(".md-select__link[hreflang]")
        }
        for target in LANGUAGES:
            expected = urljoin(server_url, page_url(target, source))
            actual = urljoin(here, links[target]) if target in links else None
            if actual != expected:
                wrong.append(f"docs/{lang}/{source}: switcher to {target} goes to {actual}, not {expected}")
            elif not built_file(site, target, source).exists():
                wrong.append(f"docs/{lang}/{source}: switcher target {expected} was not built")
    assert not wrong, "\n".join(wrong)


def external_references(html: BeautifulSoup) -> list[str]:
    """src/href of scripts, styles, fonts, images and frames that name another host."""
    found = []
    for tag in html.find_all(["script", "link", "img", "source", "iframe", "video", "audio", "embed", "object"]):
        if tag.name == "link" and not set(tag.get("rel", [])) & {
            "stylesheet",
            "preload",
            "icon",
            "modulepreload",
            "prefetch",
        }:
            continue  # canonical and alternate links name pages, they load nothing
        for attr in ("src", "href", "data", "srcset"):
            value = tag.get(attr)
            if value and urlparse(value.split()[0]).netloc:
                found.append(f"<{tag.name} {attr}={value}>")
    return found


def test_no_page_loads_anything_from_another_host(site: Path) -> None:
    problems = [
        f"{path.relative_to(site)}: {ref}"
        for _, _, path in all_built_pages(site)
        for ref in external_references(parsed(path))
    ]
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if urlparse(url).netloc:
                problems.append(f"{css.relative_to(site)}: url({url})")
    assert not problems, "references to other hosts:\n" + "\n".join(problems)


def test_external_reference_check_catches_a_font_from_google() -> None:
    planted = BeautifulSoup(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">', "html.parser"
    )
    assert external_references(planted) == ["<link href=https://fonts.googleapis.com/css?family=Roboto>"]


def test_the_booklet_is_the_heaviest_page(site: Path) -> None:
    """The page-weight budget is checked on it (tests/browser/test_page_weight_and_lighthouse.py)."""
    for lang in LANGUAGES:
        sizes = {source: built_file(site, lang, source).stat().st_size for source in page_sources(DOCS, lang)}
        assert max(sizes, key=sizes.get) == HEAVIEST_PAGE, (
            f"{lang}: the heaviest page is now {max(sizes, key=sizes.get)}"
        )
