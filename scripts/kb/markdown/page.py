"""The page a kb.markdown extension is converting: what Markdown alone does not know.

Python-Markdown converts text; it does not know which file the text came from. Our transforms
need that in two ways:
- the page's LANGUAGE: the glossary table, a figure's words, the tags list, a checklist's
  buttons and progress text are written in it (kb/locales/<lang>.yml);
- the page's PATH: a checklist item's ID comes from the English item at the same place in the
  English page this one was translated from (kb/content/checklist_ids.py), and the booklet
  and the progress table read the other checklist pages next to it.

Why handed in, not guessed. Everything else a transform writes comes from the page text; these
two facts cannot. Guessing the language from the script of the text, or keying checklist items
by the translated text, would give readers of a translation other IDs than the English page's
(their ticks silently lost, the fault issue 23 names). So each extension takes a `page`
setting, a PageContext. Under MkDocs the kb plugin sets it for every page just before MkDocs
converts it (MkDocs makes a new Markdown instance per page from `mdx_configs`, which the plugin
fills in its on_page_markdown: kb/plugin/features/markdown_context.py). A generator without the
plugin gives no context: the extensions then leave their markers and task lists as Markdown
wrote them, and `python -m kb postbuild` (kb/plugin/output/postbuild.py) stops naming the built
file and the marker it found, so a site never ships with checklists or figures silently lost.
A generator that can tell an extension its page's path only needs to build this context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from kb.languages import Language, project_languages

try:  # under MkDocs, an error that stops the build the way a plugin's does ("Aborted with a BuildError")
    from mkdocs.exceptions import PluginError as _Base
except ImportError:  # pragma: no cover - another generator
    _Base = ValueError  # type: ignore[misc, assignment]


class TransformError(_Base):  # type: ignore[misc, valid-type]
    """A page the transforms cannot convert; the message names the file (and line where known)."""


@dataclass(frozen=True)
class PageContext:
    lang: str  # "fa"
    source: str  # the page's path in its language folder: "checklists/tool-adoption.md"
    docs: Path  # the docs folder (docs/<lang>/<source> is the page)
    config_file: Path  # mkdocs.yml: the navigation, for the booklet and the progress table
    url: str  # the page's address, printed under its checklists
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)  # its front matter
    # The navigation the booklet and the progress table follow: in a build MkDocs' own
    # (config.nav); None: config_file's (kb.content.navigation.NavSource).
    nav: list[Any] | None = field(default=None, hash=False, compare=False)
    # The site's languages by code: in a build languages_of(config); None: the project's.
    languages: Mapping[str, Language] | None = field(default=None, hash=False, compare=False)
    # `kb check`'s collecting build: a page that cannot be converted is reported here (one call
    # per line of the message) and the transform leaves its part as Markdown wrote it, so that
    # the check names every problem; None: the error stops the build.
    report: Callable[[str], None] | None = field(default=None, hash=False, compare=False)

    @property
    def where(self) -> str:
        return f"docs/{self.lang}/{self.source}"

    @property
    def navigation(self) -> Path | list[Any]:
        return self.nav if self.nav is not None else self.config_file

    @property
    def language(self) -> Language:
        return (self.languages if self.languages is not None else project_languages())[self.lang]


class PageExtension(Extension):
    """An extension with a `page` setting: a PageContext, or "" when no plugin set one (not None,
    which Python-Markdown would read as a yes-or-no setting)."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"page": ["", "the page being converted (kb.markdown.page.PageContext); set per page"]}
        super().__init__(**kwargs)

    @property
    def page(self) -> PageContext | None:
        page = self.getConfig("page")
        if page == "":
            return None
        if not isinstance(page, PageContext):
            raise TransformError(f"the kb.markdown extensions' `page` setting is a PageContext, not {page!r}")
        return page

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        raise NotImplementedError

    def guarded(self, transform: Callable[[str], str]) -> Callable[[str], str]:
        """`transform`, whose TransformError stops the build; or, where the page context has a
        `report` (kb check's collecting build), is reported there while the text stays as it was."""

        def run(text: str) -> str:
            try:
                return transform(text)
            except TransformError as error:
                page = self.page
                if page is None or page.report is None:
                    raise
                for line in str(error).splitlines():
                    page.report(line)
                return text

        return run


# Where the transforms run among Python-Markdown's own steps. The text transforms run before
# any other preprocessor (normalize_whitespace is 30), on the page's Markdown as its file has
# it, as the plugin's on_page_markdown did; the HTML transforms run after every other
# postprocessor (raw_html 30, amp_substitute 20), on the page's HTML as MkDocs hands it on.
TEXT_PRIORITY = 40
HTML_PRIORITY = 1


class TextPreprocessor(Preprocessor):
    """Runs `transform` on the page's whole Markdown text (the lines joined as Markdown split them)."""

    def __init__(self, md: Markdown, transform: Callable[[str], str]) -> None:
        super().__init__(md)
        self.transform = transform

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        changed = self.transform(text)
        return lines if changed is text else changed.split("\n")


class _TreeDone(Treeprocessor):
    """Whether the page's tree is written: the toc extension (Markdown 3.11.3, run_postprocessors)
    runs every postprocessor on each heading's text too, while the tree is processed; the HTML transforms
    want the page, so they act only after this, the last tree step, has run."""

    NAME = "kb_tree_done"

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.done = False

    def run(self, root: Element) -> None:
        self.done = True


class _TreeStarted(Preprocessor):
    def __init__(self, md: Markdown, stage: _TreeDone) -> None:
        super().__init__(md)
        self.stage = stage

    def run(self, lines: list[str]) -> list[str]:
        self.stage.done = False  # a Markdown instance may convert more than one page
        return lines


def _tree_stage(md: Markdown) -> _TreeDone:
    if _TreeDone.NAME not in md.treeprocessors:
        stage = _TreeDone(md)
        md.treeprocessors.register(stage, _TreeDone.NAME, -1000)
        md.preprocessors.register(_TreeStarted(md, stage), "kb_tree_started", 1000)
    stage = md.treeprocessors[_TreeDone.NAME]
    assert isinstance(stage, _TreeDone)
    return stage


class HtmlPostprocessor(Postprocessor):
    """Runs `transform` on the page's HTML, stripped as Markdown.convert strips it (and not on
    the headings' text, which the toc extension also runs postprocessors on)."""

    def __init__(self, md: Markdown, transform: Callable[[str], str]) -> None:
        super().__init__(md)
        self.transform = transform
        self.stage = _tree_stage(md)

    def run(self, text: str) -> str:
        return self.transform(text.strip()) if self.stage.done else text


class MarkerExtension(PageExtension):
    """A transform that puts what `write` makes for the page where the page says MARKER: in its
    Markdown (before any other step reads it), or with IN_HTML in the HTML Markdown wrote (the
    marker passes through as a raw HTML comment). Without a page context the marker stays."""

    MARKER = ""
    NAME = ""
    PRIORITY = TEXT_PRIORITY
    IN_HTML = False

    def write(self, page: PageContext) -> str:
        raise NotImplementedError

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        if self.IN_HTML:
            md.postprocessors.register(HtmlPostprocessor(md, self.guarded(self.replace)), self.NAME, self.PRIORITY)
        else:
            md.preprocessors.register(TextPreprocessor(md, self.guarded(self.replace)), self.NAME, self.PRIORITY)

    def replace(self, text: str) -> str:
        if self.MARKER not in text or (page := self.page) is None:
            return text
        return text.replace(self.MARKER, self.write(page))
