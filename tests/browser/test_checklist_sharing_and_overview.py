"""Checklists beyond one page, in a real browser: a filled checklist shared by link (across
languages, taken over only when the reader says so, a damaged link refused), the
checklists page's progress table, the health check's scored chart, and the booklet that
prints every checklist."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from kb.content.pages import page_sources, read_page
from kb.languages import LANGUAGES, page_url
from kb.project import DOCS
from tests.support.browser import (
    TYPED,
    RecordedPage,
    axe_violations,
    letters,
    link_check,
    pdf_text,
    printed_letters,
    set_scheme,
)
from tests.support.checklists import BOXES, tick, ticked
from tests.support.digits import ALL_DIGITS

STORAGE_KEY = "marketing-it-kb:checklists:v1"
TOOL_ADOPTION = "checklists/tool-adoption.md"
WEEKLY = "checklists/weekly-leadership-sync.md"
HEALTH_CHECK = "checklists/partnership-health-check.md"


def strings(lang: str) -> dict[str, str]:
    return LANGUAGES[lang].strings["checklist"]


def stored(page: object, source: str) -> set[str]:
    data = json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}') || '{{}}'"))
    return set(data.get(source, {}))


def ids(page: object) -> list[str]:
    return page.eval_on_selector_all("[data-kb-item]", "items => items.map(i => i.dataset.kbItem)")


@pytest.mark.parametrize(("sender", "reader"), [("ar", "fa"), ("fa", "en"), ("en", "ar")])
def test_a_shared_link_shows_the_ticks_in_another_language_and_replaces_mine_only_when_asked(
    browser: object, served_site: str, sender: str, reader: str
) -> None:
    sharing = RecordedPage(browser, served_site, permissions=["clipboard-read", "clipboard-write"])
    sharing.open(served_site + page_url(sender, TOOL_ADOPTION))
    tick(sharing.page, 0)
    tick(sharing.page, 2)
    sharing.page.get_by_role("button", name=strings(sender)["share"]).click()
    expect(sharing.page.locator(".kb-status")).to_have_text(strings(sender)["share_copied"])  # after the clipboard
    link = sharing.page.evaluate("navigator.clipboard.readText()")
    sharing.context.close()
    fragment = link[link.index("#") :]

    opening = RecordedPage(browser, served_site)  # another browser, with ticks of its own
    try:
        opening.open(served_site + page_url(reader, TOOL_ADOPTION))
        page = opening.page
        tick(page, 1)
        mine = stored(page, TOOL_ADOPTION)
        opening.open(served_site + page_url(reader, TOOL_ADOPTION) + fragment)
        offer = page.get_by_role("group", name=strings(reader)["shared_adopt"])
        assert offer.inner_text().startswith(LANGUAGES[reader].count("checklist.shared_intro", 2))  # its plural form
        marked = page.eval_on_selector_all(".kb-item--shared", "items => items.map(i => i.dataset.kbItem)")
        assert marked == [ids(page)[0], ids(page)[2]], "the sender's ticks are marked as theirs"
        assert ticked(page)[:3] == [False, True, False] and stored(page, TOOL_ADOPTION) == mine, "mine are untouched"
        name = page.locator(f"{BOXES} >> nth=0").evaluate("box => box.labels[0].textContent")
        assert strings(reader)["shared_mark"] in name, "a screen reader hears that the tick is someone else's"
        backgrounds = set()
        for scheme in ("light", "dark"):  # the offer and the marks, in both colour schemes
            backgrounds.add(set_scheme(page, scheme))
            assert not axe_violations(page, within=".kb-shared, .kb-item--shared"), scheme
        assert len(backgrounds) == 2, "the dark scheme was not applied"
        page.keyboard.press("Enter")  # the offer's first button has the focus: "Use these ticks"
        assert ticked(page)[:3] == [True, False, True]
        assert stored(page, TOOL_ADOPTION) == {ids(page)[0], ids(page)[2]}
        assert page.locator(".kb-item--shared").count() == 0 and "#" not in page.url
        assert page.locator(".kb-status").inner_text() == strings(reader)["shared_adopted"]
        assert not opening.problems, "\n".join(opening.problems)
    finally:
        opening.context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_damaged_or_foreign_link_says_so_and_changes_nothing(
    recorded: RecordedPage, served_site: str, lang: str
) -> None:
    url = served_site + page_url(lang, TOOL_ADOPTION)
    recorded.open(url)
    page = recorded.page
    tick(page, 3)
    key = ids(page)[0][-6:]
    damaged = ("#kb-ticks=" + key + "!", "#kb-ticks=" + key + "!zz", "#kb-ticks=abcdef!1xj4wq", "#kb-ticks=%E0%A4%A")
    for fragment in damaged:
        recorded.open(url + fragment)
        assert page.locator(".kb-status").inner_text() == strings(lang)["shared_invalid"], fragment
        assert ticked(page)[:4] == [False, False, False, True] and page.locator(".kb-item--shared").count() == 0
    assert stored(page, TOOL_ADOPTION) == {ids(page)[3]}
    assert not recorded.problems, "\n".join(recorded.problems)


def forged(keys: list[str]) -> str:
    joined = ".".join(keys)
    return f"#kb-ticks={joined}!{link_check(joined)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_with_keys_not_of_the_page_or_repeated_is_refused_and_mine_stay(
    recorded: RecordedPage, served_site: str, lang: str
) -> None:
    """The link's check passes (anyone can compute it), but its keys are inherited from
    Object, repeated, or belong to another page: no offer, so "Use these ticks" cannot clear mine."""
    weekly = served_site + page_url(lang, WEEKLY)
    recorded.open(weekly)
    other_page = ids(recorded.page)[0][-6:]
    url = served_site + page_url(lang, TOOL_ADOPTION)
    recorded.open(url)
    page = recorded.page
    tick(page, 3)
    first, second = ids(page)[0][-6:], ids(page)[1][-6:]
    valid = forged([first, second])
    refused = {
        "inherited": [forged([key]) for key in ("__proto__", "constructor", "toString", "hasOwnProperty")],
        "inherited among real ones": [forged([first, "__proto__", second])],
        "repeated": [forged([first, first]), forged([first] * 100_000)],
        "another page's item": [forged([first, other_page])],
    }
    for kind, fragments in refused.items():
        for fragment in fragments:
            page.goto("about:blank")  # a new load: from the same page, only the fragment would change
            recorded.open(url + fragment)
            assert page.locator(".kb-status").inner_text() == strings(lang)["shared_invalid"], kind
            assert page.get_by_role("button", name=strings(lang)["shared_adopt"]).count() == 0, kind
            assert page.locator(".kb-item--shared").count() == 0, kind
            assert ticked(page)[:4] == [False, False, False, True], kind
    assert stored(page, TOOL_ADOPTION) == {ids(page)[3]}
    page.goto("about:blank")
    recorded.open(url + valid)  # the same keys, each once and of this page: offered
    offer = page.get_by_role("group", name=strings(lang)["shared_adopt"])
    assert offer.inner_text().startswith(LANGUAGES[lang].count("checklist.shared_intro", 2))
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_checklists_page_shows_my_progress_and_where_to_continue(
    recorded: RecordedPage, served_site: str, lang: str
) -> None:
    language = LANGUAGES[lang]
    recorded.open(served_site + page_url(lang, TOOL_ADOPTION))
    tick(recorded.page, 0)
    adoption = ids(recorded.page)
    recorded.open(served_site + page_url(lang, WEEKLY))
    tick(recorded.page, 0)
    tick(recorded.page, 1)
    weekly = ids(recorded.page)
    index = served_site + page_url(lang, "checklists/index.md")
    recorded.open(index)
    page = recorded.page
    rows = {
        row.get_attribute("data-kb-page"): row for row in page.locator("table[data-kb-overview] tr[data-kb-page]").all()
    }
    section = [
        s for s in page_sources(DOCS, lang) if s.startswith("checklists/") and read_page(DOCS / lang / s).checklists
    ]
    assert sorted(rows) == sorted(section), "every checklist of the section, and only those"
    for source, done, items in ((TOOL_ADOPTION, 1, adoption), (WEEKLY, 2, weekly)):
        row = rows[source]
        progress = language.with_digits(strings(lang)["progress"].format(done=done, total=len(items)))
        assert row.locator(".kb-progress__text").inner_text() == progress
        assert row.locator("[role=progressbar]").get_attribute("aria-valuenow") == str(done)
        assert row.locator(".kb-overview__changed").inner_text() == written_date(page, language.date_locale)
        link = row.locator(".kb-overview__continue")
        assert link.inner_text() == strings(lang)["continue"]
        assert link.get_attribute("href").endswith(f"#item-{items[done]}"), "continue at the first unticked item"
    untouched = rows[HEALTH_CHECK]
    assert untouched.locator(".kb-overview__changed").inner_text() == strings(lang)["overview_never"]
    assert untouched.locator(".kb-overview__continue").inner_text() == strings(lang)["start"]
    target = urljoin(index, rows[WEEKLY].locator(".kb-overview__continue").get_attribute("href"))
    recorded.open(target)
    assert page.locator(f"#item-{weekly[2]}").is_visible()
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_health_check_scores_each_area_and_prints_the_date_and_sign_off(
    recorded: RecordedPage, served_site: str, lang: str, tmp_path: Path
) -> None:
    language = LANGUAGES[lang]
    recorded.open(served_site + page_url(lang, HEALTH_CHECK))
    page = recorded.page
    first_area = page.locator(".kb-checklist").first.locator("[data-kb-item]").count()
    tick(page, 0)
    tick(page, 1)
    percent = round(100 * 2 / first_area)
    shown = language.t("figure.percent", value=language.with_digits(str(percent)))
    chart = page.locator("[data-kb-score]")
    bar, track = (chart.locator(selector).first.bounding_box() for selector in (".kb-figure__bar", ".kb-figure__track"))
    assert bar["width"] == pytest.approx(track["width"] * percent / 100, abs=2)
    starts_right = language.direction == "rtl"
    edge = (bar["x"] + bar["width"], track["x"] + track["width"]) if starts_right else (bar["x"], track["x"])
    assert edge[0] == pytest.approx(edge[1], abs=1), "bars grow from the page's start side"
    assert chart.locator(".kb-figure__value").first.text_content() == shown
    tree = chart.aria_snapshot()
    area = page.locator(".kb-checklist").first.get_attribute("data-kb-heading")
    assert area in tree and shown in tree, tree
    printed = page.locator(".kb-print-date").text_content()
    assert printed == f"{strings(lang)['printed']}: {written_date(page, language.date_locale)}"
    assert set(printed) & ALL_DIGITS <= set(language.digits), "the date in the page's digits and calendar"
    document = printed_letters("".join(pdf_text(page, tmp_path / "health-check.pdf")))
    for text in (printed, strings(lang)["signoff"], shown, area):
        assert letters(text) in document, f"{text!r} is not in the printed page"
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_booklet_prints_every_checklist_and_template_each_on_its_own_sheet(
    recorded: RecordedPage, served_site: str, lang: str, tmp_path: Path
) -> None:
    recorded.open(served_site + page_url(lang, "checklists/booklet.md"))
    page = recorded.page
    sources = page.eval_on_selector_all(".kb-booklet-part", "h => h.map(e => e.dataset.kbSource)")
    expected = [
        text
        for source in sources
        for checklist in read_page(DOCS / lang / source).checklists
        for text, _, _ in checklist
    ]
    templates = [source for source in sources if source.startswith("templates/")]
    assert len(sources) == 9 and len(templates) == 4, "five checklists, then four templates"
    assert len(expected) == page.locator("[data-kb-item]").count()
    page.locator('[data-kb-field="intake-technology"]').fill(TYPED[lang])  # the intake form's own field
    recorded.reload()
    assert page.locator('[data-kb-field="intake-technology"]').input_value() == TYPED[lang]
    raci_check = page.locator('tr[data-kb-raci-row="website"] .kb-raci__flag').inner_text()
    assert raci_check == LANGUAGES[lang].strings["template"]["raci_none"], "the RACI check, in the booklet too"
    pages = pdf_text(page, tmp_path / "booklet.pdf")
    document = printed_letters("".join(pages))
    missing = [text for text in expected if letters(text) not in document]
    assert not missing, f"items missing from the printed booklet: {missing}"
    titles = [str(read_page(DOCS / lang / source).meta["title"]) for source in templates]
    assert all(letters(title) in document for title in titles), "every template is printed"
    assert letters(TYPED[lang]) in document, "with the entries typed"
    sheets = len(pages) - 1  # pdftotext ends every page with a form feed
    assert sheets >= len(sources), "each checklist starts on a sheet of its own"
    print(f"booklet {lang}: {sheets} pages")  # noted in the report
    assert not recorded.problems, "\n".join(recorded.problems)


def written_date(page: object, locale: str) -> str:
    """Today as the browser writes it for the language's date locale (kb/locales)."""
    return page.evaluate(
        "l => new Intl.DateTimeFormat(l, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date())", locale
    )
