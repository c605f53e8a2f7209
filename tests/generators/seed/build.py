"""Generates the seed replicas (www.rvr.ruhr, the two Kleve hosts) and their truth from ``data/``.

Pages and truth come out of one run over one data file per site, so they cannot drift apart;
both outputs are committed: the pages into ``crawler/replicas/hosts/`` (the demo serves them, so
they ship with the package as plain data), the truth into ``tests/fixtures/sites/seed/<site_id>/
_truth.json`` (never shipped). After editing a data file or a renderer, run::

    python -m tests.generators seed           # rewrite both
    python -m tests.generators --check seed   # exit 1 if the committed output is stale
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.replicas.replies import normalise_target
from tests.generators.hostwriter import write_tree
from tests.generators.layout import replace_dir, write_json
from tests.generators.seed import render_typo3, render_websozi
from tests.generators.seed.common import HostOutput, load_data

TEMPLATES = {
    "rvr": "TYPO3 with tt_news (www.rvr.ruhr, the idr press service of the Regionalverband Ruhr), UTF-8",
    "spd_kreistagsfraktion_kleve": "WebSoziCMS, current host (UTF-8) and archive host (ISO-8859-1)",
}
FAMILIES = {"rvr": "typo3_ttnews", "spd_kreistagsfraktion_kleve": "websozi"}


def _default_file(target: str) -> str | None:
    """Where the server looks for ``target`` without a route (None if it has a query)."""
    if "?" in target:
        return None
    rel = target.lstrip("/")
    return rel + "index.html" if target.endswith("/") else rel


def write_host(output: HostOutput, hosts_dir: Path) -> int:
    """Write one host directory (files, ``_routes.json``, ``_host.json``); returns the page count."""
    routes: dict[str, dict[str, Any]] = dict(output.routes)
    written: dict[str, bytes] = {}
    for page in output.pages:
        default = _default_file(page.target)
        file = page.file or default
        if file is None:
            raise ValueError(f"{output.host}{page.target}: a query URL needs an explicit file")
        if file in written and written[file] != page.body:
            raise ValueError(f"{output.host}: two different bodies for {file}")
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
    settings = {
        name: data for name, data in (("_routes.json", routes), ("_host.json", output.host_conf)) if data
    }
    write_tree(hosts_dir / output.host, written, settings, indent=2)
    return len(output.pages)


def site_truth(site_id: str, records: list[dict[str, Any]], index: dict[str, Any]) -> dict[str, Any]:
    """The one truth format for a seed site (see tests/fixtures/README.md)."""
    urls = [r["url"] for r in records]
    if len(set(urls)) != len(urls):
        raise ValueError(f"{site_id}: two announcements with one URL")
    common = set.intersection(*(set(r["absent"]) for r in records))
    hosts = index["hosts"]
    return {
        "announcements": sorted(records, key=lambda r: r["url"]),
        "boilerplate": [b for b in records[0]["absent"] if b in common],
        "dead_links": index.get("dead_links", []),
        "disallowed": sorted({urlsplit(u).path for u in index.get("disallowed_by_robots", [])}),
        "feeds": index.get("feeds", []),
        "host": hosts[0],
        "hosts": hosts,
        "non_announcements": index["non_announcement_urls"],
        "redirects": index.get("redirects", {}),
        "site_id": site_id,
        "start_url": index["start_urls"][0],
        "start_urls": index["start_urls"],
        "template": TEMPLATES[site_id],
        "variants": index.get("aliases", {}),
    }


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


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """Write the seed hosts into ``outputs["hosts"]`` and their truth into ``outputs["truth"]``."""
    hosts_dir, truth_dir = outputs["hosts"], outputs["truth"]
    rvr_data = load_data("rvr.toml")
    rvr_host, rvr_expected, rvr_index = render_typo3.render(rvr_data)
    write_host(rvr_host, hosts_dir)
    rvr_id = rvr_data["site"]["site_id"]
    _write_truth(truth_dir, rvr_id, [r for _, r in rvr_expected], rvr_index)

    kleve_data = load_data("kleve.toml")
    archive_data = load_data("kleve_archive.toml")
    current, current_expected, current_index = render_websozi.render_current(kleve_data)
    archive, archive_expected, archive_index = render_websozi.render_archive(archive_data, current.host)
    write_host(current, hosts_dir)
    write_host(archive, hosts_dir)
    index = _merge_indexes({"hosts": [current.host, archive.host]}, current_index, archive_index)
    kleve_id = kleve_data["site"]["site_id"]
    _write_truth(truth_dir, kleve_id, [r for _, r in current_expected + archive_expected], index)
    return {
        site_id: {"family": FAMILIES[site_id], "profile": site_id, "template": template}
        for site_id, template in TEMPLATES.items()
    }


def _write_truth(truth_dir: Path, site_id: str, records: list[dict[str, Any]], index: dict[str, Any]) -> None:
    write_json(replace_dir(truth_dir / site_id) / "_truth.json", site_truth(site_id, records, index))
