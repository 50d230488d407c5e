"""The site's charts and diagrams as data, read from kb/figures.yml: each figure's numbers
once, its words in every language. A page places one with a line `<!-- figure: NAME -->`
(MARKER, like the glossary's table marker); the build draws it there in the page's language
(kb/content/figure_drawing.py, scripts/kb/markdown/figures.py), and `make check` names the line
of a marker or a figure that cannot be drawn (kb/checks/content.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb.content.data_file import DataFileError
from kb.languages import LANGUAGES
from kb.project import ROOT

FIGURES_FILE = Path(__file__).resolve().parent.parent / "figures.yml"
MARKER = re.compile(r"^<!-- figure: (\S*) -->$", re.M)  # on a line of its own
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = {  # kind -> its keys besides kind and title: texts, lists of texts, numbers, others
    "bars": ("source", "unit", "bars"),
    "fraction": ("source", "label", "part", "whole"),
    "split": ("sides", "shared"),
    "steps": ("steps", "outcomes"),
}


class FigureError(DataFileError):
    """A figures file that cannot be drawn, with the line to look at."""


Text = dict[str, str]  # language -> the words


@dataclass(frozen=True)
class Bar:
    value: float
    label: Text


@dataclass(frozen=True)
class Side:
    heading: Text
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Figure:
    name: str
    kind: str
    title: Text
    source: Text | None = None
    label: Text | None = None
    bars: tuple[Bar, ...] = ()
    part: int = 0
    whole: int = 0
    sides: tuple[Side, ...] = ()
    shared: Text | None = None
    steps: tuple[Text, ...] = ()
    outcomes: tuple[Text, ...] = ()


class _Reader:
    """Turns the YAML nodes of one figure into a Figure, naming the line of what is wrong."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name

    def fail(self, node: yaml.Node, message: str) -> FigureError:
        return FigureError(self.path, node.start_mark.line + 1, f"{self.name}: {message}")

    def mapping(self, node: yaml.Node, where: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{where} must be a mapping")
        return {str(key.value): value for key, value in node.value}

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise self.fail(node, f"{where} must be a list with at least one entry")
        return list(node.value)

    def text(self, node: yaml.Node, where: str) -> Text:
        entries = self.mapping(node, f"{where} (its text in {', '.join(LANGUAGES)})")
        for lang in LANGUAGES:
            value = entries.get(lang)
            if value is None or not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
                raise self.fail(node, f"{where} has no {lang} text: add '{lang}: ...' beside the others")
        if extra := sorted(set(entries) - set(LANGUAGES)):
            raise self.fail(entries[extra[0]], f"{where} has text in '{extra[0]}', which is not a site language")
        return {lang: str(entries[lang].value).strip() for lang in LANGUAGES}

    def number(self, node: yaml.Node, where: str, low: float, high: float) -> float:
        try:
            value = float(node.value) if isinstance(node, yaml.ScalarNode) else None
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise self.fail(node, f"{where} must be a number from {low:g} to {high:g}")
        return value

    def figure(self, node: yaml.Node) -> Figure:
        keys = self.mapping(node, "a figure")
        kind = keys.get("kind")
        if kind is None or kind.value not in KINDS:
            raise self.fail(kind or node, f"'kind' must be one of {', '.join(KINDS)}")
        wanted = {"kind", "title", *KINDS[kind.value]}
        for key in wanted - set(keys):
            raise self.fail(node, f"a {kind.value} figure needs '{key}'")
        for key in set(keys) - wanted:
            raise self.fail(keys[key], f"'{key}' is not used by a {kind.value} figure")
        found: dict[str, Any] = {"name": self.name, "kind": kind.value, "title": self.text(keys["title"], "title")}
        for key in ("source", "label", "shared"):
            if key in keys:
                found[key] = self.text(keys[key], key)
        if "unit" in keys and keys["unit"].value != "percent":
            raise self.fail(keys["unit"], "'unit' must be 'percent' (the only unit drawn so far)")
        if "bars" in keys:
            found["bars"] = tuple(
                self.bar(entry, f"bars[{i}]") for i, entry in enumerate(self.sequence(keys["bars"], "bars"))
            )
        if "whole" in keys:
            found["whole"] = int(self.number(keys["whole"], "whole", 2, 10))
            found["part"] = int(self.number(keys["part"], "part", 1, found["whole"] - 1))
        if "sides" in keys:
            sides = self.sequence(keys["sides"], "sides")
            if len(sides) != 2:
                raise self.fail(keys["sides"], "a split has two sides")
            found["sides"] = tuple(self.side(side, f"sides[{i}]") for i, side in enumerate(sides))
        for key in ("steps", "outcomes"):
            if key in keys:
                found[key] = tuple(
                    self.text(entry, f"{key}[{i}]") for i, entry in enumerate(self.sequence(keys[key], key))
                )
        return Figure(**found)

    def bar(self, node: yaml.Node, where: str) -> Bar:
        keys = self.mapping(node, where)
        for key in ("value", "label"):
            if key not in keys:
                raise self.fail(node, f"{where} needs '{key}'")
        return Bar(self.number(keys["value"], f"{where}.value", 0, 100), self.text(keys["label"], f"{where}.label"))

    def side(self, node: yaml.Node, where: str) -> Side:
        keys = self.mapping(node, where)
        if "heading" not in keys or "items" not in keys:
            raise self.fail(node, f"{where} needs 'heading' and 'items'")
        items = self.sequence(keys["items"], f"{where}.items")
        return Side(
            self.text(keys["heading"], f"{where}.heading"),
            tuple(self.text(item, f"{where}.items[{i}]") for i, item in enumerate(items)),
        )


@cache
def load_figures(path: Path = FIGURES_FILE) -> dict[str, Figure]:
    """Every figure by name; FigureError names the file and line of the first problem."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise FigureError(path, mark.line + 1 if mark else 1, f"not valid YAML: {error}") from None
    if root is None:
        return {}
    _Reader(path, "the file").mapping(root, "the file")
    figures = {}
    for key, node in root.value:
        if not NAME.match(str(key.value)):
            raise FigureError(path, key.start_mark.line + 1, f"'{key.value}': name figures in lowercase-with-hyphens")
        figures[str(key.value)] = _Reader(path, str(key.value)).figure(node)
    return figures


def unknown_figure(name: str, figures: dict[str, Figure]) -> str:
    """What the build and `make check` say of a marker naming no figure."""
    return f"no figure '{name}' in {FIGURES_FILE.relative_to(ROOT)}: write one of {', '.join(sorted(figures))}"
