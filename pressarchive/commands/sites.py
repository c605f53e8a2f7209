"""``pressarchive sites``: the site profiles, and ``sites add URL`` to write a new one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from pressarchive.options import console, resolve_db


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")
@click.pass_context
def sites(ctx: click.Context, as_json: bool) -> None:
    """List the site profiles (packaged, user and --sites-dir); `sites add URL` writes a new one.

    Example: pressarchive sites
    """
    from crawler.sites import ProfileError, load_sites

    if ctx.invoked_subcommand:
        return
    try:
        profiles = load_sites()
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for p in profiles.values():
            record = {
                "id": p.id,
                "name": p.name,
                "organisation": p.organisation,
                "party": p.party,
                "region": p.region,
                "level": p.level,
                "family": p.family,
                "start_urls": list(p.start_urls),
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    table = Table("id", "name", "party", "region", "level", "family", "start URLs")
    for p in profiles.values():
        table.add_row(
            p.id, p.name, p.party or "", p.region or "", p.level or "", p.family, "\n".join(p.start_urls)
        )
    console.print(table)


@sites.command(name="add")
@click.argument("url")
@click.option("--id", "site_id", help="Profile id [default: from the host name].")
@click.option("--name", help="Display name [default: the site's own name].")
@click.option("--organisation", help="Publishing organisation.")
@click.option("--party", help="Party (SPD, CDU, GRÜNE, FDP, DIE LINKE, AfD, …).")
@click.option("--region", help="Region, e.g. Kreis Kleve.")
@click.option("--level", help="Level, e.g. Ortsverein, Kreistagsfraktion, Regionalverband.")
@click.option(
    "--max-pages",
    default=60,
    show_default=True,
    type=click.IntRange(min=5),
    help="Stop the discovery crawl after N responses.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help="Where to write the TOML [default: <user sites directory>/<id>.toml].",
)
@click.option("--replica-proxy", hidden=True)
@click.option("--replica-host", "replica_hosts", multiple=True, hidden=True)
def sites_add(url: str, site_id: str | None, max_pages: int, output: str | None, **fields: Any) -> None:
    """Explore a site from one URL and write its profile (family, feeds, sitemaps it found).

    URL is a page of the site, usually its press or news listing; it becomes the start URL.

    A short discovery crawl (into a throw-away archive) detects the CMS family, feeds announced by
    the pages and sitemaps named in robots.txt; the profile is written as TOML for review.

    Example: pressarchive sites add https://www.spd-beispielstadt.de/ --party SPD
    """
    import tempfile

    from crawler.run import ReplicaMode
    from crawler.sites import ProfileError, adhoc_profile, load_sites, user_sites_dir
    from crawler.sites.writer import profile_toml
    from pressarchive.crawling import run_crawls

    proxy = fields.pop("replica_proxy")
    hosts = fields.pop("replica_hosts")
    try:
        profile = adhoc_profile(url, known := load_sites())
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    if profile.id in known:
        raise click.ClickException(f"{url} belongs to the known site {profile.id!r}")
    early = Path(output) if output else user_sites_dir() / f"{site_id or profile.id}.toml"
    if early.exists():  # before a discovery crawl that could not be kept
        raise click.ClickException(f"{early} exists already; pass --output or --id")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "discovery.json"
        run_crawls(
            [profile],
            resolve_db(str(Path(tmp) / "explore.sqlite")),
            max_pages=max_pages,
            trigger="explore",
            replica=ReplicaMode(proxy, list(hosts)) if proxy else None,
            quiet=True,
            overrides={"DISCOVERY_REPORT": str(report), "WARC_ENABLED": False},
        )
        found = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    text, site_id = profile_toml(url, found, site_id=site_id, **fields)
    target = Path(output) if output else user_sites_dir() / f"{site_id}.toml"
    if target.exists():
        raise click.ClickException(f"{target} exists already; pass --output or --id")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from exc
    console.print(text)
    console.print(f"written: {target}")
