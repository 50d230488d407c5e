"""Performance budgets: what a reader transfers on the real site, HTML per page on a large
synthetic site, Lighthouse's deterministic scores; and the benchmark itself runs. Timings
are printed by scripts/bench_build.py (make bench), never asserted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.bench_build import CHECKLIST_PAGE, lighthouse
from scripts.page_weight import FIRST_VISIT_BUDGET, SECOND_PAGE_BUDGET, visit
from scripts.synthetic_site import PAGES_PER_SECTION, generate
from scripts.local_site import build_site
from tests.site import DIRECTION, LANGUAGES, ROOT, page_path, source_pages, url_prefix

CHECKLIST_PAGES = [(lang, src) for lang in LANGUAGES for src in source_pages(lang) if src.startswith("checklists/")]
SYNTHETIC_PAGES = 300  # per language, as in the budget
HTML_BUDGET = 40 * 1024


@pytest.mark.parametrize(("lang", "source"), CHECKLIST_PAGES, ids=[f"{lang}/{src}" for lang, src in CHECKLIST_PAGES])
def test_checklist_page_weight_is_within_budget(browser: object, served_site: str, lang: str, source: str) -> None:
    first, second = visit(browser, served_site + url_prefix(lang) + page_path(source))
    assert first.total <= FIRST_VISIT_BUDGET, (
        f"docs/{lang}/{source}: a first visit transfers {first.total / 1024:.1f} KB compressed, "
        f"over the {FIRST_VISIT_BUDGET // 1024} KB budget:\n{first.describe()}")
    assert second.files, "following the footer link fetched nothing: the next page was not loaded"
    assert second.total <= SECOND_PAGE_BUDGET, (
        f"docs/{lang}/{source}: the next page transfers {second.total / 1024:.1f} KB compressed, "
        f"over the {SECOND_PAGE_BUDGET // 1024} KB budget:\n{second.describe()}")
    # Right-to-left pages paint in the site's own Arabic-script font: it is part of the weight.
    # (English pages may fetch it too, for the language switcher's "العربية" and "فارسی".)
    if DIRECTION[lang] == "rtl":
        assert any(url.endswith(".woff2") for url in first.files), first.describe()


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("synthetic")
    project = generate(work / "project", SYNTHETIC_PAGES)
    result = build_site(project, work / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stdout + result.stderr
    yield work / "site"


def test_html_per_page_stays_small_on_a_large_site(synthetic_site: Path) -> None:
    """The budget is an average, like the figure it improves on (112 MB of HTML over about
    a thousand pages, 108 KB a page, when every page repeated the whole navigation)."""
    sizes = {path: path.stat().st_size for path in synthetic_site.rglob("index.html") if path.parent.name != "search"}
    assert len(sizes) >= 3 * SYNTHETIC_PAGES
    average = sum(sizes.values()) / len(sizes)
    biggest = max(sizes, key=sizes.__getitem__)
    assert average <= HTML_BUDGET, (
        f"{average / 1024:.1f} KB of HTML per page on average (budget {HTML_BUDGET // 1024} KB); "
        f"largest {biggest.relative_to(synthetic_site)}, {sizes[biggest] / 1024:.1f} KB")


NAV_LINK = re.compile(r'<a href="([^"]+)" class="md-nav__link')


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pruned_navigation_keeps_what_a_reader_needs(synthetic_site: Path, lang: str) -> None:
    """A page deep in one section still links to its section's pages and to every other section."""
    page = synthetic_site / url_prefix(lang) / "topic-02" / "page-030" / "index.html"
    links = set(NAV_LINK.findall(page.read_text(encoding="utf-8")))
    siblings = {f"../page-{n:03d}/" for n in range(PAGES_PER_SECTION, 2 * PAGES_PER_SECTION) if n != 30}
    assert siblings <= links, sorted(siblings - links)[:5]
    sections = SYNTHETIC_PAGES // PAGES_PER_SECTION
    other_sections = {f"topic-{n:02d}" for n in range(1, sections + 1)} - {"topic-02"}
    linked_sections = {link.split("/")[2] for link in links if link.startswith("../../topic-")}
    assert other_sections <= linked_sections, sorted(other_sections - linked_sections)


def test_benchmark_runs_and_writes_its_figures(tmp_path: Path) -> None:
    """`make bench` on a small synthetic site, without Lighthouse (tested below)."""
    report_file = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "scripts.bench_build", "--pages", "10", "--runs", "1", "--skip-lighthouse",
         "--json", str(report_file)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ours/plain" in result.stdout and "synthetic-10" in result.stdout, result.stdout
    report = json.loads(report_file.read_text(encoding="utf-8"))
    rows = {row["site"]: row for row in report["builds"]}
    assert set(rows) == {"real", "synthetic-10"}
    assert all(row["ours"]["seconds"] > 0 and row["plain"]["seconds"] > 0 for row in rows.values())
    assert set(rows["synthetic-10"]["index_kb"]) == set(LANGUAGES)
    assert set(report["page_weight_kb"]) == set(LANGUAGES)
    assert len(report["preview_seconds"]) == 3 and all(seconds > 0 for seconds in report["preview_seconds"])


def test_lighthouse_scores_an_arabic_checklist_page(served_site: str) -> None:
    """Accessibility, best practices and SEO are deterministic: they must be perfect.
    Performance depends on the machine (and on gzip, which the test server lacks); `make
    bench` prints it."""
    scores = lighthouse(f"{served_site}ar/{CHECKLIST_PAGE}")
    assert {name: scores[name] for name in ("accessibility", "best-practices", "seo")} == \
        {"accessibility": 1, "best-practices": 1, "seo": 1}, scores
    assert 0 < scores["performance"] <= 1
