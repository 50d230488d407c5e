"""Run the site's search engine (overrides/assets/javascripts/search.js and its folding,
search-normalize.js) in Node: the very files the browser runs, on an index cut into pieces
by scripts/kb/search_index.js as the build cuts it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from kb.project import ROOT

JAVASCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
PIECES = ROOT / "scripts" / "kb" / "search_index.js"
NODE = shutil.which("node") or "/usr/bin/node"


def node(script: str, data: object) -> object:
    """Run `script` in Node with `data` as `input`; return what it leaves in `output`.

    `N` is the folding, `Engine` the engine, `build` the index cutter, and `open(files)` an
    Engine over an index's pieces ({path: data}, as build returns); `script` may `await`."""
    program = (
        f"const N = require({json.dumps(str(JAVASCRIPTS / 'search-normalize.js'))});"
        f"const {{Engine}} = require({json.dumps(str(JAVASCRIPTS / 'search.js'))});"
        f"const {{build}} = require({json.dumps(str(PIECES))});"
        "const open = files => new Engine(files['kb-index.json'], name => Promise.resolve(files[name]));"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        f"(async () => {{ let output; {script}; process.stdout.write(JSON.stringify(output)); }})()"
        ".catch(error => { console.error(error); process.exit(1) });"
    )
    result = subprocess.run([NODE, "-e", program], input=json.dumps(data), capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def built_index(search_dir: Path) -> dict[str, object]:
    """A built language's index pieces ({path: data}) from its search/ folder."""
    return {
        str(path.relative_to(search_dir)): json.loads(path.read_text(encoding="utf-8"))
        for path in search_dir.rglob("*.json")
    }


def search(index: object, query: str, *, built: bool = False) -> list[str]:
    """Result page URLs (relative to the language root), best first, for an index given as
    pages ({"pages": [{u, t, s}], ...}) or, with `built`, as its pieces (built_index)."""
    found = node(
        ("const e = open(input.built ? input.index : build(input.index));")
        + "output = (await e.search(input.query)).map(r => e.pages[r.page].u)",
        {"index": index, "query": query, "built": built},
    )
    assert isinstance(found, list)
    return found
