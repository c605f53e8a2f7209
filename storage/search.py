"""Full-text search over the archive with SQLite FTS5, ranked by BM25.

User queries are plain words (as typed into a search box), not FTS5 syntax: each word is quoted
so hyphens, colons and quotes in German text ("SPD-Kreistagsfraktion", "Grüne:") never raise a
syntax error. A trailing ``*`` keeps prefix search (``Integration*``); ``OR`` is passed through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from storage.archive import Archive

_TOKEN = re.compile(r'"[^"]+"|\S+')


@dataclass(frozen=True)
class Hit:
    id: int
    source: str
    url: str
    title: str | None
    published: str | None
    snippet: str
    score: float


def fts_query(query: str) -> str:
    """Translate a user query into a safe FTS5 MATCH expression (all words must occur)."""
    parts: list[str] = []
    for token in _TOKEN.findall(query):
        if token == "OR":
            parts.append("OR")
            continue
        prefix = token.endswith("*")
        word = token.strip('"').rstrip("*").replace('"', "")
        if not word.strip():
            continue
        parts.append(f'"{word}"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    while parts and parts[0] == "OR":
        parts.pop(0)
    return " ".join(parts)


def search(
    archive: Archive,
    query: str,
    *,
    sites: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Announcements matching ``query``, best first."""
    match = fts_query(query)
    if not match:
        return []
    where = ["announcements_fts MATCH :match"]
    params: dict[str, object] = {"match": match, "limit": limit}
    if sites:
        names = []
        for i, site in enumerate(sites):
            params[f"s{i}"] = site
            names.append(f":s{i}")
        where.append(f"a.source_id IN ({', '.join(names)})")
    if since:
        where.append("a.published >= :since")
        params["since"] = since.isoformat()
    if until:
        where.append("a.published <= :until")
        params["until"] = until.isoformat()
    sql = f"""
        SELECT a.id, a.source_id, a.url, a.title, a.published,
               snippet(announcements_fts, 2, '[', ']', ' … ', 16) AS snip,
               bm25(announcements_fts, 10.0, 3.0, 1.0) AS score
        FROM announcements_fts JOIN announcements a ON a.id = announcements_fts.rowid
        WHERE {" AND ".join(where)}
        ORDER BY score LIMIT :limit
    """
    with archive.engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [
        Hit(
            id=r[0],
            source=r[1],
            url=r[2],
            title=r[3],
            published=str(r[4]) if r[4] else None,
            snippet=r[5] or "",
            score=float(r[6]),
        )
        for r in rows
    ]
