"""Measure site search: index size per language and typing-to-results time, real and synthetic.

Usage: python -m kb.bench.search [--pages 300 1000] [--runs 3] [--json results.json] [--real-only] [--pagefind]

Builds the real site and synthetic ones (kb/bench/synthetic_site.py, each --pages per
language) into temporary folders, serves each on 127.0.0.1 gzipped as hosts serve it, and
drives Debian's Chromium: a cold page load, then, once the page has settled (network idle,
as a reader opening search would find it), real typing, one key every 150 ms. Per language:
- index: all of <language root>/search/ (kb-index.json and its pieces), raw and gzip
  (level 6, as servers send it), and kb-index.json alone, which every query starts from;
- first query: the index's files the page fetched, as sent, from opening the page until the
  whole query's results are on screen (kb-index.json, the pieces its words need and its
  result pages);
- first results: from the first key to the first results on screen;
- keystroke: from each later key's input event to its results on screen (median, max).
"On screen" is the frame after search.js marks the results drawn (data-kb-drawn).
With --pagefind, each site is also indexed by Pagefind and queried through its own API on a
bare page of each language, measured the same way (its bundle's files count as the index).
Aims (issue 14, at 1,000 pages per language): first query <= 200 KB gzip, first results
<= 300 ms, keystroke <= 50 ms.
Not part of the test suite (timings depend on the machine); tests/browser/test_search.py
only smoke-tests measure() on the real site.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
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
  if (root) new MutationObserver(() => {
    const q = root.dataset.kbDrawn;
    requestAnimationFrame(() => setTimeout(() => __kbBench.drawn.push({q, t: performance.now()})));
  }).observe(root, {attributes: true, attributeFilter: ["data-kb-drawn"]});
});
"""


@dataclass
class Timing:
    first_results_ms: float  # first key -> first results on screen
    keystroke_ms: list[float]  # each later key -> its results on screen
    query_bytes: int  # the index's files fetched (as sent, gzipped) from opening the page to the last results


@dataclass
class Row:
    site: str
    lang: str
    pages: int
    query: str
    index_bytes: int
    index_gzip_bytes: int
    manifest_gzip_bytes: int
    query_gzip_bytes: int
    first_results_ms: float
    keystroke_median_ms: float
    keystroke_max_ms: float


def index_sizes(site_dir: Path, lang: str) -> tuple[int, int, int]:
    """Raw and gzipped bytes of a language's whole index, and kb-index.json gzipped."""
    folder = site_dir / LANGUAGES[lang].root / "search"
    files = [path.read_bytes() for path in sorted(folder.rglob("*.json"))]
    manifest = (folder / "kb-index.json").read_bytes()
    return sum(map(len, files)), sum(len(gzip.compress(data, 6)) for data in files), len(gzip.compress(manifest, 6))


# Pagefind, for comparison (issue 14): its own index of the same built site, queried through
# its JavaScript API from a bare page of the language (it picks the index by <html lang>),
# which fetches the first five results' data as our search fetches the drawn pages.
PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><meta charset="utf-8"><title>Pagefind</title>
<input class="md-search__input">
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
let latest = "";
document.querySelector("input").addEventListener("input", async event => {{
  const q = (latest = event.target.value);
  const search = await pagefind.search(q);
  await Promise.all(search.results.slice(0, 5).map(result => result.data()));
  if (latest === q) requestAnimationFrame(() => setTimeout(() => __kbBench.drawn.push({{q, t: performance.now()}})));
}});
</script>"""


def add_pagefind(site_dir: Path) -> None:
    """Index the built site with Pagefind (pinned in requirements.txt) and add its query pages."""
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent"], check=True)
    for lang in LANGUAGES:
        (site_dir / f"pagefind-{lang}.html").write_text(PAGEFIND_PAGE.format(lang=lang), encoding="utf-8")


def measure(browser: Any, url: str, query: str, key_delay_ms: int = 150, *, search_page: bool = True) -> Timing:
    """Open `url` in a fresh (cold) context and, once it has settled as a reader would see it,
    type `query` (on a site page after the "/" shortcut; on a Pagefind page into its box)."""
    context = browser.new_context()
    fetched: list[Any] = []
    # The context sees a worker's requests too (Pagefind may search in one).
    context.on("requestfinished", lambda request: fetched.append(request))
    try:
        page = context.new_page()
        page.add_init_script(RECORDER)
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        if search_page:
            page.keyboard.press("/")  # the shortcut: a click would add Playwright's actionability waits
        else:
            page.focus(".md-search__input")
        page.keyboard.type(query, delay=key_delay_ms)
        page.wait_for_function("q => __kbBench.drawn.some(d => d.q === q)", arg=query)
        record = page.evaluate("__kbBench")
        index_bytes = sum(
            request.sizes()["responseBodySize"]
            for request in fetched
            if "/search/" in request.url or "/pagefind/" in request.url
        )
    finally:
        context.close()
    drawn = record["drawn"]
    first = next(d for d in drawn if d["q"])
    keystrokes = []
    for typed in record["inputs"]:
        if typed["t"] <= first["t"]:
            continue  # typed before the first results: counted in those
        shown = next((d for d in drawn if d["q"] == typed["q"] and d["t"] >= typed["t"]), None)
        if shown:
            keystrokes.append(shown["t"] - typed["t"])
    return Timing(first["t"] - record["inputs"][0]["t"], keystrokes, index_bytes)


def pagefind_sizes(site_dir: Path, lang: str) -> tuple[int, int, int]:
    """Pagefind's counterpart of index_sizes: its script, its entry file and the language's
    index, fragments, metadata and WebAssembly (a language it cannot stem shares "unknown")."""
    shared = {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"}
    files = [
        path.read_bytes()
        for path in sorted((site_dir / "pagefind").rglob("*"))
        if path.name in shared or path.name.startswith((f"{lang}_", f"pagefind.{lang}_", f"wasm.{lang}."))
    ]
    entry = (site_dir / "pagefind" / "pagefind-entry.json").read_bytes()
    return sum(map(len, files)), sum(len(gzip.compress(data, 6)) for data in files), len(gzip.compress(entry, 6))


def bench_site(
    browser: Any, queries: dict[str, str], name: str, site_dir: Path, base_url: str, pages: int, runs: int
) -> list[Row]:
    rows = []
    pagefind = name.endswith("pagefind")
    for lang, language in LANGUAGES.items():
        query = queries[lang]
        url = base_url + (f"pagefind-{lang}.html" if pagefind else language.root)
        timings = [measure(browser, url, query, search_page=not pagefind) for _ in range(runs)]
        keys = [ms for timing in timings for ms in timing.keystroke_ms] or [0.0]
        raw, packed, manifest = (pagefind_sizes if pagefind else index_sizes)(site_dir, lang)
        rows.append(
            Row(
                name,
                lang,
                pages,
                query,
                raw,
                packed,
                manifest,
                max(t.query_bytes for t in timings),
                round(statistics.median(t.first_results_ms for t in timings), 1),
                round(statistics.median(keys), 1),
                round(max(keys), 1),
            )
        )
    return rows


def table(rows: list[Row]) -> str:
    head = (
        f"{'site':<19} {'lang':<4} {'pages':>5} {'index KB':>9} {'gzip KB':>8} {'first gz':>8} {'query gz':>8} "
        f"{'1st results ms':>14} {'key med ms':>10} {'key max ms':>10}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.site:<19} {r.lang:<4} {r.pages:>5} {r.index_bytes / 1024:>9.1f} {r.index_gzip_bytes / 1024:>8.1f} "
            f"{r.manifest_gzip_bytes / 1024:>8.1f} {r.query_gzip_bytes / 1024:>8.1f} "
            f"{r.first_results_ms:>14.1f} {r.keystroke_median_ms:>10.1f} "
            f"{r.keystroke_max_ms:>10.1f}"
        )
    lines.append(
        "first gz: the file every query starts from (kb-index.json; Pagefind's entry file); query gz: all the"
        " index's files the first query fetched, from opening the page to its results, as sent"
    )
    return "\n".join(lines)


def page_count(site_dir: Path, lang: str) -> int:
    manifest = site_dir / LANGUAGES[lang].root / "search" / "kb-index.json"
    return len(json.loads(manifest.read_text(encoding="utf-8"))["pages"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, nargs="+", default=[300, 1000], help="synthetic sites' pages per language (300 1000)"
    )
    parser.add_argument("--runs", type=int, default=3, help="cold page loads per language (default 3)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--real-only", action="store_true", help="skip the synthetic sites")
    parser.add_argument("--pagefind", action="store_true", help="also index each site with Pagefind and measure it")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM_OPTIONS)
        projects = {"real": ROOT}
        if not args.real_only:
            for pages in args.pages:
                projects[f"synth-{pages}"] = generate(Path(tmp) / f"synthetic-{pages}", pages)
        for name, project in projects.items():
            port = free_port()
            site_dir = Path(tmp) / f"{name}-site"
            print(f"building the {name} site ...", file=sys.stderr)
            build_site(project, site_dir, f"http://127.0.0.1:{port}/", exit_on_error=True)
            queries = QUERIES["real" if name == "real" else "synthetic"]
            pages = page_count(site_dir, "en")
            with serve(site_dir, port, compress=True) as base_url:
                rows += bench_site(browser, queries, name, site_dir, base_url, pages, args.runs)
                if args.pagefind:
                    add_pagefind(site_dir)
                    rows += bench_site(browser, queries, f"{name} pagefind", site_dir, base_url, pages, args.runs)
        browser.close()
    print(table(rows))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
