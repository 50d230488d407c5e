"""The search stemmer's own tests (tests/unit/stemmer.test.js), run by Node's built-in test
runner from pytest, so that `make test` runs them: word lists per language, and the same
stems at index time (scripts/kb/search_index.js) and at query time (the browser's scripts)."""

from __future__ import annotations

import re
import subprocess

from kb.project import ROOT
from tests.support.search_engine import NODE

TESTS = ROOT / "tests" / "unit" / "stemmer.test.js"


def test_stemmer_word_lists_and_both_paths_pass_in_node() -> None:
    result = subprocess.run([NODE, "--test", str(TESTS)], capture_output=True, text=True, check=False, cwd=ROOT)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-4000:]
    passed = re.search(r"^# pass (\d+)$", report, re.M)
    failed = re.search(r"^# fail (\d+)$", report, re.M)
    assert passed and int(passed.group(1)) >= 16 and failed and failed.group(1) == "0", report[-4000:]
