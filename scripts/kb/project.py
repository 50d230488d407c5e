"""Where the project's parts are, and how to read mkdocs.yml without running its tags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]  # scripts/kb/project.py -> the repository
DOCS = ROOT / "docs"
MKDOCS_YML = ROOT / "mkdocs.yml"


class _IgnoreTags(yaml.SafeLoader):
    """A safe loader for mkdocs.yml whose !ENV and !!python tags read as None."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_mkdocs_config(config_file: Path = MKDOCS_YML) -> dict[str, Any]:
    """mkdocs.yml as data; values behind !ENV or !!python tags are None."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_IgnoreTags)  # a safe subclass
    return config if isinstance(config, dict) else {}


def i18n_settings(config: dict[str, Any]) -> dict[str, Any]:
    """The static-i18n plugin's settings in mkdocs.yml as data ({} without the plugin)."""
    plugins = config.get("plugins") or []
    return next((p["i18n"] for p in plugins if isinstance(p, dict) and isinstance(p.get("i18n"), dict)), {})
