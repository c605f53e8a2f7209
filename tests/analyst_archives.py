"""What the analysts' tests share: the demo archive's Kleve titles, the CLI run in-process, and a
small two-source archive written item by item (``tests/test_analysts*.py``)."""

from __future__ import annotations

import json
import re
import sqlite3

from click.testing import CliRunner

from crawler.items import Announcement
from pressarchive.cli import cli
from storage import Archive

KLEVE = "spd_kreistagsfraktion_kleve"
KLEVE_INTEGRATION = {
    "NRW-Staatssekretär informiert am 2. Juli in Kleve über Kommunale Integrationszentren",
    "Kommunales Integrationszentrum: Mehrheit im Kreistag lehnt SPD-Antrag ab",
}


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def jsonl(*args: str) -> list[dict]:
    return [json.loads(line) for line in run(*args, "--format", "jsonl").splitlines() if line.startswith("{")]


def texts_with(db, pattern: str) -> set[int]:
    """Ids whose title, lead or body contains ``pattern`` as a whole word (ground truth in Python)."""
    con = sqlite3.connect(db)
    rx = re.compile(pattern, re.IGNORECASE)
    rows = con.execute(
        "SELECT id, coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || text FROM announcements"
    )
    found = {i for i, t in rows if rx.search(t)}
    con.close()
    return found


def item(
    url: str, title: str, text: str, published: str = "2020-01-02", source: str = "kleve", **kw
) -> Announcement:
    import hashlib

    digest = hashlib.sha256((title + text).encode()).hexdigest()
    return Announcement(
        url=url, source=source, title=title, text=text, published=published, content_hash=digest, **kw
    )


class Profile:
    id = "kleve"
    name = "SPD Kleve"
    organisation = "SPD-Kreistagsfraktion Kleve"
    party = "SPD"
    region = "Kreis Kleve"
    level = "Kreistagsfraktion"
    family = "websozi"


class Other(Profile):
    id = "goch"
    name = "SPD Goch"
    organisation = "SPD-Ortsverein Goch"
    level = "Ortsverein"


def two_source_archive(url: str) -> Archive:
    """An archive at ``url`` with the sources :class:`Profile` and :class:`Other` (Kleve, Goch)."""
    archive = Archive(url)
    archive.ensure_source(Profile)
    archive.ensure_source(Other)
    return archive
