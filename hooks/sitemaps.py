"""Give every URL that Material treats as a site root a sitemap.xml, so browsing makes no 404s.

Material's JavaScript fetches `sitemap.xml` relative to two kinds of URL:
- the language root (`config.base`: `/`, `/ar/`, `/fa/`), to know which links instant
  navigation may load. static-i18n writes only the root `/sitemap.xml` (all languages,
  with hreflang alternates, for search engines), so `/ar/` and `/fa/` get one here
  listing that language's pages;
- every `<link rel="alternate" hreflang>` in the page head. static-i18n points those at
  the same page in each language (correct for search engines), so Material asks for
  `/fa/practices/empathy/sitemap.xml` and the like. Each page directory gets a minimal
  sitemap naming just that page. The language switcher itself does not depend on them:
  its links go straight to the translated page (overrides/partials/alternate.html).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

# Pages rendered by each build, keyed by language: static-i18n runs one build per language
# (inside the default one, into the same site_dir), and they must not mix.
_pages_by_language: dict[str, list[Page]] = {}


def sitemap_xml(urls: list[str]) -> str:
    entries = "".join(f"  <url><loc>{escape(url)}</loc></url>\n" for url in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )


def page_url(page: Page, config: MkDocsConfig) -> str:
    return page.canonical_url or f"{config.site_url or '/'}{page.url}"


def on_pre_build(config: MkDocsConfig) -> None:
    _pages_by_language[config.theme["language"]] = []


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    _pages_by_language[config.theme["language"]].append(page)
    return context


def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    pages = _pages_by_language.pop(config.theme["language"], [])
    if not pages:
        return
    homepage = min(pages, key=lambda page: len(page.url))  # the language root: "" or "ar/"
    urls = [page_url(page, config) for page in pages]
    # The default build's sitemap (static-i18n's, every language with alternates) already
    # lists these pages; the other languages' builds leave a stub that does not.
    language_sitemap = site_dir / homepage.url / "sitemap.xml"
    existing = language_sitemap.read_text(encoding="utf-8") if language_sitemap.exists() else ""
    if not all(f"<loc>{escape(url)}</loc>" in existing for url in urls):
        language_sitemap.write_text(sitemap_xml(urls), encoding="utf-8")
    for page in pages:
        page_dir = site_dir / page.url
        if page is not homepage and not (page_dir / "sitemap.xml").exists():
            (page_dir / "sitemap.xml").write_text(sitemap_xml([page_url(page, config)]), encoding="utf-8")
