"""``pressarchive extract``: saved pages (HTML files, WARC files) to JSON Lines, offline."""

from __future__ import annotations

import json
import sys

import click

from pressarchive.options import err_console


@click.command(name="extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False), metavar="PATH…")
@click.option("--url", help="The page URL of the HTML files (resolves relative links, dates in URLs).")
@click.option("--site", "site_id", help="Use this site profile's selectors and metadata.")
def extract_command(paths: tuple[str, ...], url: str | None, site_id: str | None) -> None:
    """Extract saved pages to JSON Lines: HTML files (any charset, .html.gz too), one object per
    file, and WARC files (.warc, .warc.gz, from any crawler), one object per HTML response record.

    PATH… are the files, read in the order given (a WARC file is told by its first bytes).

    Each line has `path` (as given), `url` (a WARC record's target URI), `page_type` (the verdict
    of a zero-configuration crawl: announcement, listing or other), `title`, `published`, `text`
    (paragraphs separated by blank lines) and every other schema field; WARC lines add `offset`
    and `status`. An unreadable input gives `{"path", "error"}` in its place. The same reading
    the crawler uses; no network, no archive.

    Examples: pressarchive extract --site rvr pages/*.html.gz > out.jsonl
              pressarchive extract warc/*.warc.gz > pages.jsonl
    """
    from crawler.reading.saved import read_saved
    from crawler.sites import ProfileError, get_site

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
