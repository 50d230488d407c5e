"""Stable IDs for checklist items, so that a ticked item stays ticked.

The rule (documented in CONTRIBUTING.md): an item's ID is a slug of its ENGLISH text, and
the Arabic and Persian items take the ID of the item at the same place (same checklist,
same position) in the English text they were TRANSLATED FROM: the current English page
when the translation is up to date, the version with the translation's source_hash (from
git history) when it is stale. Hence:
- inserting, removing or reordering other items, or editing other text on the page,
  leaves an item's ID alone, in English and on a stale translation alike;
- a reader who switches language finds the same items ticked;
- rewording the English item gives it a new ID: its old tick is dropped, never moved to
  another item; on a stale translation the old item keeps its old ID until the
  translation is updated and stamped.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

from kb.content.pages import Page, read_page
from kb.content.translations import STALE, english_when_translated, page_status
from kb.languages import DEFAULT_LANGUAGE

MAX_SLUG_LENGTH = 48


def slug(text: str) -> str:
    """ "Agree the goal & owners" -> "agree-the-goal-owners-5d41a4".

    Readable words first (cut at a word boundary), then a short hash of the whole text so
    that two long items that start alike never share an ID.
    """
    normalized = " ".join(text.lower().split())
    digest = hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:6]
    words = ""
    for word in re.findall(r"[a-z0-9]+", normalized):
        candidate = f"{words}-{word}" if words else word
        if len(candidate) > MAX_SLUG_LENGTH:
            break
        words = candidate
    return f"{words or 'item'}-{digest}"


# The end of an item's ID that stays when only the words change: the hash of the English text,
# and the number a repeated item gets.
KEY = re.compile(r"([0-9a-f]{6}(?:-[0-9]+)?)$")


def item_key(item_id: str) -> str:
    """ "agree-the-goal-owners-5d41a4" -> "5d41a4": what a shared link carries for the item
    (checklists.js reads it from the item's data-kb-key), so that a link made on the Arabic
    page ticks the same items on the Persian or English one."""
    match = KEY.search(item_id)
    return match.group(1) if match else item_id


def item_ids(english_items: list[str]) -> list[str]:
    """IDs for a page's items in order; a repeated slug gets -2, -3 (items should differ anyway)."""
    seen: dict[str, int] = {}
    ids = []
    for text in english_items:
        base = slug(text)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def english_ids_for(translation_items: int, english_items: list[str]) -> list[str] | None:
    """The English items' IDs for a translation with that many items, or None when the
    counts differ (the translation then keys items by its own text)."""
    return item_ids(english_items) if len(english_items) == translation_items else None


def checklist_items(page: Page) -> list[str]:
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


def english_item_ids(docs: Path, lang: str, source: str, meta: dict[str, object], count: int) -> list[str] | None:
    """The IDs a page's items take (the rule above): from the English text the
    page was translated from, else from the current English page if the counts match, else None."""
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
