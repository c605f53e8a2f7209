"""The code base stays ruff-clean (lint and format) and mypy-clean; CI would otherwise let style
and types drift in. The tools come from the venv's ``test`` extra, so the hooks in
``.pre-commit-config.yaml`` and these tests run the same versions with the same configuration
(``pyproject.toml``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def tool(name: str) -> str:
    """The venv's own copy of a tool (beside the interpreter), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_check_is_clean():
    result = run(tool("ruff"), "check", "--quiet", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = run(tool("ruff"), "format", "--check", "--quiet", ".")
    assert result.returncode == 0, "not formatted (run `ruff format .`):\n" + result.stdout + result.stderr


def test_mypy_is_clean():
    """``check_untyped_defs`` everywhere, strict for ``storage`` and ``crawler.extraction``
    (``[tool.mypy]`` in pyproject.toml names the packages and the settings)."""
    result = run(tool("mypy"), "--no-error-summary", "--cache-dir", str(REPO / ".mypy_cache"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_migration_imports_live_code():
    """Migrations are frozen in time: re-running one must give the database of its day, so none
    imports the project's code (which changes) — each carries copies of what it needs."""
    import ast

    project = ("crawler", "storage", "schedules", "pressarchive", "importlib")
    offenders = []
    for path in sorted((Path(__file__).resolve().parents[1] / "storage/migrations/versions").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in project]
    assert not offenders


def test_pre_commit_runs_the_venv_tools_without_downloads():
    """Every hook is a local one running a tool of the venv: installing the hooks fetches
    nothing, and they check exactly what the tests above check."""
    import yaml

    result = run(tool("pre-commit"), "validate-config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = config["repos"][0]["hooks"]
    assert {hook["language"] for hook in hooks} == {"system"}
    assert all(hook["entry"].startswith(".venv/bin/python -m ") for hook in hooks)
    assert {"ruff-check", "ruff-format", "mypy"} <= {hook["id"] for hook in hooks}
