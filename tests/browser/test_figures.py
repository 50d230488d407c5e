"""Charts and diagrams in a real browser: drawn from the page's start side, in its digits,
read by the accessibility tree through their text equivalent, and legible when printed.
(axe, the privacy check and the CSP check cover their pages with every other page.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.content.figures import load_figures
from kb.languages import LANGUAGES, page_url
from tests.support.browser import RecordedPage, letters, pdf_text, printed_letters
from tests.support.digits import ALL_DIGITS

SURVEY_PAGE = "why-it-matters/every-company-is-a-tech-company.md"
SURVEY = load_figures()["it-survey"]

# Where each drawn bar and the first label sit in the chart, as fractions of its width.
GEOMETRY = """figure => {
  const box = figure.querySelector("svg").getBoundingClientRect()
  const at = element => {
    const r = element.getBoundingClientRect()
    return [(r.left - box.left) / box.width, (r.right - box.left) / box.width]
  }
  return {
    bars: [...figure.querySelectorAll(".kb-figure__bar")].map(at),
    label: at(figure.querySelector(".kb-figure__label")),
    texts: [...figure.querySelectorAll("svg text")].map(t => t.textContent),
  }
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_charts_start_on_the_page_side_in_its_digits_and_read_as_text(
    recorded: RecordedPage, served_site: str, lang: str
) -> None:
    language = LANGUAGES[lang]
    recorded.open(served_site + page_url(lang, SURVEY_PAGE))
    page = recorded.page
    chart = page.locator('[data-kb-figure="it-survey"]')
    found = chart.evaluate(GEOMETRY)
    for left, right in found["bars"]:
        assert (left, right)[language.direction == "rtl"] == pytest.approx(
            0 if language.direction == "ltr" else 1, abs=0.01
        )
    label_left, label_right = found["label"]
    assert (label_right > 0.9) if language.direction == "rtl" else (label_left < 0.1), found["label"]
    widths = [right - left for left, right in found["bars"]]
    assert widths == sorted(widths, reverse=True), "bars are as long as their values (61 > 48 > 41 > 39)"
    digits = set("".join(found["texts"])) & ALL_DIGITS
    assert digits and digits <= set(language.digits), f"digits drawn: {digits}"
    # The picture is hidden from assistive technology; its facts are read from the text.
    tree = chart.aria_snapshot()
    first = SURVEY.bars[0]
    assert first.label[lang] in tree and language.t("figure.percent", value=language.with_digits("61")) in tree
    assert chart.locator("svg").aria_snapshot() == "", "the picture's words would be read twice"
    assert not recorded.problems, "\n".join(recorded.problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_printed_chart_keeps_its_labels_and_numbers(
    recorded: RecordedPage, served_site: str, lang: str, tmp_path: Path
) -> None:
    language = LANGUAGES[lang]
    recorded.open(served_site + page_url(lang, SURVEY_PAGE))
    document = printed_letters("".join(pdf_text(recorded.page, tmp_path / "chart.pdf")))
    for bar in SURVEY.bars:
        value = language.t("figure.percent", value=language.with_digits(f"{bar.value:g}"))
        label = letters(bar.label[lang])
        assert label in document, f"{bar.label[lang]!r} is not in the printed page"
        assert letters(value) in document, f"{value!r} is not in the printed page"
    assert recorded.page.locator(".kb-figure table").evaluate("t => getComputedStyle(t).display") == "none", (
        "in print the picture carries the facts; the text equivalent would print them twice"
    )
