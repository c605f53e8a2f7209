"""German full-text search, filters and facets over the archive (SQLite FTS5; PostgreSQL too).

The query language is :mod:`storage.query`; words are matched by their stems
(:mod:`storage.german`) in the shadow index of :mod:`storage.search_index`. The same
functions serve the CLI (``pressarchive search``), the Python API (``storage.Archive``) and
the exports; the web view registers the same translation as SQL functions
(``storage.web``).

Orders: ``newest`` (the default: publication date, newest first — the FTS index's own order,
so a page of results costs the same for a rare and for a common word) and ``rank`` (BM25 with
title ×10 and lead ×3 over body; it scores every match, so it costs more for common words).
Filters: source, organisation, party, region, level (from the ``sources`` rows), kind,
language, has-event, a publication date range; ``collapse`` keeps only the origin of each
syndication cluster (``storage.clusters``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, inspect, text

from storage.german import fold, spans
from storage.query import ALL_DOCS, Query, QueryError, parse
from storage.search_index import ID_MASK, KEY_SHIFT, as_date, day_range, tag

__all__ = ["FACETS", "Filters", "Hit", "QueryError", "count", "facets", "matching_ids", "search", "snippet"]

FACETS = ("source", "party", "kind", "month")
ORDERS = ("newest", "rank")
BM25_WEIGHTS = "10.0, 3.0, 1.0, 0.0, 0.5"  # title, lead, text, tags, compound heads


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


@dataclass(frozen=True)
class Filters:
    """What narrows a search, an export or a facet count (all optional; lists mean "any of")."""

    sources: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    has_event: bool | None = None
    since: date | None = None
    until: date | None = None
    collapse: bool = False

    @classmethod
    def make(
        cls,
        *,
        source: Any = None,
        organisation: Any = None,
        party: Any = None,
        region: Any = None,
        level: Any = None,
        kind: Any = None,
        language: Any = None,
        has_event: bool | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        collapse: bool = False,
    ) -> Filters:
        """Filters from keyword arguments; each may be one value or a list of values."""
        for name, value in (("kind", kind),):
            bad = [v for v in _tuple(value) if v not in ("press_release", "event")]
            if bad:
                raise QueryError(f"unknown {name} {bad[0]!r} (press_release or event)")
        return cls(
            sources=_tuple(source),
            organisations=_tuple(organisation),
            parties=_tuple(party),
            regions=_tuple(region),
            levels=_tuple(level),
            kinds=_tuple(kind),
            languages=_tuple(language),
            has_event=has_event,
            since=date.fromisoformat(since) if isinstance(since, str) else since,
            until=date.fromisoformat(until) if isinstance(until, str) else until,
            collapse=collapse,
        )

    @property
    def by_source_fields(self) -> bool:
        return bool(self.organisations or self.parties or self.regions or self.levels)


@dataclass(frozen=True)
class Hit:
    """One search result. ``snippet`` is a passage of the original text with the matched words
    between ``[`` and ``]``; ``highlights`` are the (start, end) offsets of those words in
    ``plain_snippet`` (the passage without the brackets)."""

    id: int
    source: str
    url: str
    title: str | None
    published: str | None
    kind: str
    party: str | None
    snippet: str
    score: float | None = None
    plain_snippet: str = ""
    highlights: tuple[tuple[int, int], ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "kind": self.kind,
            "party": self.party,
            "snippet": self.snippet,
            "score": self.score,
        }


# -- snippets -----------------------------------------------------------------------------------
def snippet(query: Query, *texts: str | None, words: int = 28) -> tuple[str, list[tuple[int, int]]]:
    """The passage of the first text with a match (from a few words before the first matched
    word), with the offsets of the matched words; without a match, the beginning of the first
    non-empty text. Words are stemmed only up to the end of that passage."""
    candidates = [t for t in texts if t]
    for value in candidates:
        tokens: list[tuple[int, int, str]] = []
        first = None
        for token in spans(value):
            tokens.append(token)
            if first is None and query.matches(token[2]):
                first = len(tokens) - 1
            if first is not None and len(tokens) >= max(0, first - 4) + words + 1:
                break
        if first is None:
            continue
        return _cut(value, tokens, max(0, first - 4), words, query, more=len(tokens) > first + words)
    if not candidates:
        return "", []
    value = candidates[0]
    tokens = []
    for token in spans(value):
        tokens.append(token)
        if len(tokens) > words:
            break
    return _cut(value, tokens, 0, words, query, more=len(tokens) > words)


def _cut(
    value: str, tokens: list, start: int, words: int, query: Query, *, more: bool
) -> tuple[str, list[tuple[int, int]]]:
    if not tokens:
        return value[:200], []
    end = min(len(tokens), start + words)
    lo = tokens[start][0]
    more = more or end < len(tokens)
    hi = tokens[end - 1][1] if more else len(value)
    prefix = "… " if start > 0 else ""
    suffix = " …" if more else ""
    body = " ".join(value[lo:hi].split())
    out = prefix + body + suffix
    # offsets after whitespace normalisation: find each matched word again, left to right
    marks: list[tuple[int, int]] = []
    pos = len(prefix)
    for s, e, form in tokens[start:end]:
        if not query.matches(form):
            continue
        at = out.find(value[s:e], pos)
        if at >= 0:
            marks.append((at, at + e - s))
            pos = at + e - s
    return out, marks


def bracketed(plain: str, marks: Iterable[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in marks:
        out.append(plain[pos:s] + "[" + plain[s:e] + "]")
        pos = e
    out.append(plain[pos:])
    return "".join(out)


# -- source resolution (organisation, party, region, level → source ids) --------------------------
def _sources(conn: Connection, filters: Filters) -> set[str] | None:
    """The source ids the filters allow; None when they do not restrict sources."""
    allowed: set[str] | None = set(filters.sources) if filters.sources else None
    if filters.by_source_fields:
        rows = conn.execute(text("SELECT id, organisation, party, region, level FROM sources")).all()
        wanted = {
            "organisation": {fold(v) for v in filters.organisations},
            "party": {fold(v) for v in filters.parties},
            "region": {fold(v) for v in filters.regions},
            "level": {fold(v) for v in filters.levels},
        }
        ids = set()
        for row in rows:
            values = dict(zip(("organisation", "party", "region", "level"), row[1:], strict=True))
            if all(not want or fold(values[k] or "") in want for k, want in wanted.items()):
                ids.add(row[0])
        allowed = ids if allowed is None else allowed & ids
    return allowed


def _has_table(conn: Connection, name: str) -> bool:
    return inspect(conn).has_table(name)


# -- SQLite ---------------------------------------------------------------------------------------
def _fts_expr(query: Query, filters: Filters, sources: set[str] | None) -> str:
    parts = []
    match = query.fts5()
    if match:
        parts.append(match)
    if sources is not None:
        parts.append("(" + " OR ".join(f'"{tag("src", s)}"' for s in sorted(sources)) + ")")
    if filters.kinds:
        parts.append("(" + " OR ".join(f'"{tag("kind", k)}"' for k in filters.kinds) + ")")
    if filters.languages:
        parts.append("(" + " OR ".join(f'"{tag("lang", x)}"' for x in filters.languages) + ")")
    if filters.has_event is not None:
        parts.append('"event_yes"' if filters.has_event else '"event_no"')
    return " AND ".join(parts) if parts else f'"{ALL_DOCS}"'


def _sqlite_where(
    conn: Connection, query: Query, filters: Filters, alias: str = "f"
) -> tuple[str, dict[str, Any]] | None:
    sources = _sources(conn, filters)
    if sources is not None and not sources:
        return None
    params: dict[str, Any] = {"match": _fts_expr(query, filters, sources)}
    where = ["search_stems_fts MATCH :match"]
    low, high = day_range(filters.since, filters.until)
    if low is not None:
        where.append(f"{alias}.rowid >= :low")
        params["low"] = low
    if high is not None:
        where.append(f"{alias}.rowid <= :high")
        params["high"] = high
    if filters.collapse and _has_table(conn, "cluster_members"):
        where.append(
            f"({alias}.rowid & {ID_MASK}) NOT IN (SELECT id FROM cluster_members WHERE id <> origin_id)"
        )
    return " AND ".join(where), params


# -- PostgreSQL -----------------------------------------------------------------------------------
def _pg_where(conn: Connection, query: Query, filters: Filters) -> tuple[str, dict[str, Any]] | None:
    sources = _sources(conn, filters)
    if sources is not None and not sources:
        return None
    where, params = ["TRUE"], {}
    ts = query.tsquery()
    if ts:
        where.append("st.tsv @@ to_tsquery('simple', :tsq)")
        params["tsq"] = ts
    if sources is not None:
        names = []
        for i, s in enumerate(sorted(sources)):
            params[f"src{i}"] = s
            names.append(f":src{i}")
        where.append(f"k.source_id IN ({', '.join(names)})")
    if filters.kinds:
        names = []
        for i, v in enumerate(filters.kinds):
            params[f"kind{i}"] = v
            names.append(f":kind{i}")
        where.append(f"k.kind IN ({', '.join(names)})")
    if filters.languages:
        names = []
        for i, v in enumerate(filters.languages):
            params[f"lang{i}"] = v
            names.append(f":lang{i}")
        where.append(f"a.language IN ({', '.join(names)})")
    if filters.has_event is not None:
        where.append("a.event_start IS NOT NULL" if filters.has_event else "a.event_start IS NULL")
    low, high = day_range(filters.since, filters.until)
    if low is not None:
        where.append("k.key >= :low")
        params["low"] = low
    if high is not None:
        where.append("k.key <= :high")
        params["high"] = high
    if filters.collapse and _has_table(conn, "cluster_members"):
        where.append("k.id NOT IN (SELECT id FROM cluster_members WHERE id <> origin_id)")
    return " AND ".join(where), params


_PG_FROM = "search_stems st JOIN search_keys k ON k.key = st.key JOIN announcements a ON a.id = k.id"


# -- the API --------------------------------------------------------------------------------------
def _engine(target: Any) -> Engine:
    return target if isinstance(target, Engine) else target.engine


def search(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    order: str = "newest",
    limit: int = 20,
    offset: int = 0,
    snippet_words: int = 28,
    sites: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Hit]:
    """Announcements matching ``query`` and ``filters``: one page of :class:`Hit`.

    ``sites``/``since``/``until`` are shorthands for the same fields of ``filters``.
    Raises :class:`QueryError` for bad query syntax or an unknown order.
    """
    if order not in ORDERS:
        raise QueryError(f"unknown order {order!r} (newest or rank)")
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if sites or since or until:
        filters = replace(
            filters,
            sources=filters.sources + tuple(sites or ()),
            since=since or filters.since,
            until=until or filters.until,
        )
    engine = _engine(archive)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            if found is None:
                return []
            where, params = found
            score = f"bm25(search_stems_fts, {BM25_WEIGHTS})" if order == "rank" else "NULL"
            order_by = "score" if order == "rank" else "f.rowid DESC"
            sql = (
                f"SELECT f.rowid & {ID_MASK} AS id, {score} AS score FROM search_stems_fts f "
                f"WHERE {where} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
            )
        else:
            found = _pg_where(conn, parsed, filters)
            if found is None:
                return []
            where, params = found
            if order == "rank" and parsed.tsquery():
                score = "-ts_rank(st.tsv, to_tsquery('simple', :tsq))"
                order_by = "score, k.key DESC"
            else:
                score, order_by = "NULL", "k.key DESC"
            sql = (
                f"SELECT k.id, {score} AS score FROM {_PG_FROM} WHERE {where} "
                f"ORDER BY {order_by} LIMIT :limit OFFSET :offset"
            )
        params.update(limit=limit, offset=offset)
        ranked = conn.execute(text(sql), params).all()
        if not ranked:
            return []
        rows = conn.execute(
            text(
                "SELECT a.id, a.source_id, a.url, a.title, a.published, a.kind, a.lead, a.text, s.party "
                "FROM announcements a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": [r[0] for r in ranked]},
        ).all()
    by_id = {r[0]: r for r in rows}
    hits = []
    for announcement_id, score in ranked:
        r = by_id.get(announcement_id)
        if r is None:
            continue
        plain, marks = snippet(parsed, r[7], r[6], r[3], words=snippet_words)
        hits.append(
            Hit(
                id=r[0],
                source=r[1],
                url=r[2],
                title=r[3],
                published=str(r[4])[:10] if r[4] else None,
                kind=r[5],
                party=r[8],
                snippet=bracketed(plain, marks),
                score=None if score is None else float(score),
                plain_snippet=plain,
                highlights=tuple(marks),
            )
        )
    return hits


def count(archive: Any, query: str | Query = "", *, filters: Filters | None = None) -> int:
    """How many announcements match."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = _engine(archive)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            sql = "SELECT count(*) FROM search_stems_fts f WHERE {}"
        else:
            found = _pg_where(conn, parsed, filters)
            sql = "SELECT count(*) FROM " + _PG_FROM + " WHERE {}"
        if found is None:
            return 0
        return int(conn.execute(text(sql.format(found[0])), found[1]).scalar() or 0)


def matching_ids(
    conn: Connection, query: str | Query = "", *, filters: Filters | None = None, batch: int = 5000
) -> Iterator[list[int]]:
    """Ids of every matching announcement in index order (publication date, then id; undated
    first), in lists of ``batch``: what exports stream."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if conn.dialect.name == "sqlite":
        found = _sqlite_where(conn, parsed, filters)
        sql = (
            "SELECT f.rowid FROM search_stems_fts f WHERE {} AND f.rowid > :after "
            f"ORDER BY f.rowid LIMIT {batch}"
        )
    else:
        found = _pg_where(conn, parsed, filters)
        sql = f"SELECT k.key FROM {_PG_FROM} WHERE {{}} AND k.key > :after ORDER BY k.key LIMIT {batch}"
    if found is None:
        return
    where, params = found
    statement = text(sql.format(where))
    after = -1
    while True:
        keys = [r[0] for r in conn.execute(statement, {**params, "after": after})]
        if not keys:
            return
        yield [k & ID_MASK for k in keys]
        after = keys[-1]


def id_subquery(conn: Connection, query: str | Query = "", *, filters: Filters | None = None):  # type: ignore[no-untyped-def]
    """``(sql, params)`` selecting the ids of every match; ``(None, {})`` when everything
    matches (no query, no filters); None when nothing can match."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if parsed.tree is None and filters == Filters():
        return None, {}
    if conn.dialect.name == "sqlite":
        found = _sqlite_where(conn, parsed, filters)
        if found is None:
            return None
        return f"SELECT f.rowid & {ID_MASK} FROM search_stems_fts f WHERE {found[0]}", found[1]
    found = _pg_where(conn, parsed, filters)
    if found is None:
        return None
    return f"SELECT k.id FROM {_PG_FROM} WHERE {found[0]}", found[1]


def _month(day: int) -> str:
    return date.fromordinal(day).strftime("%Y-%m") if day > 0 else "undated"


def facets(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    by: Iterable[str] = FACETS,
) -> dict[str, list[tuple[str, int]]]:
    """Counts of the matching announcements per source, party, kind and month (``by`` picks).

    Sources, parties and kinds come largest first; months in calendar order (``undated`` last).
    """
    by = tuple(by)
    unknown = [b for b in by if b not in FACETS]
    if unknown:
        raise QueryError(f"unknown facet {unknown[0]!r} (one of {', '.join(FACETS)})")
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = _engine(archive)
    everything = parsed.tree is None and filters == Filters()
    per_source: dict[tuple[str, str], int] = {}
    per_day: dict[int, int] = {}
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if everything:
            if {"source", "party", "kind"} & set(by):
                sql = "SELECT source_id, kind, count(*) FROM search_keys GROUP BY source_id, kind"
                per_source = {(s, k): n for s, k, n in conn.execute(text(sql))}
            if "month" in by:  # the covering index on published: no table rows read
                sql = "SELECT published, count(*) FROM announcements GROUP BY published"
                for day, n in conn.execute(text(sql)):
                    ordinal = as_date(day).toordinal() if day else 0
                    per_day[ordinal] = per_day.get(ordinal, 0) + n
        else:
            found = _sqlite_where(conn, parsed, filters) if sqlite else _pg_where(conn, parsed, filters)
            if found is not None:
                where, params = found
                if {"source", "party", "kind"} & set(by):
                    if sqlite:
                        sql = (
                            "SELECT k.source_id, k.kind, count(*) FROM search_stems_fts f "
                            f"JOIN search_keys k ON k.key = f.rowid WHERE {where} GROUP BY 1, 2"
                        )
                    else:
                        sql = (
                            f"SELECT k.source_id, k.kind, count(*) FROM {_PG_FROM} "
                            f"WHERE {where} GROUP BY 1, 2"
                        )
                    per_source = {(s, k): n for s, k, n in conn.execute(text(sql), params)}
                if "month" in by:
                    if sqlite:
                        sql = (
                            f"SELECT f.rowid >> {KEY_SHIFT}, count(*) FROM search_stems_fts f "
                            f"WHERE {where} GROUP BY 1"
                        )
                    else:
                        sql = (
                            f"SELECT k.key >> {KEY_SHIFT}, count(*) FROM {_PG_FROM} WHERE {where} GROUP BY 1"
                        )
                    per_day = dict(conn.execute(text(sql), params).all())
        parties = dict(conn.execute(text("SELECT id, party FROM sources")).all()) if "party" in by else {}
    out: dict[str, list[tuple[str, int]]] = {}

    def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    if "source" in by:
        c: dict[str, int] = {}
        for (s, _), n in per_source.items():
            c[s] = c.get(s, 0) + n
        out["source"] = ranked(c)
    if "party" in by:
        c = {}
        for (s, _), n in per_source.items():
            party = parties.get(s) or "(none)"
            c[party] = c.get(party, 0) + n
        out["party"] = ranked(c)
    if "kind" in by:
        c = {}
        for (_, k), n in per_source.items():
            c[k or "press_release"] = c.get(k or "press_release", 0) + n
        out["kind"] = ranked(c)
    if "month" in by:
        c = {}
        for day, n in per_day.items():
            month = _month(int(day))
            c[month] = c.get(month, 0) + n
        out["month"] = sorted(c.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    return out
