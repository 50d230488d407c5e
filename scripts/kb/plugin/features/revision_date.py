"""The "Last updated" date under each page: its last git commit, in the page's language.

One `git log` per build gives every page's last commit (the git-revision-date plugin this
replaces ran git once per page: a sixth of the build time on a large site). Material shows
`page.meta.revision_date` under the page. The month is named by Babel in the page's
language and calendar (Persian: Solar Hijri, with jdatetime), with the language's digits
(kb/locales/<lang>.yml). A page git does not know
(not committed yet, a copy without .git, or git missing) shows the build date instead; a
shallow clone shows the date of its one commit. Neither is an error, so `mkdocs build --strict` stays clean everywhere.
"""

from __future__ import annotations

import functools
import html
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


def long_date(when: date, lang: str) -> str:
    """The day (a date, or a datetime's day) as the language writes it: Persian in the Solar
    Hijri calendar with its month names («4 آذر 1405»), the others in the Gregorian one, months
    named by Babel; digits are Western here (written_date and date_html give the language's)."""
    if LANGUAGES[lang].calendar == "solar-hijri":
        day = jdatetime.date.fromgregorian(date=when.date() if isinstance(when, datetime) else when)
        return f"{day.day} {jdatetime.date.j_months_fa[day.month - 1]} {day.year}"
    return format_date(when, format="long", locale=lang)


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
