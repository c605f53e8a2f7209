"""The ``pressarchive`` command line: crawl, search, export, schedule, demo.

Command names and options are a contract (scripts rely on them). Library errors become
``click.ClickException`` here, at the edge, so a bad site name, database URL or date prints one
clear line instead of a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crawler.sites import ProfileError, SiteProfile, adhoc_profile, get_site, load_sites

# Wide enough for the run tables when output goes to a file or pipe (rich assumes 80 columns there).
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)

db_option = click.option(
    "--db",
    envvar="PRESSARCHIVE_DB",
    default=None,
    help="Archive database: a SQLAlchemy URL or a SQLite file path "
    "[env PRESSARCHIVE_DB; default ./archive.sqlite].",
)
site_option = click.option("--site", "sites", multiple=True, help="Only this site id (repeatable).")
since_option = click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD)."
)
until_option = click.option(
    "--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD)."
)


def _db(db: str | None) -> str:
    # storage (SQLAlchemy, Alembic) is imported where a command needs it: `extract` and `sites`
    # never open an archive, and process start counts when they run over a few files
    from storage.db import DatabaseError, resolve_url

    try:
        return resolve_url(db)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


def _open_archive(db: str | None):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import SQLAlchemyError

    from storage.archive import Archive
    from storage.db import DatabaseError

    url = _db(db)
    try:
        return Archive(url)
    except (DatabaseError, SQLAlchemyError) as exc:
        raise click.ClickException(f"cannot open archive {url}: {one_line(exc)}") from exc


def one_line(exc: BaseException) -> str:
    """An error as one line: the database driver's own message (not SQLAlchemy's statement dump
    and "Background on this error" link), whitespace runs collapsed."""
    message = str(getattr(exc, "orig", None) or exc)
    return " ".join(message.split("(Background on this error")[0].split())


def _date(value) -> date | None:  # type: ignore[no-untyped-def]
    return value.date() if value else None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="pressarchive")
def cli() -> None:
    """Crawl German political and regional press releases into a searchable archive.

    \b
    Start offline:   pressarchive demo
    Nightly crawls:  pressarchive scheduler
    Look around:     pressarchive search Sozialkonferenz
    """


# -- sites -------------------------------------------------------------------------------------
@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")
@click.pass_context
def sites(ctx: click.Context, as_json: bool) -> None:
    """List the site profiles (crawler/sites/**.toml); `sites add URL` writes a new one.

    Example: pressarchive sites
    """
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
@click.option("--max-pages", default=60, show_default=True, type=click.IntRange(min=5))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help="Where to write the TOML [default: crawler/sites/de/<id>.toml].",
)
@click.option("--replica-proxy", hidden=True)
@click.option("--replica-host", "replica_hosts", multiple=True, hidden=True)
def sites_add(url: str, site_id: str | None, max_pages: int, output: str | None, **fields) -> None:  # type: ignore[no-untyped-def]
    """Explore a site from one URL and write its profile (family, feeds, sitemaps it found).

    A short discovery crawl (into a throw-away archive) detects the CMS family, feeds announced by
    the pages and sitemaps named in robots.txt; the profile is written as TOML for review.

    Example: pressarchive sites add https://www.spd-beispielstadt.de/ --party SPD
    """
    import tempfile

    from crawler.run import ReplicaMode
    from crawler.sites.writer import profile_toml

    proxy = fields.pop("replica_proxy")
    hosts = fields.pop("replica_hosts")
    try:
        profile = adhoc_profile(url)
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    if profile.family != "generic":
        raise click.ClickException(f"{url} belongs to the known site {profile.id!r}")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "discovery.json"
        run_crawls(
            [profile],
            _db(str(Path(tmp) / "explore.sqlite")),
            max_pages=max_pages,
            trigger="explore",
            replica=ReplicaMode(proxy, list(hosts)) if proxy else None,
            quiet=True,
            overrides={"DISCOVERY_REPORT": str(report), "WARC_ENABLED": False},
        )
        found = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    text, site_id = profile_toml(url, found, site_id=site_id, **fields)
    target = Path(output) if output else Path(__file__).resolve().parent / "sites" / "de" / f"{site_id}.toml"
    if target.exists():
        raise click.ClickException(f"{target} exists already; pass --output or --id")
    target.write_text(text, encoding="utf-8")
    console.print(text)
    console.print(f"written: {target}")


# -- crawl -------------------------------------------------------------------------------------
@contextmanager
def _replica_mode(
    replicas: bool, proxy: str | None, hosts: Sequence[str], roots: Sequence[str]
) -> Iterator[object | None]:
    """Yield a ReplicaMode when crawling the bundled (or given) local replicas, else None."""
    from crawler.run import ReplicaMode

    if proxy:
        yield ReplicaMode(proxy, list(hosts))
        return
    if not replicas and not roots:
        yield None
        return
    from crawler.replicas.server import serve_replicas

    with serve_replicas(roots=[Path(r) for r in roots] or None) as server:
        yield ReplicaMode(server.proxy_url, sorted(server.hosts))


def _settings_overrides(pairs: Sequence[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"--set expects NAME=VALUE, got {pair!r}")
        settings[name.strip()] = value
    return settings


def _resolve_profiles(site_ids: Sequence[str], all_sites: bool, url: str | None) -> list[SiteProfile]:
    try:
        if url:
            if site_ids or all_sites:
                raise click.UsageError("--url cannot be combined with site ids or --all")
            return [adhoc_profile(url)]
        if all_sites:
            return list(load_sites().values())
        if not site_ids:
            raise click.UsageError("name at least one site (see `pressarchive sites`), or use --all / --url")
        return [get_site(s) for s in site_ids]
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc


def run_crawls(
    profiles: list[SiteProfile],
    db_url: str,
    *,
    max_pages: int | None,
    trigger: str,
    replica: object | None,
    quiet: bool = False,
    full: bool = False,
    overrides: dict | None = None,
) -> list[int]:
    """Crawl under per-site locks (busy sites are skipped and recorded) and return the run ids."""
    from crawler.run import crawl_settings, run_crawl
    from schedules.locks import SiteBusy, site_lock

    archive = _open_archive(db_url)
    runnable: list[SiteProfile] = []
    skipped: list[int] = []
    with ExitStack() as stack:
        for profile in profiles:
            try:
                stack.enter_context(site_lock(db_url, profile.id))
                runnable.append(profile)
            except SiteBusy as exc:
                err_console.print(f"[yellow]skipped {profile.id}: {exc}[/]")
                archive.ensure_source(profile)
                run_id = archive.start_run([profile.id], trigger=trigger)
                archive.finish_run(run_id, "skipped", str(exc))
                skipped.append(run_id)
        archive.close()
        if not runnable:
            return skipped
        settings = crawl_settings(
            db_url,
            max_pages=max_pages,
            trigger=trigger,
            replica=replica,  # type: ignore[arg-type]
            log_level="WARNING" if quiet else "INFO",
            extra={"CRAWL_FULL": full, **(overrides or {})},
        )
        return skipped + run_crawl(runnable, settings)


def print_runs(db_url: str, run_ids: Sequence[int]) -> bool:
    """Print a summary of the given runs; True when all of them finished (a run whose
    self-check failed or found it degraded did not)."""
    from storage.health import run_verdicts

    archive = _open_archive(db_url)
    ok = True
    verdicts = run_verdicts(archive.engine, run_ids)
    table = Table(
        "run", "sites", "status", "pages", "new", "updated", "unchanged", "errors", "health", "message"
    )
    for run_id in run_ids:
        run = archive.run(run_id)
        if run is None:
            continue
        ok = ok and run.status in ("finished", "skipped")
        style = {"finished": "green", "skipped": "yellow"}.get(run.status, "red")
        health_style = {"ok": "green", "stale": "yellow", "drift": "magenta"}
        health = " ".join(
            f"[{health_style.get(h or '', 'red')}]{h}[/]" for _, h, _ in verdicts.get(run_id, []) if h
        )
        table.add_row(
            str(run.id),
            run.sites,
            f"[{style}]{run.status}[/]",
            str(run.pages_fetched),
            str(run.announcements_new),
            str(run.announcements_updated),
            str(run.announcements_unchanged),
            str(run.errors),
            health,
            escape(run.message or ""),
        )
    console.print(table)
    for run_id in run_ids:
        for source, health, reason in verdicts.get(run_id, []):
            if health and health != "ok":
                err_console.print(f"run {run_id} health of {source}: {health}: {escape(reason or '')}")
    for run_id in run_ids:
        errors = archive.errors(run_id)
        if errors:
            reasons: dict[str, int] = {}
            for e in errors:
                reasons[e.reason] = reasons.get(e.reason, 0) + 1
            summary = ", ".join(f"{k}×{v}" for k, v in sorted(reasons.items()))
            err_console.print(f"run {run_id} errors: {summary} (first: {errors[0].url})")
    archive.close()
    return ok


@cli.command()
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

    \b
    Examples:
      pressarchive crawl rvr spd_kreistagsfraktion_kleve
      pressarchive crawl --all --max-pages 200
      pressarchive crawl --url https://www.spd-beispielstadt.de/meldungen/
    """
    profiles = _resolve_profiles(site_ids, all_sites, url)
    db_url = _db(db)
    with _replica_mode(replicas, replica_proxy, replica_hosts, replica_roots) as replica:
        run_ids = run_crawls(
            profiles,
            db_url,
            max_pages=max_pages,
            trigger=trigger,
            replica=replica,
            quiet=quiet,
            full=full,
            overrides=_settings_overrides(overrides),
        )
    _update_clusters(db_url)
    if not print_runs(db_url, run_ids):
        sys.exit(1)


def _update_clusters(db_url: str) -> None:
    """After a crawl (manual or scheduled): cluster what it stored (incremental, see
    storage.clusters); a failure here is reported but does not fail the crawl."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.clusters import update

    archive = _open_archive(db_url)
    try:
        update(archive)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        err_console.print(f"[yellow]syndication clusters not updated: {escape(str(exc))}[/]")
    finally:
        archive.close()


@cli.command(name="extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The page URL of the HTML files (resolves relative links, dates in URLs).")
@click.option("--site", "site_id", help="Use this site profile's selectors and metadata.")
def extract_command(paths: tuple[str, ...], url: str | None, site_id: str | None) -> None:
    """Extract saved pages to JSON Lines: HTML files (any charset, .html.gz too), one object per
    file, and WARC files (.warc, .warc.gz, from any crawler), one object per HTML response record.

    Each line has `path` (as given), `url` (a WARC record's target URI), `page_type` (the verdict
    of a zero-configuration crawl: announcement, listing or other), `title`, `published`, `text`
    (paragraphs separated by blank lines) and every other schema field; WARC lines add `offset`
    and `status`. An unreadable input gives `{"path", "error"}` in its place. The same reading
    the crawler uses; no network, no archive.

    Examples: pressarchive extract --site rvr pages/*.html.gz > out.jsonl
              pressarchive extract warc/*.warc.gz > pages.jsonl
    """
    from crawler.reading.saved import read_saved

    profile = None
    if site_id:
        try:
            profile = get_site(site_id)
        except ProfileError as exc:
            raise click.ClickException(str(exc)) from exc
    failed = 0
    for record in read_saved(paths, url=url, profile=profile):
        failed += "error" in record
        click.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        err_console.print(f"{failed} inputs could not be read")
        sys.exit(1)


# -- runs --------------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
def runs(db: str | None, limit: int) -> None:
    """Show recent crawl runs with status, counts and error reasons.

    Example: pressarchive runs --limit 5
    """
    archive = _open_archive(db)
    ids = [r.id for r in archive.runs(limit)]
    archive.close()
    print_runs(_db(db), ids)


# -- reparse and show --------------------------------------------------------------------------
@cli.command()
@click.argument("site_ids", nargs=-1, metavar="[SITE…]")
@db_option
def reparse(site_ids: tuple[str, ...], db: str | None) -> None:
    """Re-extract stored announcements from their WARC records, without the network.

    Run it after extraction improved: identical results stay unchanged, changed ones become a
    new revision (`pressarchive show ID --history` shows the diff). Recorded as a crawl run with
    trigger `reparse`; exits 1 when a page failed or a WARC file is missing.

    \b
    Examples:
      pressarchive reparse
      pressarchive reparse rvr --db /srv/press/archive.sqlite
    """
    from pressarchive.reparse import ReparseError, console_progress, iter_failure_reasons
    from pressarchive.reparse import reparse as run_reparse

    db_url = _db(db)
    archive = _open_archive(db_url)
    try:
        with console_progress(err_console) as progress:
            result = run_reparse(archive, site_ids, db_url=db_url, progress=progress)
    except ReparseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        archive.close()
    for path, count in result.missing_files.items():
        err_console.print(
            f"[red]WARC file missing: {path} ({count} page(s) cannot be reparsed; restore the file, "
            "or fetch the pages again with `pressarchive crawl SITE --full`)[/]",
            soft_wrap=True,
        )
    failures = len(result.failures)
    console.print(
        f"reparse run {result.run_id}: {result.pages} pages, {result.new} new, {result.updated} updated, "
        f"{result.unchanged} unchanged, {failures} failures",
        soft_wrap=True,
    )
    if failures:
        summary = ", ".join(f"{reason}×{count}" for reason, count in iter_failure_reasons(result))
        err_console.print(f"failures: {summary} (first: {result.failures[0].url})", soft_wrap=True)
        sys.exit(1)


@cli.command()
@click.argument("announcement_id", type=int, metavar="ID")
@click.option("--history", is_flag=True, help="Every revision with its date and the diff to the one before.")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(announcement_id: int, history: bool, db: str | None, fmt: str) -> None:
    """Show one announcement with all its fields (ids: `pressarchive search`).

    \b
    Examples:
      pressarchive show 42
      pressarchive show 42 --history
      pressarchive show 42 --format json
    """
    from storage.show import NotFound, announcement_record, render_text

    archive = _open_archive(db)
    try:
        record = announcement_record(archive, announcement_id, history=history)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(record))


# -- demo --------------------------------------------------------------------------------------
@cli.command()
@db_option
def demo(db: str | None) -> None:
    """Crawl the bundled replicas of the seed sites over loopback and show what the archive holds.

    Works offline: the replica server on 127.0.0.1 answers as www.rvr.ruhr and the two Kleve
    hosts; the real spiders crawl it into the archive.

    Example: pressarchive demo --db demo.sqlite
    """
    from crawler.replicas.server import serve_replicas
    from crawler.run import ReplicaMode
    from storage.search import search as run_search

    db_url = _db(db)
    with serve_replicas() as server:
        profiles = [p for p in load_sites().values() if set(p.start_urls_hosts()) <= server.hosts]
        console.print(f"replica server on {server.proxy_url} serving {', '.join(sorted(server.hosts))}")
        replica = ReplicaMode(server.proxy_url, sorted(server.hosts))
        run_ids = run_crawls(profiles, db_url, max_pages=None, trigger="demo", replica=replica, quiet=True)
    ok = print_runs(db_url, run_ids)
    archive = _open_archive(db_url)
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


# -- scheduler ---------------------------------------------------------------------------------
schedule_option = click.option(
    "--schedule",
    "schedule_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Schedule file (repeatable) [default: schedules/*.toml].",
)


def _crawls(schedule_files: Sequence[str]):  # type: ignore[no-untyped-def]
    from schedules.config import ScheduleError, load_schedules

    try:
        return load_schedules([Path(f) for f in schedule_files] or None)
    except (ScheduleError, ProfileError) as exc:
        raise click.ClickException(str(exc)) from exc


def _reports(schedule_files: Sequence[str]):  # type: ignore[no-untyped-def]
    from schedules.config import ScheduleError, load_reports

    try:
        return load_reports([Path(f) for f in schedule_files] or None)
    except (ScheduleError, ProfileError) as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@db_option
@schedule_option
def scheduler(db: str | None, schedule_files: tuple[str, ...]) -> None:
    """Run the scheduled crawls in the foreground (Ctrl-C stops).

    Jobs are kept in the archive database; missed runs are coalesced into one, a site is never
    crawled twice at once, and each crawl runs in a child process and records its run.

    Example: pressarchive scheduler --db /srv/press/archive.sqlite
    """
    import logging

    from schedules.scheduler import configure, make_scheduler, next_runs

    crawls = _crawls(schedule_files)
    db_url = _db(db)
    _open_archive(db_url).close()  # create/upgrade the schema first
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    sched = make_scheduler(db_url)
    configure(sched, crawls, db_url, reports=_reports(schedule_files))
    for crawl, when in next_runs(crawls):
        console.print(f"{crawl.apscheduler_id}: next run {when:%Y-%m-%d %H:%M %Z}")
    try:
        sched.start()
    except (KeyboardInterrupt, SystemExit):
        console.print("scheduler stopped")


@cli.group()
def schedule() -> None:
    """Inspect the crawl schedules."""


@schedule.command(name="list")
@schedule_option
def schedule_list(schedule_files: tuple[str, ...]) -> None:
    """Show scheduled crawls and their next run times.

    Example: pressarchive schedule list
    """
    from schedules.scheduler import next_runs

    table = Table("job", "site", "cron", "time zone", "next run")
    for crawl, when in next_runs(_crawls(schedule_files)):
        table.add_row(crawl.job_id, crawl.site, crawl.cron, crawl.timezone, f"{when:%Y-%m-%d %H:%M %Z}")
    console.print(table)


def _register() -> None:
    from pressarchive.commands.health import health

    cli.add_command(health)


_register()


def _register_analyst_commands() -> None:
    from pressarchive.commands.analysis import register

    register(cli)


_register_analyst_commands()  # search, facets, export, clusters, report, serve


def _register_queue_commands() -> None:
    from pressarchive.commands.queue import register

    register(cli)


_register_queue_commands()  # worker, enqueue, queue (pressarchive/commands/queue.py)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
