"""Tags in the reader's language (names in kb/locales/<lang>.yml `tags.names`): where each
page's tags link to, and the list its language's tags page shows where it says
<!-- tags-index -->: per tag, in the locale's order, every page of the language that carries
it, by title, read from the sources so that the build order does not matter
(scripts/kb/plugin/features/tags.py)."""

from __future__ import annotations

from pathlib import Path

from kb.content.pages import page_sources, read_page

INDEX_MARKER = "<!-- tags-index -->"
TAGS_PAGE = "tags.md"  # in each language's folder


def anchor(tag: str) -> str:
    return f"tag-{tag}"


def link_text(title: str) -> str:
    return title.replace("[", r"\[").replace("]", r"\]")


def tags_index(docs: Path, lang: str, names: dict[str, str]) -> str:
    """The Markdown of a language's tags list: a section per tag, its pages as links."""
    pages = [
        (source, read_page(docs / lang / source).meta) for source in page_sources(docs, lang) if source != TAGS_PAGE
    ]
    sections = []
    for tag, name in names.items():
        tagged = sorted(
            (str(meta.get("title") or source), source) for source, meta in pages if tag in (meta.get("tags") or [])
        )
        links = "\n".join(f"- [{link_text(title)}]({source})" for title, source in tagged)
        sections.append(f"## {name} {{#{anchor(tag)}}}\n\n{links}\n")
    return "\n".join(sections)
