"""kb.plugin, the MkDocs plugin mkdocs.yml lists: its settings, the order of its parts among the
other plugins' events, its state across static-i18n's nested language builds, and the smaller
upstream seams (the body's direction, the permalinks' tooltip, the not-found page) failing closed."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kb.languages import LANGUAGES, languages_of
from kb.plugin import KnowledgeBasePlugin, LanguageBuild
from kb.plugin.features import translation_status
from kb.plugin.workarounds import html_dir, not_found_page, permalink_title
from kb.project import MKDOCS_YML


@pytest.fixture(scope="module")
def config() -> MkDocsConfig:
    return load_config(str(MKDOCS_YML))


def kb_plugin(config: MkDocsConfig) -> KnowledgeBasePlugin:
    plugin = config.plugins["kb"]
    assert isinstance(plugin, KnowledgeBasePlugin)
    return plugin


def order(config: MkDocsConfig, event: str) -> list[str]:
    """Each handler of the event in the order MkDocs runs them, as plugin:method."""
    return [f"{config.plugins._event_origins[m]}:{m.__name__}" for m in config.plugins.events[event]]


def test_mkdocs_yml_lists_the_plugin_last_and_no_hooks(config: MkDocsConfig) -> None:
    assert list(config.plugins)[-1] == "kb" and not config.hooks
    assert "hooks:" not in MKDOCS_YML.read_text(encoding="utf-8")


def test_the_output_pass_runs_compaction_then_the_policy_then_the_csp(config: MkDocsConfig) -> None:
    assert order(config, "post_page") == [
        "kb:_on_post_page_restore",  # language_context puts the configuration back first
        "kb:_on_post_page_direction",
        "i18n:on_post_page",
        "kb:_on_post_page_compact",
        "kb:_on_post_page_policy",
        "kb:_on_post_page_csp",
    ]
    assert order(config, "post_template")[-4:] == [
        "kb:_on_post_template_compact",
        "kb:_on_post_template_policy",
        "kb:_on_post_template_csp",
        "kb:_on_post_template_not_found",
    ]


def test_at_equal_priority_the_plugin_runs_after_search_and_i18n(config: MkDocsConfig) -> None:
    assert order(config, "page_context") == [
        "kb:_on_page_context_first",  # marks the page excluded before Material's search reads it
        "i18n:on_page_context",
        "material/search:on_page_context",
        "kb:_on_page_context",
    ]
    assert order(config, "config") == ["material/search:on_config", "kb:on_config", "i18n:on_config"]
    # This language's index and sitemaps before static-i18n runs the other languages' builds;
    # the whole site's files after them.
    assert order(config, "post_build") == [
        "material/search:on_post_build",
        "kb:_on_post_build_language",
        "i18n:on_post_build",
        "kb:_on_post_build_material_index",
        "kb:_on_post_build_site",
        "kb:_on_post_build_end",
    ]


def test_state_is_per_language_build_and_per_site_across_nested_builds(config: MkDocsConfig) -> None:
    plugin = kb_plugin(config)
    plugin.on_config(config)  # the default language's build
    site, outer = plugin.site, plugin.build
    outer.search_pages["en"] = []
    site.script_hashes.add("'sha256-outer'")
    plugin.on_config(config)  # static-i18n's build of another language, inside the first one
    assert plugin.site is site and plugin.build is not outer and plugin.build == LanguageBuild()
    plugin._on_post_build_end(config=config)
    assert plugin.build is outer and plugin.site.script_hashes == {"'sha256-outer'"}
    plugin._on_post_build_end(config=config)
    assert plugin.builds == []
    plugin.on_config(config)  # the next build (mkdocs serve, or a test in the same process) starts clean
    assert plugin.site is not site and plugin.site.script_hashes == set() and plugin.build == LanguageBuild()
    plugin.on_build_error(error=RuntimeError("stopped"))
    assert plugin.builds == []


@pytest.mark.parametrize(
    ("value", "release"),
    [(True, True), (1, True), ("yes", True), ("TRUE", True), (False, False), (0, False), (None, False), ("no", False)],
)
def test_release_reads_what_kb_release_may_say(value: object, release: bool) -> None:
    plugin = KnowledgeBasePlugin()
    errors, _ = plugin.load_config({"release": value})
    assert not errors and plugin.config.release is release


def test_release_refuses_anything_else() -> None:
    errors, _ = KnowledgeBasePlugin().load_config({"release": "maybe"})
    assert [str(error) for _, error in errors] == ["expected true or false (or 1, yes, 0, no), not 'maybe'"]


def test_a_page_without_materials_body_direction_stops_the_build() -> None:
    page = '<html lang="fa"><head></head><body dir="rtl" class="x"></body></html>'
    assert html_dir.add_dir_to_html(page).startswith('<html lang="fa" dir="rtl">')
    with pytest.raises(PluginError, match=r"^docs/fa/index\.md: the built page has no <body dir=\.\.\.> \(as mkdocs-m"):
        html_dir.add_dir_to_html(page.replace(' dir="rtl"', ""), "docs/fa/index.md")


def test_permalinks_without_the_toc_tooltip_stop_the_build(config: MkDocsConfig) -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_uri="fa/index.md"))
    heading = '<h2 id="a">A<a class="headerlink" href="#a" title="Permanent link">&para;</a></h2>'
    translated = permalink_title.on_page_content(heading, page, config, None)
    assert 'title="Permanent link"' not in translated and "headerlink" in translated
    with pytest.raises(PluginError, match=r'^docs/fa/index\.md: the page\'s permalinks have no title="Permanent link"'):
        permalink_title.on_page_content(heading.replace("Permanent link", "Link to this"), page, config, None)


def test_a_build_that_rendered_no_not_found_page_stops(config: MkDocsConfig, tmp_path: Path) -> None:
    site = SimpleNamespace(site_dir=str(tmp_path), plugins=config.plugins, config_file_path=config.config_file_path)
    not_found_page.on_post_build(site, {"en": "<html>en</html>"})
    assert (tmp_path / "404.html").read_text(encoding="utf-8") == "<html>en</html>"
    with pytest.raises(PluginError, match=r"^overrides/404\.html: the en build rendered no '404\.html'"):
        not_found_page.on_post_build(site, {})


def test_a_build_takes_its_languages_from_its_configuration_not_the_project() -> None:
    """The plugin's parts ask the configuration MkDocs loaded (languages_of(config)), never the
    project's list: a configuration whose i18n plugin lists Persian before Arabic gets its
    translation-status table with Persian's column first, where the project's has Arabic's.
    (The order is what can differ without a second set of locale files: each listed language
    needs its file, and each file its language.)"""
    config = load_config(str(MKDOCS_YML))  # a fresh one: the module's fixture stays as mkdocs.yml says
    i18n = config.plugins["i18n"].config
    english, arabic, persian = i18n.languages
    i18n.languages = [english, persian, arabic]
    assert list(languages_of(config)) == [english.locale, persian.locale, arabic.locale] != list(LANGUAGES)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="en/translation-status.md"), url="translation-status/")
    table = translation_status.on_page_content(translation_status.TABLE_PLACEHOLDER, page, config, None, {})
    header = re.search(r"<thead>(.*?)</thead>", table)
    assert header and re.findall(r"<th[^>]*>([^<]*)</th>", header.group(1)) == ["Page", "Persian", "Arabic"]
    assert table.index("Persian:") < table.index("Arabic:")  # the summary's counts, in the same order
