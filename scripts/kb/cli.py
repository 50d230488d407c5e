"""The contributors' tool: one entry point, one subcommand per job. The Makefile runs it
from .venv, so contributors type the make commands:

    make check                                  the build and the content rules (file:line: message), then ruff
    make new-page PAGE=tools/webinars TITLE="Webinars"
                                                create the page in en, ar and fa and add it to the navigation
    make status [DIFF=1]                        which Arabic and Persian pages are up to date, stale or untranslated
    make stamp PAGE=docs/fa/tools/seo.md        record that a translation matches its English page now
    make move OLD=checklists/a.md NEW=checklists/b.md
                                                move a page in every language; links, menu and redirect follow
    make pr-summary BASE=origin/main            what a change means for readers and translators (Markdown)
    make reviews                                pages past their review date or due within 30 days
    python -m kb postbuild SITE_DIR             the output pass on a site built without the kb plugin's own

Underneath: `.venv/bin/python -m kb check | new-page | status | stamp | move | pr-summary | reviews | postbuild`
(see --help).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from kb.checks.build import check_project
from kb.checks.content import ALLOWED_TAGS
from kb.content.change_summary import SummaryRefused, markdown, summarize
from kb.content.owners import OwnersError, owner_name
from kb.content.pages import PageError
from kb.content.reviews import DUE_SOON, DUE_SOON_DAYS, OVERDUE, configured_interval, site_reviews
from kb.content.translations import (
    STALE,
    STATES,
    UNTRANSLATED,
    UP_TO_DATE,
    StampRefused,
    english_diff,
    site_status,
    stamp,
    unchanged_since_stale,
)
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES
from kb.move import MoveRefused, move_page
from kb.plugin.output.postbuild import postbuild
from kb.project import DOCS, MKDOCS_YML
from kb.scaffold import ScaffoldRefused, new_page, page_source


def command_check(args: argparse.Namespace) -> int:
    problems = check_project(args.docs, args.config)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {args.docs}" if problems else f"every check passed for {args.docs}")
    return 1 if problems else 0


def command_new_page(args: argparse.Namespace) -> int:
    titles = {"ar": args.title_ar, "fa": args.title_fa}
    try:
        written = new_page(
            args.docs, args.config, args.page, args.title, args.description, args.tag, titles, args.owner
        )
    except ScaffoldRefused as refusal:
        print(f"new-page: {refusal}", file=sys.stderr)
        return 1
    source = page_source(args.page)
    for path in written:
        print(f"created {path}")
    print(f"added '{source}' to the navigation in {args.config}")
    print(
        "Next: write the English page (title, description, tags, text), run `make serve` to see it,\n"
        "then `make check`. Translators: see CONTRIBUTING.md, 'Translating a page'."
    )
    return 0


def command_status(args: argparse.Namespace) -> int:
    statuses = site_status(args.docs, args.config)
    width = max(len(status.source) for status in statuses) if statuses else 0
    for lang in TRANSLATED_LANGUAGES:
        ours = [status for status in statuses if status.lang == lang]
        counts = ", ".join(f"{sum(s.state == state for s in ours)} {state}" for state in STATES)
        print(f"{LANGUAGES[DEFAULT_LANGUAGE].t(f'languages.{lang}')} (docs/{lang}): {counts}")
        for status in ours:
            reason = "" if status.state == UP_TO_DATE else status.reason
            print(f"  {status.state:<12}  {status.source:<{width}}  {reason}".rstrip())
            if args.diff and status.state == STALE:
                print("\n".join(f"      {line}" for line in english_diff(args.docs, status).splitlines()))
        print()
    lagging = [status for status in statuses if status.state != UP_TO_DATE]
    if args.release and lagging:
        print(f"release check failed: {len(lagging)} page(s) stale or untranslated", file=sys.stderr)
        return 1
    return 0


def command_stamp(args: argparse.Namespace) -> int:
    languages = args.lang or list(TRANSLATED_LANGUAGES)
    targets: list[tuple[str, str]] = []
    if args.all:
        for status in site_status(args.docs, args.config):
            if status.lang not in languages or (status.state == UP_TO_DATE and not args.force):
                continue
            why_not = status.reason if status.state == UNTRANSLATED else unchanged_since_stale(args.docs, status)
            if why_not and not args.force:
                print(f"skipped docs/{status.lang}/{status.source}: {why_not}")
            else:
                targets.append((status.lang, status.source))
    else:
        for page in args.pages:
            try:
                source = page_source(page)
            except ScaffoldRefused as refusal:
                print(f"stamp: {refusal}", file=sys.stderr)
                return 1
            named = page.strip().removeprefix("./").removeprefix("docs/").split("/", 1)[0]
            if named in LANGUAGES and named not in TRANSLATED_LANGUAGES:
                print(
                    f"stamp: {page} is an English page; stamp its translations: docs/<ar|fa>/{source}", file=sys.stderr
                )
                return 1
            if named in TRANSLATED_LANGUAGES and args.lang and named not in args.lang:
                print(f"stamp: {page} is in '{named}', but --lang says {', '.join(args.lang)}", file=sys.stderr)
                return 1
            targets += [(lang, source) for lang in ([named] if named in TRANSLATED_LANGUAGES else languages)]
    refusals: list[str] = []  # one line each, even when both languages hit the same one
    for lang, source in targets:
        try:
            print(stamp(args.docs, lang, source, force=args.force))
        except StampRefused as refusal:
            if str(refusal) not in refusals:
                refusals.append(str(refusal))
                print(f"stamp: {refusal}", file=sys.stderr)
    return 1 if refusals else 0


def command_move(args: argparse.Namespace) -> int:
    try:
        report = move_page(args.docs, args.config, args.old, args.new)
    except MoveRefused as refusal:
        print(f"move: {refusal}", file=sys.stderr)
        return 1
    print("\n".join(f"moved {line}" for line in report.moved))
    print("\n".join(f"links updated in {path}" for path in report.relinked))
    print(
        "\n".join(f"{path}: source_hash updated (only its English page's links changed)" for path in report.restamped)
    )
    print(
        f"menu entry updated in {args.config}"
        if report.nav
        else f"the page is not in the navigation of {args.config}: nothing to update there"
    )
    print(f"redirect recorded in {report.moves_file}: the old address sends readers to the new page")
    print("Next: `make check`, then commit (the moves file too).")
    return 0


def command_pr_summary(args: argparse.Namespace) -> int:
    try:
        print(markdown(summarize(args.docs, args.config, args.base)), end="")
    except SummaryRefused as refusal:
        print(f"pr-summary: {refusal}", file=sys.stderr)
        return 1
    return 0


def command_reviews(args: argparse.Namespace) -> int:
    """Pages past their review date, then pages due within DUE_SOON_DAYS, each with its due day,
    last review and owner; --fail-overdue exits with 1 when any page is overdue."""
    today: date = args.today or datetime.now(UTC).date()
    reviews = site_reviews(args.docs, configured_interval(args.config), args.config)
    for state, heading in ((OVERDUE, "overdue for review"), (DUE_SOON, f"due for review within {DUE_SOON_DAYS} days")):
        listed = sorted((r for r in reviews if r.state(today) == state), key=lambda r: (r.due, r.source))
        print(f"{len(listed)} page(s) {heading} (today: {today.isoformat()})")
        for review in listed:
            owner = owner_name(review.owner, DEFAULT_LANGUAGE)
            print(
                f"  due {review.due}  docs/{DEFAULT_LANGUAGE}/{review.source}  "
                f"reviewed {review.reviewed}, owner: {owner} ({review.owner})"
            )
    missing = [r.source for r in reviews if r.owner is None or r.reviewed is None]
    if missing:
        print(
            f"{len(missing)} page(s) without an owner or a review date (`make check` names them): {', '.join(missing)}"
        )
    overdue = sum(r.state(today) == OVERDUE for r in reviews)
    if args.fail_overdue and overdue:
        print(f"reviews: {overdue} page(s) overdue for review", file=sys.stderr)
        return 1
    return 0


def a_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day written YYYY-MM-DD, not {text!r}") from None


def command_postbuild(args: argparse.Namespace) -> int:
    if not args.site_dir.is_dir():
        print(f"postbuild: {args.site_dir} is not a folder (the built site)", file=sys.stderr)
        return 1
    count, problems = postbuild(args.site_dir, args.docs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"postbuild: {len(problems)} problem(s) in {args.site_dir}", file=sys.stderr)
        return 1
    print(f"postbuild: the output pass ran on {count} HTML files in {args.site_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kb", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=Path, default=DOCS, help="the docs folder (default: docs/)")
    parser.add_argument("--config", type=Path, default=MKDOCS_YML, help="the MkDocs configuration")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every page: languages, structure, front matter, letters, links, safety")

    new = commands.add_parser(
        "new-page", help="create a page in English, Arabic and Persian and add it to the navigation"
    )
    new.add_argument("page", help="the page's path without language, e.g. tools/webinars")
    new.add_argument("--title", required=True, help="the English title")
    new.add_argument("--description", help="one English sentence saying what the reader gets (you can write it later)")
    new.add_argument(
        "--tag", action="append", choices=ALLOWED_TAGS, help="a tag; repeat for more (default: marketing and it)"
    )
    new.add_argument("--title-ar", help="the Arabic title, if you have it already")
    new.add_argument("--title-fa", help="the Persian title, if you have it already")
    new.add_argument(
        "--owner", help="the team or role that answers for it, a key of scripts/kb/owners.yml (default: the first)"
    )

    status = commands.add_parser(
        "status", help="list Arabic and Persian pages that are up to date, stale or untranslated"
    )
    status.add_argument(
        "--diff", action="store_true", help="show how each stale page's English source changed since translation"
    )
    status.add_argument("--release", action="store_true", help="exit with 1 if any page is stale or untranslated")

    stamp_parser = commands.add_parser("stamp", help="record that translations match their English page now")
    stamp_parser.add_argument("pages", nargs="*", help="e.g. docs/fa/tools/seo.md (that language) or tools/seo (both)")
    stamp_parser.add_argument(
        "--lang", action="append", choices=TRANSLATED_LANGUAGES, help="only this language (repeatable)"
    )
    stamp_parser.add_argument(
        "--all", action="store_true", help="every stale page whose translation changed since its English page did"
    )
    stamp_parser.add_argument(
        "--force", action="store_true", help="stamp even a translation not edited since its English page changed"
    )

    move = commands.add_parser(
        "move", help="move a page in every language, updating links, the menu, and redirecting the old address"
    )
    move.add_argument("old", help="the page's path without language, e.g. checklists/weekly-leadership-sync.md")
    move.add_argument("new", help="its new path without language, e.g. checklists/weekly-leadership-meeting.md")

    summary = commands.add_parser(
        "pr-summary", help="Markdown: pages changed, translations made stale, checklist ticks lost, since BASE"
    )
    summary.add_argument("base", metavar="BASE_REF", help="the commit to compare with, e.g. origin/main")
    reviews = commands.add_parser(
        "reviews", help=f"list pages past their review date or due within {DUE_SOON_DAYS} days, with owner and date"
    )
    reviews.add_argument("--fail-overdue", action="store_true", help="exit with 1 if any page is overdue for review")
    reviews.add_argument(
        "--today", type=a_day, help="judge as if today were this day, YYYY-MM-DD (default: today, UTC)"
    )

    post = commands.add_parser(
        "postbuild",
        help="run the output pass (HTML policy, CSP, compaction, search index, sitemaps) on a built site",
        description="For a site built without the kb plugin's output pass (its output_pass setting off, "
        "or a generator that runs no MkDocs plugin): the same pass, on the built files.",
    )
    post.add_argument("site_dir", type=Path, help="the built site, e.g. site/")

    args = parser.parse_args(argv)
    if args.command == "stamp" and bool(args.pages) == args.all:
        parser.error("stamp: name pages, or give --all")
    handlers = {
        "check": command_check,
        "new-page": command_new_page,
        "status": command_status,
        "stamp": command_stamp,
        "move": command_move,
        "pr-summary": command_pr_summary,
        "reviews": command_reviews,
        "postbuild": command_postbuild,
    }
    try:
        return handlers[args.command](args)
    except PageError as error:  # a page that cannot be read: one line, as `make check` words it
        print(f"{error.where()}: {error} (run `make check` for every problem)", file=sys.stderr)
        return 1
    except OwnersError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
