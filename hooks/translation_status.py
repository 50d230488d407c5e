"""Show readers and release builds which translations lag behind English.

The status comes from scripts/translations.py, the same code as `python -m scripts.kb status`:
- an Arabic or Persian page that is stale (its English source changed since it was stamped)
  or untranslated (`translation: needed`) gets a notice at the top, in the reader's
  language, linking to the English page; an untranslated page shows the English text
  below the notice (like Starlight's fallback pages), always the current English text;
- the page holding TABLE_PLACEHOLDER (docs/<lang>/translation-status.md) gets the table
  of every page's state, labelled in its own language;
- each lagging page is logged at INFO, so day-to-day builds stay green under --strict.
  With KB_RELEASE=1 the English build first logs every lagging page of every language as
  a WARNING, so `mkdocs build --strict` fails and names them all.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repo root, for scripts/
from scripts.pages import DEFAULT_LANGUAGE, language_and_source, split_front_matter, with_digits  # noqa: E402
from scripts.translations import STALE, TRANSLATED_LANGUAGES, UNTRANSLATED, UP_TO_DATE, Status, page_status, page_url, read_meta, site_status  # noqa: E402

log = get_plugin_logger("translation_status")

TABLE_PLACEHOLDER = "<!-- translation-status-table -->"

NOTICE = {
    "ar": {
        UNTRANSLATED: ("لم تُترجم هذه الصفحة بعد",
                       "لم تُترجم هذه الصفحة إلى العربية حتى الآن، لذا يظهر أدناه نصها الإنجليزي.",
                       "افتح الصفحة الإنجليزية الأصلية"),
        STALE: ("قد تكون هذه الترجمة قديمة",
                "تغيّرت الصفحة الإنجليزية الأصلية بعد ترجمة هذه الصفحة، فقد ينقصها بعض ما أضيف إليها.",
                "اقرأ الصفحة الإنجليزية المحدّثة"),
    },
    "fa": {
        UNTRANSLATED: ("این صفحه هنوز ترجمه نشده است",
                       "این صفحه هنوز به فارسی برگردانده نشده و متن انگلیسی آن در ادامه آمده است.",
                       "صفحهٔ اصلی انگلیسی را باز کنید"),
        STALE: ("ممکن است این ترجمه قدیمی باشد",
                "صفحهٔ انگلیسی پس از ترجمهٔ این صفحه تغییر کرده است؛ شاید بعضی از تغییرها در این ترجمه نیامده باشد.",
                "نسخهٔ به‌روز انگلیسی را بخوانید"),
    },
}

TABLE = {
    "en": {"page": "Page", "ar": "Arabic", "fa": "Persian",
           UP_TO_DATE: "Up to date", STALE: "Out of date", UNTRANSLATED: "Translation needed",
           "summary": "{language}: {current} up to date, {stale} out of date, {untranslated} need translation."},
    "ar": {"page": "الصفحة", "ar": "العربية", "fa": "الفارسية",
           UP_TO_DATE: "محدّثة", STALE: "قديمة", UNTRANSLATED: "تحتاج إلى ترجمة",
           "summary": "{language}: {current} محدّثة، {stale} قديمة، {untranslated} تحتاج إلى ترجمة."},
    "fa": {"page": "صفحه", "ar": "عربی", "fa": "فارسی",
           UP_TO_DATE: "به‌روز", STALE: "قدیمی", UNTRANSLATED: "نیازمند ترجمه",
           "summary": "{language}: {current} به‌روز، {stale} قدیمی، {untranslated} نیازمند ترجمه."},
}


def tracked_status(page: Page, config: MkDocsConfig) -> Status | None:
    """The page's translation status, or None for English pages and pages without an English source."""
    lang, source = language_and_source(page.file.src_uri)
    docs = Path(config.docs_dir)
    if lang not in TRANSLATED_LANGUAGES or not (docs / DEFAULT_LANGUAGE / source).exists():
        return None
    return page_status(docs, lang, source, page.meta)


def english_fallback(docs: Path, source: str) -> str:
    """The English body as Markdown in an English-marked block. Links to other pages'
    #anchors lose the anchor: the Arabic and Persian headings have other IDs."""
    _, _, body = split_front_matter((docs / DEFAULT_LANGUAGE / source).read_text(encoding="utf-8"))
    text = re.sub(r"(\]\([^)#\s]+\.md)#[^)\s]*\)", r"\1)", "\n".join(body))
    return f'\n\n<div lang="en" dir="ltr" class="kb-fallback" markdown>\n\n{text}\n\n</div>\n'


def notice(status: Status, page: Page) -> str:
    title, text, link = NOTICE[status.lang][status.state]
    english = get_relative_url(page.url.removeprefix(f"{status.lang}/"), page.url)
    state = "untranslated" if status.state == UNTRANSLATED else "stale"
    return (f'<div class="admonition warning kb-translation-notice" data-kb-translation="{state}" data-search-exclude>'
            f'<p class="admonition-title">{title}</p>'
            f'<p>{text} <a href="{html.escape(english)}" hreflang="en">{link}</a></p></div>\n')


def status_table(docs: Path, config_file: Path, page: Page, lang: str, source: str) -> str:
    """Counts per language, then one row per page: its title (in this language) and its state in ar and fa."""
    strings = TABLE[lang]
    statuses = site_status(docs, config_file)
    root = page.url.removesuffix(page_url(source))  # "" or "fa/"
    by_page: dict[str, dict[str, Status]] = {}
    for status in statuses:
        by_page.setdefault(status.source, {})[status.lang] = status
    summary = []
    for other in TRANSLATED_LANGUAGES:
        count = {key: with_digits(str(sum(s.lang == other and s.state == state for s in statuses)), lang)
                 for key, state in (("current", UP_TO_DATE), ("stale", STALE), ("untranslated", UNTRANSLATED))}
        summary.append(f"<li>{strings['summary'].format(language=strings[other], **count)}</li>")
    head = "".join(f'<th scope="col">{strings[other]}</th>' for other in TRANSLATED_LANGUAGES)
    rows = []
    for row_source, states in by_page.items():
        href = get_relative_url(root + page_url(row_source), page.url)
        link = f'<a href="{html.escape(href)}">{html.escape(page_title(docs, lang, row_source))}</a>'
        cells = "".join(f'<td data-kb-state="{states[other].state}">{strings[states[other].state]}</td>' for other in TRANSLATED_LANGUAGES)
        rows.append(f'<tr data-kb-page="{html.escape(row_source)}"><td>{link}</td>{cells}</tr>')
    return (f'<ul class="kb-status-summary">{"".join(summary)}</ul>\n'
            f'<table class="kb-status-table"><thead><tr><th scope="col">{strings["page"]}</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>\n')


def page_title(docs: Path, lang: str, source: str) -> str:
    """The page's title in this language, else in English, else its path."""
    for folder in (lang, DEFAULT_LANGUAGE):
        try:
            title = read_meta(docs / folder / source).get("title")
        except (OSError, ValueError):
            continue
        if isinstance(title, str) and title.strip():
            return title
    return source


def describe(status: Status) -> str:
    return f"docs/{status.lang}/{status.source}: {status.state}: {status.reason}"


def on_pre_build(config: MkDocsConfig) -> None:
    """With KB_RELEASE=1, warn about every lagging page of every language at once, in the
    first (English) build: under --strict that build stops with the whole list."""
    release = os.environ.get("KB_RELEASE", "").lower() in {"1", "true", "yes"}
    if not release or config.theme["language"] != DEFAULT_LANGUAGE:
        return
    for status in site_status(Path(config.docs_dir), Path(config.config_file_path)):
        if status.state != UP_TO_DATE:
            log.warning(f"{describe(status)} (KB_RELEASE=1: a release needs every page translated and up to date)")


# Each page's status, worked out once in on_page_markdown and used again in on_page_content.
_status_of_page: dict[str, Status | None] = {}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: object) -> str:
    status = _status_of_page[page.file.src_uri] = tracked_status(page, config)
    if status is None or status.state == UP_TO_DATE:
        return markdown
    log.info(describe(status))
    if status.state == UNTRANSLATED:
        return markdown + english_fallback(Path(config.docs_dir), status.source)
    return markdown


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if TABLE_PLACEHOLDER in content:
        table = status_table(Path(config.docs_dir), Path(config.config_file_path), page, *language_and_source(page.file.src_uri))
        content = content.replace(TABLE_PLACEHOLDER, table)
    status = _status_of_page.pop(page.file.src_uri, None)
    if status is not None and status.state != UP_TO_DATE:
        content = notice(status, page) + content
    return content
