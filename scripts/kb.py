"""The contributors' tool: one entry point, one subcommand per job.

    python -m scripts.kb check      list every content problem as file:line: message
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.checks import check_docs

ROOT = Path(__file__).resolve().parent.parent


def command_check(args: argparse.Namespace) -> int:
    problems = check_docs(args.docs, args.config)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {args.docs}" if problems else f"content checks passed for {args.docs}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.kb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="the docs folder (default: docs/)")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="the MkDocs configuration")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every page: languages, structure, front matter, letters, links, safety")
    args = parser.parse_args(argv)
    return {"check": command_check}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
