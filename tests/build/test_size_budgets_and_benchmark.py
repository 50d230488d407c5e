"""Size budgets on a large synthetic site (HTML per page, pruned navigation), and the build
benchmark itself runs. Timings are printed by kb/bench/build.py (make bench), never asserted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kb.bench.synthetic_site import PAGES_PER_SECTION, generate
from kb.languages import LANGUAGES
from kb.local_site import build_site
from kb.project import ROOT
from tests.support.site import made_once

# Per language: enough that a navigation listing every page would break the budget on its
# own (about 150 bytes an entry, on pages of about 30 KB without it); `make bench` measures 300 and 1,000.
SYNTHETIC_PAGES = 100
HTML_BUDGET = 40 * 1024


@pytest.fixture(scope="session")
def synthetic_site() -> Path:
    def make(work: Path) -> None:
        project = generate(work / "project", SYNTHETIC_PAGES)
        result = build_site(project, work / "site", "http://127.0.0.1:8000/")
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once("synthetic-site", make) / "site"


@pytest.mark.slow
def test_html_per_page_stays_small_on_a_large_site(synthetic_site: Path) -> None:
    """The budget is an average, like the figure it improves on (112 MB of HTML over about
    a thousand pages, 108 KB a page, when every page repeated the whole navigation)."""
    sizes = {path: path.stat().st_size for path in synthetic_site.rglob("index.html") if path.parent.name != "search"}
    assert len(sizes) >= 3 * SYNTHETIC_PAGES
    average = sum(sizes.values()) / len(sizes)
    biggest = max(sizes, key=sizes.__getitem__)
    assert average <= HTML_BUDGET, (
        f"{average / 1024:.1f} KB of HTML per page on average (budget {HTML_BUDGET // 1024} KB); "
        f"largest {biggest.relative_to(synthetic_site)}, {sizes[biggest] / 1024:.1f} KB"
    )


NAV_LINK = re.compile(r'<a href="([^"]+)" class="md-nav__link')


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.slow
def test_pruned_navigation_keeps_what_a_reader_needs(synthetic_site: Path, lang: str) -> None:
    """A page deep in one section still links to its section's pages and to every other section."""
    page = synthetic_site / LANGUAGES[lang].root / "topic-02" / "page-030" / "index.html"
    links = set(NAV_LINK.findall(page.read_text(encoding="utf-8")))
    siblings = {f"../page-{n:03d}/" for n in range(PAGES_PER_SECTION, 2 * PAGES_PER_SECTION) if n != 30}
    assert siblings <= links, sorted(siblings - links)[:5]
    sections = SYNTHETIC_PAGES // PAGES_PER_SECTION
    other_sections = {f"topic-{n:02d}" for n in range(1, sections + 1)} - {"topic-02"}
    linked_sections = {link.split("/")[2] for link in links if link.startswith("../../topic-")}
    assert other_sections <= linked_sections, sorted(other_sections - linked_sections)


@pytest.mark.slow
def test_benchmark_runs_and_writes_its_figures(tmp_path: Path) -> None:
    """`make bench` on a small synthetic site, with one live-preview save on it, and without
    the real site (the suite builds it already), page weights and Lighthouse
    (tests/browser/test_page_weight_and_lighthouse.py runs those)."""
    report_file = tmp_path / "bench.json"
    command = ["--pages", "10", "--runs", "1", "--preview-runs", "1", "--skip-real", "--skip-page-weight"]
    command.append("--skip-lighthouse")
    result = subprocess.run(
        [sys.executable, "-m", "kb.bench.build", *command, "--json", str(report_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ours/plain" in result.stdout and "synthetic-10" in result.stdout, result.stdout
    report = json.loads(report_file.read_text(encoding="utf-8"))
    rows = {row["site"]: row for row in report["builds"]}
    assert set(rows) == {"synthetic-10"}
    assert all(row["ours"]["seconds"] > 0 and row["plain"]["seconds"] > 0 for row in rows.values())
    assert set(rows["synthetic-10"]["index_kb"]) == set(LANGUAGES)
    assert len(report["preview_seconds"]) == 1 and report["preview_seconds"][0] > 0
