"""Silence static-i18n's warning about the language switcher and instant navigation.

static-i18n warns that its per-page switcher links go stale under navigation.instant,
because instant navigation does not redraw the header. This site handles exactly that:
overrides/partials/alternate.html makes the links plain page loads and
overrides/assets/javascripts/language-switcher.js refreshes them after every instant
navigation (tests/browser/test_language_switching.py checks it). Left alone, the warning would fail
`mkdocs build --strict`; only this one message is dropped.
"""

from __future__ import annotations

import logging

HANDLED_WARNING = "language switcher contextual link is not compatible with theme.features = navigation.instant"


def drop_handled_warning(record: logging.LogRecord) -> bool:
    return HANDLED_WARNING not in record.getMessage()


def on_startup(command: str, dirty: bool) -> None:
    """The same function each time, so that the logger has it once however often MkDocs starts."""
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(drop_handled_warning)
