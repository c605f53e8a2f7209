"""The code base stays ruff-clean (lint); CI would otherwise let style drift in."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_ruff_check_is_clean():
    ruff = shutil.which("ruff") or str(__import__("pathlib").Path(sys.executable).with_name("ruff"))
    if not __import__("pathlib").Path(ruff).exists():
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [ruff, "check", "--quiet", "."], cwd=REPO, capture_output=True, text=True, check=False
    )
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
