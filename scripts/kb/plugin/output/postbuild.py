"""The output pass on a built site's files: `python -m kb postbuild SITE_DIR`.

The kb plugin runs the output pass while MkDocs builds (its `output_pass` setting, on by
default). A generator that runs no plugin of ours (Zensical reads mkdocs.yml and runs the
Markdown extensions listed there, but ignores plugins it does not know) leaves plain built
HTML; this runs the same pass on it, with the same functions:
- on each page: the direction on <html> (workarounds/html_dir.py), compaction
  (compact_html.py), the HTML policy (html_policy.py), the Content-Security-Policy
  (content_security_policy.py); on each language's 404 page the same, judged as chrome;
- on the site: each language's search index (features/search_index.py), the sitemaps
  (workarounds/sitemaps.py) and site/_headers.
What the plugin learns from MkDocs it learns here from the built page's path: its language (the
first folder, if it is a language's root), its Markdown file (docs/<lang>/<path>.md or
<path>/index.md), its front matter (title, `search: {exclude: true}`), and its address (the
canonical link Material writes). The pages are taken in the order MkDocs builds them
(mkdocs.structure.files.file_sort_key), so that the index and sitemaps list them alike.

Fail closed. A page that still holds one of the page transforms' markers or a task list
pymdownx wrote (the kb.markdown extensions did not run on it with a page context,
kb/markdown/page.py), a page the output pass already ran on (it has a policy), and each
construct the HTML policy removes are problems, each naming the file (and the Markdown line
where known); the pass writes what it can and returns them all, and the command exits with 1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from kb.content import material_markup as upstream
from kb.content.checklist_collections import BOOKLET_MARKER, OVERVIEW_MARKER
from kb.content.figures import MARKER as FIGURE_MARKER
from kb.content.glossary import TABLE_MARKER
from kb.content.pages import PageError, read_page, read_source
from kb.content.tags import INDEX_MARKER
from kb.languages import Language, default_language, project_languages
from kb.plugin.features import search_index
from kb.plugin.output import compact_html, content_security_policy, html_policy
from kb.plugin.workarounds import html_dir, sitemaps

# What the page transforms (kb/markdown/) leave in a page they did not run on. Not the score
# chart's marker: the booklet keeps it (its parts have no chart), and the health check's task
# lists already say whether kb.markdown.checklists ran.
LEFT_BY_TRANSFORMS = {
    "the glossary table's marker": re.compile(re.escape(TABLE_MARKER)),
    "a figure's marker": FIGURE_MARKER,
    "the tags list's marker": re.compile(re.escape(INDEX_MARKER)),
    "the booklet's marker": re.compile(re.escape(BOOKLET_MARKER)),
    "the progress table's marker": re.compile(re.escape(OVERVIEW_MARKER)),
    "a task list as pymdownx.tasklist writes it": upstream.TASK_LIST_ITEM,
}
POLICY_META = 'http-equiv="Content-Security-Policy"'
H1 = re.compile(r"<h1>(.*?)</h1>", re.S)


@dataclass(frozen=True)
class BuiltPage:
    file: Path  # site/fa/practices/empathy/index.html
    lang: str  # "fa"
    url: str  # its path under the site, as MkDocs' page.url: "fa/practices/empathy/"
    source: str | None  # its Markdown file under docs/<lang>/, None for a 404 page or a file no page wrote
    not_found: bool = False  # the language's 404 page (the theme's template, no Markdown)

    @property
    def where(self) -> str:
        if self.source is None:
            return f"{self.file}"
        return f"docs/{self.lang}/{self.source}"

    def sort_key(self) -> tuple[object, ...]:
        """MkDocs' order of files (file_sort_key): folder, index first, name."""
        parts = tuple(Path(self.source or self.url).parts)
        return (parts[:-1], Path(parts[-1]).stem != "index", parts[-1]) if parts else ()


def language_of(relative: str, languages: Mapping[str, Language]) -> str:
    """The language of a built file, by its path under the site: the one whose root is its
    first folder, else the default."""
    first = relative.split("/", 1)[0] + "/"
    return next(
        (code for code, language in languages.items() if language.root and language.root == first),
        default_language(languages),
    )


def built_pages(site_dir: Path, docs: Path, languages: Mapping[str, Language]) -> Iterator[BuiltPage]:
    """Every HTML file of the site, with the page it comes from."""
    for file in sorted(site_dir.rglob("*.html")):
        relative = file.relative_to(site_dir).as_posix()
        lang = language_of(relative, languages)
        url = relative.removesuffix("index.html")
        if relative == languages[lang].root + upstream.NOT_FOUND_TEMPLATE:
            yield BuiltPage(file, lang, url, None, not_found=True)
            continue
        path = url.removeprefix(languages[lang].root)
        candidates = [f"{path}index.md"] + ([f"{path.rstrip('/')}.md"] if path else [])
        source = next((name for name in candidates if (docs / lang / name).is_file()), None)
        yield BuiltPage(file, lang, url, source)


def leftovers(output: str, page: BuiltPage, source: str) -> list[str]:
    """What the page transforms left (they did not run on this page)."""
    problems = []
    for name, pattern in LEFT_BY_TRANSFORMS.items():
        if match := pattern.search(output):
            text = match.group(0)[:60]
            line = next((f":{n}" for n, found in enumerate(source.splitlines(), 1) if text[:20] in found), "")
            problems.append(
                f"{page.where}{line}: {name} is still in the built page ({text!r}): the kb.markdown "
                "extensions did not run on it with the page's context (mkdocs.yml markdown_extensions lists them; the "
                "kb plugin hands each page in, kb/markdown/page.py), so what it stands for is missing"
            )
    return problems


def page_title(output: str, meta: dict[str, object]) -> str:
    """The title the theme shows (its <h1>: the navigation's title where it gives one), else the front matter's."""
    if h1 := H1.search(output):
        return html.unescape(re.sub(r"<[^>]+>", "", h1.group(1)))
    title = meta.get("title")
    return title if isinstance(title, str) else ""


def page_content(output: str, where: str) -> str:
    """The HTML the page's Markdown became, from Material's article (material_markup.PAGE_CONTENT)."""
    article = html_policy.ARTICLE.search(output)
    content = upstream.PAGE_CONTENT.search(article.group(1)) if article else None
    if content is None:
        raise PluginError(
            f"{where}: the built page has no article with a title in the form mkdocs-material "
            f"{upstream.UPSTREAM['mkdocs-material']} writes it, {upstream.PAGE_CONTENT_FORM!r}: the theme's markup "
            "changed, so the search index cannot tell the page's content apart; update PAGE_CONTENT in "
            "scripts/kb/content/material_markup.py for it"
        )
    return content.group(1)


def postbuild(site_dir: Path, docs: Path) -> tuple[int, list[str]]:
    """Run the output pass on the built site in `site_dir` (its pages' Markdown in `docs`):
    how many HTML files it wrote, and the problems, each naming its file."""
    # No build, so no configuration MkDocs loaded: the project's languages, from its mkdocs.yml,
    # asked once here and handed to every part.
    languages = project_languages()
    problems: list[str] = []
    hashes: set[str] = set()
    searchable: search_index.PagesByLanguage = {}
    listed: dict[str, list[tuple[str, str]]] = {}
    pages = sorted(built_pages(site_dir, docs, languages), key=BuiltPage.sort_key)
    outputs = {page.file: page.file.read_text(encoding="utf-8") for page in pages}
    if done := [file for file, output in outputs.items() if POLICY_META in output]:
        return 0, [  # nothing written: the pass ran already, and twice would double every policy
            f"{file}: the page has a Content-Security-Policy already: the kb plugin's output pass ran in the build "
            "(output_pass: true), and postbuild is for a build without it"
            for file in done
        ]
    for page in pages:
        output = outputs[page.file]
        try:
            if page.not_found:
                where = f"overrides/{upstream.NOT_FOUND_TEMPLATE} (the {page.lang} page)"
                output = compact_html.compact(html_dir.add_dir_to_html(output, where))
                problems += html_policy.judged_not_found_page(output, where)
            else:
                path = docs / page.lang / page.source if page.source else None
                source = read_source(path) if path else ""
                problems += leftovers(output, page, source)
                meta = read_page(path).meta if path else {}
                canonical = upstream.CANONICAL.search(output)
                listed.setdefault(page.lang, []).append((page.url, canonical.group(1) if canonical else f"/{page.url}"))
                if not search_index.excluded(meta):
                    content = page_content(output, page.where)
                    title = page_title(output, meta)
                    search_index.add_page(searchable, page.lang, page.url, title, content, page.where)
                where = page.where
                output = compact_html.compact(html_dir.add_dir_to_html(output, where))
                output, found = html_policy.judged_page(output, where, source)
                problems += found
            problems += content_security_policy.unknown_script_messages(output, where)
            output = content_security_policy.with_policy(output, hashes)
        except (PluginError, PageError) as error:
            problems.append(str(error) if not isinstance(error, PageError) else f"{error.where()}: {error}")
            continue
        page.file.write_text(output, encoding="utf-8")
    search_index.write_indexes(site_dir, searchable, languages)
    for lang, entries in listed.items():
        sitemaps.write_sitemaps(site_dir, languages[lang].root, entries)
    content_security_policy.write_headers(site_dir, hashes)
    return len(pages), problems
