"""The knowledge base's MkDocs plugin (`kb` in mkdocs.yml's `plugins:`, registered by the entry point
in pyproject.toml): every part of the build that is this project's own, in one place.

Its parts are modules, each with a docstring that says why it exists, in three groups:
- features/: source files, front matter as text, repository links, the `kb` template variable,
  glossary, figures, tags, checklists, the search index, translation status, revision dates,
  redirects from the old addresses of moved pages, what's new, owners and review dates;
- workarounds/: upstream limits, each of which can go when its limit does;
- output/: the pass over each finished page, in this order: compaction, the HTML policy, the
  Content-Security-Policy.
The event methods below call the parts in that order; each method's priority is the one the
part had as a hook, and the plugin is listed after `search` and `i18n`, so that, as the hooks
did, it runs after them at equal priority.

State. static-i18n runs one build per language, the others from inside the default language's
`on_post_build` (priority -100), with the same configuration and this same plugin instance.
Each of those builds starts with `on_config`; what one build collects (search index pages,
sitemap pages, translation statuses, commit times) lives in a `LanguageBuild` made there, and
what the whole site collects across the language builds (the script hashes of site/_headers,
every language's 404 page, the build's date) lives in a `SiteBuild` made when the outermost
build starts. Nothing is kept in module globals, so `mkdocs serve`'s rebuilds and builds run
in one process start clean.

Collecting mode. `kb check` (kb/checks/build.py) runs this same build with `collecting` set:
every place that stops the build (a PluginError from a part, a bad source file) then logs a
warning with the same `file:line: message` and the build goes on (a bad file is left out of it,
its src_uri in `left_out`), so that the check names every problem at once. The page
transforms, which MkDocs runs as Markdown extensions outside any event of ours, do the same
through the page context's `report` (features/markdown_context.py). Warnings are warnings in
both modes; the check collects them from the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.content.moves import DEFAULT_MOVES_FILE, Move
from kb.content.reviews import DEFAULT_INTERVAL_DAYS
from kb.plugin.features import (
    front_matter_text,
    language_context,
    markdown_context,
    redirects,
    repository,
    reviews,
    revision_date,
    search_index,
    source_files,
    tags,
    templates,
    translation_status,
    whats_new,
)
from kb.plugin.output import compact_html, content_security_policy, html_policy
from kb.plugin.workarounds import (
    html_dir,
    language_switcher,
    not_found_page,
    permalink_title,
    sitemaps,
    unused_material_index,
)

log = get_plugin_logger("kb")

TRUE_WORDS, FALSE_WORDS = {"1", "true", "yes"}, {"", "0", "false", "no"}


class Switch(c.BaseConfigOption[bool]):
    """A yes-or-no setting that an environment variable may give (`!ENV [KB_RELEASE, false]`):
    true, 1 or yes; false, 0, no or nothing. Any other value is an error, not a quiet no."""

    def __init__(self, default: bool = False) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> bool:
        if isinstance(value, bool):
            return value
        word = "" if value is None else str(value).strip().lower()
        if word in TRUE_WORDS | FALSE_WORDS:
            return word in TRUE_WORDS
        raise c.ValidationError(f"expected true or false (or 1, yes, 0, no), not {value!r}")


class Count(c.BaseConfigOption[int]):
    """A whole number of something (days, pages), one or more."""

    def __init__(self, default: int, unit: str) -> None:
        super().__init__()
        self.default, self.unit = default, unit

    def run_validation(self, value: object) -> int:
        if type(value) is int and value > 0:
            return value
        raise c.ValidationError(f"expected a whole number of {self.unit}, 1 or more, not {value!r}")


class Day(c.BaseConfigOption[date | None]):
    """A day written YYYY-MM-DD, or nothing."""

    def run_validation(self, value: object) -> date | None:
        if value is None or value == "":
            return None
        if type(value) is date:
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise c.ValidationError(f"expected a day written YYYY-MM-DD, not {value!r}") from None


class KnowledgeBaseConfig(base.Config):
    """The plugin's settings in mkdocs.yml; the environment gives them through `!ENV` there."""

    # The repository for the repository, edit and feedback links (REPO_URL); without it the
    # `origin` remote if it is a GitHub or GitLab repository; without either, no links.
    repo_url = c.Optional(c.Type(str))
    # The branch edit links open (REPO_BRANCH); without it origin's HEAD, else "main".
    repo_branch = c.Optional(c.Type(str))
    # A release build (KB_RELEASE): every page of every language must be translated and up to
    # date, and the default language's build warns about each one that is not.
    release = Switch(default=False)
    # Pages that moved and where to (`kb move` writes it), relative to mkdocs.yml: their old
    # addresses redirect, their checklists keep their ticks (features/redirects.py).
    moves = c.Type(str, default=DEFAULT_MOVES_FILE)
    # How long a page stays reviewed after its `reviewed` day, unless its front matter says
    # `review_interval_days` itself (kb/content/reviews.py, `make reviews`).
    review_interval_days = Count(DEFAULT_INTERVAL_DAYS, unit="days")
    # The day overdue reviews are judged against (KB_TODAY=YYYY-MM-DD, for tests); unset: the
    # day the build runs.
    today = Day()
    # How many pages each language's what's-new page lists (features/whats_new.py).
    whats_new_pages = Count(20, unit="pages")
    # The output pass (the direction on <html>, compaction, the HTML policy, the CSP and
    # site/_headers, the search index, the sitemaps): on by default; off (KB_OUTPUT_PASS=0), the
    # build writes the pages as the theme renders them and `python -m kb postbuild SITE_DIR`
    # runs the same pass on the built files (kb/plugin/output/postbuild.py), as it must after a
    # generator that runs no plugin of ours.
    output_pass = Switch(default=True)


@dataclass
class SiteBuild:
    """What one `mkdocs build` collects across static-i18n's language builds."""

    started: datetime = field(default_factory=lambda: datetime.now(UTC))  # the date of pages git does not know
    today: date | None = None  # the day reviews are judged against: the `today` setting, else started's day
    script_hashes: set[str] = field(default_factory=set)  # every page's, for site/_headers
    not_found_pages: dict[str, str] = field(default_factory=dict)  # each language's 404 page, by code


@dataclass
class LanguageBuild:
    """What one language's build collects, from its on_config to its on_post_build."""

    commit_times: dict[str, int] = field(default_factory=dict)  # revision_date
    statuses: dict[str, translation_status.Status | None] = field(default_factory=dict)  # by src_uri
    search_pages: search_index.PagesByLanguage = field(default_factory=dict)
    sitemap_pages: dict[str, list[Page]] = field(default_factory=dict)
    originals: language_context.Originals = field(default_factory=list)  # strings escaped while a page renders
    moves: list[Move] = field(default_factory=list)  # redirects: the moves file, judged


class KnowledgeBasePlugin(BasePlugin[KnowledgeBaseConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.site = SiteBuild()
        self.builds: list[LanguageBuild] = []  # the builds under way, the innermost last
        # Set by `kb check` only (see "Collecting mode" above), and put back when it is done.
        self.collecting = False
        self.left_out: set[str] = set()  # src_uri of the files a collecting build left out

    @contextmanager
    def _recorded(self) -> Iterator[None]:
        """Around one part: a PluginError stops the build, or in collecting mode is logged as
        warnings (one per line) while the build goes on with what the part was given."""
        try:
            yield
        except PluginError as error:
            if not self.collecting:
                raise
            for line in str(error).splitlines():
                log.warning(line)

    @property
    def build(self) -> LanguageBuild:
        if not self.builds:
            raise PluginError("the kb plugin's events ran outside a build (no on_config first)")
        return self.builds[-1]

    @property
    def today(self) -> date:
        return self.site.today or self.site.started.date()

    # Start and end of each build

    def on_startup(self, *, command: str, dirty: bool) -> None:
        language_switcher.on_startup(command, dirty)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.builds:  # the outermost build: static-i18n's language builds come inside it
            self.site = SiteBuild()
            self.site.today = self.config.today or self.site.started.date()
        self.builds.append(LanguageBuild())
        markdown_context.on_config(config)
        return repository.on_config(config, self.config.repo_url, self.config.repo_branch)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        translation_status.on_pre_build(config, self.config.release)
        self.build.commit_times = revision_date.on_pre_build(config)
        with self._recorded():  # collecting: the build goes on without redirects
            self.build.moves = redirects.on_pre_build(config, self.config.moves)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        return source_files.on_files(files, config, self.left_out if self.collecting else None)

    def on_build_error(self, *, error: Exception) -> None:
        self.builds.clear()

    # Each page: its Markdown, its HTML, its template context

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        with self._recorded():
            markdown = front_matter_text.on_page_markdown(markdown, page, config, files)
        markdown = translation_status.on_page_markdown(markdown, page, config, files, self.build.statuses)
        markdown = revision_date.on_page_markdown(markdown, page, config, files, self.build.commit_times, self.site)
        # Last: the page transforms (glossary, figures, tags, booklet, checklists, progress) are
        # Markdown extensions (kb/markdown/), which MkDocs runs next, on this page's context.
        return markdown_context.on_page_markdown(markdown, page, config, files, self.collecting)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        html = redirects.on_page_content(html, page, config, files, self.build.moves)
        html = templates.on_page_content(html, page, config, files)
        if self.config.output_pass:
            with self._recorded():
                html = search_index.on_page_content(html, page, config, files, self.build.search_pages)
        html = whats_new.on_page_content(
            html, page, config, files, self.build.commit_times, self.config.whats_new_pages
        )
        html = reviews.on_page_content(html, page, config, files, self.config.review_interval_days, self.today)
        html = translation_status.on_page_content(html, page, config, files, self.build.statuses)
        with self._recorded():
            html = permalink_title.on_page_content(html, page, config, files)
        return html

    @event_priority(100)  # before Material's search plugin reads the page
    def _on_page_context_first(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        return unused_material_index.on_page_context(context, page, config, nav)

    def _on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        context = repository.on_page_context(context, page, config, nav)
        context = language_context.on_page_context(context, page, config, nav, self.build.originals)
        context = tags.on_page_context(context, page, config, nav)
        if not self.config.output_pass:
            return context
        return sitemaps.on_page_context(context, page, config, nav, self.build.sitemap_pages)

    on_page_context = CombinedEvent(_on_page_context_first, _on_page_context)

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        return language_context.on_template_context(context, template_name, config, self.build.originals)

    # The output pass: each finished page (on_post_page) and template such as 404.html
    # (on_post_template), in order

    @event_priority(100)  # before any other plugin reads the page: the configuration as it was
    def _on_post_page_restore(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        return language_context.on_post_page(output, page, config, self.build.originals)

    def _on_post_page_direction(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        with self._recorded():
            output = html_dir.on_post_page(output, page, config)
        return output

    @event_priority(-100)
    def _on_post_page_compact(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        return compact_html.on_post_page(output, page, config)

    @event_priority(-150)  # after compaction: what the reader gets
    def _on_post_page_policy(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        with self._recorded():
            output = html_policy.on_post_page(output, page, config)
        return output

    @event_priority(-160)  # after the HTML policy: the page as it ships
    def _on_post_page_csp(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        return content_security_policy.on_post_page(output, page, config, self.site.script_hashes)

    on_post_page = CombinedEvent(
        _on_post_page_restore,
        _on_post_page_direction,
        _on_post_page_compact,
        _on_post_page_policy,
        _on_post_page_csp,
    )

    @event_priority(100)
    def _on_post_template_restore(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        return language_context.on_post_template(output, template_name, config, self.build.originals)

    def _on_post_template_direction(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        with self._recorded():
            output = html_dir.on_post_template(output, template_name, config)
        return output

    @event_priority(-100)
    def _on_post_template_compact(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        return compact_html.on_post_template(output, template_name, config)

    @event_priority(-150)
    def _on_post_template_policy(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        with self._recorded():
            output = html_policy.on_post_template(output, template_name, config)
        return output

    @event_priority(-160)
    def _on_post_template_csp(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not self.config.output_pass:
            return output
        return content_security_policy.on_post_template(output, template_name, config, self.site.script_hashes)

    @event_priority(-200)  # the 404 page as it ships
    def _on_post_template_not_found(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        return not_found_page.on_post_template(output, template_name, config, self.site.not_found_pages)

    on_post_template = CombinedEvent(
        _on_post_template_restore,
        _on_post_template_direction,
        _on_post_template_compact,
        _on_post_template_policy,
        _on_post_template_csp,
        _on_post_template_not_found,
    )

    # After each build: this language's files; then, after static-i18n's language builds
    # (its on_post_build, -100), the files of the whole site

    def _on_post_build_language(self, *, config: MkDocsConfig) -> None:
        if not self.config.output_pass:
            return
        with self._recorded():
            search_index.on_post_build(config, self.build.search_pages)
        sitemaps.on_post_build(config, self.build.sitemap_pages)
        with self._recorded():
            redirects.on_post_build(config, self.build.moves, self.site.script_hashes)

    @event_priority(-110)  # after static-i18n has written Material's index
    def _on_post_build_material_index(self, *, config: MkDocsConfig) -> None:
        unused_material_index.on_post_build(config)

    @event_priority(-200)  # after every language's build
    def _on_post_build_site(self, *, config: MkDocsConfig) -> None:
        with self._recorded():
            not_found_page.on_post_build(config, self.site.not_found_pages)
        if self.config.output_pass:
            content_security_policy.on_post_build(config, self.site.script_hashes)

    @event_priority(-1000)  # last of all: this build is over
    def _on_post_build_end(self, *, config: MkDocsConfig) -> None:
        self.builds.pop()

    on_post_build = CombinedEvent(
        _on_post_build_language, _on_post_build_material_index, _on_post_build_site, _on_post_build_end
    )
