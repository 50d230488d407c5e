"""Checklists in a real browser: ticks that survive reloads, instant navigation, language
switches, closing the browser and a rebuild with a new item; progress, reset, export,
keyboard, axe, print to PDF, broken storage and no JavaScript."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.languages import LANGUAGES
from kb.local_site import CHROMIUM_OPTIONS, build_site, free_port, serve
from tests.support.browser import (
    RecordedPage,
    as_pdftotext_reads,
    axe_violations,
    comparable,
    pdf_text,
    switch_language,
)
from tests.support.checklists import BOXES, tick, ticked
from tests.support.projects import copy_page, small_project

PAGE = "checklists/weekly-leadership-sync/"
STORAGE_KEY = "marketing-it-kb:checklists:v1"


def open_checklist(recorded: RecordedPage, served_site: str, lang: str = "en") -> object:
    recorded.open(served_site + LANGUAGES[lang].root + PAGE)
    return recorded.page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ticks_survive_a_reload(recorded: RecordedPage, served_site: str, lang: str) -> None:
    page = open_checklist(recorded, served_site, lang)
    tick(page, 0)
    tick(page, 2)
    recorded.reload()
    assert ticked(page)[:4] == [True, False, True, False]
    assert not recorded.problems, "\n".join(recorded.problems)


def test_ticks_survive_instant_navigation(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site)
    tick(page, 1)
    page.evaluate("window.__sameDocument = true")
    page.click(".md-content a[href$='practices/communicate/']")
    page.wait_for_url("**/practices/communicate/")
    page.go_back()
    page.wait_for_url("**/" + PAGE)
    page.wait_for_selector(".kb-checklist__bar")
    assert page.evaluate("window.__sameDocument === true"), (
        "navigation reloaded the page instead of using instant navigation"
    )
    assert ticked(page)[1] is True
    assert page.locator(".kb-checklist__bar").count() == page.locator(".kb-checklist").count(), "set up twice"


@pytest.mark.parametrize("target", ["ar", "fa"])
def test_the_same_items_are_ticked_in_another_language(recorded: RecordedPage, served_site: str, target: str) -> None:
    page = open_checklist(recorded, served_site)
    tick(page, 0)
    tick(page, 5)
    switch_language(page, target)
    assert page.url.endswith(LANGUAGES[target].root + PAGE)
    marks = ticked(page)
    assert marks[0] and marks[5] and sum(marks) == 2


def test_ticks_survive_closing_the_browser(playwright: object, served_site: str, tmp_path: Path) -> None:
    for attempt in ("tick", "check"):
        context = playwright.chromium.launch_persistent_context(str(tmp_path / "profile"), **CHROMIUM_OPTIONS)
        page = context.new_page()
        page.goto(served_site + PAGE, wait_until="networkidle")
        if attempt == "tick":
            tick(page, 3)
        else:
            assert ticked(page)[3] is True
        context.close()


def test_progress_is_shown_and_announced(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site, "fa")
    tick(page, 0)
    bar = page.locator(".kb-progress").first
    assert bar.get_attribute("role") == "progressbar"
    assert bar.get_attribute("aria-valuenow") == "1"
    assert bar.get_attribute("aria-valuemax") == "4"
    assert page.locator(".kb-progress__text").first.text_content() == "۱ از ۴ انجام شد"
    assert page.locator(".kb-progress__text").first.get_attribute("aria-live") == "polite"


def test_reset_asks_first(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site)
    tick(page, 0)
    reset = page.locator(".kb-checklist__bar button").first
    page.once("dialog", lambda dialog: dialog.dismiss())
    reset.click()
    assert ticked(page)[0] is True, "reset cleared without consent"
    page.once("dialog", lambda dialog: dialog.accept())
    reset.click()
    assert ticked(page)[0] is False
    recorded.reload()
    assert ticked(page)[0] is False


def test_keyboard_tab_and_space(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site)
    page.locator(BOXES).first.focus()
    page.keyboard.press("Space")
    assert ticked(page)[0] is True
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == page.locator(BOXES).nth(1).get_attribute("name")
    outline = page.evaluate("""() => getComputedStyle(
        document.activeElement.nextElementSibling, '::before').outlineStyle""")
    assert outline not in ("none", ""), "no visible focus on the checkbox"


def test_accessible_name_is_the_item_text(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site, "ar")
    first = page.locator(".kb-item-text").first.text_content().strip()
    assert page.get_by_role("checkbox", name=first).count() == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_as_text_matches_the_ticks(recorded: RecordedPage, served_site: str, lang: str) -> None:
    """Right-to-left text starts every line with U+200F, so that it pastes right to left."""
    recorded.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site.rstrip("/"))
    page = open_checklist(recorded, served_site, lang)
    tick(page, 1)
    page.locator(".kb-page-tools button").first.click()
    page.wait_for_selector(".kb-status:not(:empty)")
    text = page.evaluate("navigator.clipboard.readText()")
    mark = "\u200f" if LANGUAGES[lang].direction == "rtl" else ""
    lines = [line for line in text.split("\n") if line]
    if mark:
        assert all(line.startswith(mark) and not line.startswith(mark * 2) for line in lines), lines
        text = text.replace(mark, "")
    else:
        assert "\u200f" not in text
    items = page.locator(".kb-item-text").all_text_contents()
    title = page.locator(".md-content h1").text_content().strip()
    # the address isolated left to right on a right-to-left page (U+2066 ... U+2069)
    address = served_site + LANGUAGES[lang].root + PAGE
    shown = "\u2066" + address + "\u2069" if mark else address
    assert text.startswith(f"# {title}\n{shown}\n")
    digit = f"[{LANGUAGES[lang].digits}]"
    assert re.search(rf"\n\S+: {digit}{{4}}-{digit}{{2}}-{digit}{{2}}\n", text), f"no date line in {lang} digits"
    assert f"- [ ] {items[0].strip()}\n- [x] {items[1].strip()}\n- [ ] {items[2].strip()}" in text
    total = page.locator(".kb-checklist").first.locator("[data-kb-item]").count()
    progress = LANGUAGES[lang].with_digits(LANGUAGES[lang].t("checklist.progress", done=1, total=total))
    assert f"\n{progress}\n" in text, f"no progress line {progress!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_accessibility_violations_once_ticked(recorded: RecordedPage, served_site: str, lang: str) -> None:
    """Every checklist page is checked unticked by test_accessibility_and_privacy.py; the
    ticked state (the same components on every checklist page) once per language."""
    page = open_checklist(recorded, served_site, lang)
    tick(page, 0)
    violations = axe_violations(page)
    assert not violations, f"{LANGUAGES[lang].root}{PAGE}:\n" + "\n".join(violations)


CORRUPT = ["{not json", "[1, 2, 3]", '{"checklists/weekly-leadership-sync.md": "yes"}', '"a string"', "null"]


def test_foreign_or_corrupt_storage_leaves_a_working_page(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site)
    for value in CORRUPT:  # one tab for all: each value replaces the last
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, value])
        recorded.reload()
        assert not any(ticked(page)), value
        tick(page, 0)
        recorded.reload()
        assert ticked(page)[0] is True, value
    assert not recorded.problems, "\n".join(recorded.problems)


QUOTA_FULL = "Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError') }"
STORAGE_OFF = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('', 'SecurityError') }})"


@pytest.mark.parametrize(
    ("blocked", "lang"),
    [(QUOTA_FULL, "en"), (STORAGE_OFF, "ar"), (QUOTA_FULL, "fa")],  # quota or private mode; storage turned off
)
def test_storage_that_refuses_leaves_a_working_page_that_says_so(
    recorded: RecordedPage, served_site: str, blocked: str, lang: str
) -> None:
    recorded.context.add_init_script(blocked)
    page = open_checklist(recorded, served_site, lang)
    assert page.locator(".kb-status").text_content() == ""
    tick(page, 0)
    assert ticked(page)[0] is True
    assert page.locator(".kb-progress").first.get_attribute("aria-valuenow") == "1"
    assert page.locator(".kb-status").text_content() == LANGUAGES[lang].t("checklist.not_saved")
    assert not recorded.problems, "\n".join(recorded.problems)


def test_without_javascript_the_checklist_shows(browser: object, served_site: str) -> None:
    recorded = RecordedPage(browser, served_site, java_script_enabled=False)
    try:
        page = open_checklist(recorded, served_site, "ar")
        assert page.locator(".kb-item-text").first.is_visible()
        assert page.locator(BOXES).count() >= 4
        assert not recorded.problems, "\n".join(recorded.problems)
    finally:
        recorded.context.close()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_print_to_pdf_keeps_items_in_reading_order(
    recorded: RecordedPage, served_site: str, lang: str, tmp_path: Path
) -> None:
    page = open_checklist(recorded, served_site, lang)
    tick(page, 0)
    items = [comparable(as_pdftotext_reads(text)) for text in page.locator(".kb-item-text").all_text_contents()]
    pages = pdf_text(page, tmp_path / "print.pdf")
    assert len(pages[0]) > 100, "the first printed page is (nearly) blank"
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).display") == "none"
    document = "".join(pages)
    positions = [document.find(item) for item in items]
    assert -1 not in positions, (
        f"items missing from the PDF: {[i for i, p in zip(items, positions, strict=True) if p == -1]}"
    )
    assert positions == sorted(positions), "items are out of reading order in the PDF"
    address = served_site + LANGUAGES[lang].root + PAGE
    assert page.locator(".kb-print-url bdi[dir=ltr]").text_content() == address
    assert address in document.replace("\n", ""), "the printed address is not read left to right"
    fonts = subprocess.run(["pdffonts", str(tmp_path / "print.pdf")], capture_output=True, text=True, check=True).stdout
    assert "Vazirmatn" in fonts, f"the PDF does not use the site's Arabic-script font:\n{fonts}"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == "rtl"


def test_print_blank_hides_ticks_and_print_with_ticks_shows_them(recorded: RecordedPage, served_site: str) -> None:
    page = open_checklist(recorded, served_site)
    tick(page, 0)
    page.emulate_media(media="print")
    mark = f"() => getComputedStyle(document.querySelector('{BOXES} + .task-list-indicator'), '::before').content"
    assert page.evaluate(mark) == '"✓"'
    page.evaluate("document.documentElement.classList.add('kb-print-blank')")  # what "Print blank" sets
    assert page.evaluate(mark) != '"✓"'
    assert page.locator(".kb-signoff").first.is_visible()
    assert page.locator(".kb-print-url").is_visible()


@pytest.fixture
def rebuildable_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A small project with the checklist page, served on its own port, to rebuild after an edit."""
    source = PAGE.removesuffix("/") + ".md"
    project = small_project(tmp_path / "project", [source])
    copy_page(project, source)
    with serve(project / "site", free_port()) as url:
        yield project, url


def test_inserting_an_item_keeps_the_others_ticked(browser: object, rebuildable_site: tuple[Path, str]) -> None:
    project, url = rebuildable_site
    assert build_site(project, project / "site", url).returncode == 0
    recorded = RecordedPage(browser, url)
    try:
        page = open_checklist(recorded, url)
        before = page.eval_on_selector_all("[data-kb-item]", "items => items.map(i => i.dataset.kbItem)")
        tick(page, 0)
        tick(page, 2)
        new_item = {
            "en": "- [ ] A step added later",
            "ar": "- [ ] خطوة أضيفت لاحقًا",
            "fa": "- [ ] گامی که بعداً اضافه شد",
        }
        for lang, line in new_item.items():
            path = project / "docs" / lang / "checklists/weekly-leadership-sync.md"
            text = path.read_text(encoding="utf-8")
            first_item = text.index("- [ ] ")
            path.write_text(text[:first_item] + line + "\n" + text[first_item:], encoding="utf-8")
        result = build_site(project, project / "site", url)
        assert result.returncode == 0, result.stdout + result.stderr
        recorded.reload()
        after = page.eval_on_selector_all("[data-kb-item]", "items => items.map(i => i.dataset.kbItem)")
        assert after[1:] == before
        assert ticked(page)[:4] == [False, True, False, True]
    finally:
        recorded.context.close()
