"""Benchmark the build, the live preview, page weight and Lighthouse; print one table.

Usage: python -m kb.bench.build [--pages 100 300 1000] [--runs 3] [--json bench-build.json]
                                     [--skip-serve] [--skip-lighthouse]      (make bench)

Sites: the real one, and synthetic ones of N pages per language (kb/bench/synthetic_site.py).
Each is built --runs times in two ways, alternating, each build in its own process:
- "ours": this project's mkdocs.yml, with our kb plugin and overrides;
- "plain": the same pages with Material + static-i18n alone (no kb plugin, no custom_dir, no
  extra CSS/JS), to show what our own code costs.
Per site (fastest run): build wall time, ms per page-language, peak memory (max RSS of the
build process), ours/plain CPU time, average and largest HTML page, and each language's
search index (raw and gzip). Then, for the real site: page weight (kb/bench/page_weight.py),
the live-preview loop (from saving a page under `mkdocs serve` to the rebuilt page being
served) and Lighthouse (npm, its default mobile settings, CHROME_PATH=/usr/bin/chromium) on
a server that gzips text as production hosts do.
Aims (issue): 1000 pages/language <= 3.6x the 300-page time; ours <= 1.15x plain; preview
< 2 s; first visit <= 200 KB, next page <= 25 KB; HTML <= 40 KB a page at 300 pages;
Lighthouse performance >= 0.95, the other three 1.0. Timings depend on the machine, so
they are printed, never asserted; tests/build/test_size_budgets_and_benchmark.py and
tests/browser/test_page_weight_and_lighthouse.py check the budgets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kb.bench.page_weight import visit
from kb.bench.search import index_sizes
from kb.bench.synthetic_site import generate
from kb.languages import LANGUAGES
from kb.local_site import CHROMIUM, CHROMIUM_OPTIONS, build_site, free_port, serve
from kb.project import ROOT

PROJECT_PARTS = ("docs", "overrides", "mkdocs.yml")
PREVIEW_PAGE = "docs/en/index.md"
CHECKLIST_PAGE = "checklists/joint-roadmap-kickoff/"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Build:
    seconds: float  # wall time
    cpu_seconds: float  # user + system: steadier than wall time on a shared machine
    peak_mb: float


@dataclass
class SiteRow:
    site: str
    pages_per_language: int
    ours: Build
    plain: Build
    ms_per_page: float
    plain_ratio: float
    html_avg_kb: float
    html_max_kb: float
    index_kb: dict[str, tuple[float, float]] = field(default_factory=dict)  # lang -> (raw, gzip)


# ---- Builds ------------------------------------------------------------------------


def timed_build(config: Path, site_dir: Path, strict: bool) -> Build:
    """Build in a child process; its wall time and peak resident memory."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "--site-dir", str(site_dir)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, *(["--strict"] if strict else [])], env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed: {' '.join(command)}")
    cpu = usage.ru_utime + usage.ru_stime
    return Build(round(seconds, 2), round(cpu, 2), round(usage.ru_maxrss / 1024, 1))  # ru_maxrss: KB on Linux


def plain_config(project: Path, config: Path) -> Path:
    """The project's mkdocs.yml without our own code: Material + static-i18n alone.

    A text edit, because mkdocs.yml holds Python tags that a YAML round trip would lose;
    each edit must match, so a changed mkdocs.yml fails here instead of benchmarking the wrong thing.
    """
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    edits = [
        (r"^  custom_dir: overrides\n", ""),
        (r"^(extra_css|extra_javascript):\n(?:  [-#].*\n)+", ""),  # the entries and their comments
        (r"^  # Our own code: the kb plugin.*\n(?:  #.*\n)*  - kb:\n(?:      .*\n)*", ""),  # with its comments
        (r"^docs_dir: docs$", f"docs_dir: {project / 'docs'}"),
    ]
    for pattern, replacement in edits:
        text, count = re.subn(pattern, replacement, text, flags=re.MULTILINE)
        if not count:
            raise SystemExit(f"mkdocs.yml: no match for {pattern!r}; update kb/bench/build.py")
    config.write_text(text, encoding="utf-8")
    return config


def html_sizes(site_dir: Path) -> list[int]:
    return [path.stat().st_size for path in site_dir.rglob("index.html") if path.parent.name != "search"]


def fastest(builds: list[Build]) -> Build:
    """The least disturbed of repeated builds: each figure is its minimum over the runs."""
    return Build(min(b.seconds for b in builds), min(b.cpu_seconds for b in builds), min(b.peak_mb for b in builds))


def bench_site(name: str, project: Path, pages: int, work: Path, runs: int) -> SiteRow:
    """Build ours and plain `runs` times each, alternating, so that a slow spell of a shared
    machine hits both alike; the ratio compares CPU time, steadier than wall time."""
    print(f"building {name} ({runs} x 2) ...", file=sys.stderr)
    ours_dir, plain_dir = work / f"{name}-site", work / f"{name}-plain-site"
    plain_yml = plain_config(project, work / f"{name}-plain.yml")
    ours_runs, plain_runs = [], []
    for _ in range(runs):
        ours_runs.append(timed_build(project / "mkdocs.yml", ours_dir, strict=True))
        plain_runs.append(timed_build(plain_yml, plain_dir, strict=False))
    ours, plain = fastest(ours_runs), fastest(plain_runs)
    sizes = html_sizes(ours_dir)
    return SiteRow(
        site=name,
        pages_per_language=pages,
        ours=ours,
        plain=plain,
        ms_per_page=round(1000 * ours.seconds / len(sizes), 2),
        plain_ratio=round(ours.cpu_seconds / plain.cpu_seconds, 2),
        html_avg_kb=round(statistics.mean(sizes) / 1024, 1),
        html_max_kb=round(max(sizes) / 1024, 1),
        index_kb={lang: tuple(round(size / 1024, 1) for size in index_sizes(ours_dir, lang)[:2]) for lang in LANGUAGES},
    )


# ---- Live preview ------------------------------------------------------------------


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until `url` serves a page containing `text`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if text in fetch(url):
            return time.perf_counter() - started
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show {text!r} within {timeout:.0f} s")


def preview_seconds(work: Path, runs: int = 3, copied: Path = ROOT) -> list[float]:
    """Under `mkdocs serve` on a copy of the project (or of another, e.g. a synthetic one):
    save a page, wait for it to be served."""
    project = work / "preview-project"
    for part in PROJECT_PARTS:
        source, target = copied / part, project / part
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(url, "<html", timeout=120)
        page = project / PREVIEW_PAGE
        original = page.read_text(encoding="utf-8")
        times = []
        for run in range(runs):
            marker = f"preview-benchmark-{run}-{time.time_ns()}"
            page.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            times.append(round(wait_for(url, marker, timeout=60), 2))
            time.sleep(1)
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


# ---- Page weight and Lighthouse on the served real site -----------------------------


def page_weights(site_dir: Path, port: int) -> dict[str, tuple[float, float]]:
    """Per language: the largest first visit and next page (KB) over its checklist pages."""
    from playwright.sync_api import sync_playwright

    weights = {}
    with serve(site_dir, port) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM_OPTIONS)
        for lang, language in LANGUAGES.items():
            pages = sorted(path.parent.name for path in (site_dir / language.root / "checklists").glob("*/index.html"))
            visits = [visit(browser, f"{base}{language.root}checklists/{page}/") for page in pages]
            weights[lang] = (
                round(max(first.total for first, _ in visits) / 1024, 1),
                round(max(second.total for _, second in visits) / 1024, 1),
            )
        browser.close()
    return weights


def lighthouse(url: str) -> dict[str, float]:
    """Lighthouse's four category scores for one URL (its default mobile settings)."""
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
            f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
        ],
        env={**ENV, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {name: report["categories"][name]["score"] for name in LIGHTHOUSE_CATEGORIES}


def lighthouse_scores(site_dir: Path, port: int) -> dict[str, dict[str, float]]:
    scores = {}
    with serve(site_dir, port, compress=True) as base:  # Lighthouse should see production transfer sizes
        for lang, language in LANGUAGES.items():
            for name, path in (("home", ""), ("checklist", CHECKLIST_PAGE)):
                print(f"lighthouse {lang} {name} ...", file=sys.stderr)
                scores[f"{lang} {name}"] = lighthouse(f"{base}{language.root}{path}")
    return scores


# ---- Report ------------------------------------------------------------------------


def table(rows: list[SiteRow]) -> str:
    head = (
        f"{'site':<15} {'pages/lang':>10} {'build s':>8} {'ms/page':>8} {'peak MB':>8} {'plain s':>8} "
        f"{'ours/plain':>10} {'HTML avg KB':>11} {'HTML max KB':>11}  index KB raw/gzip en | ar | fa"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        index = " | ".join(f"{raw:.0f}/{packed:.0f}" for raw, packed in r.index_kb.values())
        lines.append(
            f"{r.site:<15} {r.pages_per_language:>10} {r.ours.seconds:>8.2f} {r.ms_per_page:>8.2f} "
            f"{r.ours.peak_mb:>8.1f} {r.plain.seconds:>8.2f} {r.plain_ratio:>10.2f} "
            f"{r.html_avg_kb:>11.1f} {r.html_max_kb:>11.1f}  {index}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages",
        type=int,
        nargs="*",
        default=[100, 300, 1000],
        help="synthetic sites, pages per language (default 100 300 1000)",
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="builds of each kind per site; the fastest counts (default 3)"
    )
    parser.add_argument("--json", type=Path, default=Path("bench-build.json"), help="where to write the figures")
    parser.add_argument("--skip-serve", action="store_true", help="skip the live-preview loop")
    parser.add_argument("--preview-runs", type=int, default=3, help="saves timed in the live-preview loop (default 3)")
    parser.add_argument("--skip-page-weight", action="store_true", help="skip the page weights (tests check them)")
    parser.add_argument("--skip-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--skip-real", action="store_true", help="skip the real site's builds (the suite's smoke test)")
    args = parser.parse_args()

    report: dict[str, object] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": os.uname().machine,
        "cpus": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory(prefix="kb-bench-build-") as tmp:
        work = Path(tmp)
        real_pages = len(list((ROOT / "docs" / "en").rglob("*.md")))
        rows = [] if args.skip_real else [bench_site("real", ROOT, real_pages, work, args.runs)]
        for pages in args.pages:
            project = generate(work / f"synthetic-{pages}", pages)
            rows.append(bench_site(f"synthetic-{pages}", project, pages, work, args.runs))
        report["builds"] = [asdict(row) for row in rows]
        report["runs"] = args.runs
        print(table(rows))
        times = {row.pages_per_language: row.ours.seconds for row in rows if row.site != "real"}
        if 300 in times and 1000 in times:
            report["scaling_1000_vs_300"] = round(times[1000] / times[300], 2)
            print(
                f"\nscaling: 1000 pages/language took {report['scaling_1000_vs_300']}x the 300-page time (aim <= 3.6)"
            )

        port, served = free_port(), work / "served-site"
        if not (args.skip_page_weight and args.skip_lighthouse):
            build_site(ROOT, served, f"http://127.0.0.1:{port}/", exit_on_error=True)
        if not args.skip_page_weight:
            weights = page_weights(served, port)
            report["page_weight_kb"] = weights
            print(
                "\npage weight, compressed, largest over the checklist pages "
                "(budget 200 KB first visit, 25 KB next page):"
            )
            for lang, (first, second) in weights.items():
                print(f"  {lang}: first visit {first:.1f} KB, next page {second:.1f} KB")

        if not args.skip_serve:
            # Without the real site (the suite's smoke test), the smallest synthetic one.
            previewed = work / f"synthetic-{min(args.pages)}" if args.skip_real and args.pages else ROOT
            preview = preview_seconds(work, args.preview_runs, previewed)
            report["preview_seconds"] = preview
            print(
                f"\nlive preview, save -> served ({'real site' if previewed == ROOT else previewed.name}, "
                f"{len(preview)} runs): "
                f"median {statistics.median(preview):.2f} s, all {preview} (aim < 2 s)"
            )

        if not args.skip_lighthouse:
            scores = lighthouse_scores(served, port)
            report["lighthouse"] = scores
            print("\nLighthouse, mobile (aim: performance >= 0.95, the others 1.0):")
            for page, values in scores.items():
                print(f"  {page:<14} " + "  ".join(f"{name} {score:.2f}" for name, score in values.items()))

    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    main()
