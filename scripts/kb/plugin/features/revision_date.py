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
import html
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

import jdatetime
from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.languages import LANGUAGES, page_language


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


def long_date(when: date, lang: str) -> str:
    """The day (a date, or a datetime's day; without the language's digits) as its date_locale writes it in a long date:
    «15 آذر 1405» in the Persian calendar, «6 December 2026» for en-GB."""
    tag = LANGUAGES[lang].date_locale
    if tag_calendar(tag) == "persian":
        day = jdatetime.date.fromgregorian(date=when.date() if isinstance(when, datetime) else when)
        return f"{day.day} {jdatetime.date.j_months_fa[day.month - 1]} {day.year}"
    return format_date(when, format="long", locale=babel_locale(tag))


@functools.lru_cache(maxsize=1024)  # many pages share a review date, and Babel is slow
def written_date(day: date, lang: str) -> str:
    """The day as a reader of the language reads it, in its calendar and digits («۴ آذر ۱۴۰۵»):
    the review dates of kb/plugin/features/reviews.py."""
    return LANGUAGES[lang].with_digits(long_date(day, lang))


@functools.lru_cache(maxsize=1024)  # many pages share a commit, and Babel is slow
def date_html(when: datetime, lang: str) -> str:
    day = long_date(when, lang)
    title = LANGUAGES[lang].with_digits(f"{day} {when:%H:%M:%S} UTC")
    day = LANGUAGES[lang].with_digits(day)
    return f'<span class="kb-revision-date" title="{html.escape(title)}">{html.escape(day)}</span>'


def on_pre_build(config: MkDocsConfig) -> dict[str, int]:
    """The last commit time of each file, by path relative to docs_dir, for this build."""
    return last_commit_times(Path(config.docs_dir))


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: object, commit_times: dict[str, int], build: Started
) -> str:
    stamp = commit_times.get(page.file.src_uri)
    when = datetime.fromtimestamp(stamp, UTC) if stamp else build.started
    page.meta["revision_date"] = date_html(when, page_language(page.file.src_uri).code)
    return markdown
