"""Pages that moved (`kb move`, the moves file of kb/content/moves.py) keep their old addresses
working, and their checklists keep their readers' ticks.

- At the start of each build the moves file is read and judged against the pages: a bad entry
  stops the build with the file and line (so does `make check`).
- At the old address of every language, the build writes a small page of its own, in that
  language and direction: a <meta http-equiv="refresh"> to the new page (relative, so it works
  under any base path) and the same as a plain link, for readers whose browser does not follow
  the refresh; `noindex` and a canonical link tell search engines where the page is now. It
  has no script and carries the site's Content-Security-Policy; it is judged by
  kb/content/html_policy.py's redirect_findings, the only place a refresh is allowed (a page's
  own HTML may hold no <meta> at all), and a finding stops the build. It is no page of MkDocs,
  so no sitemap or search index lists the old address.
- checklists.js keeps ticks by page path (data-kb-page). Every element of a page that carries
  data-kb-page of a moved page (its checklists, the booklet's parts, the checklists page's
  table rows) also gets data-kb-moved-from, the page's former paths, most recent first:
  checklists.js then takes over the ticks saved under them, once.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.content.html_policy import redirect_findings
from kb.content.moves import Move, MovesError, former_sources, move_problems, read_moves, relative_url
from kb.content.pages import read_page
from kb.content.partials import macro
from kb.languages import Language, build_language, languages_of
from kb.plugin.output.content_security_policy import with_policy

PAGE_KEY = re.compile(r'data-kb-page="([^"]+)"')


def moves_path(config: MkDocsConfig, setting: str) -> Path:
    return Path(config.config_file_path).parent / setting


def on_pre_build(config: MkDocsConfig, setting: str) -> list[Move]:
    """The moves, judged against the pages; PluginError with file:line for a bad entry."""
    path = moves_path(config, setting)
    try:
        moves = read_moves(path)
    except MovesError as error:
        raise PluginError(str(error)) from None
    if problems := move_problems(moves, Path(config.docs_dir), path, languages_of(config)):
        raise PluginError("\n".join(map(str, problems)))
    return moves


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: object, moves: list[Move]) -> str:
    """After checklists.py: the former paths of every moved page the content keeps ticks for."""
    if not moves or "data-kb-page=" not in content:
        return content
    formers = former_sources(moves)

    def mark(match: re.Match[str]) -> str:
        former = formers.get(html.unescape(match.group(1)))
        if not former:
            return match.group()
        return f'{match.group()} data-kb-moved-from="{html.escape(" ".join(reversed(former)), quote=True)}"'

    return PAGE_KEY.sub(mark, content)


def redirect_page(language: Language, move: Move, title: str, site_url: str | None) -> str:
    """The page at `move.old`'s address in `language`, sending the reader to `move.new`."""
    before, after = language.t("moved.text", link="\0").split("\0")
    address = f"{site_url.rstrip('/')}/{language.page_url(move.new)}" if site_url else ""
    return macro("kb-redirect.html", "page")(
        language.code,
        language.direction,
        language.t("moved.title"),
        address,
        relative_url(move.old, move.new),
        before,
        title,
        after,
    )


def on_post_build(config: MkDocsConfig, moves: list[Move], seen: set[str]) -> None:
    """This language's redirect pages, with the site's Content-Security-Policy (`seen`: the
    script hashes of site/_headers; a redirect page adds none)."""
    language = build_language(config)
    lang = language.code
    docs, site = Path(config.docs_dir), Path(config.site_dir)
    for move in moves:
        title = str(read_page(docs / lang / move.new).meta.get("title") or move.new)
        output = with_policy(redirect_page(language, move, title, config.site_url), seen)
        if found := redirect_findings(output):
            raise PluginError(
                f"the redirect page for docs/{lang}/{move.old}: " + "; ".join(map(str, found)) + " (it is the build's "
                "own page: fix kb/plugin/features/redirects.py)"
            )
        target = site / language.page_url(move.old) / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
