"""``pressarchive warcs relocate``: absolute WARC paths of older archives made relative to the root.

Loaded by the main command group (``pressarchive.cli``) when invoked; the work is
``storage.warc_paths`` (plain SQL on both back ends), the root ``crawler.warc.warc_root``'s.
"""

from __future__ import annotations

import click

from pressarchive.options import db_option, open_engine


@click.group()
def warcs() -> None:
    """The raw archive's WARC files: `warcs relocate` makes old absolute paths relative."""


@warcs.command()
@db_option
@click.option(
    "--root",
    type=click.Path(file_okay=False),
    help="The WARC root the old paths are under (the WARC_DIR their crawls used) "
    "[default: $PRESSARCHIVE_WARC_DIR, else warc/ beside a SQLite archive].",
)
@click.option("--dry-run", is_flag=True, help="Count what would change; change nothing.")
def relocate(db: str | None, root: str | None, dry_run: bool) -> None:
    """Store the archive's absolute WARC paths under ROOT relative to it.

    Archives written before the WARC root hold absolute paths (valid on the machine that
    crawled); relative ones are found by `reparse` on any machine that mounts the root,
    wherever. Paths outside the root stay as they are (still read where they point) and are
    listed by directory: move those files under the root and run this again. Upgrading the
    archive already did this for the default root.

    Example: pressarchive warcs relocate --root /mnt/press-warc
    """
    from crawler.warc import warc_root
    from storage.warc_paths import relocate as relocate_paths

    engine = open_engine(db)
    try:
        where = warc_root(db, root)
        result = relocate_paths(engine, where, dry_run=dry_run)
    finally:
        engine.dispose()
    verb = "would become" if dry_run else "made"
    pages, runs = result.relative["pages"], result.relative["crawl_runs"]
    # plain lines (click.echo): a long path is never wrapped, scripts can read them
    counts = f"({pages} in pages, {runs} in crawl_runs)"
    click.echo(f"WARC root {where}: {pages + runs} paths {verb} relative {counts}")
    if result.outside:
        click.echo(f"absolute paths outside the root, left as they are: {sum(result.outside.values())}")
        for directory, n in sorted(result.outside.items()):
            click.echo(f"  {directory}/ ({n})")
