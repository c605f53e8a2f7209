"""Where every generated fixture goes, and the one way to write, describe and check it.

Why one module: the fixtures used to come from three generator systems, each with its own output
directory, its own ``--check`` main and its own idea of a truth file. Here every suite is a
:class:`Suite` (a name, the generator that writes it, the date its pages show, and the
committed directories it owns); :func:`check` regenerates a suite into a temporary directory and
compares it byte for byte with what is committed; :func:`write_meta` writes the ``_meta.json``
that says where each fixture came from. ``python -m tests.generators`` is the only command line.

The layout (see ``tests/fixtures/README.md``)::

    tests/fixtures/sites/<suite>/<host>/      pages as the replica server serves them + _truth.json
    tests/fixtures/sites/seed/<site_id>/      _truth.json of a seed site (its pages are the demo's,
                                              crawler/replicas/hosts/, shipped with the package)
    tests/fixtures/pages/<suite>/[<family>/]  <name>.html + <name>.json (one page, its truth)
    tests/fixtures/{sites,pages}/<suite>/_meta.json   generator, date, template of every fixture
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
SITES = FIXTURES / "sites"
PAGES = FIXTURES / "pages"
DEMO_HOSTS = REPO / "crawler" / "replicas" / "hosts"  # the seed replicas the demo serves
HAND_WRITTEN = re.compile(r"(^|/)README\.md$")  # documentation next to generated files


def dumps(data: Any, indent: int = 2) -> str:
    """JSON as every truth file is written: sorted keys, UTF-8 text, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=True) + "\n"


def write_json(path: Path, data: Any, indent: int = 2) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(data, indent), encoding="utf-8")


@dataclass(frozen=True)
class Suite:
    """One committed set of fixtures and the generator function that writes it.

    ``write(outputs)`` gets one fresh directory per entry of ``roots`` (same keys) and returns
    the metadata of every fixture it wrote (fixture name → ``{"template": description}``, plus
    ``"profile"``: the site profile whose fixture it is, ``"family"``: the CMS family profile
    whose markup it follows, where it is one; ``tests/test_profiles.py`` reads both).
    """

    name: str
    generator: str  # the module whose function writes it
    roots: dict[str, Path]  # output key → committed directory
    dates: dict[str, str]  # output key → the day its pages show (a generated site's "night"), ISO
    write: Callable[[dict[str, Path]], dict[str, dict[str, str]]]
    ignore: re.Pattern[str] | None = None  # files never committed (the huge page)
    owned: Callable[[Path], bool] = field(default=lambda path: True)  # which entries of a root it owns


def write_meta(suite: Suite, key: str, directory: Path, fixtures: dict[str, dict[str, str]]) -> None:
    """``_meta.json``: which generator wrote each fixture of the suite, showing which day, how."""
    write_json(
        directory / "_meta.json",
        {
            "date": suite.dates[key],
            "fixtures": fixtures,
            "generator": suite.generator,
            "regenerate": f"python -m tests.generators {suite.name}",
        },
    )


def generate(suite: Suite, outputs: dict[str, Path] | None = None) -> dict[str, dict[str, str]]:
    """Write ``suite`` into ``outputs`` (default: its committed directories), with its metadata."""
    outputs = outputs or suite.roots
    for directory in outputs.values():
        directory.mkdir(parents=True, exist_ok=True)
    fixtures = suite.write(outputs)
    for key, directory in outputs.items():
        if key in suite.dates:
            write_meta(suite, key, directory, fixtures)
    return fixtures


def _listing(root: Path, suite: Suite) -> dict[str, Path]:
    out: dict[str, Path] = {}
    if not root.exists():
        return out
    for top in root.iterdir():
        if top.name != "_meta.json" and not suite.owned(top):
            continue
        paths = [top] if top.is_file() else top.rglob("*")
        for path in paths:
            rel = path.relative_to(root).as_posix()
            if (
                path.is_file()
                and not HAND_WRITTEN.search(rel)
                and not (suite.ignore and suite.ignore.search(rel))
            ):
                out[rel] = path
    return out


def compare_trees(suite: Suite, committed: Path, fresh: Path) -> list[str]:
    """Differences between a committed tree and a fresh one (missing, extra or different files)."""
    want, have = _listing(fresh, suite), _listing(committed, suite)
    problems = [f"missing {rel}" for rel in sorted(set(want) - set(have))]
    problems += [f"extra {rel}" for rel in sorted(set(have) - set(want))]
    problems += [
        f"differs {rel}"
        for rel in sorted(set(want) & set(have))
        if want[rel].read_bytes() != have[rel].read_bytes()
    ]
    return problems


def check(suite: Suite) -> list[str]:
    """Regenerate ``suite`` into a temporary directory; list how the committed files differ."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {key: Path(tmp) / key for key in suite.roots}
        generate(suite, fresh)
        problems = []
        for key, committed in suite.roots.items():
            rel = committed.relative_to(REPO)
            problems += [f"{rel}: {p}" for p in compare_trees(suite, committed, fresh[key])]
        return problems


def replace_dir(directory: Path) -> Path:
    """An empty ``directory`` (what was there is removed): a generator owns what it writes."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    return directory
