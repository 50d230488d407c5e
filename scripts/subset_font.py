"""Subset Vazirmatn to the Arabic-script characters this site needs, as one WOFF2 file.

Usage: python -m scripts.subset_font

Reads the variable font from the npm package (node_modules/vazirmatn, pinned in
package.json) and writes overrides/assets/fonts/vazirmatn-arabic.woff2 with the font's
licence beside it. The subset keeps both alphabets in full, the digits and punctuation of
both languages, the marks, and every other Arabic-script character used in docs/ar,
docs/fa or mkdocs.yml, so that a new page rarely needs a new subset; tests/test_fonts.py
fails, naming the missing characters, when one does.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "vazirmatn" / "fonts" / "webfonts" / "Vazirmatn[wght].woff2"
LICENCE = ROOT / "node_modules" / "vazirmatn" / "OFL.txt"
TARGET = ROOT / "overrides" / "assets" / "fonts" / "vazirmatn-arabic.woff2"

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
PERSIAN_LETTERS = "پچژکگی"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"  # tashkeel, hamza, alef
DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
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


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: run `npm ci` first.", file=sys.stderr)
        return 1
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep the joining forms and ligatures Arabic script needs
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in wanted_characters()] + [0x20, 0xA0])
    subsetter.subset(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(TARGET), options)
    shutil.copyfile(LICENCE, TARGET.parent / "Vazirmatn-OFL.txt")
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
