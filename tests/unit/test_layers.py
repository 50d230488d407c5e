"""The kb package keeps its layers (kb/__init__.py): each module imports only from its own
layer and those below, and the MkDocs plugin (kb.plugin) uses the model, never the rules, tools or
benchmarks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kb.project import ROOT

PACKAGE = ROOT / "scripts" / "kb"
PLUGIN = PACKAGE / "plugin"
# Lowest first; a module may import kb modules of its own layer or a lower one.
LAYERS = {
    "kb.project": 0,
    "kb.languages": 1,
    "kb.content": 2,
    "kb.markdown": 2,
    "kb.checks": 3,
    "kb.plugin": 3,
    "kb.local_site": 3,
    "kb.subset_font": 3,
    "kb.scaffold": 4,
    "kb.move": 4,
    "kb.cli": 4,
    "kb.__main__": 4,
    "kb.bench": 5,
}
PLUGIN_LAYER = LAYERS["kb.content"]  # the plugin builds pages from the model, and nothing above it


def layer(module: str) -> int:
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        if ".".join(parts[:length]) in LAYERS:
            return LAYERS[".".join(parts[:length])]
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and to kb/__init__.py")


def kb_imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [(node.lineno, name) for name in names if name == "kb" or name.startswith("kb.")]
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def violations(path: Path, own_layer: int) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line}: imports {name} (layer {layer(name)} > {own_layer})"
        for line, name in kb_imports(path)
        if name != "kb" and layer(name) > own_layer
    ]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: module_name(path))
def test_a_module_imports_only_its_own_layer_and_below(path: Path) -> None:
    name = module_name(path)
    own = layer(name) if name != "kb" else 0
    assert not violations(path, own)


@pytest.mark.parametrize("path", sorted(PLUGIN.rglob("*.py")), ids=lambda path: module_name(path))
def test_the_plugin_imports_only_the_model_and_its_own_parts(path: Path) -> None:
    imports = [(line, name) for line, name in kb_imports(path) if not name.startswith("kb.plugin")]
    assert not [name for _, name in imports if layer(name) > PLUGIN_LAYER], imports


def test_the_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "pages.py"
    module.write_text("from kb.checks.content import check_docs\nimport kb.languages\n")
    assert [name for _, name in kb_imports(module)] == ["kb.checks.content", "kb.languages"]
    assert [line for line, name in kb_imports(module) if layer(name) > LAYERS["kb.content"]] == [1]
