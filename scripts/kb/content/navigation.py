"""The pages mkdocs.yml's navigation names, in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kb.project import i18n_settings, mkdocs_settings

# Where the navigation comes from: in a build, the `nav` of the configuration MkDocs loaded
# (config.nav); outside one, the configuration file.
NavSource = Path | list[Any] | None


def nav_sources(nav: NavSource) -> list[str]:
    """Every page path the navigation names ("tools/seo.md"), in navigation order."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str) and node.endswith(".md"):
            found.append(node)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)

    walk(mkdocs_settings(nav).get("nav", []) if isinstance(nav, Path) else nav or [])
    return found


def nav_labels(config_file: Path) -> dict[str, dict[str, str]]:
    """Per language, the menu label of each page the navigation names one ("Tools" for
    tools/index.md, the first page of its section), translated with static-i18n's
    nav_translations."""
    config = mkdocs_settings(config_file)
    labels: dict[str, str] = {}
    for entry in config.get("nav", []):
        for label, value in entry.items() if isinstance(entry, dict) else []:
            first = value[0] if isinstance(value, list) and value else value
            if isinstance(first, str):
                labels[first] = str(label)
    by_language = {}
    for language in i18n_settings(config).get("languages", []):
        translations = language.get("nav_translations") or {}
        by_language[language["locale"]] = {source: translations.get(label, label) for source, label in labels.items()}
    return by_language
