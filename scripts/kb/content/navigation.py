"""The pages mkdocs.yml's navigation names, in order."""

from __future__ import annotations

from pathlib import Path

from kb.project import read_mkdocs_config


def nav_sources(config_file: Path) -> list[str]:
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

    walk(read_mkdocs_config(config_file).get("nav", []))
    return found
