"""Running crawls for the commands: profiles from the command line, per-site locks, replicas.

``crawl``, ``demo``, ``sites add`` and the queue's ``enqueue`` share this: which profiles a
command line names, the local replica server when asked for, and a batch of crawls run under
per-site locks (a busy site is skipped and recorded as a ``skipped`` run, never crawled twice at
once). The crawl itself is ``crawler.run``; after it, each run's bodies are settled with the
boilerplate the whole crawl learned (``pressarchive.settle``). A command that reads the archive
after the crawl too (clusters, the run summary) passes its one ``Archive`` to every step.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pressarchive.options import err_console, open_archive

if TYPE_CHECKING:
    from crawler.run import ReplicaMode
    from crawler.sites import SiteProfile
    from storage.archive import Archive


def resolve_profiles(site_ids: Sequence[str], all_sites: bool, url: str | None) -> list[SiteProfile]:
    """The profiles a command line names: site ids, ``--all`` or one ``--url``."""
    from crawler.sites import ProfileError, adhoc_profile, get_site, load_sites

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


@contextmanager
def replica_mode(
    replicas: bool, proxy: str | None, hosts: Sequence[str], roots: Sequence[str]
) -> Iterator[ReplicaMode | None]:
    """A ReplicaMode when crawling the bundled (or given) local replicas, else None."""
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


def settings_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """``--set NAME=VALUE`` pairs as Scrapy settings."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"--set expects NAME=VALUE, got {pair!r}")
        settings[name.strip()] = value
    return settings


def run_crawls(
    profiles: list[SiteProfile],
    db_url: str,
    *,
    max_pages: int | None,
    trigger: str,
    replica: ReplicaMode | None,
    quiet: bool = False,
    full: bool = False,
    overrides: dict[str, Any] | None = None,
    archive: Archive | None = None,
) -> list[int]:
    """Crawl under per-site locks (busy sites are skipped and recorded) and return the run ids.

    ``archive``: the caller's archive on ``db_url``, for the skipped runs and the settling (left
    open for what the caller reads next); by default one is opened here and closed at the end.
    """
    from crawler.run import crawl_settings, run_crawl
    from schedules.locks import SiteBusy, site_lock

    with ExitStack() as stack:
        if archive is None:
            archive = open_archive(db_url)
            stack.callback(archive.close)
        runnable: list[SiteProfile] = []
        skipped: list[int] = []
        for profile in profiles:
            try:
                stack.enter_context(site_lock(db_url, profile.id))
                runnable.append(profile)
            except SiteBusy as exc:
                err_console.print(f"[yellow]skipped {profile.id}: {exc}[/]")
                skipped.append(archive.record_skipped_run(profile, trigger, str(exc)))
        # No idle connection is held through the crawl; the engine reconnects when next used.
        archive.engine.dispose()
        if not runnable:
            return skipped
        settings = crawl_settings(
            db_url,
            max_pages=max_pages,
            trigger=trigger,
            replica=replica,
            log_level="WARNING" if quiet else "INFO",
            extra={"CRAWL_FULL": full, **(overrides or {})},
        )
        run_ids = run_crawl(runnable, settings)
        # Still under the site locks: nothing else stores into these sites meanwhile.
        settle_runs(archive, run_ids, quiet=quiet)
        return skipped + run_ids


def settle_runs(archive: Archive, run_ids: Sequence[int], *, quiet: bool = False) -> None:
    """After the crawls: bodies read before the learned boilerplate was complete are read again
    with it from their WARC records (``pressarchive.settle``); a failure here is reported, and
    the crawl's own record stands."""
    from rich.markup import escape
    from sqlalchemy.exc import SQLAlchemyError

    from pressarchive.settle import settle_run

    for run_id in run_ids:
        try:
            result = settle_run(archive, run_id)
        except (SQLAlchemyError, OSError, ValueError) as exc:
            err_console.print(f"[yellow]run {run_id}: bodies not settled: {escape(str(exc))}[/]")
            continue
        if result is not None and result.affected and not quiet:
            skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(result.skipped.items()))
            err_console.print(
                f"run {run_id}: {result.affected} bodies read again with the boilerplate learned"
                f" by the end of the crawl ({result.outcomes['settled']} settled"
                + (f"; skipped: {skipped}" if skipped else "")
                + ")"
            )


def update_clusters(archive: Archive) -> None:
    """After a crawl (manual or scheduled): cluster what it stored (incremental, see
    storage.clusters); a failure here is reported but does not fail the crawl."""
    from rich.markup import escape
    from sqlalchemy.exc import SQLAlchemyError

    from storage.clusters import update

    try:
        update(archive)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        err_console.print(f"[yellow]syndication clusters not updated: {escape(str(exc))}[/]")
