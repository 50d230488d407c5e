"""Data and configuration are text: every string of the data files and of mkdocs.yml is printed
into pages (the header, the navigation, the footer, the <head>, the 404 page, figures and the
glossary), so none may hold markup or a bidirectional control character.

A tag, a comment or a character reference in a locale string, a glossary term, a figure label, an owner's name,
the copyright line or a navigation title would reach every page that shows it; a section
title holding `<div class="md-content">` would end the theme's navigation early. Problems are
reported against the YAML file and line that hold them, never against the pages that show
them: by `make check` (kb/checks/content.py) and by the build, before any page is rendered
(scripts/kb/plugin/features/source_files.py). What is left, quotes and ampersands, is escaped where it
is printed (scripts/kb/plugin/features/language_context.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from kb.content.figures import FIGURES_FILE
from kb.content.glossary import GLOSSARY_FILE
from kb.content.owners import OWNERS_FILE
from kb.content.pages import MARKUP, SAFE_LOADER
from kb.languages import LOCALES

BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def data_files(config_file: Path) -> list[Path]:
    """The YAML files whose strings the site prints: the locales, the glossary, the figures,
    the owners and mkdocs.yml."""
    return [*sorted(LOCALES.glob("*.yml")), GLOSSARY_FILE, FIGURES_FILE, OWNERS_FILE, config_file]


def _strings(node: yaml.Node) -> Iterator[yaml.ScalarNode]:
    """Every scalar of a YAML document, keys included (navigation titles are keys)."""
    stack = [node]
    while stack:  # iterative: a deeply nested file is no recursion error
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            for key, value in reversed(current.value):
                stack.extend([value, key])


def text_problems(path: Path) -> Iterator[tuple[int, str]]:
    """(line, message) for each string of a YAML file that holds markup or a bidirectional
    control. A file that cannot be read as YAML (invalid, or nested deeper than PyYAML's
    recursive reader goes) is left to the code that loads it, which names what is wrong."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, OSError, UnicodeDecodeError, RecursionError):
        return
    if root is None:
        return
    for scalar in _strings(root):
        if not isinstance(scalar.value, str) or scalar.tag.startswith("tag:yaml.org,2002:python/"):
            continue
        line = scalar.start_mark.line + 1
        if markup := MARKUP.search(scalar.value):
            yield (
                line,
                f"markup ('{markup.group()}') in {scalar.value[:50]!r}: the site prints this text into its pages "
                "as it is, so it must be plain text: write the words only",
            )
        if control := BIDI_CONTROL.search(scalar.value):
            yield (
                line,
                f"the bidirectional control character U+{ord(control.group()):04X} in {scalar.value[:50]!r} makes "
                "the text read in another order than it is written: delete it",
            )


def data_text_problems(config_file: Path) -> list[tuple[Path, int, str]]:
    """(file, line, message) for every data or configuration string that is not plain text."""
    return [(path, line, message) for path in data_files(config_file) for line, message in text_problems(path)]
