"""The question at the foot of every page, in a real browser: keyboard-operable, in the
page's language, and "No" leads to a content-correction issue filled in with the page.
(axe, the privacy check and the CSP check cover it on every page.)"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from kb.content.pages import read_page
from kb.languages import LANGUAGES, page_url
from kb.project import DOCS
from tests.support.browser import RecordedPage
from tests.support.site import REPO_URL

PAGE = "tools/seo.md"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_was_this_page_helpful(recorded: RecordedPage, served_site: str, lang: str) -> None:
    strings = LANGUAGES[lang].strings["feedback"]
    recorded.open(served_site + page_url(lang, PAGE))
    page = recorded.page
    question = page.get_by_role("complementary", name=strings["question"])
    yes = question.get_by_role("button", name=strings["yes"])
    yes.focus()
    page.keyboard.press("Enter")
    assert question.get_by_role("status").inner_text() == strings["thanks"]
    report = question.get_by_role("link", name=strings["no"]).get_attribute("href")
    address = urlparse(report)
    fields = parse_qs(address.query)
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{REPO_URL}/issues/new"
    assert fields["template"] == ["content-correction.yml"]
    assert fields["page"] == [served_site + page_url(lang, PAGE)]
    assert fields["title"] == ["[Correction] " + str(read_page(DOCS / lang / PAGE).meta["title"])]
    assert not recorded.problems, "\n".join(recorded.problems)
