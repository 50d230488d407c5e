"""Fillable templates in a real browser (kb/markdown/forms.py, templates.js): entries kept over a
reload and across languages, the RACI sheet's check in the reader's language, print with the
entries and the sign-off lines, axe in both schemes, a shared link adopted in another language,
and damaged storage and links that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kb.languages import LANGUAGES, page_url
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

STORAGE_KEY = "marketing-it-kb:templates:v1"
RACI = "templates/raci-sheet.md"
INTAKE = "templates/new-technology-intake-form.md"
AGENDA = "templates/weekly-leadership-meeting-agenda.md"
ROADMAP = "templates/joint-roadmap-one-pager.md"
TEMPLATES = {  # each template, with two of its fields a test fills in
    RACI: ("raci-agreed-by", "raci-next-review"),
    INTAKE: ("intake-technology", "intake-need"),
    AGENDA: ("agenda-attendees", "agenda-decisions"),
    ROADMAP: ("roadmap-period", "roadmap-risks"),
}


def template(lang: str) -> dict[str, str]:
    return LANGUAGES[lang].strings["template"]


def field(page: object, key: str) -> object:
    return page.locator(f'[data-kb-field="{key}"]')


def stored(page: object) -> dict[str, str]:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}') || '{{}}'"))


def flag(page: object, row: str) -> str:
    return page.locator(f'tr[data-kb-raci-row="{row}"] .kb-raci__flag').inner_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_raci_sheet_checks_each_row_keeps_entries_and_prints_them(
    recorded: RecordedPage, served_site: str, lang: str, tmp_path: Path
) -> None:
    """One page load per language: the check, a reload, the other languages, axe, print."""
    words = template(lang)
    recorded.open(served_site + page_url(lang, RACI))
    page = recorded.page
    assert flag(page, "website") == words["raci_none"], "a row with no A is flagged from the start"
    field(page, "website.marketing").select_option("AR")
    field(page, "website.it").select_option("R")
    assert flag(page, "website") == "", "one A (as A+R): settled"
    live = page.locator(".kb-raci__status")
    row_name = page.locator("#kb-row-website").inner_text().strip()
    assert live.inner_text() == f"{row_name}: {words['raci_ok']}", "the change is announced"
    field(page, "website-hosting.marketing").select_option("A")
    field(page, "website-hosting.it").select_option("A")
    assert flag(page, "website-hosting") == words["raci_many"]
    assert field(page, "website-hosting.it").get_attribute("aria-invalid") == "true"
    hosting = page.locator("#kb-row-website-hosting").inner_text().strip()
    assert live.inner_text() == f"{hosting}: {words['raci_many']}"
    assert live.get_attribute("role") == "status"
    described = field(page, "website-hosting.it").evaluate(
        "s => document.getElementById(s.getAttribute('aria-describedby')).textContent"
    )
    assert described == words["raci_many"], "a screen reader hears the row's check with each cell"
    field(page, "raci-agreed-by").fill(TYPED[lang])
    field(page, "raci-next-review").fill("2027-01-15")

    recorded.reload()
    assert field(page, "website.marketing").input_value() == "AR"
    assert field(page, "website-hosting.it").input_value() == "A"
    assert field(page, "raci-agreed-by").input_value() == TYPED[lang]
    assert field(page, "raci-next-review").input_value() == "2027-01-15"
    assert flag(page, "website-hosting") == words["raci_many"] and flag(page, "website") == ""

    page.evaluate("window.scrollTo(0, 0)")  # as a reader arrives: the theme's "back to top" button hidden
    backgrounds = set()
    for scheme in ("light", "dark"):  # filled, flagged and announced, in both colour schemes
        backgrounds.add(set_scheme(page, scheme))
        violations = axe_violations(page, within=".md-content")
        assert not violations, f"{scheme}:\n" + "\n".join(violations)
    assert len(backgrounds) == 2, "the dark scheme was not applied"
    set_scheme(page, "light")

    date = page.evaluate(
        "l => new Intl.DateTimeFormat(l, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2027-01-15'))",
        LANGUAGES[lang].date_locale,
    )
    document = printed_letters("".join(pdf_text(page, tmp_path / "raci.pdf")))
    checklist = LANGUAGES[lang].strings["checklist"]
    printed = page.locator(".kb-print-date").text_content()
    assert printed.startswith(checklist["printed"] + ": "), "the day it was printed, in the page's language"
    for text in (TYPED[lang], date, words["raci_many"], checklist["signoff"], checklist["name"], hosting, printed):
        assert letters(text) in document, f"{text!r} is not in the printed sheet"
    page.evaluate("document.documentElement.classList.add('kb-print-blank')")  # what "Print blank" sets
    blank = printed_letters("".join(pdf_text(page, tmp_path / "blank.pdf")))
    assert letters(TYPED[lang]) not in blank and letters(words["raci_many"]) not in blank
    assert letters(checklist["signoff"]) in blank and letters(hosting) in blank, "a blank sheet keeps its lines"

    codes = list(LANGUAGES)
    other = codes[(codes.index(lang) + 1) % len(codes)]  # the next language (Arabic to Persian): the same fields
    page.emulate_media(media="screen")
    recorded.open(served_site + page_url(other, RACI))
    assert field(page, "raci-agreed-by").input_value() == TYPED[lang]
    assert field(page, "website.marketing").input_value() == "AR"
    assert flag(page, "website-hosting") == template(other)["raci_many"], "flagged in that page's language"
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize(
    ("source", "sender", "reader"),
    [(RACI, "ar", "fa"), (INTAKE, "fa", "en"), (AGENDA, "en", "ar"), (ROADMAP, "ar", "en")],
)
def test_each_template_keeps_entries_and_shares_them_with_another_language(
    browser: object, served_site: str, source: str, sender: str, reader: str
) -> None:
    first, second = TEMPLATES[source]
    sharing = RecordedPage(browser, served_site, permissions=["clipboard-read", "clipboard-write"])
    try:
        sharing.open(served_site + page_url(sender, source))
        page = sharing.page
        values = {first: TYPED[sender], second: "2027-03-01" if second.endswith("review") else "A, B: 50%\n؟ & #"}
        for key, value in values.items():
            field(page, key).fill(value)
        sharing.reload()
        assert {key: field(page, key).input_value() for key in values} == values, "kept over a reload"
        assert stored(page) == values
        page.get_by_role("button", name=template(sender)["share"]).click()
        expect(page.locator(".kb-form-tools .kb-status")).to_have_text(template(sender)["share_copied"])
        link = page.evaluate("navigator.clipboard.readText()")
        assert not sharing.problems, "\n".join(sharing.problems)
    finally:
        sharing.context.close()

    opening = RecordedPage(browser, served_site)  # another browser, with an entry of its own
    try:
        url = served_site + page_url(reader, source)
        opening.open(url)
        page = opening.page
        field(page, first).fill("mine")
        opening.open(url + link[link.index("#") :])
        offer = page.get_by_role("group", name=template(reader)["shared_adopt"])
        assert offer.inner_text().startswith(LANGUAGES[reader].count("template.shared_intro", 2))
        assert field(page, first).input_value() == "mine" and stored(page) == {first: "mine"}, "mine until I choose"
        mark = page.locator(f"#kb-shared-kb-field-{first}")
        assert mark.inner_text() == template(reader)["shared_value"].format(value=values[first])
        assert mark.get_attribute("id") in field(page, first).get_attribute("aria-describedby"), "heard with the field"
        for scheme in ("light", "dark"):  # the offer and the link's values, in both colour schemes
            set_scheme(page, scheme)
            assert not axe_violations(page, within=".kb-shared, .kb-form"), scheme
        page.keyboard.press("Enter")  # the offer's first button has the focus: "Use these entries"
        assert {key: field(page, key).input_value() for key in values} == values
        assert stored(page) == values and "#" not in page.url
        assert (
            page.locator(".kb-field__shared").count() == 0
            and field(page, first).get_attribute("aria-describedby") is None
        )
        assert page.locator(".kb-form-tools .kb-status").inner_text() == template(reader)["shared_adopted"]
        assert not opening.problems, "\n".join(opening.problems)
    finally:
        opening.context.close()


def forged(body: str) -> str:
    return f"#kb-fields={body}!{link_check(body)}"


CORRUPT = ["{not json", "[1, 2, 3]", '{"intake-need": 5, "intake-technology": {"a": 1}}', '"a string"', "null"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_damaged_storage_and_damaged_links_change_nothing(recorded: RecordedPage, served_site: str, lang: str) -> None:
    url = served_site + page_url(lang, INTAKE)
    recorded.open(url)
    page = recorded.page
    for value in CORRUPT:  # one tab for all: each value replaces the last
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, value])
        recorded.reload()
        assert field(page, "intake-need").input_value() == "", value
        field(page, "intake-need").fill("kept")
        recorded.reload()
        assert field(page, "intake-need").input_value() == "kept", value
    valid = forged("intake-need:" + "x")
    damaged = {
        "cut short": valid[:-3],
        "altered": valid.replace("x!", "y!"),
        "no check": "#kb-fields=intake-need:x",
        "unknown field": forged("intake-budgets:x"),
        "inherited name": forged("__proto__:x"),
        "repeated": forged("intake-need:x,intake-need:y"),
        "broken escape": forged("intake-need:%E0%A4%A"),
        "another page's field": forged("raci-agreed-by:x"),
    }
    for kind, fragment in damaged.items():
        page.goto("about:blank")  # a new load: from the same page, only the fragment would change
        recorded.open(url + fragment)
        assert page.locator(".kb-form-tools .kb-status").inner_text() == template(lang)["shared_invalid"], kind
        assert page.locator(".kb-shared").count() == 0, kind
        assert field(page, "intake-need").input_value() == "kept", kind
    assert stored(page) == {"intake-need": "kept"}
    page.goto("about:blank")
    recorded.open(url + valid)  # well formed, of this page: offered
    expect(page.get_by_role("group", name=template(lang)["shared_adopt"])).to_be_visible()
    assert not recorded.problems, "\n".join(recorded.problems)


def test_copy_as_text_marks_right_to_left_lines_and_clear_asks_first(recorded: RecordedPage, served_site: str) -> None:
    recorded.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site.rstrip("/"))
    recorded.open(served_site + page_url("fa", RACI))
    page = recorded.page
    field(page, "analytics.it").select_option("A")
    field(page, "raci-agreed-by").fill(TYPED["fa"])
    page.get_by_role("button", name=LANGUAGES["fa"].strings["checklist"]["copy"]).click()
    expect(page.locator(".kb-form-tools .kb-status")).to_have_text(LANGUAGES["fa"].strings["checklist"]["copied"])
    text = page.evaluate("navigator.clipboard.readText()")
    lines = [line for line in text.split("\n") if line]
    assert all(line.startswith("\u200f") and not line.startswith("\u200f\u200f") for line in lines), lines
    label = page.locator('label[for="kb-field-raci-agreed-by"]').inner_text().strip()
    analytics = page.locator("#kb-row-analytics").inner_text().strip()
    assert f"\u200f- {label}: {TYPED['fa']}\n" in text
    assert f"\u200f- {analytics}: {page.locator('#kb-role-marketing-it-it').inner_text().strip()} A\n" in text
    assert f"({template('fa')['raci_none']})" in text, "an unsettled row says so"
    clear = page.get_by_role("button", name=template("fa")["clear"], exact=True)
    page.once("dialog", lambda dialog: dialog.dismiss())
    clear.click()
    assert field(page, "raci-agreed-by").input_value() == TYPED["fa"], "cleared without consent"
    page.once("dialog", lambda dialog: dialog.accept())
    clear.click()
    assert field(page, "raci-agreed-by").input_value() == "" and field(page, "analytics.it").input_value() == ""
    assert stored(page) == {} and flag(page, "analytics") == template("fa")["raci_none"]
    assert not recorded.problems, "\n".join(recorded.problems)
