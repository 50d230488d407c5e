"""Content cannot run code or call other hosts, judged on the built HTML.

Each construct of tests/support/unsafe_content.py is planted in a page of its own in every
language of a small project. `mkdocs build --strict` and `kb check` both fail, naming each
page, the planted line and the construct, and the pages are written without it. Markup in
front matter, a symbolic link and a file that is not a page or an image stop the build at
once with one line each. Quotes and ampersands in a title or description are escaped
everywhere they are written. The real site passes the policy, and every page carries the
Content-Security-Policy.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.content.html_policy import findings
from kb.content.material_markup import KNOWN_INLINE_SCRIPTS
from kb.languages import LANGUAGES
from kb.local_site import build_site
from kb.plugin.output import content_security_policy as csp
from kb.plugin.output import html_policy
from tests.support.projects import run_kb, small_project
from tests.support.site import Build, made_once, parsed
from tests.support.unsafe_content import PLANTED

SITE_URL = "http://127.0.0.1:8000/"
FRONT = "---\ntitle: Planted {number}\ndescription: A page with a planted construct.\ntags:\n  - it\n---\n\n"
INTRO = "Some text before it.\n\n"
QUOTED = {"title": 'Say "yes" & mean it', "description": 'A "quoted" description & more'}


def planted_page(number: int) -> str:
    return f"planted-{number}.md"


def planted_line(number: int) -> int:
    """The line of the planted construct in its page: for one written on several lines, the
    line that holds the attribute named (`<img onerror>`: the line with "onerror")."""
    markdown, construct = PLANTED[number]
    attribute = construct.strip("<>").split(" ")[-1].split("=")[0]
    offset = next((i for i, line in enumerate(markdown.splitlines()) if attribute in line.lower()), 0)
    return len((FRONT.format(number=number) + INTRO).splitlines()) + 1 + offset


@pytest.fixture(scope="session")
def planted() -> Path:
    def make(folder: Path) -> None:
        sources = [planted_page(number) for number in range(len(PLANTED))] + ["quoted.md"]
        project = small_project(folder / "project", sources)
        for lang in LANGUAGES:
            for number, (markdown, _) in enumerate(PLANTED):
                text = FRONT.format(number=number) + INTRO + markdown + "\n"
                (project / "docs" / lang / planted_page(number)).write_text(text, encoding="utf-8")
            quoted = f"---\ntitle: '{QUOTED['title']}'\ndescription: '{QUOTED['description']}'\ntags:\n  - it\n---\n"
            (project / "docs" / lang / "quoted.md").write_text(quoted + "\nText.\n", encoding="utf-8")
        strict = build_site(project, folder / "strict-site", SITE_URL)
        (folder / "strict-returncode").write_text(str(strict.returncode))
        (folder / "strict-log").write_text(strict.stdout + strict.stderr, encoding="utf-8")
        every_language = build_site(project, folder / "site", SITE_URL, strict=False)  # all warnings, all pages
        (folder / "log").write_text(every_language.stdout + every_language.stderr, encoding="utf-8")
        (folder / "kb-check").write_text(run_kb(project, "check").stdout, encoding="utf-8")

    return made_once("planted", make)


def expected_messages() -> list[str]:
    """`docs/<lang>/<page>:<line>: <construct> is not allowed` for every planted construct."""
    return [
        f"docs/{lang}/{planted_page(number)}:{planted_line(number)}: {construct} is not allowed"
        for lang in LANGUAGES
        for number, (_, construct) in enumerate(PLANTED)
    ]


@pytest.mark.slow  # builds a project of its own
def test_the_strict_build_fails_on_them(planted: Path) -> None:
    log = (planted / "strict-log").read_text(encoding="utf-8")
    assert (planted / "strict-returncode").read_text() != "0" and "Traceback" not in log
    assert expected_messages()[0] in log


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize("output", ["log", "kb-check"])
def test_the_build_and_kb_check_name_each_page_line_and_construct(planted: Path, output: str) -> None:
    """The build without --strict, so that every language is built and reports."""
    text = (planted / output).read_text(encoding="utf-8")
    missing = [message for message in expected_messages() if message not in text]
    assert "Traceback" not in text and not missing, "not reported:\n" + "\n".join(missing) + "\n\n" + text


@pytest.mark.slow  # builds a project of its own
def test_the_pages_are_written_without_the_constructs(planted: Path) -> None:
    article = html_policy.PARTS["article"]
    for lang in LANGUAGES:
        for number in range(len(PLANTED)):
            page = planted / "site" / LANGUAGES[lang].root / f"planted-{number}" / "index.html"
            found = article.search(page.read_text(encoding="utf-8"))
            assert found and not findings(found.group(1)), f"{page} still holds the construct"


@pytest.mark.slow  # builds a project of its own
@pytest.mark.parametrize("lang", LANGUAGES)
def test_quotes_and_ampersands_in_front_matter_stay_text(planted: Path, lang: str) -> None:
    page = BeautifulSoup(
        (planted / "site" / LANGUAGES[lang].root / "quoted" / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert page.title.get_text().startswith(QUOTED["title"])
    assert page.select_one(".md-content h1").get_text(strip=True).startswith(QUOTED["title"])
    assert page.select_one('meta[name="description"]')["content"] == QUOTED["description"]
    assert page.select_one('meta[property="og:title"]')["content"] == QUOTED["title"]
    assert page.select_one('meta[property="og:description"]')["content"] == QUOTED["description"]
    nav = [a.get_text(strip=True) for a in page.select(".md-nav__link")]
    assert QUOTED["title"] in nav


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# Front matter is an allowlist (kb.content.pages.FRONT_MATTER_KEYS): keys the theme would act
# on (an open redirect, a value printed raw into <head>, a path read as an icon) and a mapping
# where text belongs.
KEYS = """---
title: Keys
description:
  text: a mapping
tags:
  - it
author: '"><script>alert(1)</script>'
template: redirect.html
location: https://evil.test/
icon: ../../../../etc/passwd
subtitle: A subtitle
status: new
---
"""
KEY_MESSAGES = [
    (3, "the front-matter key 'description' must be text, not a mapping"),
    (7, "the front-matter key 'author' is not allowed: the theme writes it into the page's <head> as it is"),
    (8, "the front-matter key 'template' is not allowed: it makes the theme render the page with another template"),
    (9, "the front-matter key 'location' is not allowed: it is where Material's redirect template sends readers"),
    (10, "the front-matter key 'icon' is not allowed: the theme reads it as a path to an icon file"),
    (11, "the front-matter key 'subtitle' is not allowed: this site does not use it"),
    (12, "the front-matter key 'status' is not allowed: this site does not use it"),
]


@pytest.mark.slow  # builds a project of its own
def test_markup_in_front_matter_links_and_stray_files_stop_the_build(tmp_path: Path) -> None:
    project = small_project(tmp_path / "project", ["marked.md", "keys.md", "bidi.md"])
    outside = tmp_path / "outside"
    write(outside / "secret.md", "---\ntitle: Secret\ndescription: x\ntags:\n  - it\n---\n\nSecret.\n")
    for lang in LANGUAGES:
        docs = project / "docs" / lang
        marked = '---\ntitle: Hi <img src=x onerror="alert(1)">\ndescription: A <b>bold</b> claim\ntags:\n  - it\n---\n'
        write(docs / "marked.md", marked + "\nText.\n")
        write(docs / "keys.md", KEYS + "\nText.\n")
        write(
            docs / "bidi.md", "---\ntitle: Invoice \u202efdp.exe\ndescription: A page.\ntags:\n  - it\n---\n\nText.\n"
        )
        os.symlink(outside / "secret.md", docs / "secret.md")
        os.symlink(outside, docs / "linked")
        write(docs / "notes.txt", "a stray file\n")
        write(docs / "images" / "diagram.svg", "<svg><script>alert(1)</script></svg>\n")
        (docs / "images" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = build_site(project, tmp_path / "site", SITE_URL)
    log = result.stdout + result.stderr
    checked = run_kb(project, "check").stdout
    assert result.returncode != 0 and "Traceback" not in log, log
    for lang in LANGUAGES:
        # (file, line or None, message): the build names the file (and the line, where there
        # is one); kb check always gives a line, 1 for a file that is wrong as a whole.
        expected = [
            (f"docs/{lang}/marked.md", 2, "the title must be plain text, but it holds markup ('<img')"),
            (f"docs/{lang}/marked.md", 3, "the description must be plain text, but it holds markup ('<b')"),
            (f"docs/{lang}/secret.md", None, f"'{lang}/secret.md' is a symbolic link"),
            (f"docs/{lang}/notes.txt", None, "only pages (.md) and images"),
            *((f"docs/{lang}/keys.md", line, message) for line, message in KEY_MESSAGES),
            (f"docs/{lang}/bidi.md", 2, "the title holds the bidirectional control character U+202E"),
            (f"docs/{lang}/images/diagram.svg", None, "only pages (.md) and images"),
        ]
        for path, line, message in expected:
            built = f"{path}:{line}: {message}" if line else f"{path}: {message}"
            assert built in log, f"{built!r} not in the build's log:\n{log}"
            assert f"{path}:{line or 1}: {message}" in checked, checked
        # Behind a linked folder: the build names the file it would publish, kb check the link.
        assert f"docs/{lang}/linked/secret.md: '{lang}/linked' is a symbolic link" in log, log
        assert f"docs/{lang}/linked:1: '{lang}/linked' is a symbolic link" in checked, checked
        assert f"docs/{lang}/images/photo.png" not in log + checked


def test_the_real_site_passes_the_policy(build: Build) -> None:
    warnings = [line for line in build.log.splitlines() if "is not allowed" in line]
    assert not warnings, "\n".join(warnings)


def test_every_page_carries_the_content_security_policy(build: Build) -> None:
    pages = list(build.site.rglob("*.html"))
    assert len(pages) > 90
    for page in pages:
        metas = parsed(page).head.find_all("meta")
        assert metas[0].get("charset") and metas[1].get("http-equiv") == "Content-Security-Policy", page
        policy = dict(part.strip().split(" ", 1) for part in metas[1]["content"].split(";"))
        assert policy["object-src"] == policy["base-uri"] == policy["form-action"] == "'none'", page
        assert "unsafe" not in policy["script-src"] and "unsafe-eval" not in metas[1]["content"], page
        assert policy["default-src"] == policy["font-src"] == "'self'" and policy["img-src"] == "'self' data:", page
        allowed = set(policy["script-src"].split()[1:])
        for script in parsed(page).find_all("script"):
            if not script.get("src") and script.get("type") != "application/json":
                assert csp.script_hash(script.string or "") in allowed, f"{page}: {script}"


def test_only_the_known_inline_scripts_are_hashed_wherever_a_script_is() -> None:
    """The CSP hashes the theme's and our inline scripts (material_markup.KNOWN_INLINE_SCRIPTS),
    never another, in the <head>, the chrome or the article."""
    palette = next(s.text for s in KNOWN_INLINE_SCRIPTS if "palette" in s.text)
    scope = next(s.text for s in KNOWN_INLINE_SCRIPTS if s.varies).replace("{base}", "../..")
    page = (
        f"<html><head><meta charset=utf-8><script>{scope}</script><script>injected()</script></head><body>"
        f"<script>{palette}</script>"
        '<article class="md-content__inner md-typeset"><script>planted()</script></article></body></html>'
    )
    assert csp.theme_script_hashes(page) == [csp.script_hash(scope), csp.script_hash(palette)]
    assert csp.unknown_inline_scripts(page) == ["injected()", "planted()"]
    policy = csp.with_policy(page)
    assert csp.script_hash("injected()") not in policy and csp.script_hash("planted()") not in policy
    assert csp.script_hash(scope.replace("../..", "https://evil.test")) not in csp.theme_script_hashes(
        page.replace("../..", "https://evil.test")
    )
