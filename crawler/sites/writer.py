"""Writing a site profile (TOML) from what a discovery crawl found, for ``sites add``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit


def _toml_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def profile_toml(
    url: str, found: dict[str, Any], *, site_id: str | None = None, **fields: Any
) -> tuple[str, str]:
    """The TOML text of a new profile and its id."""
    host = (urlsplit(url).hostname or "site").lower()
    site_id = site_id or re.sub(r"[^a-z0-9]+", "_", host.removeprefix("www.")).strip("_")
    name = fields.get("name") or found.get("name") or host
    lines = [
        f"# Written by `pressarchive sites add` from a discovery crawl of {url}:",
        f"# {found.get('announcements', 0)} announcements among {found.get('pages', 0)} pages seen."
        " Review before use.",
        f"id = {_toml_value(site_id)}",
        f"name = {_toml_value(name)}",
    ]
    for key in ("organisation", "party", "region", "level"):
        if fields.get(key):
            lines.append(f"{key} = {_toml_value(fields[key])}")
    lines.append(f"family = {_toml_value(found.get('family') or 'generic')}")
    lines.append(f"start_urls = {_toml_value([url])}")
    lines.append(f"domains = {_toml_value(sorted({host, *found.get('domains', [])}))}")
    if found.get("feeds"):
        lines.append(f"feeds = {_toml_value(sorted(found['feeds']))}")
    if found.get("sitemaps"):
        lines.append(f"sitemaps = {_toml_value(sorted(found['sitemaps']))}")
    return "\n".join(lines) + "\n", site_id


def write_discovery_report(
    path: str,
    *,
    family: str | None,
    name: str | None,
    feeds: Iterable[str],
    sitemaps: Iterable[str],
    domains: Iterable[str],
    pages: int,
    announcements: int,
) -> None:
    """What a discovery crawl found (``DISCOVERY_REPORT``), as JSON for :func:`profile_toml`."""
    report = {
        "family": family,
        "name": name,
        "feeds": sorted(feeds),
        "sitemaps": sorted(sitemaps),
        "domains": list(domains),
        "pages": pages,
        "announcements": announcements,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False)
