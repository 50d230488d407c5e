"""Subset Vazirmatn to the Arabic-script characters this site needs, one WOFF2 file per weight.

Usage: make font (python -m kb.subset_font)

Reads the variable font from the npm package (node_modules/vazirmatn, pinned in
package.json) and writes overrides/assets/fonts/vazirmatn-arabic-<weight>.woff2 for the
weights Material uses (300 for large headings, 400 for text, 700 for bold), with the font's
licence beside them. Static instances, not the variable font: Chromium embeds a variable
font in a printed PDF as nameless Type 3 glyphs, and the static files are smaller too.
The subset keeps both alphabets in full, the digits and punctuation of both languages,
the marks, and every other Arabic-script character used in docs/ar, docs/fa or
mkdocs.yml, so that a new page rarely needs a new subset; tests/unit/test_font_subset.py
fails, naming the missing characters, when one does.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

from kb.languages import LANGUAGES
from kb.project import ROOT

SOURCE = ROOT / "node_modules" / "vazirmatn" / "fonts" / "webfonts" / "Vazirmatn[wght].woff2"
LICENCE = ROOT / "node_modules" / "vazirmatn" / "OFL.txt"
FONTS = ROOT / "overrides" / "assets" / "fonts"
WEIGHTS = (300, 400, 700)

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
PERSIAN_LETTERS = "پچژکگی"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"  # tashkeel, hamza, alef
# Arabic-Indic digits (U+0660..), which readers may paste or quote, and each language's own.
DIGITS = "".join(chr(0x0660 + n) for n in range(10)) + "".join(language.digits for language in LANGUAGES.values())
PUNCTUATION = "،؛؟٪٫٬«»ـ\u200c\u200d"
BASE_CHARACTERS = ARABIC_LETTERS + PERSIAN_LETTERS + MARKS + DIGITS + PUNCTUATION


def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF


def characters_used(root: Path = ROOT) -> set[str]:
    """Every Arabic-script character in the site's sources."""
    sources = [*(root / "docs").rglob("*.md"), root / "mkdocs.yml"]
    return {char for path in sources for char in path.read_text(encoding="utf-8") if is_arabic_script(char)}


def wanted_characters(root: Path = ROOT) -> set[str]:
    return set(BASE_CHARACTERS) | characters_used(root)


def font_file(weight: int) -> Path:
    return FONTS / f"vazirmatn-arabic-{weight}.woff2"


def write_subset(weight: int, characters: set[str]) -> Path:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep the joining forms and ligatures Arabic script needs
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = instancer.instantiateVariableFont(TTFont(str(SOURCE)), {"wght": weight}, updateFontNames=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in characters] + [0x20, 0xA0])
    subsetter.subset(font)
    target = font_file(weight)
    subset.save_font(font, str(target), options)
    return target


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: run `npm ci` first.", file=sys.stderr)
        return 1
    FONTS.mkdir(parents=True, exist_ok=True)
    characters = wanted_characters()
    for weight in WEIGHTS:
        target = write_subset(weight, characters)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    shutil.copyfile(LICENCE, FONTS / "Vazirmatn-OFL.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
