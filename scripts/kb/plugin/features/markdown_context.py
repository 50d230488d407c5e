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
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from kb.languages import language_and_source, languages_of
from kb.markdown.page import PageContext

log = get_plugin_logger("markdown")

# Every transform, in the order mkdocs.yml lists them (their priorities order them anyway).
EXTENSIONS = (
    "kb.markdown.glossary",
    "kb.markdown.figures",
    "kb.markdown.tags",
    "kb.markdown.booklet",
    "kb.markdown.checklists",
    "kb.markdown.progress",
)
FORMS = "kb.markdown.forms"  # the templates' fields: no page context, a `report` in kb check's build


def on_config(config: MkDocsConfig) -> None:
    listed = [name for name in config.markdown_extensions if isinstance(name, str)]
    if missing := [name for name in EXTENSIONS if name not in listed]:
        raise PluginError(
            f"{config.config_file_path}: markdown_extensions does not list {', '.join(missing)}: the kb plugin's "
            "page transforms are Markdown extensions (scripts/kb/markdown/), and without them their markers and "
            f"checklists would be lost; add `- {missing[0]}` under markdown_extensions"
        )


def page_context(page: Page, config: MkDocsConfig, collecting: bool = False) -> PageContext:
    lang, source = language_and_source(page.file.src_uri)
    return PageContext(
        lang=lang,
        source=source,
        docs=Path(config.docs_dir),
        config_file=Path(config.config_file_path),
        url=page.canonical_url or page.url,
        meta=page.meta,
        nav=config.nav,
        languages=languages_of(config),
        report=log.warning if collecting else None,
    )


def source_line(path: Path, text: str) -> int:
    """The line of the page's file that is `text` (a field line), else 1 (the booklet's fields are
    its templates', which the source rules name at their own lines)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((number for number, line in enumerate(lines, start=1) if line == text), 1)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object, collecting: bool = False) -> str:
    """`collecting`: kb check's build, in which a page the transforms cannot convert is reported
    (file:line) and converted as well as it can be, so that the check goes on to the rest."""
    context = page_context(page, config, collecting)
    for name in EXTENSIONS:
        config.mdx_configs[name] = {**config.mdx_configs.get(name, {}), "page": context}
    if collecting:
        path, where = Path(page.file.abs_src_path or ""), f"docs/{page.file.src_uri}"

        def report(line: str, message: str) -> None:
            log.warning(f"{where}:{source_line(path, line)}: {message}")

        config.mdx_configs[FORMS] = {**config.mdx_configs.get(FORMS, {}), "report": report}
    elif "report" in config.mdx_configs.get(FORMS, {}):  # a collecting build earlier in this process
        config.mdx_configs[FORMS] = {k: v for k, v in config.mdx_configs[FORMS].items() if k != "report"}
    return markdown
