"""Draws a figure (kb/content/figures.py) for one language, as the HTML a page carries.

Each figure is a <figure> with three parts:
- an inline SVG: words in the page's language, numbers in its digits, laid out from the
  start side (mirrored for right-to-left), colours from CSS classes only
  (overrides/assets/stylesheets/figures.css: the theme's colours in both schemes, plain
  black and grey in print). It is aria-hidden and kept out of the search index, because
- a caption and the same facts as text (a table, lists), visually hidden but read by screen
  readers, found by search and used by anyone who cannot see the picture, carry everything
  the picture shows.
The SVG is sized in viewBox units (WIDTH wide) and scales with the page's column.
"""

from __future__ import annotations

from kb.content.figures import Figure, Text
from kb.content.partials import Markup, macro
from kb.languages import Language

WIDTH = 640
CHAR_WIDTH = 7.8  # a generous average at the figures' 15-unit font, Latin and Arabic script alike
LINE = 20  # baseline to baseline


PARTIAL = "kb-figures.html"  # overrides/partials/: the figures' markup


def part(name: str, *args: object) -> str:
    return macro(PARTIAL, name)(*args)


def number(value: float) -> str:
    return f"{value:g}"


def wrap(text: str, width: float) -> list[str]:
    """`text` broken at spaces into lines of at most `width` units (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width / CHAR_WIDTH:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


class Canvas:
    """SVG elements placed by their distance from the start side: on a right-to-left page
    every x is mirrored, and text (which inherits the page's direction) grows leftwards."""

    def __init__(self, language: Language, width: float = WIDTH) -> None:
        self.rtl = language.direction == "rtl"
        self.width = width
        self.parts: list[str] = []

    def x(self, x: float, width: float = 0) -> float:
        return self.width - x - width if self.rtl else x

    def rect(self, x: float, y: float, width: float, height: float, css: str, rounded: float = 0) -> None:
        sizes = (number(self.x(x, width)), number(y), number(width), number(height))
        self.parts.append(part("rect", css, *sizes, number(rounded) if rounded else ""))

    def text(self, x: float, y: float, lines: list[str], css: str, middle: bool = False) -> None:
        """Lines of text whose first baseline is at y; at x from the start side, or centred on x."""
        if not lines:
            return
        placed = [(number(self.x(x)), number(y + i * LINE), line) for i, line in enumerate(lines)]
        self.parts.append(part("text", css, middle, placed))

    def circle(self, x: float, y: float, radius: float, css: str) -> None:
        self.parts.append(part("circle", css, number(self.x(x)), number(y), number(radius)))

    def arrow(self, x: float, top: float, bottom: float) -> None:
        """A downward arrow at x from the start side."""
        x = self.x(x)
        points = f"{x - 5:g},{bottom - 8:g} {x + 5:g},{bottom - 8:g} {x:g},{bottom:g}"
        self.parts.append(part("arrow", number(x), number(top), number(bottom - 6), points))

    def svg(self, height: float) -> str:
        return part("svg", number(self.width), number(height), Markup("".join(self.parts)))


def bar_geometry(language: Language) -> str:
    """Where a bar chart's bars and values go as their value changes (the health check's score,
    which checklists.js moves with the reader's ticks): each as its position at 0 % and at 100 %,
    in between in proportion, as bars() places them. The script reads these (data-kb-bar-x,
    data-kb-bar-width, data-kb-value-x) instead of working out the geometry and the mirroring
    for right-to-left pages again."""
    canvas = Canvas(language)
    bar_x = (canvas.x(0, 0), canvas.x(0, BAR_LONGEST))
    value_x = (canvas.x(VALUE_GAP), canvas.x(BAR_LONGEST + VALUE_GAP))
    return (
        f' data-kb-bar-x="{bar_x[0]:g} {bar_x[1]:g}" data-kb-bar-width="0 {BAR_LONGEST:g}"'
        f' data-kb-value-x="{value_x[0]:g} {value_x[1]:g}"'
    )


def percent(value: float, language: Language) -> str:
    return language.t("figure.percent", value=language.with_digits(f"{value:g}"))


BAR_LONGEST = WIDTH - 64  # a bar at 100 %, leaving room for its value after it
VALUE_GAP = 8  # between a bar's end and its value


def bars(figure: Figure, language: Language) -> tuple[str, str]:
    canvas, lang, row = Canvas(language), language.code, 54
    for i, bar in enumerate(figure.bars):
        top, length = i * row, BAR_LONGEST * bar.value / 100
        canvas.text(0, top + 16, [bar.label[lang]], "kb-figure__label")
        canvas.rect(0, top + 24, BAR_LONGEST, 16, "kb-figure__track")
        canvas.rect(0, top + 24, length, 16, "kb-figure__bar")
        canvas.text(length + VALUE_GAP, top + 37, [percent(bar.value, language)], "kb-figure__value")
    rows = [(bar.label[lang], percent(bar.value, language)) for bar in figure.bars]
    return canvas.svg(len(figure.bars) * row), part("bars_table", rows)


def fraction(figure: Figure, language: Language) -> tuple[str, str]:
    """`part` of `whole` cells filled, and a sliver of the next: "more than one in three"."""
    size, gap = 56, 12
    canvas = Canvas(language, figure.whole * (size + gap) - gap)
    for i in range(figure.whole):
        canvas.rect(i * (size + gap), 0, size, size, "kb-figure__track", 6)
        if i < figure.part:
            canvas.rect(i * (size + gap), 0, size, size, "kb-figure__bar", 6)
    canvas.rect(figure.part * (size + gap), 0, size * 0.2, size, "kb-figure__bar")
    return canvas.svg(size), ""


def split(figure: Figure, language: Language) -> tuple[str, str]:
    canvas, lang, gap = Canvas(language), language.code, 40
    column = (WIDTH - gap) / 2
    items = [[wrap(item[lang], column - 36) for item in side.items] for side in figure.sides]
    box = 16 + LINE * max(sum(len(lines) for lines in side) for side in items)
    for i, side in enumerate(figure.sides):
        left = i * (column + gap)
        canvas.rect(left, 0, column, 40, "kb-figure__heading", 6)
        canvas.text(left + column / 2, 26, [side.heading[lang]], "kb-figure__heading-text", middle=True)
        canvas.rect(left, 48, column, box, "kb-figure__box", 6)
        y = 48 + 24
        for first, *more in items[i]:  # a bullet, and the lines it wraps onto aligned with its text
            canvas.text(left + 12, y, ["• " + first], "kb-figure__label")
            canvas.text(left + 24, y + LINE, more, "kb-figure__label")
            y += LINE * (1 + len(more))
        canvas.arrow(left + column / 2, 48 + box, 48 + box + 28)
    shared_top = 48 + box + 28
    canvas.rect(0, shared_top, WIDTH, 44, "kb-figure__shared", 6)
    canvas.text(WIDTH / 2, shared_top + 28, [figure.shared[lang]], "kb-figure__label", middle=True)
    sides = [(side.heading[lang], [item[lang] for item in side.items]) for side in figure.sides]
    return canvas.svg(shared_top + 46), part("split_facts", sides, figure.shared[lang])


def steps(figure: Figure, language: Language) -> tuple[str, str]:
    canvas, lang, indent, radius = Canvas(language), language.code, 48, 16
    y = 0.0
    for number, step in enumerate(figure.steps, start=1):
        lines = wrap(step[lang], WIDTH - indent - 24)
        height = 16 + LINE * len(lines)
        canvas.circle(radius + 2, y + height / 2, radius, "kb-figure__heading")
        canvas.text(
            radius + 2, y + height / 2 + 5, [language.with_digits(str(number))], "kb-figure__heading-text", True
        )
        canvas.rect(indent, y, WIDTH - indent, height, "kb-figure__box", 6)
        canvas.text(indent + 12, y + 24, lines, "kb-figure__label")
        y += height
        if number < len(figure.steps):
            canvas.arrow(radius + 2, y - height / 2 + radius, y + 24)
            y += 24
    width = (WIDTH - indent - 16) / len(figure.outcomes)
    wrapped = [wrap(outcome[lang], width - 24) for outcome in figure.outcomes]
    height = 16 + LINE * max(len(lines) for lines in wrapped)
    for i, lines in enumerate(wrapped):
        left = indent + i * (width + 16)
        canvas.arrow(left + width / 2, y, y + 28)
        canvas.rect(left, y + 28, width, height, "kb-figure__shared", 6)
        canvas.text(left + 12, y + 28 + 24, lines, "kb-figure__label")
    facts = part("steps_facts", texts(figure.steps, lang), texts(figure.outcomes, lang))
    return canvas.svg(y + 28 + height + 2), facts


def texts(items: tuple[Text, ...], lang: str) -> list[str]:
    return [item[lang] for item in items]


DRAW = {"bars": bars, "fraction": fraction, "split": split, "steps": steps}


def figure_html(figure: Figure, language: Language, attributes: str = "") -> str:
    """The figure's HTML; `attributes` go on the <figure> (a script's data-* settings)."""
    lang = language.code
    picture, facts = DRAW[figure.kind](figure, language)
    label = figure.label[lang] if figure.label else ""
    source = f"{language.t('figure.source')} {figure.source[lang]}" if figure.source else ""
    drawn = (Markup(picture), Markup(facts), figure.title[lang], label, source)
    return part("figure", figure.kind, figure.name, Markup(attributes), *drawn)
