"""Keep the site's root 404.html in the default language.

Upstream limit (static-i18n issue #284): every language's build renders Material's 404.html
into the same site root, so the last language built would win and English readers would
get a Persian "page not found". Each build's page is kept here and written at the end of
every build into its language's folder, the default language's at the root: last of all,
after static-i18n's own post-build (priority -100), which runs the other languages' builds
inside the default one. This can go when static-i18n writes one 404 page per language.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kb.content import material_markup as upstream
from kb.languages import build_language, languages_of


def on_post_template(output: str, template_name: str, config: MkDocsConfig, rendered: dict[str, str]) -> str:
    """Last (priority -200): the page as it ships, after compact_html.py and content_security_policy.py.
    `rendered`: each language build's page, by language code, for the whole site's build."""
    if template_name == upstream.NOT_FOUND_TEMPLATE:
        rendered[build_language(config).code] = output
    return output


def on_post_build(config: MkDocsConfig, rendered: dict[str, str]) -> None:
    """Every language's page in its own folder (/ar/404.html), the default one at the root."""
    if (code := build_language(config).code) not in rendered:
        raise PluginError(
            f"overrides/{upstream.NOT_FOUND_TEMPLATE}: the {code} build rendered no {upstream.NOT_FOUND_TEMPLATE!r} "
            f"(a static template of mkdocs-material {upstream.UPSTREAM['mkdocs-material']}), so the last language's "
            "not-found page would win; update NOT_FOUND_TEMPLATE in scripts/kb/content/material_markup.py for it"
        )
    for code, output in rendered.items():
        target = Path(config.site_dir) / languages_of(config)[code].root / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)  # a rebuild under `mkdocs serve` may not have it yet
        target.write_text(output, encoding="utf-8")
