"""``pressarchive crawl``: crawl sites into the archive, then say how each run went."""

from __future__ import annotations

import sys

import click

from pressarchive.options import db_option, open_archive, resolve_db


@click.command()
@click.argument("site_ids", nargs=-1, metavar="SITE…")
@click.option("--all", "all_sites", is_flag=True, help="Crawl every site profile.")
@click.option("--url", help="Crawl from this URL (a known site's host uses its profile).")
@db_option
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop each site after N responses.")
@click.option("--full", is_flag=True, help="Ignore what earlier runs saw: fetch everything again.")
@click.option("--quiet", "-q", is_flag=True, help="Only warnings and the summary.")
@click.option(
    "--set",
    "-s",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a Scrapy setting, as with `scrapy crawl -s` (repeatable).",
)
@click.option("--trigger", default="cli", hidden=True)
@click.option("--replicas", is_flag=True, help="Crawl the bundled local replicas, not the internet.")
@click.option("--replica-proxy", hidden=True, help="Use a running replica server (tests).")
@click.option("--replica-host", "replica_hosts", multiple=True, hidden=True)
@click.option("--replica-root", "replica_roots", multiple=True, hidden=True)
def crawl(
    site_ids: tuple[str, ...],
    all_sites: bool,
    url: str | None,
    db: str | None,
    max_pages: int | None,
    full: bool,
    quiet: bool,
    overrides: tuple[str, ...],
    trigger: str,
    replicas: bool,
    replica_proxy: str | None,
    replica_hosts: tuple[str, ...],
    replica_roots: tuple[str, ...],
) -> None:
    """Crawl sites into the archive.

    SITE… are site profile ids (`pressarchive sites` lists them); or --all, or one --url.

    Exits 1 when a run failed or its self-check found it degraded (the reason is printed).

    \b
    Examples:
      pressarchive crawl rvr spd_kreistagsfraktion_kleve
      pressarchive crawl --all --max-pages 200
      pressarchive crawl --url https://www.spd-beispielstadt.de/meldungen/
    """
    from pressarchive.commands.runs import print_runs
    from pressarchive.crawling import (
        replica_mode,
        resolve_profiles,
        run_crawls,
        settings_overrides,
        update_clusters,
    )

    profiles = resolve_profiles(site_ids, all_sites, url)
    db_url = resolve_db(db)
    archive = open_archive(db_url)  # one for the skipped runs, the settling, clusters and summary
    try:
        with replica_mode(replicas, replica_proxy, replica_hosts, replica_roots) as replica:
            run_ids = run_crawls(
                profiles,
                db_url,
                max_pages=max_pages,
                trigger=trigger,
                replica=replica,
                quiet=quiet,
                full=full,
                overrides=settings_overrides(overrides),
                archive=archive,
            )
        update_clusters(archive)
        ok = print_runs(archive, run_ids)
    finally:
        archive.close()
    if not ok:
        sys.exit(1)
