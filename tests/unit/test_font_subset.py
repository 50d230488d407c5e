"""The self-hosted Arabic-script font covers every character the Arabic and Persian pages use."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from kb import subset_font


@pytest.mark.parametrize("weight", subset_font.WEIGHTS)
def test_font_subset_covers_every_arabic_script_character_in_the_docs(weight: int) -> None:
    font = TTFont(str(subset_font.font_file(weight)))
    covered = {chr(code) for code in font.getBestCmap()}
    missing = sorted(subset_font.characters_used() - covered)
    assert not missing, (
        f"{subset_font.font_file(weight).name} lacks {' '.join(f'U+{ord(c):04X} {c}' for c in missing)}: "
        "run `make font` and commit the new subsets"
    )


@pytest.mark.parametrize("weight", subset_font.WEIGHTS)
def test_font_subset_is_a_static_instance_so_printed_pdfs_name_it(weight: int) -> None:
    font = TTFont(str(subset_font.font_file(weight)))
    assert "fvar" not in font, "a variable font prints as nameless Type 3 glyphs in Chromium's PDFs"
    assert font["OS/2"].usWeightClass == weight


def test_coverage_check_notices_a_character_the_font_lacks(tmp_path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("ڤ", encoding="utf-8")  # ve, used in neither language
    (tmp_path / "mkdocs.yml").write_text("", encoding="utf-8")
    font = TTFont(str(subset_font.font_file(400)))
    assert "ڤ" in subset_font.characters_used(tmp_path)
    assert ord("ڤ") not in font.getBestCmap()
