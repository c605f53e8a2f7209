"""Generates the replica hosts and the expected extraction JSON from ``crawler/replicas/data/``.

Pages and expectations come out of one run over one data file per site, so they cannot drift
apart; both outputs are committed. After editing a data file or a renderer, run::

    python -m crawler.replicas.build          # rewrite crawler/replicas/hosts/ and tests/expected/
    python -m crawler.replicas.build --check  # exit 1 if the committed output is stale

Only the three generated host directories and the two generated expected-site directories are
replaced; other hosts or sites living next to them are left alone.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from crawler.replicas import render_typo3, render_websozi
from crawler.replicas.common import HostOutput, load_data
from crawler.replicas.server import HOSTS_DIR, normalise_target

REPO_ROOT = Path(__file__).resolve().parents[2]
EXPECTED_DIR = REPO_ROOT / "tests" / "expected"


def _default_file(target: str) -> str | None:
    """Where the server looks for ``target`` without a route (None if it has a query)."""
    if "?" in target:
        return None
    rel = target.lstrip("/")
    return rel + "index.html" if target.endswith("/") else rel


def write_host(output: HostOutput, hosts_dir: Path) -> int:
    """Write one host directory (files, ``_routes.json``, ``_host.json``); returns the page count."""
    directory = hosts_dir / output.host
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    routes: dict[str, dict[str, Any]] = dict(output.routes)
    written: dict[str, bytes] = {}
    for page in output.pages:
        default = _default_file(page.target)
        file = page.file or default
        if file is None:
            raise ValueError(f"{output.host}{page.target}: a query URL needs an explicit file")
        if file in written and written[file] != page.body:
            raise ValueError(f"{output.host}: two different bodies for {file}")
        path = directory / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.body)
        written[file] = page.body
        if file != default or page.content_type or page.last_modified:
            route: dict[str, Any] = {"file": file}
            if page.content_type:
                route["content_type"] = page.content_type
            if page.last_modified:
                route["last_modified"] = page.last_modified
            key = normalise_target(page.target)
            if key in routes:
                raise ValueError(f"{output.host}: duplicate route {key}")
            routes[key] = route
    if routes:
        _write_json(directory / "_routes.json", routes)
    if output.host_conf:
        _write_json(directory / "_host.json", output.host_conf)
    return len(output.pages)


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def write_expected(
    site_id: str, records: list[tuple[str, dict[str, Any]]], index: dict[str, Any], expected_dir: Path
) -> int:
    """One JSON file per announcement plus ``_site.json`` for completeness checks."""
    directory = expected_dir / site_id
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    stems = [stem for stem, _ in records]
    if len(set(stems)) != len(stems):
        raise ValueError(f"{site_id}: duplicate expected file names")
    for stem, record in records:
        _write_json(directory / f"{stem}.json", record)
    defaults: dict[str, Any] = {
        "hosts": [],
        "start_urls": [],
        "feeds": [],
        "announcement_urls": [],
        "non_announcement_urls": [],
        "aliases": {},
        "disallowed_by_robots": [],
        "dead_links": [],
        "redirects": {},
    }
    _write_json(directory / "_site.json", {"site_id": site_id, **defaults, **index})
    return len(records)


def _merge_indexes(*indexes: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for index in indexes:
        for key, value in index.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            else:
                merged[key] = value
    return merged


def build(hosts_dir: Path = HOSTS_DIR, expected_dir: Path = EXPECTED_DIR) -> dict[str, int]:
    """Regenerate all replica hosts and expected JSON; returns pages per host and records per site."""
    counts: dict[str, int] = {}
    rvr_data = load_data("rvr.toml")
    rvr_host, rvr_expected, rvr_index = render_typo3.render(rvr_data)
    counts[rvr_host.host] = write_host(rvr_host, hosts_dir)
    counts[rvr_data["site"]["site_id"]] = write_expected(
        rvr_data["site"]["site_id"], rvr_expected, rvr_index, expected_dir
    )

    kleve_data = load_data("kleve.toml")
    archive_data = load_data("kleve_archive.toml")
    current, current_expected, current_index = render_websozi.render_current(kleve_data)
    archive, archive_expected, archive_index = render_websozi.render_archive(archive_data, current.host)
    counts[current.host] = write_host(current, hosts_dir)
    counts[archive.host] = write_host(archive, hosts_dir)
    records = current_expected + archive_expected
    index = _merge_indexes(
        {"hosts": [current.host, archive.host]},
        current_index,
        archive_index,
        {"announcement_urls": [r["url"] for _, r in records]},
    )
    site_id = kleve_data["site"]["site_id"]
    counts[site_id] = write_expected(site_id, records, index, expected_dir)
    return counts


def _tree(root: Path, names: list[str]) -> set[Path]:
    files: set[Path] = set()
    for name in names:
        base = root / name
        files.update(p.relative_to(root) for p in base.rglob("*") if p.is_file())
    return files


def check() -> list[str]:
    """Differences between the committed output and a fresh build (empty list: up to date)."""
    with tempfile.TemporaryDirectory() as tmp:
        hosts_tmp, expected_tmp = Path(tmp) / "hosts", Path(tmp) / "expected"
        counts = build(hosts_tmp, expected_tmp)
        problems = []
        for fresh_root, committed_root, names in (
            (hosts_tmp, HOSTS_DIR, [n for n in counts if "." in n]),
            (expected_tmp, EXPECTED_DIR, [n for n in counts if "." not in n]),
        ):
            fresh, committed = _tree(fresh_root, names), _tree(committed_root, names)
            problems += [f"missing: {committed_root / p}" for p in sorted(fresh - committed)]
            problems += [f"stale extra file: {committed_root / p}" for p in sorted(committed - fresh)]
            problems += [
                f"differs: {committed_root / p}"
                for p in sorted(fresh & committed)
                if not filecmp.cmp(fresh_root / p, committed_root / p, shallow=False)
            ]
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.replicas.build", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if output is stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        print("replicas up to date" if not problems else f"{len(problems)} stale file(s); run the build")
        return 1 if problems else 0
    for name, count in build().items():
        print(f"{name}: {count} {'pages' if '.' in name else 'announcements'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
