"""Tags in the built site: every page shows its tags in its own language, linked to its
language's tags page, which lists every page under each tag it carries."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from kb.content.pages import page_sources, read_page
from kb.languages import LANGUAGES, page_path
from kb.project import DOCS
from tests.support.site import built_file, parsed

TAGS_PAGE = "tags.md"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_shows_its_tags_and_the_tags_page_lists_every_page(site: Path, lang: str) -> None:
    names = LANGUAGES[lang].strings["tags"]["names"]
    index_url = "/" + LANGUAGES[lang].root + page_path(TAGS_PAGE)
    index = parsed(built_file(site, lang, TAGS_PAGE))
    listed = {}
    for tag in names:
        heading = index.find(id=f"tag-{tag}")
        assert heading is not None and heading.get_text(strip=True).removesuffix("¶") == names[tag]
        items = heading.find_next_sibling("ul")
        listed[tag] = {urljoin(index_url, a["href"]) for a in items.select("a")} if items else set()
    problems = []
    for source in page_sources(DOCS, lang):
        tags = read_page(DOCS / lang / source).meta["tags"]
        url = "/" + LANGUAGES[lang].root + page_path(source)
        page = parsed(built_file(site, lang, source))
        shown = [(a.get_text(strip=True), urlparse(urljoin(url, a["href"]))) for a in page.select("nav.md-tags a")]
        expected = [(names[tag], index_url, f"tag-{tag}") for tag in tags]
        if [(name, link.path, link.fragment) for name, link in shown] != expected:
            problems.append(f"docs/{lang}/{source}: shows tags {shown}, not {expected}")
        if source != TAGS_PAGE:
            missing = [tag for tag in tags if url not in listed[tag]]
            problems += [f"docs/{lang}/{source}: not listed under '{tag}' on the tags page" for tag in missing]
    assert not problems, "\n".join(problems)
