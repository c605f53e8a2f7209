"""docs/analysts.md runs: its Python examples as doctests, its shell examples as commands, against
the demo archive (the seed replicas crawled once)."""

from __future__ import annotations

import doctest
import re
import shlex
import shutil

import pytest

from tests.conftest import REPO, run_cli

DOC = REPO / "docs" / "analysts.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_python_examples(seed_archive, tmp_path, monkeypatch):
    shutil.copy(seed_archive, tmp_path / "archive.sqlite")
    monkeypatch.chdir(tmp_path)
    source = "\n".join(blocks("pycon"))
    assert source.count(">>>") > 10
    test = doctest.DocTestParser().get_doctest(source, {}, "docs/analysts.md", str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/analysts.md failed"


COMMANDS = [line[2:] for block in blocks("console") for line in block.splitlines() if line.startswith("$ ")]


@pytest.mark.parametrize("command", COMMANDS)
def test_shell_examples(seed_archive, tmp_path, command):
    db = tmp_path / "archive.sqlite"
    shutil.copy(seed_archive, db)
    args = shlex.split(command)
    assert args[0] == "pressarchive"
    args = [
        str(tmp_path / a) if a.endswith((".csv", ".parquet", ".jsonl", ".html", ".png")) else a
        for a in args[1:]
    ]
    result = run_cli(*args, "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
