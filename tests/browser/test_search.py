"""Site search in a real browser: typed queries, per-language results, interface, keyboard.

Queries come from tests/search-queries.tsv (the shared list), tests/search-queries-extra.tsv
(one row per kind of spelling variant, prefixes, English) and tests/search-queries-forms.tsv
(word forms and partial matches, as staff type them). Each is put into the search box of a
page in its language; one expected page must be among the first five results and no result
may belong to another language. Then the interface: its strings, plural-correct counts in the
page's digits, the partial-match line, the content request when nothing matches, and the
query's words highlighted on the page a result opens (axe-clean in both schemes).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import yaml

from kb.content.pages import page_sources
from kb.languages import LANGUAGES, page_path
from kb.local_site import RequestsInFlight
from kb.project import DOCS, ROOT
from tests.support.browser import COLOUR_RULES, axe_violations, record_csp_violations
from tests.support.search_engine import built_index
from tests.support.search_engine import search as engine_search
from tests.support.site import REPO_URL

QUERY_FILES = [
    ROOT / "tests" / "search-queries.tsv",
    ROOT / "tests" / "search-queries-extra.tsv",
    ROOT / "tests" / "search-queries-forms.tsv",
]
START_PAGE = "practices/empathy/"  # a deep page: the index URL must resolve to the language root
TOP = 5

# The search box's strings: ours (kb/locales/<lang>.yml `theme:`, overrides/partials/language.html).
STRING_KEYS = {
    "placeholder": "search.placeholder",
    "ready": "search.result.placeholder",
    "none": "search.result.none",
}
STRINGS = {
    lang: {name: language.strings["theme"][key] for name, key in STRING_KEYS.items()}
    for lang, language in LANGUAGES.items()
}
# A query whose words are the title of START_PAGE, per language.
TITLE_QUERY = {"en": "empathy", "ar": "التعاطف", "fa": "همدلی"}
NO_MATCH = "qqxzv"
# Per language: a word on the site with one it does not contain (a partial match), and a page
# expected in the first five; a query whose words come in other forms on the page, the page it opens, and
# words the highlight must mark there.
PARTIAL = {
    "en": ("communication etiquette", "practices/communicate/"),
    "ar": ("الدردشة الزبائن", "tools/live-chat/"),
    "fa": ("جلسه ویدیوکنفرانس", "checklists/weekly-leadership-sync/"),
}
FORMS = {
    "en": ("evaluate technologies", "practices/evaluating-new-technology/", {"Evaluating", "technology"}),
    "ar": ("تعاطف", "practices/empathy/", {"التعاطف"}),
    "fa": ("همدلانه", "practices/empathy/", {"همدلی"}),
}
# What Material's palette toggle sets for the dark scheme, then the end of its colour fade.
DARK_PALETTE = """async () => {
  document.body.setAttribute('data-md-color-scheme', 'slate')
  await new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
  await Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)))
}"""


def plural_category(lang: str, n: int) -> str:
    """CLDR's plural category of a whole number n (what Intl.PluralRules gives the browser)."""
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        return "few" if 3 <= n % 100 <= 10 else "many" if 11 <= n % 100 <= 99 else "other"
    if lang == "fa":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def count_text(lang: str, n: int) -> str:
    """The results count as the page must show it: the plural form, in the language's digits."""
    language = LANGUAGES[lang]
    form = language.strings["search"]["count"][plural_category(lang, n)]
    return form.replace("{count}", language.with_digits(str(n)))


def query_rows() -> list[pytest.param]:
    rows = []
    for path in QUERY_FILES:
        with path.open(encoding="utf-8", newline="") as tsv:
            for line, row in enumerate(csv.DictReader(tsv, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
                rows.append(
                    pytest.param(
                        row["lang"], row["query"], row["expected"].split("|"), id=f"{path.stem}:{line}:{row['lang']}"
                    )
                )
    return rows


class SearchPage:
    """A browser tab on a page of one language, recording what it fetches."""

    def __init__(self, browser: object, base: str, lang: str) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.base = base
        self.root = base + LANGUAGES[lang].root
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        record_csp_violations(self.context, also=self.errors)
        in_flight = RequestsInFlight(self.page)
        self.page.goto(self.root + START_PAGE, wait_until="load")
        in_flight.settle()

    def type_query(self, query: str) -> None:
        """Clear the box and type like a person, with key events; wait until results are drawn."""
        self.page.click(".md-search__input")
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Backspace")
        self.page.keyboard.type(query)
        self.page.wait_for_function("q => document.querySelector('[data-kb-search]').dataset.kbDrawn === q", arg=query)

    def enter_query(self, query: str) -> None:
        """Put the whole query in the box at once (one input event, as a paste does); wait
        until its results are drawn. Typing key by key is test_keyboard_and_instant_navigation's."""
        self.page.locator(".md-search__input").fill(query)
        self.page.wait_for_function("q => document.querySelector('[data-kb-search]').dataset.kbDrawn === q", arg=query)

    def result_pages(self) -> list[str]:
        return self.page.eval_on_selector_all(
            ".md-search-result__item > .md-search-result__link:first-child", "links => links.map(a => a.href)"
        )

    def result_links(self) -> list[str]:
        return self.page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")

    def foreign_links(self) -> list[str]:
        """Result links outside this language's part of the site."""
        others = [
            self.base + LANGUAGES[lang].root
            for lang in LANGUAGES
            if LANGUAGES[lang].root and self.base + LANGUAGES[lang].root != self.root
        ]
        return [
            url
            for url in self.result_links()
            if not url.startswith(self.root) or any(url.startswith(o) for o in others)
        ]

    def meta(self) -> str:
        return self.page.inner_text(".md-search-result__meta").strip()

    def is_open(self) -> bool:
        return self.page.evaluate("document.getElementById('__search').checked")


@pytest.fixture(scope="session")
def search_pages(browser: object, served_site: str) -> Iterator[dict[str, SearchPage]]:
    """One tab per language, reused by the query table (opening a tab per query is slow)."""
    pages = {lang: SearchPage(browser, served_site, lang) for lang in LANGUAGES}
    yield pages
    for page in pages.values():
        page.context.close()


@pytest.fixture
def fresh(browser: object, served_site: str, request: pytest.FixtureRequest) -> Iterator[SearchPage]:
    page = SearchPage(browser, served_site, request.param)
    yield page
    page.context.close()


def searchable(lang: str, source: str) -> bool:
    """False for a page whose front matter says `search: {exclude: true}` (Material's convention)."""
    text = (DOCS / lang / source).read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}
    return not (isinstance(meta.get("search"), dict) and meta["search"].get("exclude"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_index_of_its_own_pages(site: Path, lang: str) -> None:
    pieces = built_index(site / LANGUAGES[lang].root / "search")
    index = pieces["kb-index.json"]
    assert index["lang"] == lang
    expected = sorted(page_path(src) for src in page_sources(DOCS, lang) if searchable(lang, src))
    assert sorted(url for url, _title, _sections in index["pages"]) == expected
    assert all(title and sections for _url, title, sections in index["pages"])
    assert all(len(pieces[f"{index['dir']}page-{n}.json"]) == page[2] for n, page in enumerate(index["pages"]))
    # Print-only lines (sign-off fields, the page address) are marked data-search-exclude.
    signoff = LANGUAGES[lang].t("checklist.signoff") + ":"
    assert signoff in (site / LANGUAGES[lang].root / "checklists" / "tool-adoption" / "index.html").read_text(
        encoding="utf-8"
    )
    assert signoff not in json.dumps(pieces, ensure_ascii=False)
    # Material's all-languages index is never fetched (test_only_this_language_index_is_fetched).
    assert not (site / "search" / "search_index.json").exists()


@pytest.mark.parametrize(("lang", "query", "expected"), query_rows())
def test_query_finds_an_expected_page_in_its_language(
    search_pages: dict[str, SearchPage], lang: str, query: str, expected: list[str]
) -> None:
    tab = search_pages[lang]
    tab.enter_query(query)
    top = tab.result_pages()[:TOP]
    wanted = [tab.root + path for path in expected]
    assert set(top) & set(wanted), f"{query!r} on {lang}: none of {expected} in the first {TOP}: {top}"
    assert not tab.foreign_links(), f"{query!r} on {lang}: results from another language: {tab.foreign_links()}"
    assert not tab.errors


@pytest.mark.parametrize("fresh", LANGUAGES, indirect=True, ids=LANGUAGES)
def test_interface_is_in_the_page_language_and_direction(fresh: SearchPage) -> None:
    lang = fresh.page.evaluate("document.documentElement.lang")
    strings = STRINGS[lang]
    box = fresh.page.locator(".md-search__input")
    assert box.get_attribute("placeholder") == strings["placeholder"]
    assert box.evaluate("el => getComputedStyle(el).direction") == LANGUAGES[lang].direction
    assert (
        fresh.page.evaluate("getComputedStyle(document.querySelector('.md-search-result')).direction")
        == LANGUAGES[lang].direction
    )
    fresh.type_query(NO_MATCH)
    assert fresh.meta() == strings["none"] + " " + LANGUAGES[lang].strings["search"]["request"]
    fresh.type_query(TITLE_QUERY[lang])
    count = len(fresh.result_pages())
    assert count > 1
    assert fresh.meta() == count_text(lang, count)
    assert fresh.result_pages()[0] == fresh.root + START_PAGE, "the page titled with the query must come first"
    fresh.type_query("")
    assert fresh.meta() == strings["ready"]


@pytest.mark.parametrize("fresh", LANGUAGES, indirect=True, ids=LANGUAGES)
def test_only_this_language_index_is_fetched(fresh: SearchPage) -> None:
    fresh.type_query(TITLE_QUERY[fresh.page.evaluate("document.documentElement.lang")])
    searchy = [url for url in fresh.requests if "search" in url.rsplit("/", 1)[-1] or "/search/" in url]
    indexes = [url for url in searchy if url.endswith(".json")]
    assert indexes[0] == fresh.root + "search/kb-index.json", searchy
    assert all(url.startswith(fresh.root + "search/") for url in indexes), searchy
    assert len(indexes) == len(set(indexes)), f"a piece of the index was fetched twice: {searchy}"
    assert not [url for url in fresh.requests if "workers/search" in url], "Material's lunr worker was started"


@pytest.mark.parametrize("fresh", LANGUAGES, indirect=True, ids=LANGUAGES)
def test_keyboard_and_instant_navigation(fresh: SearchPage) -> None:
    page = fresh.page
    lang = page.evaluate("document.documentElement.lang")
    page.evaluate("window.__sameDocument = true")
    page.keyboard.press("/")
    assert fresh.is_open()
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type(TITLE_QUERY[lang])
    page.wait_for_function(
        "q => document.querySelector('[data-kb-search]').dataset.kbDrawn === q", arg=TITLE_QUERY[lang]
    )
    links = fresh.result_links()
    focused = "document.activeElement.href"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == links[0]
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == links[1]
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == links[0]
    page.keyboard.press("Escape")
    assert not fresh.is_open()

    # Open a result from the keyboard: instant navigation loads it in the same document.
    fresh.requests.clear()
    page.goto(fresh.root, wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")
    page.keyboard.press("s")
    page.keyboard.type(TITLE_QUERY[lang])
    page.wait_for_function(
        "q => document.querySelector('[data-kb-search]').dataset.kbDrawn === q", arg=TITLE_QUERY[lang]
    )
    page.keyboard.press("Enter")
    page.wait_for_url(fresh.root + START_PAGE)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__sameDocument === true"), "the result did not open with instant navigation"
    assert not fresh.is_open()

    # Search still works on the page instant navigation brought in, from the same index.
    fresh.type_query(NO_MATCH)
    fresh.type_query(TITLE_QUERY[lang])
    assert fresh.result_pages()[0] == fresh.root + START_PAGE
    assert fresh.requests.count(fresh.root + "search/kb-index.json") == 1
    assert not fresh.errors, fresh.errors


@pytest.mark.parametrize(
    ("lang", "query", "marked"),
    [
        ("fa", "كوتاه كننده لينك", ["کوتاه‌کنندهٔ", "لینک"]),  # half-space, Persian kaf and yeh, ezafe as on the page
        ("ar", "خارطه طريق", ["خارطة", "طريق"]),  # teh marbuta as on the page
        ("ar", "التَّعَاطُف", ["التعاطف"]),
        ("en", "PUSH notif", ["Push", "notifications"]),
    ],
)
def test_highlights_show_the_page_own_spelling(
    search_pages: dict[str, SearchPage], lang: str, query: str, marked: list[str]
) -> None:
    tab = search_pages[lang]
    tab.type_query(query)
    first = tab.page.locator(".md-search-result__item").first
    marks = first.locator("h1 mark, h2 mark, p mark").all_text_contents()
    assert set(marked) <= set(marks), f"{query!r}: marks {marks}"


def test_benchmark_measures_the_real_site(browser: object, served_site: str, site: Path) -> None:
    """Smoke test of kb/bench/search.py: it measures, whatever the numbers (no timing asserted)."""
    from kb.bench.search import index_sizes, measure

    raw, packed, manifest = index_sizes(site, "fa")
    assert 0 < manifest < packed < raw
    # Long enough to be still typing when the first results arrive, however busy the machine.
    timing = measure(browser, served_site + LANGUAGES["fa"].root, "همدلی میان بازاریابی و فناوری", key_delay_ms=80)
    assert timing.first_results_ms > 0
    assert timing.keystroke_ms, "no keystroke after the first results was measured"
    assert 0 < timing.query_bytes < raw, "the query fetched pieces of the index, not all of it (served as is here)"


# Queries whose numbers of results fall in different plural categories (Arabic has six).
COUNT_QUERIES = {
    "en": ["webinar", "CMO Council", "empathy", "marketing"],
    "ar": ["البودكاست", "فوربس", "نيل", "CMO", "التعاطف", "التسويق", "الرقمي"],  # one, two, few, many
    "fa": ["پادکست", "سئو", "همدلی", "بازاریابی"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_count_is_plural_correct_in_the_page_digits(
    search_pages: dict[str, SearchPage], site: Path, lang: str
) -> None:
    tab = search_pages[lang]
    index = built_index(site / LANGUAGES[lang].root / "search")
    categories = set()
    for query in COUNT_QUERIES[lang]:
        count = len(engine_search(index, query, built=True))  # every result, not only those drawn
        tab.enter_query(query)
        assert tab.meta() == count_text(lang, count), f"{query!r}: {count} results"
        categories.add(plural_category(lang, count))
    assert len(categories) >= (4 if lang == "ar" else 2), f"the queries cover only {categories}"
    other_digits = set("0123456789") - set(LANGUAGES[lang].digits)
    assert not set(tab.meta()) & other_digits, "digits of another language in the count"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_query_with_some_words_on_the_site_shows_pages_with_some(
    search_pages: dict[str, SearchPage], lang: str
) -> None:
    query, expected = PARTIAL[lang]
    tab = search_pages[lang]
    tab.enter_query(query)
    assert tab.meta() == LANGUAGES[lang].strings["search"]["partial"]
    assert tab.root + expected in tab.result_pages()[:TOP]
    assert not tab.foreign_links()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_found_offers_a_prefilled_content_request(search_pages: dict[str, SearchPage], lang: str) -> None:
    tab = search_pages[lang]
    query = NO_MATCH + " zzqv"
    tab.enter_query(query)
    assert not tab.result_pages()
    request = tab.page.locator(".md-search-result__meta a.kb-search-request")
    assert request.inner_text() == LANGUAGES[lang].strings["search"]["request"]
    address = urlparse(request.get_attribute("href"))
    fields = parse_qs(address.query)
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{REPO_URL}/issues/new"
    assert fields["template"] == ["content-request.yml"]
    assert fields["title"] == ["[Request] " + query]
    assert fields["query"] == [query]
    assert fields["language"] == [f"{LANGUAGES['en'].t('languages.' + lang)} ({lang})"]
    template = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "content-request.yml").read_text("utf-8"))
    ids = {field.get("id") for field in template["body"]}
    assert {"query", "language"} <= ids and template["title"] == "[Request] "
    assert not [url for url in tab.requests if url.startswith(REPO_URL)], "something was sent before a click"


@pytest.mark.parametrize("fresh", LANGUAGES, indirect=True, ids=LANGUAGES)
def test_the_opened_page_highlights_the_query_words_in_any_form(fresh: SearchPage) -> None:
    page = fresh.page
    lang = page.evaluate("document.documentElement.lang")
    strings = LANGUAGES[lang].strings["search"]
    query, target, marked = FORMS[lang]
    fresh.type_query(query)
    page.locator(".md-search-result__item > .md-search-result__link").first.click()
    page.wait_for_url(fresh.root + target)
    page.wait_for_selector("mark.kb-highlight")
    marks = set(page.locator(".md-content mark.kb-highlight").all_text_contents())
    assert marked <= marks, f"{query!r}: marked {marks}"
    bar = page.locator(".kb-highlight-bar")
    assert bar.locator("p").inner_text() == strings["highlighted"]
    assert bar.evaluate("el => getComputedStyle(el).direction") == LANGUAGES[lang].direction
    problems = [f"light: {v}" for v in axe_violations(page, within=".md-content")]
    page.evaluate(DARK_PALETTE)
    problems += [f"dark: {v}" for v in axe_violations(page, COLOUR_RULES, ".md-content")]
    assert not problems, "\n".join(problems)
    bar.get_by_role("button", name=strings["clear_highlight"]).click()
    assert page.locator("mark.kb-highlight").count() == 0
    assert page.locator(".kb-highlight-bar").count() == 0
    assert not fresh.errors, fresh.errors
