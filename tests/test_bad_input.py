"""A clear line for every bad command (issue 13): each bad command line below ends with a non-zero
exit and an error of at most a few lines — never a traceback. (``search``/``export`` inputs are
covered by their own tests.)"""

from __future__ import annotations

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    regular = root / "regular"
    regular.write_text("not a directory")
    garbage = root / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all " * 200)
    empty_db = root / "empty.sqlite"
    assert run_cli("runs", "--db", str(empty_db)).returncode == 0  # an empty archive
    return {"root": str(root), "regular": str(regular), "db": str(empty_db), "garbage": str(garbage)}


BAD = [
    ("crawl", "nosuchsite", "--db", "{db}"),
    ("crawl", "rvr", "--db", "/nonexistent/dir/a.sqlite"),
    ("crawl", "rvr", "--db", "{regular}/a.sqlite"),
    ("crawl", "--url", "ftp://x.de/", "--db", "{db}"),
    ("crawl", "--url", "file:///etc/passwd", "--db", "{db}"),
    ("crawl", "--url", "http://[::1", "--db", "{db}"),
    ("crawl", "rvr", "-s", "FOO", "--db", "{db}"),
    ("crawl", "--db", "{db}"),
    ("show", "999", "--db", "{db}"),
    ("show", "abc", "--db", "{db}"),
    ("show", "-1", "--db", "{db}"),
    ("show", "1", "--db", "{regular}/a.sqlite"),
    ("show", "1", "--db", "sqlite:///nonexistent/dir/a.sqlite"),
    ("show", "1", "--db", "postgresql://nobody@127.0.0.1:1/none"),
    ("show", "1", "--db", "nosuchdialect://x"),
    ("runs", "--db", "/nonexistent/dir/a.sqlite"),
    ("runs", "--db", "{regular}/a.sqlite"),
    ("extract", "/nonexistent/page.html"),
    ("extract", "{root}"),
    ("sites", "add", "ftp://x.de/"),
    ("sites", "add", "not a url"),
    ("reparse", "nosuchsite", "--db", "{db}"),
    ("search", "Ruhr", "--db", "{garbage}"),
    ("facets", "Ruhr", "--db", "{garbage}"),
    ("export", "--format", "csv", "--db", "{garbage}"),
    ("health", "--db", "{garbage}"),
    ("show", "1", "--db", "{garbage}"),
    ("nosuchcommand",),
]


@pytest.mark.parametrize("args", BAD, ids=lambda a: " ".join(a)[:60])
def test_bad_command_line_gets_one_clear_error(paths, args):
    args = tuple(a.format(**paths) for a in args)
    result = run_cli(*args, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert errors or args[0] == "extract", output
    for line in errors:
        assert len(line) < 400, line
    # click's usage errors print "Usage:" and a hint line before the error; nothing else may
    assert len([line for line in result.stderr.splitlines() if line.strip()]) <= 4, result.stderr
