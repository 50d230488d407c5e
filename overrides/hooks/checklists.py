"""Turn pymdownx task lists into checklists a reader can tick, keep, export and print.

At build time each task list becomes:

    <div class="kb-checklist" data-kb-page="checklists/tool-adoption.md" data-kb-heading="Before you buy">
      <div class="kb-checklist__bar" data-search-exclude>progress bar, "0 of 5 done", Reset</div>
      <ul class="task-list">
        <li class="task-list-item" data-kb-item="ID">
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
"""

from __future__ import annotations

import functools
import html
import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.checklist_ids import english_ids_for, item_ids
from kb.content.pages import Page as SourcePage
from kb.content.pages import read_page
from kb.content.translations import STALE, english_when_translated, page_status
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, language_and_source

# The strings checklists.js writes itself (the rest are in the page already).
SCRIPT_STRINGS = ("progress", "reset_confirm", "copied", "copy_failed", "not_saved", "date")
HEADING = re.compile(r"<h[2-6][^>]*>(.*?)</h[2-6]>", re.S)
TASK_LIST = re.compile(r'<ul class="task-list">\s*(.*?)\s*</ul>', re.S)
TASK_ITEM = re.compile(
    r'<li class="task-list-item"><label class="task-list-control">(<input type="checkbox"[^>]*>)'
    r'<span class="task-list-indicator"></span></label>\s*(.*?)</li>',
    re.S,
)


def checklist_items(page: SourcePage) -> list[str]:
    return [text for checklist in page.checklists for text, _, _ in checklist]


@functools.lru_cache(maxsize=4096)
def _current_english_items(path: Path, modified_ns: int) -> list[str]:
    """Keyed by modification time too: each language build asks, and `mkdocs serve` rebuilds."""
    return checklist_items(read_page(path))


@functools.lru_cache(maxsize=1024)
def _translated_english_items(docs: Path, lang: str, source: str, recorded_hash: str) -> list[str] | None:
    """The English items as they were when the translation was made (git history), or None."""
    status = page_status(docs, lang, source)
    text, _ = english_when_translated(docs, status)
    return checklist_items(read_page(docs / DEFAULT_LANGUAGE / source, text)) if text is not None else None


def english_item_ids(
    config: MkDocsConfig, lang: str, source: str, meta: dict[str, object], count: int
) -> list[str] | None:
    """The IDs a page's items take (kb/content/checklist_ids.py): from the English text the
    page was translated from, else from the current English page if the counts match, else None."""
    docs = Path(config.docs_dir)
    english = docs / DEFAULT_LANGUAGE / source
    if not english.exists():
        return None
    current = _current_english_items(english, english.stat().st_mtime_ns)
    if lang != DEFAULT_LANGUAGE:
        status = page_status(docs, lang, source, meta)
        if status.state == STALE and status.recorded_hash:
            then = _translated_english_items(docs, lang, source, status.recorded_hash)
            if then is not None and (ids := english_ids_for(count, then)):
                return ids
    return english_ids_for(count, current)


def plain_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def signoff_line(strings: dict[str, str]) -> str:
    fields = "".join(f'<span class="kb-signoff__field">{strings[key]}: </span>' for key in ("name", "date", "signoff"))
    return f'<p class="kb-signoff" data-search-exclude>{fields}</p>'


def button(label: str, action: str) -> str:
    return f'<button type="button" class="md-button kb-button" data-kb-action="{action}">{html.escape(label)}</button>'


def progress_bar(strings: dict[str, str], lang: str, heading: str, total: int) -> str:
    """The bar above a checklist, showing nothing done; checklists.js updates it from the saved ticks."""
    text = LANGUAGES[lang].with_digits(strings["progress"].format(done=0, total=total))  # as checklists.js writes them
    label = html.escape(f"{strings['progress_label']}: {heading}", quote=True)
    return (
        f'<div class="kb-checklist__bar" data-search-exclude>'
        f'<div class="kb-progress" role="progressbar" aria-valuemin="0" aria-valuemax="{total}" aria-valuenow="0" '
        f'aria-valuetext="{html.escape(text, quote=True)}" aria-label="{label}">'
        f'<div class="kb-progress__fill"></div></div>'
        f'<span class="kb-progress__text" aria-live="polite">{html.escape(text)}</span>'
        f"{button(strings['reset'], 'reset')}</div>"
    )


def page_tools(strings: dict[str, str], lang: str) -> str:
    script_strings = json.dumps({key: strings[key] for key in SCRIPT_STRINGS}, ensure_ascii=False)
    return (
        f'<div class="kb-page-tools" role="group" aria-label="{html.escape(strings["tools"], quote=True)}" '
        f'data-kb-strings="{html.escape(script_strings, quote=True)}" data-kb-digits="{LANGUAGES[lang].digits}" '
        f"data-search-exclude>"
        f"{button(strings['copy'], 'copy')}{button(strings['print'], 'print')}"
        f'{button(strings["print_blank"], "print-blank")}<p class="kb-status" role="status"></p></div>'
    )


def heading_before(content: str, position: int) -> str:
    """The text of the last heading before `position`, without its permalink sign."""
    headings = HEADING.findall(content, 0, position)
    return plain_text(headings[-1]).removesuffix("¶").strip() if headings else ""


def render_checklists(content: str, page_key: str, lang: str, ids_for: list[str] | None, page_url: str) -> str:
    """The page content with every task list made into a checklist; unchanged if it has none."""
    items = TASK_ITEM.findall(content)
    if not items:
        return content
    ids = ids_for or item_ids([plain_text(text) for _, text in items])
    strings = LANGUAGES[lang].strings["checklist"]
    counter = iter(ids)

    def item(match: re.Match[str]) -> str:
        item_id = next(counter)
        checkbox = match.group(1).replace("<input", f'<input name="{item_id}"', 1)
        return (
            f'<li class="task-list-item" data-kb-item="{item_id}"><label class="task-list-control">'
            f'{checkbox}<span class="task-list-indicator"></span> '
            f'<span class="kb-item-text">{match.group(2).strip()}</span></label></li>'
        )

    def checklist(match: re.Match[str]) -> str:
        heading = heading_before(content, match.start())
        bar = progress_bar(strings, lang, heading, len(TASK_ITEM.findall(match.group(1))))
        return (
            f'<div class="kb-checklist" data-kb-page="{page_key}" data-kb-heading="{html.escape(heading, quote=True)}">'
            f'\n{bar}\n<ul class="task-list">\n'
            f"{TASK_ITEM.sub(item, match.group(1))}\n</ul>\n{signoff_line(strings)}\n</div>"
        )

    footer = f'<p class="kb-print-url" data-search-exclude>{html.escape(page_url)}</p>'
    return page_tools(strings, lang) + TASK_LIST.sub(checklist, content) + footer


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if 'class="task-list-item"' not in content:
        return content
    lang, source = language_and_source(page.file.src_uri)
    ids = english_item_ids(config, lang, source, page.meta, len(TASK_ITEM.findall(content)))
    return render_checklists(content, source, lang, ids, page.canonical_url or page.url)
