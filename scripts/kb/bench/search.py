"""Measure site search: index size per language and typing-to-results time, real and synthetic.

Usage: python -m kb.bench.search [--pages 300] [--runs 3] [--json results.json] [--real-only]

Builds the real site and a synthetic one (kb/bench/synthetic_site.py, --pages per language)
into temporary folders, serves each on 127.0.0.1 and drives Debian's Chromium with real
typing (one key every --key-delay ms, right after the page's load event). Per language:
- index: size of <language root>/search/kb-index.json, raw and gzip (level 6, as servers send it);
- first results: typing starts right at the page's load event; reported from the load event
  and from the first key to the first results on screen (the index is fetched, parsed and
  indexed on the way if it is not there yet: every load is cold);
- keystroke: from each later key's input event to its results on screen (median, max).
"On screen" is the frame after search.js marks the results drawn (data-kb-drawn).
Aims (issue): first results < 300 ms, keystroke < 50 ms, real index < 150 KB gzip.
Not part of the test suite (timings depend on the machine); tests/browser/test_search.py
only smoke-tests measure() on the real site.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kb.bench.synthetic_site import generate
from kb.languages import LANGUAGES
from kb.local_site import CHROMIUM_OPTIONS, build_site, free_port, serve
from kb.project import ROOT

QUERIES = {
    "real": {"en": "email marketing", "ar": "الاجتماعات الاسبوعية", "fa": "شبکه های اجتماعی"},
    "synthetic": {"en": "weekly marketing meeting", "ar": "الاجتماع الاسبوعي", "fa": "شبکه های اجتماعی"},
}

# Records, in the page, when each query's input event arrived and when its results were drawn.
RECORDER = """
window.__kbBench = {inputs: [], drawn: []};
document.addEventListener("input", e => {
  if (e.target.classList && e.target.classList.contains("md-search__input"))
    __kbBench.inputs.push({q: e.target.value, t: performance.now()});
}, true);
document.addEventListener("DOMContentLoaded", () => {
  const root = document.querySelector("[data-kb-search]");
  new MutationObserver(() => {
    const q = root.dataset.kbDrawn;
    requestAnimationFrame(() => setTimeout(() => __kbBench.drawn.push({q, t: performance.now()})));
  }).observe(root, {attributes: true, attributeFilter: ["data-kb-drawn"]});
});
"""


@dataclass
class Timing:
    first_results_ms: float  # load event -> first results on screen
    first_key_ms: float  # first key -> first results on screen
    keystroke_ms: list[float]  # each later key -> its results on screen


@dataclass
class Row:
    site: str
    lang: str
    pages: int
    query: str
    index_bytes: int
    index_gzip_bytes: int
    first_results_ms: float
    first_key_ms: float
    keystroke_median_ms: float
    keystroke_max_ms: float


def index_sizes(site_dir: Path, lang: str) -> tuple[int, int]:
    data = (site_dir / LANGUAGES[lang].root / "search" / "kb-index.json").read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6))


def measure(browser: Any, url: str, query: str, key_delay_ms: int = 150) -> Timing:
    """Open `url` in a fresh (cold) context and type `query` as soon as the page has loaded."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(RECORDER)
        page.goto(url, wait_until="load")
        page.keyboard.press("/")  # the shortcut: a click would add Playwright's actionability waits
        page.keyboard.type(query, delay=key_delay_ms)
        page.wait_for_function("q => __kbBench.drawn.some(d => d.q === q)", arg=query)
        record = page.evaluate("({...__kbBench, load: performance.getEntriesByType('navigation')[0].loadEventEnd})")
    finally:
        context.close()
    drawn = record["drawn"]
    first = next(d for d in drawn if d["q"])
    keystrokes = []
    for typed in record["inputs"]:
        if typed["t"] <= first["t"]:
            continue  # typed while the index was still on its way: counted in first results
        shown = next((d for d in drawn if d["q"] == typed["q"] and d["t"] >= typed["t"]), None)
        if shown:
            keystrokes.append(shown["t"] - typed["t"])
    return Timing(
        first_results_ms=first["t"] - record["load"],
        first_key_ms=first["t"] - record["inputs"][0]["t"],
        keystroke_ms=keystrokes,
    )


def bench_site(browser: Any, name: str, site_dir: Path, base_url: str, pages: int, runs: int) -> list[Row]:
    rows = []
    for lang, language in LANGUAGES.items():
        query = QUERIES[name][lang]
        timings = [measure(browser, base_url + language.root, query) for _ in range(runs)]
        keys = [ms for timing in timings for ms in timing.keystroke_ms] or [0.0]
        raw, packed = index_sizes(site_dir, lang)
        rows.append(
            Row(
                name,
                lang,
                pages,
                query,
                raw,
                packed,
                round(statistics.median(t.first_results_ms for t in timings), 1),
                round(statistics.median(t.first_key_ms for t in timings), 1),
                round(statistics.median(keys), 1),
                round(max(keys), 1),
            )
        )
    return rows


def table(rows: list[Row]) -> str:
    head = (
        f"{'site':<10} {'lang':<4} {'pages':>5} {'index KB':>9} {'gzip KB':>8} {'load->1st ms':>12} "
        f"{'key->1st ms':>11} {'key med ms':>10} {'key max ms':>10}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.site:<10} {r.lang:<4} {r.pages:>5} {r.index_bytes / 1024:>9.1f} {r.index_gzip_bytes / 1024:>8.1f} "
            f"{r.first_results_ms:>12.1f} {r.first_key_ms:>11.1f} {r.keystroke_median_ms:>10.1f} "
            f"{r.keystroke_max_ms:>10.1f}"
        )
    return "\n".join(lines)


def page_count(site_dir: Path, lang: str) -> int:
    return len(
        json.loads((site_dir / LANGUAGES[lang].root / "search" / "kb-index.json").read_text(encoding="utf-8"))["pages"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="synthetic pages per language (default 300)")
    parser.add_argument("--runs", type=int, default=3, help="cold page loads per language (default 3)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--real-only", action="store_true", help="skip the synthetic site")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM_OPTIONS)
        projects = {"real": ROOT}
        if not args.real_only:
            projects["synthetic"] = generate(Path(tmp) / "synthetic-project", args.pages)
        for name, project in projects.items():
            port = free_port()
            site_dir = Path(tmp) / f"{name}-site"
            print(f"building the {name} site ...", file=sys.stderr)
            build_site(project, site_dir, f"http://127.0.0.1:{port}/", exit_on_error=True)
            with serve(site_dir, port) as base_url:
                rows += bench_site(browser, name, site_dir, base_url, page_count(site_dir, "en"), args.runs)
        browser.close()
    print(table(rows))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
