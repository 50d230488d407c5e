"""The contributors' tool: one entry point, one subcommand per job. The Makefile runs it
from .venv, so contributors type the make commands:

    make check                                  content checks (file:line: message), then a strict build
    make new-page PAGE=tools/webinars TITLE="Webinars"
                                                create the page in en, ar and fa and add it to the navigation
    make status [DIFF=1]                        which Arabic and Persian pages are up to date, stale or untranslated
    make stamp PAGE=docs/fa/tools/seo.md        record that a translation matches its English page now
    python -m kb postbuild SITE_DIR             the output pass on a site built without the kb plugin's

Underneath: `.venv/bin/python -m kb check | new-page | status | stamp | postbuild` (see --help).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb.checks.content import ALLOWED_TAGS, check_docs
from kb.content.pages import PageError
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
from kb.plugin.output.postbuild import postbuild
from kb.project import DOCS, MKDOCS_YML
from kb.scaffold import ScaffoldRefused, new_page, page_source


def command_check(args: argparse.Namespace) -> int:
    problems = check_docs(args.docs, args.config)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {args.docs}" if problems else f"content checks passed for {args.docs}")
    return 1 if problems else 0


def command_new_page(args: argparse.Namespace) -> int:
    titles = {"ar": args.title_ar, "fa": args.title_fa}
    try:
        written = new_page(args.docs, args.config, args.page, args.title, args.description, args.tag, titles)
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
        "postbuild": command_postbuild,
    }
    try:
        return handlers[args.command](args)
    except PageError as error:  # a page that cannot be read: one line, as `make check` words it
        print(f"{error.where()}: {error} (run `make check` for every problem)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
