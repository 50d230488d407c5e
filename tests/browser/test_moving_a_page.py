"""`python -m kb move OLD NEW` in a copy of this repository: a checklist is renamed, and
nothing a reader or translator relies on breaks.

After the move the page exists in three languages at its new path (moved with git mv), every
link and the menu lead there, its translations are still up to date with the same stamps,
and the content checks, a strict build and its link check pass. In the browser, the old
address of every language leads to the new page, and a tick saved under the old page shows
on the new one (checklists.js takes it over once, and ticks saved on the new page win).
One build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from kb.checks.site_links import check_site
from kb.content.checklist_ids import slug
from kb.content.pages import read_page
from kb.content.translations import UP_TO_DATE, site_status
from kb.languages import LANGUAGES, TRANSLATED_LANGUAGES, page_url
from kb.local_site import build_site, free_port, serve
from tests.support.browser import RecordedPage
from tests.support.projects import copy_of_project, run_kb

OLD, NEW = "checklists/weekly-leadership-sync.md", "checklists/weekly-leadership-meeting.md"
ITEM, OTHER_ITEM = "Send the agenda at least one day ahead.", "Collect new obstacles and requests from both teams."
STORAGE_KEY = "marketing-it-kb:checklists:v1"  # overrides/assets/javascripts/checklists.js
STAMPS = ("source_hash", "translated_from")


def stamps(project: Path, source: str) -> dict[str, tuple[object, ...]]:
    return {
        lang: tuple(read_page(project / "docs" / lang / source).meta.get(key) for key in STAMPS)
        for lang in TRANSLATED_LANGUAGES
    }


def stored(page: Any) -> dict[str, Any]:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}') || '{{}}'"))


def store(page: Any, ticks: dict[str, Any]) -> None:
    page.evaluate(f"value => localStorage.setItem('{STORAGE_KEY}', value)", json.dumps(ticks))


def ticked_ids(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        ".kb-checklist [data-kb-item]",
        "items => items.filter(i => i.querySelector('input').checked).map(i => i.dataset.kbItem)",
    )


def test_a_moved_checklist_keeps_its_links_stamps_addresses_and_ticks(browser: Any, tmp_path: Path) -> None:
    project = copy_of_project(tmp_path / "kb")
    docs, config = project / "docs", project / "mkdocs.yml"
    before = stamps(project, OLD)

    moved = run_kb(project, "move", OLD, NEW)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    for lang in LANGUAGES:
        assert (docs / lang / NEW).is_file() and not (docs / lang / OLD).exists(), lang
    status = subprocess.run(["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True).stdout
    assert all(f"R  docs/{lang}/{OLD} -> docs/{lang}/{NEW}" in status for lang in LANGUAGES), status
    assert stamps(project, NEW) == before  # the moved page's translation stamps, unchanged ...
    assert [s for s in site_status(docs, config) if s.state != UP_TO_DATE] == []  # ... and every one still matches
    communicate = (docs / "en/practices/communicate.md").read_text(encoding="utf-8")
    assert f"](../{NEW})" in communicate
    leftovers = [p for p in docs.rglob("*.md") if OLD.rpartition("/")[2] in p.read_text(encoding="utf-8")]
    assert leftovers == []
    assert f"- {NEW}" in config.read_text(encoding="utf-8")
    assert f"{OLD}: {NEW}" in (project / "scripts/kb/moves.yml").read_text(encoding="utf-8")

    # make check's content checks, with the copy's own kb package, glossary and moves file
    check = subprocess.run(
        [sys.executable, "-m", "kb", "check"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project / "scripts")},
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    site = project / "site"
    with serve(site, free_port()) as url:
        build = build_site(project, site, url)
        assert build.returncode == 0, build.stdout + build.stderr
        assert check_site(site, url) == []  # every link of the build, the redirect pages' included
        sitemaps = [path for path in site.rglob("sitemap.xml") if "weekly-leadership-sync" in path.read_text()]
        assert sitemaps == []
        for lang, language in LANGUAGES.items():
            redirect = BeautifulSoup(
                (site / page_url(lang, OLD) / "index.html").read_text(encoding="utf-8"), "html.parser"
            )
            assert (redirect.html["lang"], redirect.html["dir"]) == (lang, language.direction)
            link = redirect.select_one("body a")  # for readers whose browser does not follow the refresh
            assert link["href"] == "../weekly-leadership-meeting/"
            assert link.text == read_page(docs / lang / NEW).meta["title"]
            assert redirect.title.text == language.t("moved.title")
            assert redirect.find("link", rel="canonical")["href"] == url + page_url(lang, NEW)
            assert redirect.find("meta", attrs={"name": "robots"})["content"] == "noindex"
            assert not redirect.find("script")

        item, other = slug(ITEM), slug(OTHER_ITEM)
        recorded = RecordedPage(browser, url)
        try:
            recorded.open(url)
            store(recorded.page, {OLD: {item: True}})
            for lang in LANGUAGES:  # the old address of each language leads to the new page
                recorded.page.goto(url + page_url(lang, OLD))
                recorded.page.wait_for_url(url + page_url(lang, NEW))
                recorded.settle()
                assert ticked_ids(recorded.page) == [item], f"{lang}: the tick saved under the old page"
            assert stored(recorded.page) == {NEW: {item: True}}  # taken over once, the old entry gone

            # Ticks saved on the new page already are newer than the old page's: they stay.
            store(recorded.page, {OLD: {item: True}, NEW: {other: True}})
            recorded.open(url + page_url("fa", NEW))
            assert ticked_ids(recorded.page) == [other]
            assert stored(recorded.page) == {NEW: {other: True}}
            assert not recorded.problems, "\n".join(recorded.problems)
        finally:
            recorded.context.close()
