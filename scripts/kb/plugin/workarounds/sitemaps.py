"""Give every URL that Material treats as a site root a sitemap.xml, so browsing makes no 404s.

Material's JavaScript fetches `sitemap.xml` relative to two kinds of URL:
- the language root (`config.base`: `/`, `/ar/`, `/fa/`; kb.languages' root), to know which links instant
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

from kb.languages import languages_of, page_language


def sitemap_xml(urls: list[str]) -> str:
    entries = "".join(f"  <url><loc>{escape(url)}</loc></url>\n" for url in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )


def page_url(page: Page, config: MkDocsConfig) -> str:
    return page.canonical_url or f"{config.site_url or '/'}{page.url}"


def on_page_context(
    context: dict, page: Page, config: MkDocsConfig, nav: object, pages_by_language: dict[str, list[Page]]
) -> dict:
    """`pages_by_language`: pages rendered and not in a sitemap yet, by language: static-i18n runs
    one build per language (inside the default one, into the same site_dir), and they must not mix."""
    pages_by_language.setdefault(page_language(page.file.src_uri, config).code, []).append(page)
    return context


def on_post_build(config: MkDocsConfig, pages_by_language: dict[str, list[Page]]) -> None:
    for lang, pages in pages_by_language.items():
        write_sitemaps(
            Path(config.site_dir),
            languages_of(config)[lang].root,
            [(page.url, page_url(page, config)) for page in pages],
        )
    pages_by_language.clear()


def write_sitemaps(site_dir: Path, root: str, pages: list[tuple[str, str]]) -> None:
    """One sitemap at the language root listing its pages, and one per page directory.
    `pages`: each page's path under the site (MkDocs' page.url) and its address."""
    urls = [url for _, url in pages]
    # The default build's sitemap (static-i18n's, every language with alternates) already
    # lists these pages; the other languages' builds leave a stub that does not.
    language_sitemap = site_dir / root / "sitemap.xml"
    existing = language_sitemap.read_text(encoding="utf-8") if language_sitemap.exists() else ""
    if not all(f"<loc>{escape(url)}</loc>" in existing for url in urls):
        language_sitemap.write_text(sitemap_xml(urls), encoding="utf-8")
    for path, url in pages:
        page_dir = site_dir / path
        if path != root and not (page_dir / "sitemap.xml").exists():
            (page_dir / "sitemap.xml").write_text(sitemap_xml([url]), encoding="utf-8")
