"""What a reader transfers on the real site (page-weight budgets) and Lighthouse's
deterministic scores. Timings are printed by kb/bench/build.py (make bench), never asserted."""

from __future__ import annotations

import pytest

from kb.bench.build import CHECKLIST_PAGE, lighthouse
from kb.bench.page_weight import FIRST_VISIT_BUDGET, SECOND_PAGE_BUDGET, visit
from kb.languages import LANGUAGES, page_url
from tests.support.site import HEAVIEST_PAGE

# The heaviest page (tests/build/test_built_pages.py keeps it so) and an ordinary checklist,
# in every language: every page loads the same assets, so the pages between are within too.
CHECKLIST_PAGES = [(lang, src) for lang in LANGUAGES for src in (HEAVIEST_PAGE, "checklists/tool-adoption.md")]


@pytest.mark.parametrize(("lang", "source"), CHECKLIST_PAGES, ids=[f"{lang}/{src}" for lang, src in CHECKLIST_PAGES])
def test_checklist_page_weight_is_within_budget(browser: object, served_site: str, lang: str, source: str) -> None:
    first, second = visit(browser, served_site + page_url(lang, source))
    assert first.total <= FIRST_VISIT_BUDGET, (
        f"docs/{lang}/{source}: a first visit transfers {first.total / 1024:.1f} KB compressed, "
        f"over the {FIRST_VISIT_BUDGET // 1024} KB budget:\n{first.describe()}"
    )
    assert second.files, "following the footer link fetched nothing: the next page was not loaded"
    assert second.total <= SECOND_PAGE_BUDGET, (
        f"docs/{lang}/{source}: the next page transfers {second.total / 1024:.1f} KB compressed, "
        f"over the {SECOND_PAGE_BUDGET // 1024} KB budget:\n{second.describe()}"
    )
    # Right-to-left pages paint in the site's own Arabic-script font: it is part of the weight.
    # (English pages may fetch it too, for the language switcher's "العربية" and "فارسی".)
    if LANGUAGES[lang].direction == "rtl":
        assert any(url.endswith(".woff2") for url in first.files), first.describe()


@pytest.mark.slow
def test_lighthouse_scores_an_arabic_checklist_page(served_site: str) -> None:
    """Accessibility, best practices and SEO are deterministic: they must be perfect.
    Performance depends on the machine (and on gzip, which the test server lacks); `make
    bench` prints it."""
    scores = lighthouse(f"{served_site}ar/{CHECKLIST_PAGE}")
    assert {name: scores[name] for name in ("accessibility", "best-practices", "seo")} == {
        "accessibility": 1,
        "best-practices": 1,
        "seo": 1,
    }, scores
    assert 0 < scores["performance"] <= 1
