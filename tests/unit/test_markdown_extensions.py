"""The page transforms as Python-Markdown extensions (kb/markdown/): they run in any generator
that runs the extensions mkdocs.yml lists, take the page's language and path from their `page`
setting, leave their markers and task lists alone without one (postbuild then stops on them),
and mkdocs.yml must list every one (the plugin stops at its configuration otherwise)."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from kb.markdown.page import PageContext, TransformError
from kb.plugin.features import markdown_context
from kb.project import DOCS, MKDOCS_YML

EXTENSIONS = [
    "toc",
    "attr_list",
    "md_in_html",
    "pymdownx.superfences",
    "pymdownx.tasklist",
    *markdown_context.EXTENSIONS,
]
TEXT = "## Before launch\n\n- [ ] Agree the goal\n- [ ] Name an owner\n\n<!-- figure: it-survey -->\n"


def converted(text: str, page: PageContext | None) -> str:
    configs: dict[str, dict[str, object]] = {"pymdownx.tasklist": {"custom_checkbox": True}, "toc": {"permalink": True}}
    if page is not None:
        configs |= {name: {"page": page} for name in markdown_context.EXTENSIONS}
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=configs).convert(text)


def context(lang: str) -> PageContext:
    return PageContext(lang, "tools/page.md", DOCS, MKDOCS_YML, "http://127.0.0.1:8000/tools/page/")


def test_with_the_page_the_transforms_write_checklists_and_figures_in_its_language() -> None:
    html = converted(TEXT, context("fa"))
    assert 'class="kb-checklist" data-kb-page="tools/page.md" data-kb-heading="Before launch"' in html
    assert "۰ از ۲ انجام شد" in html  # the progress text in Persian, with Persian digits
    assert "<!-- figure:" not in html and "<figure" in html
    # The toc extension runs postprocessors on each heading's text too: the heading stays a heading
    assert '<h2 id="before-launch">Before launch' in html


def test_without_the_page_they_leave_what_markdown_wrote() -> None:
    html = converted(TEXT, None)
    assert "kb-checklist" not in html and '<li class="task-list-item">' in html
    assert "<!-- figure: it-survey -->" in html


def test_a_page_setting_that_is_not_a_page_is_refused() -> None:
    with pytest.raises(TransformError, match="is a PageContext"):
        markdown.Markdown(
            extensions=["kb.markdown.figures"], extension_configs={"kb.markdown.figures": {"page": "x"}}
        ).convert("<!-- figure: it-survey -->")


def test_the_plugin_stops_when_mkdocs_yml_does_not_list_a_transform() -> None:
    config = load_config(str(MKDOCS_YML))
    config.markdown_extensions.remove("kb.markdown.booklet")
    with pytest.raises(PluginError, match="markdown_extensions does not list kb.markdown.booklet"):
        markdown_context.on_config(config)
