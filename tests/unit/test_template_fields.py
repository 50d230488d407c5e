"""Template fields (kb/markdown/forms.py): the syntax becomes labelled controls with the same
IDs in every language; a line that cannot be read, a field declared twice and a translation
with other fields are named with file and line; form controls written as HTML are refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest

from kb.checks.content import Problem, check_template_fields, load_pages
from kb.content.checklist_collections import booklet_markdown
from kb.content.html_policy import findings
from kb.markdown.forms import FormSyntaxError, field_keys, page_declarations
from kb.project import ROOT

EXTENSIONS = ["kb.markdown.forms", "attr_list", "md_in_html", "tables", "pymdownx.tasklist"]
RACI = """?> raci: sheet | Area | No role
?> role: marketing | Marketing
?> role: it | IT
?> row: website | Website
?> row: hosting | Hosting"""


def render(text: str) -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(text)


def test_fields_become_labelled_controls_with_the_same_ids_in_every_language() -> None:
    english = render("?> text: owner | Who asks\n?> textarea: need | What & why\n?> date: decided | Date")
    persian = render("?> text: owner | درخواست‌کننده\n?> textarea: need | چه چیزی\n?> date: decided | تاریخ")
    for html in (english, persian):
        assert '<label for="kb-field-owner">' in html and 'id="kb-field-owner"' in html
        assert 'type="text"' in html and "<textarea" in html and 'type="date"' in html
        assert html.count("data-kb-field=") == 3 and html.count('class="kb-field__print"') == 3
        assert not findings(html), "the HTML policy allows what the extension writes"
    assert "What &amp; why" in english and "درخواست‌کننده" in persian


def test_a_raci_sheet_is_a_table_of_selects_keyed_row_dot_role() -> None:
    html = render(RACI)
    assert [key for key, _ in field_keys(page_declarations(RACI.splitlines()))] == [
        "website.marketing",
        "website.it",
        "hosting.marketing",
        "hosting.it",
    ]
    assert html.count("<select") == 4 and 'aria-labelledby="kb-row-website kb-role-sheet-marketing"' in html
    assert '<option value="">No role</option>' in html and '<option value="AR">A+R</option>' in html
    assert 'class="kb-raci__flag" id="kb-flag-website"' in html and 'role="status"' in html
    assert not findings(html)


def test_a_label_is_text_never_markup_or_attributes() -> None:
    html = render('?> text: owner | Name { autofocus onfocus="alert(1)" } *bold*')
    assert "autofocus" not in html.split("<label")[0] and "<em>" not in html
    assert not findings(html)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("?> txt: owner | Name", "unknown field kind 'txt'"),
        ("?> text: owner2 | Name", "lowercase letters joined by hyphens"),
        ("?> text: owner Name", "is not a field"),
        ("?> text: owner | <b>Name</b>", "holds no markup"),
        ("?> role: it | IT\n?> row: website | Website", "starts with one '?> raci:' line"),
        ("?> raci: s | Area | None\n?> row: website | Website\n?> role: it | IT", "its roles, then its rows"),
        ("?> raci: s | Area\n?> role: it | IT\n?> row: w | W", "words for no role"),
    ],
)
def test_a_line_that_cannot_be_read_says_why_at_its_line(text: str, words: str) -> None:
    with pytest.raises(FormSyntaxError, match=re.escape(words)) as raised:
        page_declarations(["Intro", "", *text.splitlines()])
    assert raised.value.line >= 3
    with pytest.raises(FormSyntaxError, match=re.escape(words)):
        render(text)  # the build stops too (MkDocs names the page)


def test_a_field_twice_on_a_page_stops_the_build() -> None:
    with pytest.raises(FormSyntaxError, match="declared twice"):
        render("?> text: owner | Name\n\nText.\n\n?> date: owner | Date")


def test_field_lines_in_fenced_code_are_code() -> None:
    assert page_declarations(["```", "?> text: owner | Name", "```"]) == []
    assert "<input" not in render("```\n?> text: owner | Name\n```")


def test_form_controls_written_as_html_are_renamed_for_the_policy_to_refuse() -> None:
    html = render('<input type="text" name="q"> <textarea>x</textarea>\n\n- [ ] a task')
    assert "<kb-raw-input" in html and "<kb-raw-textarea>x</kb-raw-textarea>" in html
    assert 'type="checkbox"' in html, "the task list's checkbox stays"
    assert [f.construct for f in findings(html)] == ["<input> written as HTML", "<textarea> written as HTML"]


def test_the_policy_refuses_a_field_without_the_extensions_marker() -> None:
    assert [f.construct for f in findings('<p><input type="text" name="q"></p>')] == ["<input> without data-kb-field"]
    assert [f.construct for f in findings('<p><select name="q"></select></p>')] == ["<select> without data-kb-field"]
    refused = findings('<p><input type="text" data-kb-field="q" autofocus formaction="x"></p>')
    assert {f.construct for f in refused} == {"<input autofocus>", "<input formaction>"}


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    return tmp_path / "docs"


def problems(docs: Path) -> list[Problem]:
    pages, _ = load_pages(docs)
    return list(check_template_fields(pages, docs))


def test_the_site_declares_each_field_once_and_the_same_in_every_language() -> None:
    assert problems(ROOT / "docs") == []


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(text))


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_field_id_used_on_two_pages_is_named_at_the_second(copy: Path) -> None:
    agenda = copy / "en/templates/weekly-leadership-meeting-agenda.md"
    replace(agenda, "?> text: agenda-attendees |", "?> text: intake-requester |")
    found = [str(p) for p in problems(copy)]
    line, first = line_of(agenda, "?> text: intake-requester"), "docs/en/templates/new-technology-intake-form.md"
    message = f"{agenda}:{line}: the field 'intake-requester' is declared again (first in {first}:"
    assert any(p.startswith(message) for p in found), found


def test_a_translation_with_another_field_id_is_named_at_its_line(copy: Path) -> None:
    persian = copy / "fa/templates/new-technology-intake-form.md"
    replace(persian, "?> textarea: intake-need |", "?> textarea: intake-needs |")
    line = line_of(persian, "?> textarea: intake-needs")
    found = [str(p) for p in problems(copy)]
    expected = f"{persian}:{line}: field 3 is 'textarea: intake-needs' here and 'textarea: intake-need' in docs/en/"
    assert any(p.startswith(expected) for p in found), found


def test_a_line_that_cannot_be_read_is_named_by_kb_check(copy: Path) -> None:
    arabic = copy / "ar/templates/raci-sheet.md"
    replace(arabic, "?> role: it |", "?> rol: it |")
    line = line_of(arabic, "?> rol: it")
    assert any(f"{arabic}:{line}: unknown field kind 'rol'" in str(p) for p in problems(copy))


def test_the_booklet_carries_the_templates_with_their_links_made_from_its_own_folder() -> None:
    booklet = booklet_markdown(ROOT / "docs", ROOT / "mkdocs.yml", "fa")
    assert booklet.index('data-kb-source="checklists/') < booklet.index('data-kb-source="templates/raci-sheet.md"')
    assert "?> raci: marketing-it |" in booklet, "the fields come along, with the same IDs"
    assert "](../templates/joint-roadmap-one-pager.md)" in booklet and "](joint-roadmap-one-pager.md)" not in booklet
    assert "](../ownership/roles-and-responsibilities.md)" in booklet, "links to other folders stay as they are"
