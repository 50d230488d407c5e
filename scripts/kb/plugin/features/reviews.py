"""Who answers for each page and when it was last checked, on every page; a notice on a page
past its review date.

The facts come from the English page's front matter (owner, reviewed, review_interval_days:
kb/content/reviews.py), for it and for its Arabic and Persian pages alike; the owner's name from
kb/owners.yml, in the page's language; the dates are written by revision_date.written_date, the
same code as the "last updated" line (Persian: Solar Hijri, Persian digits); the words from
kb/locales/<lang>.yml (`review`). A page is overdue when the day the build judges by (the
plugin's `today`, KB_TODAY, for tests; else the day the build started) is after its due day:
it then opens with a notice, `data-kb-review="overdue"`, that says since when and whom to ask.
Every page ends with a line naming its owner, its last review and its next. Both are left out of
the search index (they run after search_index.py, and carry data-search-exclude).
A page naming an owner kb/owners.yml does not list is a warning (so --strict fails); a page
without the facts shows neither (`make check` names it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from kb.content.owners import load_owners, unknown_owner
from kb.content.partials import macro
from kb.content.reviews import OVERDUE, Review, english_review, review_of
from kb.languages import Language, default_language, language_and_source, languages_of
from kb.plugin.features.revision_date import written_date

log = get_plugin_logger("reviews")


def page_review(page: Page, config: MkDocsConfig, default_interval: int) -> Review | None:
    """The review facts that hold for a page: its own if English, else its English page's."""
    lang, source = language_and_source(page.file.src_uri)
    languages = languages_of(config)
    english = default_language(languages)
    if lang == english:
        return review_of(source, page.meta, default_interval)
    docs = Path(config.docs_dir)
    if not (docs / english / source).is_file():
        return None
    return english_review(docs, source, default_interval, languages)


PARTIAL = "kb-reviews.html"  # overrides/partials/: the notice's and the owner line's markup


def notice(language: Language, values: dict[str, str]) -> str:
    title, text = (language.t(f"review.overdue_{part}", **values) for part in ("title", "text"))
    return macro(PARTIAL, "notice")(title, text) + "\n"


def facts(language: Language, values: dict[str, str], state: str) -> str:
    return "\n" + macro(PARTIAL, "facts")(language.t("review.facts", **values), state)


def on_page_content(
    content: str, page: Page, config: MkDocsConfig, files: object, default_interval: int, today: date
) -> str:
    review = page_review(page, config, default_interval)
    if review is None or review.owner is None or review.reviewed is None or review.due is None:
        return content
    language = languages_of(config)[language_and_source(page.file.src_uri)[0]]
    owner = load_owners().get(review.owner)
    if owner is None:
        if language.default:  # once, not once per language
            log.warning(f"docs/{page.file.src_uri}: {unknown_owner(review.owner, load_owners())}")
        return content
    values = {
        "owner": owner.names[language.code],
        "reviewed": written_date(review.reviewed, language),
        "due": written_date(review.due, language),
    }
    state = review.state(today)
    if state == OVERDUE:
        log.info(f"docs/{page.file.src_uri}: due for review since {review.due.isoformat()} ({review.owner})")
        content = notice(language, values) + content
    return content + facts(language, values, state.replace(" ", "-"))
