"""Turn pymdownx task lists into checklists a reader can tick, keep, export and print.

At build time each task list becomes:

    <div class="kb-checklist" data-kb-page="checklists/tool-adoption.md">
      <ul class="task-list">
        <li class="task-list-item" data-kb-item="ID">
          <label class="task-list-control"><input type="checkbox" ...><span class="task-list-indicator"></span>
            <span class="kb-item-text">Item text</span></label></li> ...
      </ul>
      <p class="kb-signoff" data-search-exclude>Name … Date … Sign-off …</p>  (print only)
    </div>

- The item text moves inside the <label>, so the checkbox's accessible name is the item
  (axe's `label` rule) and clicking the text ticks it.
- IDs come from scripts/checklist_ids.py: the English item at the same place, so ticks
  survive edits elsewhere and language switches.
- The interface strings of overrides/assets/javascripts/checklists.js (progress, reset,
  copy, print) are written into the page in its language, in data-kb-strings.
Without JavaScript the list, its boxes and the sign-off lines still show and print.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repo root, for scripts/
from scripts.checklist_ids import item_ids  # noqa: E402
from scripts.pages import DEFAULT_LANGUAGE, read_page  # noqa: E402

STRINGS = {
    "en": {
        "progress": "{done} of {total} done", "progress_label": "Progress", "reset": "Reset",
        "reset_confirm": "Clear every tick in this checklist?", "copy": "Copy as text",
        "copied": "Copied to the clipboard.", "copy_failed": "Could not copy. Select the text and copy it by hand.",
        "print": "Print with my ticks", "print_blank": "Print blank", "date": "Date",
        "name": "Name", "signoff": "Sign-off", "tools": "Checklist tools",
    },
    "ar": {
        "progress": "تم إنجاز {done} من {total}", "progress_label": "التقدم", "reset": "إعادة تعيين",
        "reset_confirm": "هل تريد مسح كل العلامات في قائمة التحقق هذه؟", "copy": "نسخ كنص",
        "copied": "تم النسخ إلى الحافظة.", "copy_failed": "تعذر النسخ. حدد النص وانسخه يدويًا.",
        "print": "طباعة مع علاماتي", "print_blank": "طباعة نسخة فارغة", "date": "التاريخ",
        "name": "الاسم", "signoff": "الاعتماد والتوقيع", "tools": "أدوات قائمة التحقق",
    },
    "fa": {
        "progress": "{done} از {total} انجام شد", "progress_label": "پیشرفت", "reset": "بازنشانی",
        "reset_confirm": "همه علامت‌های این چک‌لیست پاک شود؟", "copy": "کپی به‌صورت متن",
        "copied": "در کلیپ‌بورد کپی شد.", "copy_failed": "کپی نشد. متن را انتخاب کنید و خودتان کپی کنید.",
        "print": "چاپ با علامت‌های من", "print_blank": "چاپ نسخه خالی", "date": "تاریخ",
        "name": "نام", "signoff": "تأیید و امضا", "tools": "ابزارهای چک‌لیست",
    },
}

TASK_LIST = re.compile(r'<ul class="task-list">\s*(.*?)\s*</ul>', re.S)
TASK_ITEM = re.compile(
    r'<li class="task-list-item"><label class="task-list-control">(<input type="checkbox"[^>]*>)'
    r'<span class="task-list-indicator"></span></label>\s*(.*?)</li>', re.S)


def source_path(page: Page, config: MkDocsConfig) -> tuple[str, str]:
    """("fa", "checklists/tool-adoption.md") for docs/fa/checklists/tool-adoption.md."""
    lang, *rest = Path(page.file.abs_src_path).relative_to(Path(config.docs_dir)).parts
    return lang, "/".join(rest)


def english_item_ids(config: MkDocsConfig, source: str, count: int) -> list[str] | None:
    """IDs from the English page, or None when it has a different number of items."""
    english = Path(config.docs_dir) / DEFAULT_LANGUAGE / source
    if not english.exists():
        return None
    texts = [text for checklist in read_page(english).checklists for text, _, _ in checklist]
    return item_ids(texts) if len(texts) == count else None


def plain_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def signoff_line(strings: dict[str, str]) -> str:
    fields = "".join(f'<span class="kb-signoff__field">{strings[key]}: </span>' for key in ("name", "date", "signoff"))
    return f'<p class="kb-signoff" data-search-exclude>{fields}</p>'


def render_checklists(content: str, page_key: str, lang: str, ids_for: list[str] | None, page_url: str) -> str:
    """The page content with every task list made into a checklist; unchanged if it has none."""
    items = TASK_ITEM.findall(content)
    if not items:
        return content
    ids = ids_for or item_ids([plain_text(text) for _, text in items])
    strings = STRINGS.get(lang, STRINGS[DEFAULT_LANGUAGE])
    counter = iter(ids)

    def item(match: re.Match[str]) -> str:
        item_id = next(counter)
        checkbox = match.group(1).replace("<input", f'<input name="{item_id}"', 1)
        return (f'<li class="task-list-item" data-kb-item="{item_id}"><label class="task-list-control">'
                f'{checkbox}<span class="task-list-indicator"></span> '
                f'<span class="kb-item-text">{match.group(2).strip()}</span></label></li>')

    def checklist(match: re.Match[str]) -> str:
        return (f'<div class="kb-checklist" data-kb-page="{page_key}">\n<ul class="task-list">\n'
                f"{TASK_ITEM.sub(item, match.group(1))}\n</ul>\n{signoff_line(strings)}\n</div>")

    tools = (f'<div class="kb-page-tools" data-kb-strings="{html.escape(json.dumps(strings, ensure_ascii=False))}" '
             f'data-kb-lang="{lang}"></div>')
    footer = f'<p class="kb-print-url" data-search-exclude>{html.escape(page_url)}</p>'
    return tools + TASK_LIST.sub(checklist, content) + footer


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if 'class="task-list-item"' not in content:
        return content
    lang, source = source_path(page, config)
    ids = english_item_ids(config, source, len(TASK_ITEM.findall(content)))
    return render_checklists(content, source, lang, ids, page.canonical_url or page.url)
