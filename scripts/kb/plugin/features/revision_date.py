"""The "Last updated" date under each page: its last git commit, in the page's language.

One `git log` per build gives every page's last commit (the git-revision-date plugin this
replaces ran git once per page: a sixth of the build time on a large site). Material shows
`page.meta.revision_date` under the page. The day is written as the language's
`date_locale` (kb/locales/<lang>.yml, a BCP 47 tag) says, the same key checklists.js hands
the browser's Intl.DateTimeFormat for the dates it writes (printed on, last changed), so that
both write a day alike («6 December 2026», «۱۵ آذر ۱۴۰۵»; tests/unit/test_languages.py runs
both): the month named by Babel in the tag's language and region, or by jdatetime in the
Persian calendar when the tag asks for it (-u-ca-persian), with the language's digits. A page git does not know
(not committed yet, a copy without .git, or git missing) shows the build date instead; a
shallow clone shows the date of its one commit. Neither is an error, so `mkdocs build --strict` stays clean everywhere.
"""

from __future__ import annotations

import functools
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

import jdatetime
from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.partials import macro
from kb.languages import Language, page_language, written_with

PARTIAL = "kb-revision-date.html"  # overrides/partials/: the date's markup


class Started(Protocol):
    started: datetime  # when the build began: the date of a page git does not know


def last_commit_times(docs: Path) -> dict[str, int]:
    """{docs-relative path: Unix time of the newest commit touching it}; {} without git history."""
    command = [
        "git",
        "-c",
        "core.quotePath=false",
        "-C",
        str(docs),
        "log",
        "--format=%x00%ct",
        "--name-only",
        "--relative",
        "--no-renames",
        "--",
        ".",
    ]
    try:
        log = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError:  # no git on this machine
        return {}
    if log.returncode != 0:  # not a repository
        return {}
    times: dict[str, int] = {}
    for commit in log.stdout.split("\0")[1:]:  # newest first
        stamp, *paths = commit.strip().splitlines()
        for path in paths:
            times.setdefault(path, int(stamp))
    return times


def babel_locale(tag: str) -> str:
    """ "de-AT-u-ca-gregory-nu-latn" -> "de_AT": the tag's language and region, as Babel names them."""
    return tag.split("-u-")[0].replace("-", "_")


def tag_calendar(tag: str) -> str:
    """ "th-TH-u-ca-buddhist-nu-thai" -> "buddhist"; "gregory" when the tag names none."""
    found = re.search(r"-u-(?:.+-)?ca-([a-z0-9]+)", tag)
    return found.group(1) if found else "gregory"


def long_date(when: date, tag: str) -> str:
    """The day (a date, or a datetime's day; without the language's digits) as a language's
    `date_locale` tag writes it in a long date: «15 آذر 1405» in the Persian calendar, «6 December 2026» for en-GB."""
    if tag_calendar(tag) == "persian":
        day = jdatetime.date.fromgregorian(date=when.date() if isinstance(when, datetime) else when)
        return f"{day.day} {jdatetime.date.j_months_fa[day.month - 1]} {day.year}"
    return format_date(when, format="long", locale=babel_locale(tag))


# Cached by what the text depends on, the language's date_locale and digits, not by its code:
# two builds with other language settings in one process (tests, `mkdocs serve`) never share an entry.
@functools.lru_cache(maxsize=1024)  # many pages share a review date, and Babel is slow
def _written_date(day: date, tag: str, digits: str) -> str:
    return written_with(long_date(day, tag), digits)


def written_date(day: date, language: Language) -> str:
    """The day as a reader of the language reads it, in its calendar and digits («۴ آذر ۱۴۰۵»):
    the review dates of kb/plugin/features/reviews.py."""
    return _written_date(day, language.date_locale, language.digits)


@functools.lru_cache(maxsize=1024)  # many pages share a commit, and Babel is slow
def _date_texts(when: datetime, tag: str, digits: str) -> tuple[str, str]:
    day = long_date(when, tag)
    return written_with(day, digits), written_with(f"{day} {when:%H:%M:%S} UTC", digits)


def date_html(when: datetime, language: Language) -> str:
    """The commit time as the language writes its day, the time in UTC on hover. The texts are
    cached; the markup is rendered each time (cheap), so that `mkdocs serve` shows an edited partial."""
    day, title = _date_texts(when, language.date_locale, language.digits)
    return macro(PARTIAL, "date")(day, title)


def on_pre_build(config: MkDocsConfig) -> dict[str, int]:
    """The last commit time of each file, by path relative to docs_dir, for this build."""
    return last_commit_times(Path(config.docs_dir))


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: object, commit_times: dict[str, int], build: Started
) -> str:
    stamp = commit_times.get(page.file.src_uri)
    when = datetime.fromtimestamp(stamp, UTC) if stamp else build.started
    page.meta["revision_date"] = date_html(when, page_language(page.file.src_uri, config))
    return markdown
