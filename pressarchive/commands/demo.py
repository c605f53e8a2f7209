"""``pressarchive demo``: the seed sites' replicas crawled over loopback, offline."""

from __future__ import annotations

import sys

import click

from pressarchive.options import console, db_option, open_archive, resolve_db


@click.command()
@db_option
def demo(db: str | None) -> None:
    """Crawl the bundled replicas of the seed sites over loopback and show what the archive holds.

    Works offline: the replica server on 127.0.0.1 answers as www.rvr.ruhr and the two Kleve
    hosts; the real spiders crawl it into the archive.

    Example: pressarchive demo --db demo.sqlite
    """
    from rich.markup import escape
    from rich.table import Table

    from crawler.replicas.server import serve_replicas
    from crawler.run import ReplicaMode
    from crawler.sites import load_sites
    from pressarchive.commands.runs import print_runs
    from pressarchive.crawling import run_crawls
    from storage.search import search as run_search

    db_url = resolve_db(db)
    archive = open_archive(db_url)  # one for the crawl's records, the summary and the searches
    with serve_replicas() as server:
        profiles = [p for p in load_sites().values() if set(p.start_urls_hosts()) <= server.hosts]
        console.print(f"replica server on {server.proxy_url} serving {', '.join(sorted(server.hosts))}")
        replica = ReplicaMode(server.proxy_url, sorted(server.hosts))
        run_ids = run_crawls(
            profiles, db_url, max_pages=None, trigger="demo", replica=replica, quiet=True, archive=archive
        )
    ok = print_runs(archive, run_ids)
    table = Table("source", "announcements")
    for source, count in sorted(archive.counts().items()):
        table.add_row(source, str(count))
    console.print(table)
    for query in ("Sozialkonferenz", "Integrationszentren"):
        console.print(f"\n[bold]pressarchive search {query}[/]")
        for hit in run_search(archive, query, limit=3):
            console.print(f"  #{hit.id} {hit.published} ({hit.source}) {escape(hit.title or '')}")
    archive.close()
    console.print(f"\narchive: {db_url}")
    if not ok:
        sys.exit(1)
