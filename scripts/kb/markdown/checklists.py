"""Turn pymdownx task lists into checklists a reader can tick, keep, export and print: a
Python-Markdown extension (`kb.markdown.checklists` in mkdocs.yml), after pymdownx.tasklist.

At build time each task list becomes:

    <div class="kb-checklist" data-kb-page="checklists/tool-adoption.md" data-kb-heading="Before you buy">
      <div class="kb-checklist__bar" data-search-exclude>progress bar, "0 of 5 done", Reset</div>
      <ul class="task-list">
        <li class="task-list-item" data-kb-item="ID" data-kb-key="KEY (the ID's hash, for shared links)">
          <label class="task-list-control"><input type="checkbox" ...><span class="task-list-indicator"></span>
            <span class="kb-item-text">Item text</span></label></li> ...
      </ul>
      <p class="kb-signoff" data-search-exclude>Name … Date … Sign-off …</p>  (print only)
    </div>

- The item text moves inside the <label>, so the checkbox's accessible name is the item
  (axe's `label` rule) and clicking the text ticks it.
- IDs come from kb/content/checklist_ids.py: the item at the same place in the English text
  the page was translated from, so ticks survive edits elsewhere, language switches and
  English changes a translation has not caught up with.
- The controls (progress, reset; copy and print in .kb-page-tools above the first list)
  are written here, in the page's language, so that nothing moves when the page's script
  starts (a layout shift Lighthouse counts); overrides/assets/javascripts/checklists.js
  wires them up, with the strings it needs from data-kb-strings and the language's digits from
  data-kb-digits (both from kb/languages.py and kb/locales/<lang>.yml).
Without JavaScript the list, its boxes and the sign-off lines still show and print.

Pages made of checklists: the checklists page's progress table (<!-- checklist-progress -->)
and the booklet of every checklist (<!-- checklist-booklet -->), see
kb/content/checklist_collections.py; the health check's score per area
(<!-- checklist-score -->, score_chart below).

As an extension. A preprocessor counts the page's task-list items in its Markdown (outside
fenced code, after kb.markdown.booklet put the booklet in); a postprocessor, after every other
one, checks that the HTML has them all in the form pymdownx.tasklist writes (fail closed:
kb/content/material_markup.py) and rewrites them. The IDs and words need the page's path and
language, which the page context hands in (kb/markdown/page.py says why they are not guessed);
without one the task lists stay as pymdownx wrote them and `kb postbuild` stops on them.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from pathlib import Path

from markdown import Markdown

from kb.content import material_markup as upstream
from kb.content.checklist_collections import BOOKLET_PART, PARTIAL, progress, script_data
from kb.content.checklist_ids import english_item_ids, item_ids, item_key
from kb.content.figure_drawing import bar_geometry, figure_html
from kb.content.figures import Bar, Figure
from kb.content.pages import FENCE, read_page
from kb.content.pages import TASK_ITEM as MARKDOWN_TASK_ITEM
from kb.content.partials import Markup, macro
from kb.languages import Language
from kb.markdown.page import (
    HTML_PRIORITY,
    TEXT_PRIORITY,
    HtmlPostprocessor,
    PageContext,
    PageExtension,
    TextPreprocessor,
    TransformError,
)

# The strings checklists.js writes itself (the rest are in the page already).
SCRIPT_STRINGS = (
    *("progress", "reset_confirm", "copied", "copy_failed", "not_saved", "date", "printed"),
    *("share_copied", "share_failed", "shared_intro", "shared_mark", "shared_adopt", "shared_keep"),
    *("shared_adopted", "shared_invalid", "overview_never", "start", "continue", "complete"),
)
HEADING = re.compile(r"<h[2-6][^>]*>(.*?)</h[2-6]>", re.S)
TASK_LIST = upstream.TASK_LIST  # pymdownx.tasklist's markup, with the versions it was written for
SCORE_MARKER = "<!-- checklist-score -->"  # the health check's chart (score_chart)
# A booklet part's title (kb/content/checklist_collections.py), with the page it comes from
BOOKLET_PART_TITLE = re.compile(rf'<h2\b[^>]*\bclass="{BOOKLET_PART}"[^>]*\bdata-kb-source="([^"]+)"[^>]*>')
TASK_ITEM = upstream.TASK_LIST_ITEM


def plain_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def part(name: str) -> Callable[..., str]:
    return macro(PARTIAL, name)


def progress_bar(strings: dict[str, str], language: Language, heading: str, total: int) -> str:
    """The bar above a checklist, with its reset button."""
    return part("bar")(Markup(progress(language, heading, total)), strings["reset"])


def page_tools(strings: dict[str, str], language: Language) -> str:
    return part("page_tools")(strings, Markup(script_data(language, SCRIPT_STRINGS)))


class Headings:
    """The page's headings, found once: asking for the one before each of 4,000 checklists
    by searching the page again each time was quadratic (a minute for one page)."""

    def __init__(self, content: str) -> None:
        found = list(HEADING.finditer(content))
        self.ends = [match.end() for match in found]
        self.texts = [match.group(1) for match in found]

    def before(self, position: int) -> str:
        """The text of the last heading that ends before `position`, without its permalink sign."""
        index = bisect.bisect_right(self.ends, position)
        return plain_text(self.texts[index - 1]).removesuffix("¶").strip() if index else ""


def render_lists(content: str, page_key: str, language: Language, ids_for: list[str] | None) -> str:
    """The content with every task list made into a checklist whose ticks are kept under
    `page_key`; unchanged if it has none."""
    items = TASK_ITEM.findall(content)
    if not items:
        return content
    ids = ids_for or item_ids([plain_text(text) for _, text in items])
    strings = language.strings["checklist"]
    counter = iter(ids)
    headings = Headings(content)
    item_part, checklist_part, signoff = part("item"), part("checklist"), Markup(part("signoff")(strings))

    def item(match: re.Match[str]) -> str:
        item_id = next(counter)
        checkbox = Markup(match.group(1).replace("<input", f'<input name="{item_id}"', 1))
        return item_part(item_id, item_key(item_id), checkbox, Markup(match.group(2).strip()))

    def checklist(match: re.Match[str]) -> str:
        heading = headings.before(match.start())
        bar = Markup(progress_bar(strings, language, heading, len(TASK_ITEM.findall(match.group(1)))))
        return checklist_part(page_key, heading, bar, Markup(TASK_ITEM.sub(item, match.group(1))), signoff)

    return TASK_LIST.sub(checklist, content)


def score_chart(content: str, language: Language) -> str:
    """The health check's chart where the page says <!-- checklist-score -->: a bar per
    checklist (an area), drawn at 0 like the figures (kb/content/figure_drawing.py);
    checklists.js sets each bar from the area's ticks, and its text equivalent with it."""
    lang = language.code
    strings = language.strings["checklist"]
    areas = [
        html.unescape(name) for name in re.findall(r'<div class="kb-checklist" [^>]*data-kb-heading="([^"]*)"', content)
    ]
    chart = Figure(
        name="checklist-score",
        kind="bars",
        title={lang: strings["score_title"]},
        source={lang: strings["score_source"]},
        bars=tuple(Bar(0, {lang: area}) for area in areas),
    )
    percent = html.escape(language.t("figure.percent", value="{value}"), quote=True)
    settings = f' data-kb-score data-kb-percent="{percent}"{bar_geometry(language)}'
    drawn = figure_html(chart, language, settings)
    return content.replace(SCORE_MARKER, drawn)


def with_page_tools(content: str, language: Language, page_url: str) -> str:
    """The page's tools above its checklists and its address below them, for print."""
    strings = language.strings["checklist"]
    return page_tools(strings, language) + content + part("print_url")(page_url)


def render_checklists(content: str, page_key: str, language: Language, ids_for: list[str] | None, page_url: str) -> str:
    """The page content with every task list made into a checklist, the page's tools above
    them and its address for print below; unchanged if it has none."""
    if not TASK_ITEM.search(content):
        return content
    return with_page_tools(render_lists(content, page_key, language, ids_for), language, page_url)


def render_booklet(content: str, docs: Path, language: Language, page_url: str) -> str:
    """The booklet: each part's checklists keyed and numbered as on the part's own page."""
    titles = list(BOOKLET_PART_TITLE.finditer(content))
    ends = [title.start() for title in titles[1:]] + [len(content)]
    rendered, lang = [content[: titles[0].start()]], language.code
    for title, end in zip(titles, ends, strict=True):
        source, part = title.group(1), content[title.start() : end]
        meta = read_page(docs / lang / source).meta
        ids = english_item_ids(docs, lang, source, meta, len(TASK_ITEM.findall(part)))
        rendered.append(render_lists(part, source, language, ids))
    return with_page_tools("".join(rendered), language, page_url)


def markdown_task_items(markdown: str) -> int:
    """How many task-list items the page's Markdown has, outside fenced code: each becomes a checkbox."""
    count, fenced = 0, False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and MARKDOWN_TASK_ITEM.match(line):
            count += 1
    return count


def check_task_markup(content: str, where: str, expected: int) -> None:
    """Fail closed: every task-list item of the Markdown is in the HTML in the form the checklists
    rewrite (kb/content/material_markup.py); else pymdownx.tasklist's markup changed."""
    found = len(TASK_ITEM.findall(content)) if expected or "task-list" in content else 0
    if found != expected:
        raise TransformError(
            f"{where}: the Markdown has {expected} task-list items, the HTML {found} in the form "
            f"pymdownx.tasklist (pymdown-extensions {upstream.UPSTREAM['pymdown-extensions']}) writes them, "
            f"{upstream.TASK_LIST_ITEM_FORM!r}: the extension's markup changed, so the page's checklists would be "
            "lost; update TASK_LIST_ITEM in scripts/kb/content/material_markup.py for it"
        )


def render_page(content: str, page: PageContext) -> str:
    """The page's HTML with its task lists made into checklists (the booklet's keyed as on their
    own pages) and, where it says so, the score chart."""
    if 'class="task-list-item"' not in content:
        return content
    if BOOKLET_PART_TITLE.search(content):
        return render_booklet(content, page.docs, page.language, page.url)
    ids = english_item_ids(page.docs, page.lang, page.source, page.meta, len(TASK_ITEM.findall(content)))
    content = render_checklists(content, page.source, page.language, ids, page.url)
    return score_chart(content, page.language) if SCORE_MARKER in content else content


class ChecklistsExtension(PageExtension):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.task_items = 0  # in the page's Markdown (markdown_task_items)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.registerExtension(self)
        md.preprocessors.register(TextPreprocessor(md, self.count), "kb_checklists_count", TEXT_PRIORITY - 1)
        md.postprocessors.register(HtmlPostprocessor(md, self.guarded(self.render)), "kb_checklists", HTML_PRIORITY)

    def reset(self) -> None:
        self.task_items = 0

    def count(self, markdown: str) -> str:
        self.task_items = markdown_task_items(markdown)
        return markdown

    def render(self, content: str) -> str:
        if (page := self.page) is None:
            return content
        check_task_markup(content, page.where, self.task_items)
        return render_page(content, page)


def makeExtension(**kwargs: object) -> ChecklistsExtension:  # noqa: N802
    return ChecklistsExtension(**kwargs)
