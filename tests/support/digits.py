"""Every digit a page could show: Western, Arabic-Indic (U+0660-U+0669, which no language
here writes but readers type) and each site language's own (kb/locales)."""

from __future__ import annotations

from kb.languages import LANGUAGES, WESTERN_DIGITS

ARABIC_INDIC = {chr(0x0660 + n) for n in range(10)}
ALL_DIGITS = (
    set(WESTERN_DIGITS) | ARABIC_INDIC | {digit for language in LANGUAGES.values() for digit in language.digits}
)
