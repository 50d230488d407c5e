"""One way to write a day per language: the build's "last updated" date (revision_date.py,
Babel or jdatetime) and the browser's dates (checklists.js: printed on, last changed; the
Intl.DateTimeFormat of Node here, as in Chromium) both come from the language's date_locale in
scripts/kb/locales/<lang>.yml, and write the same day alike."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kb.languages import LANGUAGES
from kb.plugin.features.revision_date import babel_locale, date_html, long_date, tag_calendar, written_date

DAYS = ["2026-01-01", "2026-03-20", "2026-03-21", "2026-12-06", "2027-09-22"]  # Nowruz and month ends among them
INTL = """
const [locale, days] = JSON.parse(process.argv[1])
const write = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })
console.log(JSON.stringify(days.map((day) => write.format(new Date(day + "T00:00:00Z")))))
"""


def browser_dates(locale: str) -> list[str]:
    node = shutil.which("node")
    assert node, "Node.js is part of the setup (make setup)"
    result = subprocess.run([node, "-e", INTL, json.dumps([locale, DAYS])], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_build_and_the_browser_write_a_day_alike(lang: str) -> None:
    language = LANGUAGES[lang]
    built = [
        language.with_digits(long_date(datetime.fromisoformat(day).replace(tzinfo=UTC), language.date_locale))
        for day in DAYS
    ]
    assert built == browser_dates(language.date_locale)


def test_the_tag_names_the_locale_and_the_calendar() -> None:
    assert babel_locale("de-AT-u-ca-gregory-nu-latn") == "de_AT" and babel_locale("en-GB") == "en_GB"
    assert tag_calendar("th-TH-u-ca-buddhist-nu-thai") == "buddhist" and tag_calendar("ar-u-nu-latn") == "gregory"
    # kb/locales' `calendar` (still loaded by kb.languages) says what the tag says
    for language in LANGUAGES.values():
        assert (language.calendar == "solar-hijri") == (tag_calendar(language.date_locale) == "persian")


def test_a_date_is_remembered_by_what_it_is_written_with_not_by_the_language_code() -> None:
    """The cached dates are keyed by the language's date_locale and digits: English with other
    settings (another build's configuration, in the same process) never gets the project's text."""
    when = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    english = LANGUAGES["en"]
    other = replace(english, digits=LANGUAGES["fa"].digits, date_locale="en-US")
    assert date_html(when, english) == (
        '<span class="kb-revision-date" title="6 December 2026 09:30:00 UTC">6 December 2026</span>'
    )
    assert date_html(when, other) == (
        '<span class="kb-revision-date" title="December ۶, ۲۰۲۶ ۰۹:۳۰:۰۰ UTC">December ۶, ۲۰۲۶</span>'
    )
    assert written_date(when.date(), english) == "6 December 2026"
    assert written_date(when.date(), other) == "December ۶, ۲۰۲۶"
