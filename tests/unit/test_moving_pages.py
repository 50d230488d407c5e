"""`kb move` and the moves file without a build: what it refuses (and then writes nothing),
how links are rewritten, that translations stay up to date, that a bad moves-file entry is
named by file and line, and that only the build's own redirect page may hold a refresh.
The move in a real copy of the site, built and in the browser: tests/browser/test_moving_a_page.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from kb.checks.content import check_moves
from kb.content.html_policy import findings, redirect_findings
from kb.content.moves import Move, MovesError, read_moves, relative_url, with_move
from kb.content.translations import UP_TO_DATE, page_status, stamp
from kb.languages import LANGUAGES, TRANSLATED_LANGUAGES
from kb.move import relinked
from kb.plugin.features import redirects
from kb.plugin.output.content_security_policy import with_policy
from tests.support.projects import run_kb, small_project

PAGE = "guides/setup.md"
OTHER = "practices/other.md"


def page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndescription: A page.\ntags:\n  - it\n---\n\n{body}\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """No git: a page linking to another, which links back with an anchor; translations stamped."""
    project = small_project(tmp_path / "kb", [PAGE, OTHER])
    for lang in LANGUAGES:
        (project / "docs" / lang / "guides").mkdir()
        (project / "docs" / lang / "practices").mkdir()
        (project / "docs" / lang / PAGE).write_text(
            page(
                f"Setup {lang}",
                "Text.\n\n## Steps\n\nSee [other](../practices/other.md#why) and [home](../index.md).\n",
            ),
            encoding="utf-8",
        )
        (project / "docs" / lang / OTHER).write_text(
            page(
                f"Other {lang}",
                "## Why\n\nRead [setup](../guides/setup.md#steps).\n\n```\n[code](../guides/setup.md)\n```",
            ),
            encoding="utf-8",
        )
    for lang in TRANSLATED_LANGUAGES:
        for source in (PAGE, OTHER):
            stamp(project / "docs", lang, source, force=True)
    return project


def snapshot(project: Path) -> dict[str, str]:
    return {str(p.relative_to(project)): p.read_text(encoding="utf-8") for p in project.rglob("*.[my][dm]*")}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (PAGE, "guides/../../outside.md", "is outside the language trees (docs/en, docs/ar, docs/fa)"),
        (PAGE, "docs/outside.md", "is outside the language trees"),
        (PAGE, "/tmp/outside.md", "is outside the language trees"),
        (PAGE, "Guides/Set Up.md", "is not a page path"),
        (PAGE, OTHER, f"docs/en/{OTHER}, docs/ar/{OTHER}, docs/fa/{OTHER} exists already"),
        ("guides/missing.md", "guides/new.md", "docs/en/guides/missing.md, docs/ar/guides/missing.md, docs/fa/"),
        (PAGE, PAGE, "is where the page is already"),
        ("index.md", "home.md", "the home page (index.md)"),
    ],
)
def test_a_move_that_cannot_be_done_is_refused_and_writes_nothing(
    project: Path, old: str, new: str, expected: str
) -> None:
    before = snapshot(project)
    result = run_kb(project, "move", old, new)
    assert result.returncode == 1 and expected in result.stderr, result.stderr
    assert result.stderr.startswith("move: ")
    assert snapshot(project) == before


def test_a_page_missing_in_one_language_is_named(project: Path) -> None:
    (project / "docs" / "fa" / PAGE).unlink()
    result = run_kb(project, "move", PAGE, "guides/start.md")
    assert result.returncode == 1
    assert f"docs/fa/{PAGE} does not exist: kb move moves a page that exists in every language" in result.stderr


def test_moving_to_another_folder_rewrites_links_both_ways_and_keeps_translations_current(project: Path) -> None:
    new = "handbook/first-steps/setup.md"
    result = run_kb(project, "move", PAGE, new)
    assert result.returncode == 0, result.stderr
    docs = project / "docs"
    for lang in LANGUAGES:
        moved = (docs / lang / new).read_text(encoding="utf-8")
        assert "[other](../../practices/other.md#why) and [home](../../index.md)" in moved
        other = (docs / lang / OTHER).read_text(encoding="utf-8")
        assert "[setup](../handbook/first-steps/setup.md#steps)" in other
        assert "[code](../guides/setup.md)" in other  # fenced code is left as written
        assert not (docs / lang / PAGE).exists()
    for lang in TRANSLATED_LANGUAGES:  # the English bodies changed (links): the stamps follow
        assert page_status(docs, lang, new).state == UP_TO_DATE
        assert page_status(docs, lang, OTHER).state == UP_TO_DATE
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"  - {new}\n" in config and PAGE not in config
    assert read_moves(project / "scripts/kb/moves.yml") == [Move(PAGE, new, 6)]


def test_a_second_move_leads_the_first_address_to_the_final_page() -> None:
    first = [Move("a.md", "b.md", 1)]
    assert with_move(first, "b.md", "c.md") == [("a.md", "c.md"), ("b.md", "c.md")]
    assert with_move(first, "b.md", "a.md") == [("b.md", "a.md")]  # back where it was: a.md is a page again


def test_links_keep_their_anchor_and_only_links_to_the_page_change() -> None:
    text = page("T", "[a](x.md#part) [b](y.md) [c](https://example.org/x.md) [d](#here)\n[ref]: ./x.md")
    out = relinked(text, "folder/index.md", "folder/index.md", "folder/x.md", "other/z.md")
    assert "[a](../other/z.md#part) [b](y.md) [c](https://example.org/x.md) [d](#here)" in out
    assert "[ref]: ../other/z.md" in out
    assert relative_url("checklists/a.md", "checklists/b.md") == "../b/"
    assert relative_url("a.md", "checklists/index.md") == "../checklists/"


BAD_MOVES = [
    ("a.md: b.md\nc/d.md: [e.md]\n", 2, "is not a page path"),
    ("Old Page.md: b.md\n", 1, "'Old Page.md' is not a page path"),
    ("a.md: b.md\na.md: c.md\n", 2, "'a.md' moved already (line 1)"),
    ("a.md: a.md\n", 1, "moves to itself"),
    ("# moves\na.md: b.md\nb.md: c.md\n", 2, "which moved itself (line 3) to 'c.md': write the final address"),
    ("- a.md\n", 1, "write one 'old/page.md: new/page.md' line per moved page"),
    ("a.md: [b.md\n", 2, "not valid YAML"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD_MOVES)
def test_a_bad_moves_entry_is_named_by_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "moves.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MovesError) as error:
        read_moves(path)
    assert str(error.value).startswith(f"{path}:{line}: ") and message in str(error.value), str(error.value)


def test_moves_that_do_not_fit_the_pages_stop_the_checks_and_the_build(project: Path) -> None:
    moves = project / "scripts/kb/moves.yml"
    moves.parent.mkdir(parents=True)
    moves.write_text(f"# moved\n{OTHER}: guides/gone.md\nold/page.md: {PAGE}\n", encoding="utf-8")
    problems = [str(problem) for problem in check_moves(project / "docs", project / "mkdocs.yml")]
    assert problems == [
        f"{moves}:2: '{OTHER}' moves to 'guides/gone.md', but docs/en/guides/gone.md does not exist: "
        "write the page's current path",
        f"{moves}:2: '{OTHER}' is the address of the page {OTHER} again: remove this line, or the redirect would "
        "replace that page",
    ]
    config = load_config(str(project / "mkdocs.yml"))  # the build's: its languages, its docs folder
    with pytest.raises(PluginError, match=f"{moves}:2: "):
        redirects.on_pre_build(config, "scripts/kb/moves.yml")  # type: ignore[arg-type]
    moves.write_text("old/page.md: guides/setup.md\n", encoding="utf-8")
    assert redirects.on_pre_build(config, "scripts/kb/moves.yml") == [Move("old/page.md", PAGE, 1)]  # type: ignore[arg-type]


def test_only_the_builds_own_redirect_page_may_refresh() -> None:
    move = Move("checklists/old.md", "checklists/new.md", 1)
    built = with_policy(redirects.redirect_page(LANGUAGES["fa"], move, "عنوان", "https://kb.example/"))
    assert redirect_findings(built) == []
    assert 'lang="fa" dir="rtl"' in built and '<meta http-equiv="refresh" content="0; url=../new/">' in built
    assert "Content-Security-Policy" in built and "<script" not in built
    for changed in (
        built.replace("url=../new/", "url=https://evil.test/"),
        built.replace("url=../new/", "url=//evil.test/"),
        built.replace("url=../new/", "url=javascript:alert(1)"),
        built.replace("</head>", '<meta http-equiv="refresh" content="0; url=../x/"></head>'),
        built.replace("</head>", "<script>alert(1)</script></head>"),
        built.replace("</p>", "<script>alert(1)</script></p>"),
        built.replace("<p>", '<p onclick="x()">'),
    ):
        assert redirect_findings(changed), changed
    # In a page's own HTML a refresh is never allowed, however it is written.
    for authored in ('<meta http-equiv="refresh" content="0; url=../new/">', '<META HTTP-EQUIV="Refresh" content="0">'):
        assert [finding.construct for finding in findings(f"<p>Text</p>{authored}")] == ["<meta>"]
