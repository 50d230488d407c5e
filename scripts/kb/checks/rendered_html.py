"""The build's HTML policy before the build, at the source line: each page's Markdown is
rendered with the project's Markdown extensions (mkdocs.yml) and judged by
kb.content.html_policy, as scripts/kb/plugin/output/html_policy.py judges the built page."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import markdown

from kb.content.html_policy import findings, source_line
from kb.content.pages import read_source, split_front_matter
from kb.project import read_mkdocs_config


@cache
def markdown_renderer(config_file: Path) -> markdown.Markdown:
    """Markdown with mkdocs.yml's extensions; options given by !!python tags (a slug function)
    are left at their defaults, which changes IDs, not what HTML an element becomes."""
    names: list[str] = []
    options: dict[str, dict[str, Any]] = {}
    for entry in read_mkdocs_config(config_file).get("markdown_extensions") or []:
        if isinstance(entry, dict):
            for name, settings in entry.items():
                names.append(name)
                options[name] = {k: v for k, v in (settings or {}).items() if v is not None}
        else:
            names.append(str(entry))
    return markdown.Markdown(extensions=names, extension_configs=options)


# Rendered findings by page text: `make check` runs once, but the tests check many copies
# of the same pages, and rendering is most of the checks' time.
_judged: dict[tuple[int, str], list[tuple[int, str]]] = {}


def policy_problems(path: Path, renderer: markdown.Markdown) -> Iterator[tuple[int, str]]:
    """(line, message) for what the page's rendered body holds that the policy would remove."""
    source = read_source(path)
    key = (id(renderer), source)
    if key not in _judged:
        _, first_body_line, body = split_front_matter(source)
        renderer.reset()
        found = findings(renderer.convert("\n".join(body)))
        _judged[key] = [(source_line(finding, source, first_body_line), str(finding)) for finding in found]
    yield from _judged[key]
