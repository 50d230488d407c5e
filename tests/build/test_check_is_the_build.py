"""`kb check` (`make check`) is the build: one small project with faults the build finds (broken
links and anchors, a link into another language's tree, a link that is not to a page, an
unsafe construct) in every language, and a long page with one broken anchor among many good
ones. `kb check` names each at the page's line in the words `make check` has always used, all in
one run, while `mkdocs build --strict` fails on them; heading IDs come from the built pages, so
an anchor to a Persian heading works as the reader's browser finds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.bench.large_pages import heading_page
from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import run_kb, small_project
from tests.support.site import made_once

# Slow: it builds projects of its own. `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

FRONT = "---\ntitle: Links {lang}\ndescription: A page with links.\ntags:\n  - it\n---\n\nSome text.\n\n"
TARGET = "---\ntitle: Target {lang}\ndescription: A page to link to.\ntags:\n  - it\n---\n\n## {heading}\n\nText.\n"
HEADINGS = {
    "en": ("A heading here", "a-heading-here"),
    "ar": ("عنوان هنا", "عنوان-هنا"),
    "fa": ("یک عنوان", "یک-عنوان"),
}
# (Markdown line, message kb check gives at that line); {lang} and {other} are filled in
PLANTED = [
    ("See [the missing page](nowhere.md).", "broken link 'nowhere.md': no file docs/{lang}/nowhere.md"),
    (
        "See [a heading](target.md#no-such-heading).",
        "broken anchor 'target.md#no-such-heading': target.md has no heading with the ID 'no-such-heading'",
    ),
    (
        "See [here](#nowhere-on-this-page).",
        "broken anchor '#nowhere-on-this-page': this page has no heading with that ID",
    ),
    (
        "See [the other tree](../{other}/target.md).",
        "link '../{other}/target.md' leaves the '{lang}' tree; link to the page in the same language",
    ),
    ("See [a folder](folder/).", "link 'folder/' should point at a .md file, e.g. ../tools/seo.md"),
    ("See [an odd host](https:/broken).", "malformed external link 'https:/broken': write https://host.example/..."),
    ("See [a file share](ftp://example.org/f).", '<a href="ftp://example.org/f"> is not allowed'),
    ("<script>alert(1)</script>", "<script> is not allowed"),
]


def links_page(lang: str) -> str:
    other = next(code for code in LANGUAGES if code != lang)
    heading = HEADINGS[lang][1]
    lines = [markdown.format(other=other) for markdown, _ in PLANTED] + [f"See [the heading](target.md#{heading})."]
    return FRONT.format(lang=lang) + "\n\n".join(lines) + "\n"


def planted_lines(lang: str) -> list[str]:
    """`docs/<lang>/links.md:<line>: <message>` for every planted fault."""
    other = next(code for code in LANGUAGES if code != lang)
    first = len(FRONT.format(lang=lang).splitlines()) + 1
    return [
        f"docs/{lang}/links.md:{first + 2 * index}: {message.format(lang=lang, other=other)}"
        for index, (_, message) in enumerate(PLANTED)
    ]


BIG_BROKEN = "\nSee [nowhere](#heading-zz).\n"


@pytest.fixture(scope="session")
def checked() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", ["links.md", "target.md", "big.md"])
        for lang in LANGUAGES:
            docs = project / "docs" / lang
            (docs / "links.md").write_text(links_page(lang), encoding="utf-8")
            heading = HEADINGS[lang][0]
            (docs / "target.md").write_text(TARGET.format(lang=lang, heading=heading), encoding="utf-8")
            (docs / "big.md").write_text(heading_page(300) + BIG_BROKEN, encoding="utf-8")
        check = run_kb(project, "check")
        build = build_site(project, folder / "strict-site", "http://127.0.0.1:8000/")
        outcome = {
            "check": check.stdout + check.stderr,
            "check-code": check.returncode,
            "build": build.stdout + build.stderr,
            "build-code": build.returncode,
        }
        (folder / "outcome.json").write_text(json.dumps(outcome), encoding="utf-8")

    return made_once("check-is-the-build", make)


def outcome(folder: Path) -> dict[str, object]:
    return json.loads((folder / "outcome.json").read_text(encoding="utf-8"))


def test_kb_check_names_every_planted_fault_of_every_language_at_its_line(checked: Path) -> None:
    result = outcome(checked)
    output = str(result["check"])
    assert result["check-code"] == 1 and "Traceback" not in output, output
    missing = [
        line
        for lang in LANGUAGES
        for line in planted_lines(lang)
        if not any(printed.startswith(line) for printed in output.splitlines())
    ]
    assert not missing, "not reported:\n" + "\n".join(missing) + "\n\n" + output


def test_anchors_are_the_built_pages_own(checked: Path) -> None:
    """The working links to a heading, Persian and Arabic ones too, pass; among 300 headings
    each linked to, the one broken anchor is named once."""
    output = str(outcome(checked)["check"])
    for lang in LANGUAGES:
        assert f"target.md#{HEADINGS[lang][1]}" not in output, output
        line = len((heading_page(300) + BIG_BROKEN).splitlines())
        broken = f"docs/{lang}/big.md:{line}: broken anchor '#heading-zz': this page has no heading with that ID"
        found = [printed for printed in output.splitlines() if printed.startswith(f"docs/{lang}/big.md:")]
        assert [printed for printed in found if "anchor" in printed] == [broken], output


def test_the_strict_build_fails_on_them_too(checked: Path) -> None:
    result = outcome(checked)
    assert result["build-code"] != 0 and "Traceback" not in str(result["build"])
    assert "contains a link 'nowhere.md'" in str(result["build"]) or "<script> is not allowed" in str(result["build"])


def test_a_language_without_a_locale_file_stops_the_build_and_the_check_naming_mkdocs_yml(tmp_path: Path) -> None:
    """The language list is the i18n plugin's in the configuration MkDocs loads, joined with the
    locale files: a language mkdocs.yml lists without one is named, never a traceback."""
    project = small_project(tmp_path / "project", [])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("- locale: fa\n", "- locale: de\n"), encoding="utf-8")
    (project / "docs" / "fa").rename(project / "docs" / "de")
    expected = "mkdocs.yml: the i18n plugin lists the language 'de', which has no locale file scripts/kb/locales/de.yml"
    build = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert build.returncode == 1 and "Traceback" not in build.stderr and expected in build.stderr, build.stderr
    check = run_kb(project, "check")
    assert check.returncode == 1 and "Traceback" not in check.stdout + check.stderr
    assert expected in check.stdout, check.stdout


def new_feature_page(lang: str, title: str, body: str, owner: str = "kb-editors") -> str:
    review = f"owner: {owner}\nreviewed: 2026-11-02\n" if LANGUAGES[lang].default else ""
    return f"---\ntitle: {title} {lang}\ndescription: A page.\ntags:\n  - it\n{review}---\n\n{body}"


FORM = (
    "Text.\n\n?> text: form-name | Name\n?> rol: tech | Tech\n\n"
    "More.\n\n?> text: form-place | Place\nnot a field\n?> text: form-time | Time\n"
)


def test_the_build_errors_of_owners_moves_templates_and_figures_are_all_named_at_once(tmp_path: Path) -> None:
    """What stops `mkdocs build` in the parts main gained (a moves entry to no page, a template
    field line that cannot be read, one that only the Markdown extension sees, an unknown
    figure) and an unknown owner are all named by `kb check` at their file and line, in one
    run, with the build going on past each."""
    project = small_project(tmp_path / "project", ["owned.md", "templates/form.md", "chart.md"])
    for lang in LANGUAGES:
        docs = project / "docs" / lang
        (docs / "templates").mkdir()
        (docs / "owned.md").write_text(new_feature_page(lang, "Owned", "Text.\n", "the-ceo"), encoding="utf-8")
        (docs / "templates/form.md").write_text(new_feature_page(lang, "Form", FORM), encoding="utf-8")
        chart = new_feature_page(lang, "Chart", "Text.\n\n<!-- figure: no-such-figure -->\n")
        (docs / "chart.md").write_text(chart, encoding="utf-8")
    moves = project / "scripts/kb/moves.yml"
    moves.parent.mkdir(parents=True)
    moves.write_text("# moved\nold/page.md: gone/page.md\n", encoding="utf-8")
    result = run_kb(project, "check")
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "the build stopped" not in result.stdout, result.stdout
    expected = [
        "scripts/kb/moves.yml:2: 'old/page.md' moves to 'gone/page.md', but docs/en/gone/page.md does not exist"
    ]
    expected.append("docs/en/owned.md:6: unknown owner 'the-ceo'")
    for lang in LANGUAGES:
        first = 10 if LANGUAGES[lang].default else 8  # the body's first line
        expected += [
            f"docs/{lang}/templates/form.md:{first + 3}: unknown field kind 'rol'",
            f"docs/{lang}/templates/form.md:{first + 7}: 'not a field' sits between field lines",
            f"docs/{lang}/chart.md:{first + 2}: no figure 'no-such-figure' in scripts/kb/figures.yml",
        ]
    printed = result.stdout.splitlines()
    missing = [line for line in expected if not any(row.startswith(line) for row in printed)]
    assert not missing, "not reported:\n" + "\n".join(missing) + "\n\n" + result.stdout
    assert sum("unknown owner" in row for row in printed) == 1, result.stdout  # the build's and the rule's, once
