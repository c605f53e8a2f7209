"""Generate replica websites (host directories for the replica server) with their truth.

Five small sites, each a separate host, each with ``_truth.json`` saying what a perfect crawl
of it stores::

    spd-musterstadt.test             a) WordPress party branch (tags, categories, AMP, print, feed,
                                        wp-sitemap.xml, comments with ?replytocom=, cookie banner)
    www.musterhausen.test            b) city press office, unseen template: ISO-8859-1 declared only
                                        in <meta http-equiv>, ;jsessionid= links, an endless
                                        events calendar, robots.txt-disallowed /intern/ and /suche
    www.fwg-kreistag-musterkreis.test  c) Kreistag faction, old table layout, windows-1252 with no
                                        charset anywhere, <br><br> paragraphs, aktuelles.php?id=,
                                        301 from an old URL, a redirect loop, a flaky (503, 503,
                                        200) page, a slow page, a huge page, sitemap only in
                                        robots.txt
    www.spd-beispieldorf.test        d) WebSoziCMS-like local branch
    www.kv-musterregion.test         e) TYPO3 tt_news-like association

``--changed`` writes the "second night" of the same sites: per site one announcement edited,
one removed (404 on a, c, e; 410 on b, d), two new ones; every other page byte-identical, with
the same ``ETag`` and ``Last-Modified``. ``--big N`` writes one WordPress-like site with N
announcements for the throughput benchmark. The huge page (> 25 MB) is never committed:
``--huge`` (or :func:`write_huge`) writes it into a generated tree on demand.

Usage::

    python -m tests.generators dev            # rewrite tests/fixtures/sites/dev and dev_changed
    python -m tests.generators --check dev    # verify the committed trees are reproduced
    python -m tests.generators.dev OUT --big 10000   # the benchmark site (never committed)

``_truth.json`` keys: ``announcements`` (url, title, published, paragraphs, absent: strings of
that page that are not its body), ``non_announcements`` (URLs of pages that must not be stored),
``variants`` (duplicate URL → canonical URL), ``disallowed`` (robots.txt path prefixes),
``boilerplate`` (strings on every page that must never be in a body), ``traps``,
``special`` and, for the second night, ``changes``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tests.generators.dev.base import HOSTS, HOSTS_CHANGED, HUGE_BYTES, HUGE_FILE, IGNORED, Site
from tests.generators.dev.city import CitySite
from tests.generators.dev.kreistag import KreistagSite
from tests.generators.dev.typo3 import Typo3Site
from tests.generators.dev.websozi import WebSoziSite
from tests.generators.dev.wordpress import WordPressSite

__all__ = [
    "HOSTS",
    "HOSTS_CHANGED",
    "IGNORED",
    "SITES",
    "generate_big",
    "generate_sites",
    "write",
    "write_huge",
]


SITES: tuple[type[Site], ...] = (WordPressSite, CitySite, KreistagSite, WebSoziSite, Typo3Site)


class BigSite(WordPressSite):
    """The benchmark's site: one WordPress-like blog with N posts, plain files only (no routes)."""

    host = "www.spd-grossstadt.test"
    template = "wordpress-big"
    lean = True


# ==============================================================================================
# entry points
# ==============================================================================================
def generate_sites(target: Path, *, changed: bool = False, huge: bool = False) -> dict[str, dict[str, Any]]:
    """Write the five small sites (first or second night) into ``target``; returns truth by host."""
    target.mkdir(parents=True, exist_ok=True)
    truths = {}
    for site_class in SITES:
        site = site_class()
        first = site.build(changed=False)
        if changed:
            second = site.build(changed=True)
            second.write(target / site.host, previous=first)
            truths[site.host] = second.truth
        else:
            first.write(target / site.host)
            truths[site.host] = first.truth
    if huge:
        write_huge(target)
    return truths


def generate_big(target: Path, count: int) -> tuple[str, dict[str, Any]]:
    """Write the benchmark site with ``count`` announcements; returns (host, truth)."""
    site = BigSite(count=count, strict=False)
    out = site.build(changed=False)
    out.write(target / site.host)
    return site.host, out.truth


def write_huge(target: Path, size: int = HUGE_BYTES) -> Path:
    """Write the Kreistag site's huge page (> 25 MB, never committed) into a generated tree."""
    path = target / KreistagSite.host / HUGE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    head = (
        "<HTML><HEAD><TITLE>Haushaltsplanentwurf 2020 - Volltext</TITLE></HEAD><BODY>\n"
        "<B>Haushaltsplanentwurf 2020 – Volltext</B><BR>Eingestellt am 15.11.2019<BR><BR>\n<TABLE>\n"
    ).encode("cp1252")
    row = "<TR><TD>Produkt {:06d}</TD><TD>Ansatz 2020</TD><TD>{:>12} €</TD><TD>Erläuterung folgt</TD></TR>\n"
    block = "".join(row.format(k, k * 37 % 1000003) for k in range(2000)).encode("cp1252")
    tail = b"</TABLE></BODY></HTML>\n"
    with path.open("wb") as fh:
        fh.write(head)
        written = len(head)
        while written < size:
            fh.write(block)
            written += len(block)
        fh.write(tail)
    return path


# The CMS family profile each site's markup follows (tests/test_profiles.py reads them with it).
FAMILIES = {
    "spd-musterstadt.test": "wordpress",
    "www.spd-beispieldorf.test": "websozi",
    "www.kv-musterregion.test": "typo3_ttnews",
    "www.musterhausen.test": "generic",
}


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: both nights of the five sites (``first``, ``second``), no huge page."""
    first = generate_sites(outputs["first"])
    generate_sites(outputs["second"], changed=True)
    return {
        host: {"template": truth["template"], **({"family": FAMILIES[host]} if host in FAMILIES else {})}
        for host, truth in first.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Write the sites (or the benchmark site) somewhere else than the committed suite."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="output directory")
    parser.add_argument("--changed", action="store_true", help="the second night's state of the sites")
    parser.add_argument("--big", type=int, metavar="N", help="one site with N announcements (benchmark)")
    parser.add_argument("--huge", action="store_true", help="also write the > 25 MB page (never committed)")
    args = parser.parse_args(argv)
    if args.big:
        host, truth = generate_big(args.target, args.big)
        print(f"{host}: {len(truth['announcements'])} announcements in {args.target / host}")
        return 0
    truths = generate_sites(args.target, changed=args.changed, huge=args.huge)
    for host, truth in truths.items():
        print(f"{host}: {len(truth['announcements'])} announcements")
    return 0
