"""Ticking checklists in the browser, as a reader does."""

from __future__ import annotations

BOXES = ".kb-checklist [data-kb-item] input[type=checkbox]"


def ticked(page: object) -> list[bool]:
    return page.eval_on_selector_all(BOXES, "boxes => boxes.map(b => b.checked)")


def tick(page: object, index: int) -> None:
    """Click the item's text, as a reader does (the drawn box itself has no size in Chromium)."""
    page.locator(".kb-checklist [data-kb-item] .kb-item-text").nth(index).click()
