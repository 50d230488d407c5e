"""The Content-Security-Policy holds in the browser: a script or an event handler injected
into a page does not run, and the browser reports the violation. That normal use (every
page in both schemes, search, checklists, language switching, printing) causes no violation
is asserted by the other browser tests, whose pages report every violation as a problem."""

from __future__ import annotations

import pytest

from kb.languages import LANGUAGES
from tests.support.browser import RecordedPage

INJECT = """() => {
  const script = document.createElement("script")
  script.textContent = "window.__kbInjected = true"
  document.head.append(script)
  document.querySelector(".md-content").insertAdjacentHTML(
    "beforeend", '<img alt="" src="data:," onerror="window.__kbHandler = true">')
}"""


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_injected_inline_script_and_handler_are_blocked(recorded: RecordedPage, served_site: str, lang: str) -> None:
    recorded.open(served_site + LANGUAGES[lang].root + "tools/seo/")
    assert not recorded.csp_violations, recorded.csp_violations
    recorded.page.evaluate(INJECT)
    recorded.page.wait_for_function("() => document.querySelector('.md-content img[src=\"data:,\"]').complete")
    recorded.page.wait_for_timeout(100)  # the violation events are dispatched after the blocked attempt
    assert recorded.page.evaluate("[window.__kbInjected, window.__kbHandler]") == [None, None]
    assert len(recorded.csp_violations) == 2 and all(v.startswith("script-src") for v in recorded.csp_violations), (
        recorded.csp_violations
    )
