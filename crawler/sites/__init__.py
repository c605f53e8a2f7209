"""Declarative site knowledge: CMS-family profiles and per-site profiles, as TOML data.

A *family* profile (``families/<id>.toml``) says how a CMS family lays out URLs and pages:
which URLs are articles, which are listings, which to avoid, and CSS selectors for title, body,
date, lead and the boilerplate to remove. A *site* profile (``de/<id>.toml``) names the site:
organisation, party, region, level, start URLs, its family and optional overrides. The
effective profile of a site is its family merged with its own overrides (the site wins).

File format (site)::

    id = "spd_kreistagsfraktion_kleve"
    name = "SPD-Kreistagsfraktion Kleve"
    organisation = "SPD-Kreistagsfraktion Kleve"
    party = "SPD"
    region = "Kreis Kleve"
    level = "Kreistagsfraktion"
    family = "websozi"
    start_urls = ["https://www.spd-kreistagsfraktion-kleve.de/meldungen/uebersicht/presse/v:all/"]
    domains = ["www.spd-kreistagsfraktion-kleve.de"]   # optional: derived from start_urls
    feeds = []            # optional RSS/Atom URLs
    sitemaps = []         # optional sitemap URLs
    [urls]                # optional: extends the family's regexes
    article = []
    listing = []
    deny = []
    [selectors]           # optional: overrides the family's selectors key by key
    title = "h1"

Every key is described in ``docs/adding-a-site.md``; an unknown key is an error.

File format (family)::

    id = "websozi"
    name = "WebSoziCMS"
    [urls]
    article = ['/meldungen/(?!uebersicht)[^/]+/$']  # regexes searched in the URL path+query
    listing = ['/meldungen/uebersicht/']
    deny = ['/mitglied-werden/']
    [selectors]           # CSS selectors; all optional
    title = "div.article h2"
    body = "div.article div.text"
    date = "div.article .date"
    lead = ""
    remove = ["div.share", "p.back-to-top"]     # removed inside the body before extraction
    contact = "div.pressekontakt"               # press-contact boxes, read for the contacts
    listing_entry = "div.entry"                 # one entry on a listing page …
    listing_link = "a"                          # … its link to the article …
    listing_date = ".date"                      # … and the date shown there, if any
    year_heading = "h3"                         # yearly archive pages: "Veröffentlichungen 2015 :"
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SITES_DIR = Path(__file__).resolve().parent  # the packaged profiles
# Where ``sites add`` writes, and further profile directories to search (``--sites-dir``):
USER_SITES_ENV = "PRESSARCHIVE_USER_SITES_DIR"
EXTRA_SITES_ENV = "PRESSARCHIVE_SITES_DIR"  # os.pathsep-separated
FAMILIES_DIR = SITES_DIR / "families"
# The keys a profile file may use (docs/adding-a-site.md describes each; tests/test_docs.py checks
# it does). Any other key is an error, so a misspelt one is not silently ignored.
SITE_KEYS = (
    "id",
    "name",
    "family",
    "start_urls",
    "organisation",
    "party",
    "region",
    "level",
    "language",
    "domains",
    "feeds",
    "sitemaps",
    "urls",
    "selectors",
)
FAMILY_KEYS = ("id", "name", "urls", "selectors", "fingerprints")
URL_KEYS = ("article", "listing", "deny")
SELECTOR_KEYS = (
    "title",
    "body",
    "date",
    "lead",
    "remove",
    "contact",
    "listing_entry",
    "listing_link",
    "listing_date",
    "year_heading",
)


class ProfileError(ValueError):
    """A profile file is missing, malformed or names an unknown family."""


@dataclass(frozen=True)
class UrlRules:
    """Regexes over a URL's path and query deciding what a link is."""

    article: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()

    def merged(self, other: UrlRules) -> UrlRules:
        return UrlRules(
            article=self.article + other.article,
            listing=self.listing + other.listing,
            deny=self.deny + other.deny,
        )


@dataclass(frozen=True)
class FamilyProfile:
    """How one CMS family (WebSoziCMS, TYPO3 tt_news, WordPress…) lays out its pages."""

    id: str
    name: str
    urls: UrlRules = field(default_factory=UrlRules)
    selectors: dict[str, Any] = field(default_factory=dict)
    # Markers in the HTML that identify the family (generator meta, typical paths).
    fingerprints: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteProfile:
    """One site: who publishes there and where the crawl starts; family merged in."""

    id: str
    name: str
    family: str
    start_urls: tuple[str, ...]
    organisation: str | None = None
    party: str | None = None
    region: str | None = None
    level: str | None = None
    language: str = "de"
    domains: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    urls: UrlRules = field(default_factory=UrlRules)
    selectors: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def is_article(self, url: str) -> bool:
        return _matches(self.urls.article, url)

    def is_listing(self, url: str) -> bool:
        return _matches(self.urls.listing, url)

    def is_denied(self, url: str) -> bool:
        return _matches(self.urls.deny, url)

    def start_urls_hosts(self) -> list[str]:
        return sorted({(urlsplit(u).hostname or "").lower() for u in self.start_urls})

    def rebased(self, **changes: Any) -> SiteProfile:
        """A copy with some fields replaced (used for ad hoc ``--url`` crawls)."""
        return replace(self, **changes)


def _matches(patterns: tuple[str, ...], url: str) -> bool:
    if not patterns:
        return False
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    return any(pattern.search(target) for pattern in _compiled(patterns))


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...], what: str, where: Path) -> None:
    unknown = set(data) - set(allowed)
    if unknown:
        raise ProfileError(f"{where}: unknown {what} {sorted(unknown)} (known: {', '.join(allowed)})")


def _url_rules(data: dict[str, Any], where: Path) -> UrlRules:
    _check_keys(data, URL_KEYS, "[urls] keys", where)
    rules = UrlRules(**{k: tuple(data.get(k, ())) for k in ("article", "listing", "deny")})
    for pattern in rules.article + rules.listing + rules.deny:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ProfileError(f"{where}: bad URL regex {pattern!r}: {exc}") from exc
    return rules


def load_family(family_id: str, directory: Path = FAMILIES_DIR) -> FamilyProfile:
    path = directory / f"{family_id}.toml"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in directory.glob("*.toml")))
        raise ProfileError(f"unknown CMS family {family_id!r} (known: {known})")
    data = _read_toml(path)
    _check_keys(data, FAMILY_KEYS, "keys", path)
    _check_keys(data.get("selectors", {}), SELECTOR_KEYS, "selector keys", path)
    return FamilyProfile(
        id=data.get("id", family_id),
        name=data.get("name", family_id),
        urls=_url_rules(data.get("urls", {}), path),
        selectors=dict(data.get("selectors", {})),
        fingerprints=tuple(data.get("fingerprints", ())),
    )


def load_families(directory: Path = FAMILIES_DIR) -> dict[str, FamilyProfile]:
    return {p.stem: load_family(p.stem, directory) for p in sorted(directory.glob("*.toml"))}


def parse_site(data: dict[str, Any], path: Path | None = None) -> SiteProfile:
    """Build the effective profile of a site from its TOML data (family merged in)."""
    where = path or Path("<profile>")
    _check_keys(data, SITE_KEYS, "keys", where)
    for key in ("id", "name", "family", "start_urls"):
        if not data.get(key):
            raise ProfileError(f"{where}: missing required key {key!r}")
    family = load_family(data["family"])
    selectors = {**family.selectors, **data.get("selectors", {})}
    _check_keys(data.get("selectors", {}), SELECTOR_KEYS, "selector keys", where)
    start_urls = tuple(data["start_urls"])
    domains = tuple(data.get("domains") or sorted({urlsplit(u).hostname or "" for u in start_urls}))
    return SiteProfile(
        id=data["id"],
        name=data["name"],
        family=family.id,
        start_urls=start_urls,
        organisation=data.get("organisation"),
        party=data.get("party"),
        region=data.get("region"),
        level=data.get("level"),
        language=data.get("language", "de"),
        domains=domains,
        feeds=tuple(data.get("feeds", ())),
        sitemaps=tuple(data.get("sitemaps", ())),
        urls=family.urls.merged(_url_rules(data.get("urls", {}), where)),
        selectors=selectors,
        path=path,
    )


def load_site(path: Path) -> SiteProfile:
    return parse_site(_read_toml(path), path)


def user_sites_dir() -> Path:
    """The user's own profiles (``sites add`` writes there): ``$PRESSARCHIVE_USER_SITES_DIR``, else
    the platform's configuration directory (``~/.config/pressarchive/sites`` on Linux), never
    the installed package."""
    from platformdirs import user_config_path

    configured = os.environ.get(USER_SITES_ENV)
    return Path(configured) if configured else user_config_path("pressarchive") / "sites"


def site_directories() -> list[Path]:
    """Where site profiles are searched: the packaged ones, the user's, then ``--sites-dir``."""
    extra = [Path(d) for d in os.environ.get(EXTRA_SITES_ENV, "").split(os.pathsep) if d]
    return [SITES_DIR, user_sites_dir(), *extra]


def site_profile_paths(directory: Path | None = None) -> list[Path]:
    """The site profile files of one directory, or of every searched one (``site_directories``)."""
    directories = [directory] if directory is not None else site_directories()
    return [
        path
        for d in directories
        if d.is_dir()
        for path in sorted(d.rglob("*.toml"))
        if path.parent.name != "families"
    ]


def load_sites(directory: Path | None = None) -> dict[str, SiteProfile]:
    """All site profiles by id; a duplicate id is an error (two files, one name)."""
    sites: dict[str, SiteProfile] = {}
    for path in site_profile_paths(directory):
        profile = load_site(path)
        if profile.id in sites:
            raise ProfileError(f"duplicate site id {profile.id!r}: {sites[profile.id].path} and {path}")
        sites[profile.id] = profile
    return sites


def get_site(site_id: str) -> SiteProfile:
    sites = load_sites()
    if site_id not in sites:
        raise ProfileError(f"unknown site {site_id!r}; `pressarchive sites` lists the known ones")
    return sites[site_id]


def adhoc_profile(url: str, sites: Mapping[str, SiteProfile] | None = None) -> SiteProfile:
    """A profile for ``crawl --url``: the known site owning that host, else a generic profile
    (``sites``: the profiles to look in, read from disk when not given)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a broken IPv6 literal
        host = ""
    if not host or urlsplit(url).scheme not in ("http", "https"):
        raise ProfileError(f"not an http(s) URL: {url!r}")
    for profile in (load_sites() if sites is None else sites).values():
        if host in profile.domains:
            return profile.rebased(start_urls=(url,))
    site_id = re.sub(r"[^a-z0-9]+", "_", host.removeprefix("www.")).strip("_")
    return parse_site({"id": site_id, "name": host, "family": "generic", "start_urls": [url]})
