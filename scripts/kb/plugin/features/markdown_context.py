"""Hand each page to the page transforms, which are Python-Markdown extensions (kb/markdown/).

The transforms need the page's language and path (kb/markdown/page.py says why these are
handed in, not guessed). MkDocs makes a new Markdown instance for every page from
`markdown_extensions` and `mdx_configs`, right after the plugins' on_page_markdown (the seam
this relies on, as MkDocs 1.6.1's Page.render does it: a MkDocs that kept one instance for
every page would convert them all with the first page's context); so here,
last in the plugin's on_page_markdown, each kb.markdown extension's `page` setting becomes
this page's PageContext. mkdocs.yml must list every transform: a missing one would silently
drop its markup, so the build stops at its configuration naming the line to add.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.languages import language_and_source
from kb.markdown.page import PageContext

# Every transform, in the order mkdocs.yml lists them (their priorities order them anyway).
EXTENSIONS = (
    "kb.markdown.glossary",
    "kb.markdown.figures",
    "kb.markdown.tags",
    "kb.markdown.booklet",
    "kb.markdown.checklists",
    "kb.markdown.progress",
)


def on_config(config: MkDocsConfig) -> None:
    listed = [name for name in config.markdown_extensions if isinstance(name, str)]
    if missing := [name for name in EXTENSIONS if name not in listed]:
        raise PluginError(
            f"{config.config_file_path}: markdown_extensions does not list {', '.join(missing)}: the kb plugin's "
            "page transforms are Markdown extensions (scripts/kb/markdown/), and without them their markers and "
            f"checklists would be lost; add `- {missing[0]}` under markdown_extensions"
        )


def page_context(page: Page, config: MkDocsConfig) -> PageContext:
    lang, source = language_and_source(page.file.src_uri)
    return PageContext(
        lang=lang,
        source=source,
        docs=Path(config.docs_dir),
        config_file=Path(config.config_file_path),
        url=page.canonical_url or page.url,
        meta=page.meta,
    )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object) -> str:
    context = page_context(page, config)
    for name in EXTENSIONS:
        config.mdx_configs[name] = {**config.mdx_configs.get(name, {}), "page": context}
    return markdown
