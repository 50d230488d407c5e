"""Check every internal link and #anchor of a BUILT site, offline and fast.

Usage: python -m scripts.site_links SITE_DIR SITE_URL

Looks at what a reader or crawler can follow: <a>, <link>, <script>, <img> in every HTML
page (content, navigation, language switcher, head alternates), every <loc> of every
sitemap.xml, and every location in the search indexes (search/kb-index.json). A link to
another host is not followed here; scripts/external_links.py lists those.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[int, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        attribute = LINK_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.links.append((self.getpos()[0], values[attribute] or ""))


@cache
def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


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
    relative = path[len(base.path):]
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
    if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
        yield f"{source}: {url} has no element with id '{fragment}'"


def check_site(site: Path, site_url: str) -> list[str]:
    problems: list[str] = []
    for path in sorted(site.rglob("*.html")):
        here = page_url(site, path, site_url)
        for line, href in parse(path).links:
            if href.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            problems += broken(site, f"{path.relative_to(site)}:{line}", urljoin(here, href), site_url)
    for sitemap in sorted(site.rglob("sitemap.xml")):
        for url in re.findall(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")):
            problems += broken(site, str(sitemap.relative_to(site)), url, site_url)
    for index in sorted(site.rglob("search/kb-index.json")):
        root = page_url(site, index.parent.parent / "index.html", site_url)
        for location in search_locations(json.loads(index.read_text(encoding="utf-8"))):
            problems += broken(site, str(index.relative_to(site)), urljoin(root, location), site_url)
    return problems


def search_locations(index: dict[str, Any]) -> Iterator[str]:
    """Every page and section a search result can lead to (the layout hooks/search_index.py writes)."""
    for page in index["pages"]:
        yield page["u"]
        for section in page["s"]:
            if section["a"]:
                yield f"{page['u']}#{section['a']}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check_site(Path(argv[0]), argv[1])
    print("\n".join(problems) or "every internal link and anchor resolves")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
