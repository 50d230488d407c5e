"""Where the sources and the built pages of each language live, for the tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("en", "ar", "fa")
DEFAULT_LANGUAGE = "en"
DIRECTION = {"en": "ltr", "ar": "rtl", "fa": "rtl"}


def url_prefix(lang: str) -> str:
    """The path under which a language is served: "" for English, "ar/" for Arabic."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def source_pages(lang: str, docs: Path = DOCS) -> list[str]:
    """Relative paths of a language's Markdown pages, e.g. "tools/seo.md"."""
    return sorted(p.relative_to(docs / lang).as_posix() for p in (docs / lang).rglob("*.md"))


def page_path(source: str) -> str:
    """The URL path of a page relative to its language root: "tools/seo.md" -> "tools/seo/"."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def built_file(site: Path, lang: str, source: str) -> Path:
    return site / url_prefix(lang) / page_path(source) / "index.html"


def all_built_pages(site: Path, docs: Path = DOCS) -> list[tuple[str, str, Path]]:
    """(language, source path, built HTML file) for every page of every language."""
    return [(lang, src, built_file(site, lang, src)) for lang in LANGUAGES for src in source_pages(lang, docs)]
