"""Dependencies: exact pins, kept current by Dependabot, and a dated reminder of the site
generator's end of life instead of silencing it."""

from __future__ import annotations

import datetime
import json
import re

import yaml

from kb.project import ROOT

# Material for MkDocs 9.x gets critical fixes and security updates until this day; MkDocs 1.x
# gets none at all. Its successor (Zensical) reads mkdocs.yml but runs no hooks or unknown
# plugins, so moving needs a decision and some work, not a version bump.
MATERIAL_END_OF_LIFE = datetime.date(2027, 5, 5)
DECIDE_BEFORE = MATERIAL_END_OF_LIFE - datetime.timedelta(days=60)


def test_a_decision_on_the_site_generator_is_due_before_material_ends() -> None:
    today = datetime.date.today()
    assert today < DECIDE_BEFORE, (
        f"Material for MkDocs 9.x reaches end of life on {MATERIAL_END_OF_LIFE} ({(MATERIAL_END_OF_LIFE - today).days} "
        "days left). Decide now: move to Zensical (check that the HTML policy, CSP, search index and "
        "checklists still run there: it ignores hooks and unknown plugins without an error), or pin "
        "Material 9.x past its end of life and record who watches its security fixes. Then move this date."
    )


def test_every_python_and_npm_dependency_is_pinned_exactly() -> None:
    for number, line in enumerate((ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines(), start=1):
        requirement = line.split("#", 1)[0].strip()
        if requirement and not requirement.startswith("-"):
            assert re.fullmatch(r"[A-Za-z0-9_.\[\],-]+==[\w.]+", requirement), f"requirements.txt:{number}: pin with =="
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    for name, version in {**package.get("dependencies", {}), **package.get("devDependencies", {})}.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"package.json: {name} {version} is not an exact version"


def test_dependabot_updates_every_ecosystem_and_keeps_pins_exact() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"pip", "npm", "github-actions"}
    for ecosystem in ("pip", "npm"):
        assert updates[ecosystem]["versioning-strategy"] == "increase", ecosystem
