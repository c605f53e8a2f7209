"""The one loader of test fixtures: sites and pages in ``tests/fixtures/``, in one truth format.

Why one loader: every test that compares a crawl or an extraction with what should come out
reads its truth here, so the format (``tests/fixtures/README.md``) is checked in one place and
a malformed or unsorted truth file fails loudly instead of being half-read by one test.

- A *site* is a directory with ``_truth.json``: what a perfect crawl of it stores
  (``announcements``) and must not store (``non_announcements``, ``variants``, ``disallowed``,
  ``boilerplate``). Its pages are the host directory itself, except for the seed sites, whose
  pages are the demo's replica hosts (:data:`DEMO_HOSTS`).
- A *page* is ``<name>.html`` with ``<name>.json`` next to it: one announcement record.
- Every suite directory has ``_meta.json``: the generator, the date the pages show, and the
  template of each fixture.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crawler.replicas.server import HOSTS_DIR as DEMO_HOSTS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITES = FIXTURES / "sites"
PAGES = FIXTURES / "pages"
SITE_KEYS = frozenset({"announcements", "boilerplate", "disallowed", "non_announcements", "variants"})
RECORD_KEYS = frozenset({"absent", "paragraphs", "published", "title", "url"})

__all__ = [
    "DEMO_HOSTS",
    "FIXTURES",
    "PageFixture",
    "meta",
    "page_fixtures",
    "served_from",
    "site",
    "site_suites",
    "suite",
    "text",
]


class FixtureError(ValueError):
    """A fixture file that does not have the one truth format."""


def _read(path: Path) -> Any:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FixtureError(f"{path}: {exc}") from None
    _require_sorted(path, data)
    return data


def _require_sorted(path: Path, data: Any) -> None:
    """Keys sorted at every level, as ``tests.generators.layout.dumps`` writes them (diffs stay small)."""
    if isinstance(data, dict):
        if list(data) != sorted(data):
            raise FixtureError(f"{path}: keys not sorted ({', '.join(list(data)[:4])}, …)")
        for value in data.values():
            _require_sorted(path, value)
    elif isinstance(data, list):
        for value in data:
            _require_sorted(path, value)


def _record(path: Path, record: dict[str, Any]) -> dict[str, Any]:
    missing = RECORD_KEYS - set(record)
    if missing:
        raise FixtureError(f"{path}: record {record.get('url')!r} lacks {', '.join(sorted(missing))}")
    return record


@cache
def site(directory: Path) -> dict[str, Any]:
    """The truth of the site in ``directory`` (its ``_truth.json``), checked for the format."""
    path = directory / "_truth.json"
    truth = _read(path)
    missing = SITE_KEYS - set(truth)
    if missing:
        raise FixtureError(f"{path}: lacks {', '.join(sorted(missing))}")
    for record in truth["announcements"]:
        _record(path, record)
    return truth


def suite(name: str) -> dict[str, dict[str, Any]]:
    """Every site of suite ``name`` (``tests/fixtures/sites/<name>/``): directory name → truth."""
    root = SITES / name
    return {d.name: site(d) for d in sorted(root.iterdir()) if (d / "_truth.json").is_file()}


def meta(root: Path) -> dict[str, Any]:
    """``_meta.json`` of a suite directory: generator, date, and template of each fixture."""
    return _read(root / "_meta.json")


def served_from(suite_dir: Path) -> Path:
    """Where the replica server finds the pages of a site suite: the suite itself, except for
    the seed sites, whose pages are the demo's replica hosts (shipped with the package)."""
    return DEMO_HOSTS if suite_dir == SITES / "seed" else suite_dir


def site_suites() -> list[Path]:
    """Every site suite directory (``tests/fixtures/sites/<suite>/`` with a ``_meta.json``)."""
    return sorted(d for d in SITES.iterdir() if (d / "_meta.json").is_file())


def text(record: dict[str, Any]) -> str:
    """A record's body as the archive stores it: its paragraphs joined by one blank line."""
    return "\n\n".join(record["paragraphs"])


@dataclass(frozen=True)
class PageFixture:
    """One stored page and its truth record."""

    id: str  # path below the suite, without suffix: ``stadt/ehrenamtspreis-2018``
    html_path: Path
    truth: dict[str, Any]

    @property
    def html(self) -> bytes:
        return self.html_path.read_bytes()


def page_fixtures(name: str) -> list[PageFixture]:
    """Every page of suite ``name`` (``tests/fixtures/pages/<name>/``), sorted by id."""
    root = PAGES / name
    out = []
    for path in sorted(root.rglob("*.json")):
        if path.name.startswith("_"):
            continue
        html_path = path.with_suffix(".html")
        if not html_path.is_file():
            raise FixtureError(f"{path}: no {html_path.name} next to it")
        out.append(
            PageFixture(
                path.relative_to(root).with_suffix("").as_posix(), html_path, _record(path, _read(path))
            )
        )
    return out
