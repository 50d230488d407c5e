"""Run the site's search engine (overrides/assets/javascripts/search.js and its folding,
search-normalize.js) in Node: the very files the browser runs."""

from __future__ import annotations

import json
import shutil
import subprocess

from kb.project import ROOT

JAVASCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
NODE = shutil.which("node") or "/usr/bin/node"


def node(script: str, data: object) -> object:
    """Run `script` in Node with `data` as `input` and the two search files loaded; return `output`."""
    program = (
        f"const N = require({json.dumps(str(JAVASCRIPTS / 'search-normalize.js'))});"
        f"const {{Engine}} = require({json.dumps(str(JAVASCRIPTS / 'search.js'))});"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        f"let output; {script};"
        "process.stdout.write(JSON.stringify(output));"
    )
    result = subprocess.run([NODE, "-e", program], input=json.dumps(data), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def search(index: object, query: str) -> list[str]:
    """Result page URLs (relative to the language root), best first."""
    found = node(
        "const e = new Engine(input.index); output = e.search(input.query).map(r => e.pages[r.page].u)",
        {"index": index, "query": query},
    )
    assert isinstance(found, list)
    return found
