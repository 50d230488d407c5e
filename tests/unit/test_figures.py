"""kb/figures.yml and its drawing (kb/content/figures.py, kb/content/figure_drawing.py):
every figure draws in every language, in its digits and direction, and a figures file with
a mistake is refused at the line to fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.content.figure_drawing import WIDTH, bar_geometry, figure_html
from kb.content.figures import FigureError, load_figures
from kb.content.pages import read_page
from kb.languages import LANGUAGES
from tests.support.digits import ALL_DIGITS

FIGURES = load_figures()


def drawn(name: str, lang: str) -> BeautifulSoup:
    return BeautifulSoup(figure_html(FIGURES[name], LANGUAGES[lang]), "html.parser")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_draws_in_every_language_with_its_digits(name: str, lang: str) -> None:
    figure = drawn(name, lang)
    svg = figure.select_one("svg")
    assert svg["aria-hidden"] == "true" and svg.has_attr("data-search-exclude")
    texts = " ".join(text.get_text() for text in svg.select("text")) + figure.get_text()
    others = ALL_DIGITS - set(LANGUAGES[lang].digits)
    assert not set(texts) & others, f"{name} in {lang} has digits of another language: {set(texts) & others}"
    assert FIGURES[name].title[lang] in figure.select_one("figcaption").get_text()


def test_a_chart_carries_its_numbers_as_text_too() -> None:
    table = drawn("it-survey", "fa").select_one("table.kb-visually-hidden")
    rows = [[cell.get_text() for cell in row.select("th, td")] for row in table.select("tr")]
    assert rows[0] == ["استخراج کلان‌داده برای هوش تجاری", "۶۱٪"]
    assert len(rows) == len(FIGURES["it-survey"].bars)


def test_right_to_left_figures_are_mirrored() -> None:
    def first_label_and_bar(lang: str) -> tuple[float, float]:
        svg = drawn("it-survey", lang).select_one("svg")
        bar = svg.select_one("rect.kb-figure__bar")
        return float(svg.select_one("tspan")["x"]), float(bar["x"]) + float(bar["width"])

    assert first_label_and_bar("en") == (0, pytest.approx(WIDTH * 0.61, abs=WIDTH * 0.1))
    label, bar_end = first_label_and_bar("ar")
    assert label == WIDTH and bar_end == WIDTH, "bars grow from the right edge, labels start there"
    heading = [text.get_text() for text in drawn("ownership-split", "fa").select("text.kb-figure__heading-text")]
    xs = [float(text.tspan["x"]) for text in drawn("ownership-split", "fa").select("text.kb-figure__heading-text")]
    assert heading[0] == FIGURES["ownership-split"].sides[0].heading["fa"] and xs[0] > xs[1], "first side on the right"


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_bar_geometry_the_script_reads_is_where_the_drawing_puts_a_bar(lang: str) -> None:
    """bar_geometry gives each position at 0 % and 100 % (checklists.js moves the score chart's
    bars between them): at the chart's value, it is where bars() drew the bar and its value."""
    figure = FIGURES["it-survey"]
    svg = drawn("it-survey", lang).select_one("svg")
    bar, value = svg.select_one("rect.kb-figure__bar"), svg.select_one("text.kb-figure__value tspan")
    figure_tag = BeautifulSoup(f"<figure{bar_geometry(LANGUAGES[lang])}></figure>", "html.parser").figure

    def at(attribute: str) -> float:
        start, end = (float(number) for number in figure_tag[attribute].split())
        return start + (end - start) * figure.bars[0].value / 100

    assert at("data-kb-bar-width") == pytest.approx(float(bar["width"]))
    assert at("data-kb-bar-x") == pytest.approx(float(bar["x"]))
    assert at("data-kb-value-x") == pytest.approx(float(value["x"]))


def test_markers_are_found_with_their_lines(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n\n<!-- figure: it-survey -->\n\ninline <!-- figure: x --> is not a marker\n"
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    assert read_page(tmp_path / "page.md").figures == [("it-survey", 5)]


GOOD = """\
chart:
  kind: bars
  unit: percent
  title: {en: Title, ar: عنوان, fa: عنوان}
  source: {en: Source, ar: مصدر, fa: منبع}
  bars:
    - value: 61
      label:
        en: One
        ar: واحد
        fa: یک
"""


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("        fa: یک\n", ""), 9, "chart: bars[0].label has no fa text: add 'fa: ...' beside the others"),
        (("value: 61", "value: 161"), 7, "chart: bars[0].value must be a number from 0 to 100"),
        (("kind: bars", "kind: pie"), 2, "chart: 'kind' must be one of bars, fraction, split, steps"),
        (("  unit: percent\n", "  unit: percent\n  colour: red\n"), 4, "chart: 'colour' is not used by a bars figure"),
        (("  source: {en: Source, ar: مصدر, fa: منبع}\n", ""), 2, "chart: a bars figure needs 'source'"),
        (("fa: عنوان}", "fa: عنوان, de: Titel}"), 4, "chart: title has text in 'de', which is not a site language"),
        (("chart:", "Chart_1:"), 1, "'Chart_1': name figures in lowercase-with-hyphens"),
        (("  kind: bars", "  kind: [bars"), 3, "not valid YAML"),
    ],
)
def test_a_figures_file_with_a_mistake_is_refused_at_its_line(
    tmp_path: Path, change: tuple[str, str], line: int, message: str
) -> None:
    path = tmp_path / "figures.yml"
    assert change[0] in GOOD
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(FigureError) as caught:
        load_figures(path)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert caught.value.message.startswith(message), caught.value.message


def test_the_file_the_mistakes_are_planted_in_loads(tmp_path: Path) -> None:
    path = tmp_path / "figures.yml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_figures(path)["chart"].bars[0].label == {"en": "One", "ar": "واحد", "fa": "یک"}
