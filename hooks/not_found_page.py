"""Keep the site's root 404.html in the default language.

static-i18n builds every language into the same output folder, and each build renders
Material's 404.html at its root, so the last language built (Persian) wins and English
readers get a Persian "page not found" (static-i18n issue #284). The default build's
post_build event runs after the other languages' builds, so it writes its own page back.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

DEFAULT_LANGUAGE = "en"
_rendered: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html":
        _rendered[config.theme["language"]] = output
    return output


def on_post_build(config: MkDocsConfig) -> None:
    if config.theme["language"] == DEFAULT_LANGUAGE and DEFAULT_LANGUAGE in _rendered:
        (Path(config.site_dir) / "404.html").write_text(_rendered.pop(DEFAULT_LANGUAGE), encoding="utf-8")
