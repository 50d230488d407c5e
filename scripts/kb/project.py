"""Where the project's parts are, and mkdocs.yml as MkDocs itself reads the file.

There is one reader of mkdocs.yml: MkDocs. In a build the plugin's parts get MkDocs' own
configuration; the tools that run outside a build (the contributors' tool, the source rules,
the languages resolved on first use) get the file's settings through MkDocs' YAML loader
(`mkdocs.utils.yaml`: `!ENV` from the environment, `!!python` tags as MkDocs builds them), never
a loader of ours, and static-i18n's settings validated by static-i18n's own schema
(kb.languages.project_languages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import get_yaml_loader, yaml_load

ROOT = Path(__file__).resolve().parents[2]  # scripts/kb/project.py -> the repository
DOCS = ROOT / "docs"
MKDOCS_YML = ROOT / "mkdocs.yml"

_read: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}  # by file: (its mtime and size, settings)


def mkdocs_settings(config_file: Path = MKDOCS_YML) -> dict[str, Any]:
    """mkdocs.yml's settings as MkDocs reads the file, read again only when the file changed."""
    path = config_file.resolve()
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    if path not in _read or _read[path][0] != stamp:
        with path.open("rb") as file:
            settings = yaml_load(file, get_yaml_loader())
        _read[path] = (stamp, settings if isinstance(settings, dict) else {})
    return _read[path][1]


def plugin_settings(settings: dict[str, Any], name: str) -> dict[str, Any]:
    """A plugin's entry in mkdocs.yml's settings ("i18n", "kb"; {} without the plugin or its settings)."""
    plugins = settings.get("plugins") or []
    return next((p[name] for p in plugins if isinstance(p, dict) and isinstance(p.get(name), dict)), {})


def i18n_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The static-i18n plugin's entry in mkdocs.yml's settings ({} without the plugin)."""
    return plugin_settings(settings, "i18n")
