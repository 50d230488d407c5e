"""When each page was last reviewed, by whom it should be, and when it is due again: one answer
for the site (scripts/kb/plugin/features/reviews.py), `make reviews` and `make check`.

An English page's front matter says

    owner: marketing-operations      a key of kb/owners.yml: a team or a role, never a person
    reviewed: 2026-06-15             the day someone who answers for it last checked it
    review_interval_days: 180        optional: its own interval, instead of the site's

The site's interval is the kb plugin's `review_interval_days` in mkdocs.yml (DEFAULT_INTERVAL_DAYS
when it says none). A page is *overdue* the day after `reviewed` + interval, and *due soon* when
that day comes within DUE_SOON_DAYS. Arabic and Persian pages take all three from their English
page and never carry their own (`make check` says so), so that adding or changing them never
makes a translation stale: translations.body_hash hashes the body, not the front matter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kb.content.pages import PageError
from kb.content.translations import english_sources, read_meta
from kb.languages import Language, default_language, given_or_project
from kb.project import mkdocs_settings, plugin_settings

DEFAULT_INTERVAL_DAYS = 365  # the plugin's default; mkdocs.yml shows the value it uses
DUE_SOON_DAYS = 30  # `make reviews` lists pages due within this many days
REVIEW_KEYS = ("owner", "reviewed", "review_interval_days")  # English pages only
OVERDUE, DUE_SOON, CURRENT = "overdue", "due soon", "current"


@dataclass(frozen=True)
class Review:
    source: str  # "tools/seo.md"
    owner: str | None  # its key in kb/owners.yml
    reviewed: date | None
    interval_days: int

    @property
    def due(self) -> date | None:
        return self.reviewed + timedelta(days=self.interval_days) if self.reviewed else None

    def state(self, today: date) -> str:
        """OVERDUE after its due day, DUE_SOON within DUE_SOON_DAYS of it, else CURRENT (also
        for a page without a review date, which `make check` names instead)."""
        if self.due is None:
            return CURRENT
        if today > self.due:
            return OVERDUE
        return DUE_SOON if (self.due - today).days <= DUE_SOON_DAYS else CURRENT


def review_of(source: str, meta: dict[str, Any], default_interval: int) -> Review:
    """The review facts of an English page's front matter. Wrong types are the front-matter
    allowlist's to refuse (kb/content/pages.py), so they read as missing here."""
    owner, reviewed, interval = (meta.get(key) for key in REVIEW_KEYS)
    return Review(
        source,
        owner if isinstance(owner, str) else None,
        reviewed if type(reviewed) is date else None,  # a datetime is not a day
        interval if isinstance(interval, int) and not isinstance(interval, bool) and interval > 0 else default_interval,
    )


def english_review(
    docs: Path, source: str, default_interval: int, languages: Mapping[str, Language] | None = None
) -> Review:
    """The review facts of docs/en/<source>, for it and its translations (none if unreadable),
    among `languages` (a build's; None: the project's)."""
    try:
        meta = read_meta(docs / default_language(given_or_project(languages)) / source)
    except (OSError, PageError):
        meta = {}
    return review_of(source, meta, default_interval)


def site_reviews(docs: Path, default_interval: int, config_file: Path | None = None) -> list[Review]:
    """Every English page's review facts, in navigation order."""
    return [english_review(docs, source, default_interval) for source in english_sources(docs, config_file)]


def configured_interval(config_file: Path) -> int:
    """The site's review interval as mkdocs.yml gives it to the kb plugin (its default if unset),
    for the tools that run without a build (`make reviews`)."""
    value = plugin_settings(mkdocs_settings(config_file), "kb").get("review_interval_days")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else DEFAULT_INTERVAL_DAYS
