"""The tools of a page with template fields (kb/markdown/forms.py writes the fields).

Above the fields: clear, copy as text, share as a link, print with the entries and print
blank, with the strings overrides/assets/javascripts/templates.js writes, in the page's
language (kb/locales/<lang>.yml `template`, and a few of `checklist`); below them, for print
only, the sign-off lines and the page's address, as on the checklists. The booklet already
has the checklists' tools and print lines: it gets the strings alone, for the RACI check.
Written here, not by the script, so that nothing moves when the script starts.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.checklist_collections import script_attributes
from kb.content.partials import Markup, macro
from kb.languages import Language, language_and_source, languages_of

PARTIAL = "kb-templates.html"  # overrides/partials/: the tools' markup
CHECKLISTS_PARTIAL = "kb-checklists.html"  # the checklists' sign-off lines and print address, shared
FORM_MARKER = 'data-kb-form="'  # on each block of fields (kb/markdown/forms.py)
CHECKLIST_TOOLS = 'class="kb-page-tools"'  # the booklet: checklists.py wrote its tools already
FROM_CHECKLIST = ("copy", "copied", "copy_failed", "share_failed", "print_blank", "date", "printed")
FROM_TEMPLATE = (
    *("clear_confirm", "not_saved", "share_copied", "shared_intro", "shared_adopt", "shared_keep"),
    *("shared_adopted", "shared_invalid", "shared_value", "raci_none", "raci_many", "raci_ok"),
)


def strings_data(language: Language) -> Markup:
    """The attributes templates.js reads its words, digits and date style from."""
    strings = {key: language.strings["checklist"][key] for key in FROM_CHECKLIST}
    strings |= {key: language.strings["template"][key] for key in FROM_TEMPLATE}
    return Markup(script_attributes(language, strings))


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if FORM_MARKER not in content:
        return content
    lang, _ = language_and_source(page.file.src_uri)
    language = languages_of(config)[lang]
    if CHECKLIST_TOOLS in content:
        return macro(PARTIAL, "strings_holder")(strings_data(language)) + content  # empty: nothing to see
    signoff = macro(CHECKLISTS_PARTIAL, "signoff")(language.strings["checklist"])
    footer = macro(CHECKLISTS_PARTIAL, "print_url")(page.canonical_url or page.url)
    tools = macro(PARTIAL, "tools")(language.strings["template"], language.strings["checklist"], strings_data(language))
    return tools + content + signoff + footer
