"""Load a hook from overrides/hooks/ as a module, as MkDocs does: hooks are files, not a package."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from kb.project import ROOT

HOOKS = ROOT / "overrides" / "hooks"


def load_hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"hooks.{name}", HOOKS / f"{name}.py")
    assert spec and spec.loader, f"no hook overrides/hooks/{name}.py"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
