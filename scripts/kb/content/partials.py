"""Markup the build writes into pages, rendered from Jinja partials under overrides/partials/
(the theme's folder, where the rest of the site's markup is), so that it is written once, in
HTML, with its escaping done by Jinja, whichever path renders it: the Markdown extensions under
MkDocs with our plugin, or under a generator without it (kb/markdown/page.py).

Each partial is a set of macros; `macro("kb-checklists.html", "item")` is one, called with its
arguments, returning its HTML as a str. Values that are HTML already go in as Markup.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import jinja2
from markupsafe import Markup

from kb.project import ROOT

PARTIALS = ROOT / "overrides" / "partials"

__all__ = ["Markup", "macro"]


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(PARTIALS), autoescape=True, undefined=jinja2.StrictUndefined
    )


@functools.lru_cache(maxsize=64)
def _module(template: str, modified_ns: int) -> object:
    """Keyed by the file's modification time too: `mkdocs serve` rebuilds after an edit."""
    return _environment().get_template(template).module


def macro(template: str, name: str) -> Callable[..., str]:
    """The macro `name` of the partial `template`, as a function returning its HTML."""
    found = getattr(_module(template, (PARTIALS / template).stat().st_mtime_ns), name, None)
    if found is None:
        raise LookupError(f"overrides/partials/{template} has no macro {name!r}")
    return lambda *args, **kwargs: str(found(*args, **kwargs))
