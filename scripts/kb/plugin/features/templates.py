"""The tools of a page with template fields (kb/markdown/forms.py writes the fields).

Above the fields: clear, copy as text, share as a link, print with the entries and print
blank, with the strings overrides/assets/javascripts/templates.js writes, in the page's
language (kb/locales/<lang>.yml `template`, and a few of `checklist`); below them, for print
only, the sign-off lines and the page's address, as on the checklists. The booklet already
has the checklists' tools and print lines: it gets the strings alone, for the RACI check.
Written here, not by the script, so that nothing moves when the script starts.
"""

from __future__ import annotations

import html
import json

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.partials import macro
from kb.languages import LANGUAGES, Language, language_and_source

CHECKLISTS_PARTIAL = "kb-checklists.html"  # the checklists' buttons, sign-off lines and print address, shared
FORM_MARKER = 'data-kb-form="'  # on each block of fields (kb/markdown/forms.py)
CHECKLIST_TOOLS = 'class="kb-page-tools"'  # the booklet: checklists.py wrote its tools already
FROM_CHECKLIST = ("copy", "copied", "copy_failed", "share_failed", "print_blank", "date", "printed")
FROM_TEMPLATE = (
    *("clear_confirm", "not_saved", "share_copied", "shared_intro", "shared_adopt", "shared_keep"),
    *("shared_adopted", "shared_invalid", "shared_value", "raci_none", "raci_many", "raci_ok"),
)


def strings_data(language: Language) -> str:
    """The attributes templates.js reads its words, digits and date style from."""
    strings = {key: language.strings["checklist"][key] for key in FROM_CHECKLIST}
    strings |= {key: language.strings["template"][key] for key in FROM_TEMPLATE}
    text = json.dumps(strings, ensure_ascii=False)
    return (
        f'data-kb-form-strings data-kb-strings="{html.escape(text, quote=True)}" data-kb-lang="{language.code}" '
        f'data-kb-digits="{language.digits}" data-kb-date-locale="{language.date_locale}"'
    )


def button(label: str, action: str) -> str:
    return macro(CHECKLISTS_PARTIAL, "button")(label, action)


def tools(language: Language) -> str:
    words = language.strings["template"]
    label = html.escape(words["tools"], quote=True)
    buttons = (
        button(words["clear"], "clear")
        + button(language.strings["checklist"]["copy"], "copy")
        + button(words["share"], "share")
        + button(words["print"], "print")
        + button(language.strings["checklist"]["print_blank"], "print-blank")
    )
    return (
        f'<div class="kb-form-tools" role="group" aria-label="{label}" {strings_data(language)} data-search-exclude>'
        f'{buttons}<p class="kb-status" role="status"></p></div>'
        '<p class="kb-print-date" data-search-exclude></p>'  # print only: "Printed on <date>" (templates.js)
    )


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if FORM_MARKER not in content:
        return content
    lang, _ = language_and_source(page.file.src_uri)
    language = LANGUAGES[lang]
    if CHECKLIST_TOOLS in content:
        return f"<div {strings_data(language)}></div>" + content  # empty: nothing to see
    signoff = macro(CHECKLISTS_PARTIAL, "signoff")(language.strings["checklist"])
    footer = macro(CHECKLISTS_PARTIAL, "print_url")(page.canonical_url or page.url)
    return tools(language) + content + signoff + footer
