"""List the links that leave the site, check their syntax offline, and online on request.

Usage: python -m kb.checks.external_links [--online]

Offline (the default, and what the tests run) every external link in docs/ and the
repository link in mkdocs.yml is listed with its file and line, and a malformed one fails.
With --online (or KB_CHECK_EXTERNAL=1) each is also fetched; the weekly deploy workflow
runs that, because the test suite itself must not need the network.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from kb.project import DOCS, MKDOCS_YML

MARKDOWN_LINK = re.compile(r"\]\(\s*<?([a-z][a-z0-9+.-]*:[^)\s>]*)")
BARE_URL = re.compile(r"(?<![(<\"'])\bhttps?://[^\s)>\]\"']+")
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


def external_links(docs: Path, config_file: Path) -> list[tuple[str, str]]:
    """(url, "file:line") for every link to another site."""
    found = []
    sources = sorted(docs.rglob("*.md")) + ([config_file] if config_file.exists() else [])
    for path in sources:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            urls = MARKDOWN_LINK.findall(line) if path.suffix == ".md" else []
            urls += [u for u in BARE_URL.findall(line) if u not in urls]
            found += [(url, f"{path}:{number}") for url in urls if not url.startswith("mailto:")]
    return found


def is_well_formed(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(HOSTNAME.match(parsed.hostname or "")) and " " not in url


def invalid_links(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(url, where) for url, where in links if not is_well_formed(url)]


def unreachable_links(links: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    import requests  # only the online mode needs it

    failures = []
    for url, where in links:
        try:
            response = requests.get(
                url, timeout=20, allow_redirects=True, headers={"User-Agent": "marketing-it-kb link check"}
            )
            if response.status_code >= 400:
                failures.append((url, where, f"HTTP {response.status_code}"))
        except requests.RequestException as error:
            failures.append((url, where, type(error).__name__))
    return failures


def main(argv: list[str]) -> int:
    online = "--online" in argv or os.environ.get("KB_CHECK_EXTERNAL") == "1"
    links = external_links(DOCS, MKDOCS_YML)
    for url, where in links:
        print(f"{where}: {url}")
    problems = [f"{where}: malformed URL {url}" for url, where in invalid_links(links)]
    if online:
        problems += [f"{where}: {url} is unreachable ({why})" for url, where, why in unreachable_links(links)]
    print("\n".join(problems) or f"{len(links)} external link(s), all {'reachable' if online else 'well formed'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
