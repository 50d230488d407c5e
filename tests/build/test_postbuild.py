"""The output pass both ways (issue 23, item 5): the site as the kb plugin builds it, and the site
built with the plugin's output pass off (KB_OUTPUT_PASS=0, what a generator without our plugin
leaves) followed by `python -m kb postbuild SITE_DIR`, are the same, file for file: every HTML
page, each language's search index, the sitemaps and _headers.

One difference is allowed and normalized: the time in a "last updated" tooltip of a page git does
not know yet (uncommitted), which is each build's own start (revision_date.py); in a clean clone
there is none. And postbuild fails closed: on a page the page transforms did not run on, naming
the file and line, and on a site the plugin's pass already ran on, writing nothing.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kb.local_site import build_site
from kb.project import DOCS, ROOT
from tests.support.projects import run_kb
from tests.support.site import REPO_URL, made_once

# Slow: it builds the whole site a second time, without the output pass.
# `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

# A page git does not know shows the build's own time in its tooltip (revision_date.py).
BUILD_TIME = re.compile(r'(<span class="kb-revision-date" title="[^"]*?)[0-9۰-۹٠-٩:]+ UTC"')
HEALTH_CHECK = Path("fa/checklists/partnership-health-check/index.html")


@pytest.fixture(scope="session")
def plain_build(server_url: str) -> Path:
    """The repository built as the session's site is, with the plugin's output pass off: the
    built files as they are before postbuild."""

    def make(folder: Path) -> None:
        env = {"REPO_URL": REPO_URL, "KB_OUTPUT_PASS": "0"}
        result = build_site(ROOT, folder / "site", server_url, env=env)
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once("plain-build", make) / "site"


@pytest.fixture(scope="session")
def postbuilt(plain_build: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    site = tmp_path_factory.mktemp("postbuilt") / "site"
    shutil.copytree(plain_build, site)
    result = run_kb(ROOT, "postbuild", str(site))
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout


def files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


def normalized(path: Path) -> bytes:
    data = path.read_bytes()
    return BUILD_TIME.sub(r"\1 UTC\"", data.decode("utf-8")).encode("utf-8") if path.suffix == ".html" else data


def test_postbuild_on_plain_html_gives_the_site_the_plugin_builds(site: Path, postbuilt: tuple[Path, str]) -> None:
    other, printed = postbuilt
    assert files(other) == files(site)
    different = [name for name in sorted(files(site)) if normalized(site / name) != normalized(other / name)]
    assert not different, f"{len(different)} files differ, first: {different[:10]}"
    kinds = Counter(
        next((kind for kind in ("search/", "sitemap.xml", "_headers") if kind in name), Path(name).suffix)
        for name in files(site)
    )
    # Every kind was compared (search pieces, sitemaps per language and page, every page)
    assert kinds[".html"] > 100 and kinds["search/"] > 30 and kinds["sitemap.xml"] > 100 and kinds["_headers"] == 1, (
        kinds
    )
    assert re.search(r"the output pass ran on \d+ HTML files", printed)


def test_the_plain_build_is_without_the_output_pass(plain_build: Path, site: Path) -> None:
    """So that the comparison above means something: the plugin's pass was really off."""
    page = (plain_build / HEALTH_CHECK).read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' not in page and "\n  " in page
    assert not (plain_build / "_headers").exists() and not (plain_build / "fa" / "search").exists()
    assert 'http-equiv="Content-Security-Policy"' in (site / HEALTH_CHECK).read_text(encoding="utf-8")


def test_postbuild_refuses_a_site_the_plugin_already_ran_on(site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("search", "assets"))
    before = {name: (copy / name).read_bytes() for name in files(copy)}
    result = run_kb(ROOT, "postbuild", str(copy))
    assert result.returncode == 1
    assert f"{copy / HEALTH_CHECK}: the page has a Content-Security-Policy already" in result.stderr
    assert {name: (copy / name).read_bytes() for name in files(copy)} == before  # nothing written


def test_postbuild_names_the_file_and_line_of_a_page_the_transforms_did_not_run_on(
    plain_build: Path, tmp_path: Path
) -> None:
    """A page whose Markdown extensions ran without the page's context keeps its markers:
    postbuild stops naming the page's Markdown file and the marker's line."""
    built = Path("fa/checklists/index.html")
    marker = "<!-- checklist-progress -->"
    source = (DOCS / "fa" / "checklists" / "index.md").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(source, 1) if marker in text)
    page = tmp_path / "site" / built
    page.parent.mkdir(parents=True)
    html = (plain_build / built).read_text(encoding="utf-8")
    page.write_text(html.replace("</h1>", f"</h1>{marker}", 1), encoding="utf-8")
    result = run_kb(ROOT, "postbuild", str(tmp_path / "site"))
    assert result.returncode == 1
    expected = f"docs/fa/checklists/index.md:{line}: the progress table's marker is still in the built page"
    assert expected in result.stderr, result.stderr
