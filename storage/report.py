"""Timelines: counts of matching announcements over time per source or party, and top terms.

:func:`timeline` counts (SQL over the search index, no text read); :func:`top_terms` counts
title words (without German stop words) of up to :data:`TERMS_SAMPLE` of the newest matches,
per period, and says how many titles it read; :func:`write_report` writes a self-contained
HTML page (the Vega-Lite runtime inlined by vl-convert: no CDN, no network) or a PNG/SVG
(rendered offline by vl-convert). Charts need the ``analysis`` extra (Altair, vl-convert-python).
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import text

from storage.filters import Filters
from storage.german import fold, words
from storage.query import Query, parse
from storage.search_index import ID_MASK, KEY_SHIFT
from storage.search_sql import _pg_where, _sqlite_where

INTERVALS = ("week", "month", "year")
BY = ("source", "party")
TOP_GROUPS = 8
TERMS_SAMPLE = 5000
STOP = set(
    str.split(
        "der die das und oder aber in im an am auf aus bei bis durch für gegen mit nach ohne über um unter "
        "von vor zu zum zur ein eine einer eines einem einen den dem des ist sind war wird werden wurde "
        "hat haben nicht auch als wie so es er sie wir ihr man sich noch nur mehr dass daß sei zwei drei "
        "neue neuen neuer neues beim vom ab"
    )
)


class ReportError(ValueError):
    """A report cannot be made (bad option, missing extra, unwritable file)."""


@dataclass(frozen=True)
class Point:
    period: str  # first day of the period, YYYY-MM-DD
    group: str
    count: int


def period_start(day: date, interval: str) -> date:
    if interval == "year":
        return date(day.year, 1, 1)
    if interval == "month":
        return date(day.year, day.month, 1)
    return day - timedelta(days=day.weekday())


def timeline(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    by: str = "party",
    interval: str = "month",
) -> list[Point]:
    """Counts per period and source/party (the :data:`TOP_GROUPS` largest groups, the rest as
    ``other``); undated announcements are left out."""
    if by not in BY or interval not in INTERVALS:
        raise ReportError(f"--by is one of {', '.join(BY)}; --interval one of {', '.join(INTERVALS)}")
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = archive.engine
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            sql = (
                f"SELECT f.rowid >> {KEY_SHIFT}, k.source_id, count(*) FROM search_stems_fts f "
                "JOIN search_keys k ON k.key = f.rowid WHERE {} GROUP BY 1, 2"
            )
        else:
            found = _pg_where(conn, parsed, filters)
            sql = (
                f"SELECT k.key >> {KEY_SHIFT}, k.source_id, count(*) FROM search_stems st "
                "JOIN search_keys k ON k.key = st.key JOIN announcements a ON a.id = k.id "
                "WHERE {} GROUP BY 1, 2"
            )
        if found is None:
            return []
        rows = conn.execute(text(sql.format(found[0])), found[1]).all()
        parties = dict(conn.execute(text("SELECT id, party FROM sources")).all())
    counts: Counter[tuple[date, str]] = Counter()
    for day, source, n in rows:
        if not day:
            continue
        group = source if by == "source" else (parties.get(source) or "(none)")
        counts[(period_start(date.fromordinal(int(day)), interval), group)] += n
    totals: Counter[str] = Counter()
    for (_, group), n in counts.items():
        totals[group] += n
    keep = {g for g, _ in totals.most_common(TOP_GROUPS)}
    merged: Counter[tuple[date, str]] = Counter()
    for (period, group), n in counts.items():
        merged[(period, group if group in keep else "other")] += n
    if not merged:
        return []
    periods = _periods(min(p for p, _ in merged), max(p for p, _ in merged), interval)
    groups = sorted({g for _, g in merged})
    return [Point(p.isoformat(), g, merged.get((p, g), 0)) for p in periods for g in groups]


def _periods(first: date, last: date, interval: str) -> list[date]:
    """Every period from ``first`` to ``last`` (empty ones count 0, not a line across them)."""
    out, current = [], first
    while current <= last:
        out.append(current)
        if interval == "week":
            current += timedelta(days=7)
        elif interval == "month":
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        else:
            current = date(current.year + 1, 1, 1)
    return out


def top_terms(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    interval: str = "month",
    top: int = 8,
) -> tuple[list[tuple[str, list[tuple[str, int]]]], int]:
    """Per period (newest first), the most frequent title words of the newest
    :data:`TERMS_SAMPLE` matches; and how many titles were read."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = archive.engine
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            sql = (
                f"SELECT f.rowid >> {KEY_SHIFT}, a.title FROM search_stems_fts f "
                f"JOIN announcements a ON a.id = (f.rowid & {ID_MASK}) WHERE {{}} "
                f"ORDER BY f.rowid DESC LIMIT {TERMS_SAMPLE}"
            )
        else:
            found = _pg_where(conn, parsed, filters)
            sql = (
                f"SELECT k.key >> {KEY_SHIFT}, a.title FROM search_stems st "
                "JOIN search_keys k ON k.key = st.key "
                f"JOIN announcements a ON a.id = k.id WHERE {{}} ORDER BY k.key DESC LIMIT {TERMS_SAMPLE}"
            )
        if found is None:
            return [], 0
        rows = conn.execute(text(sql.format(found[0])), found[1]).all()
    per: dict[date, Counter[str]] = {}
    for day, title in rows:
        if not day:
            continue
        period = period_start(date.fromordinal(int(day)), interval)
        bag = per.setdefault(period, Counter())
        for w in words(title):
            if len(w) > 2 and not w.isdigit() and fold(w) not in STOP:
                bag[w] += 1
    out = [(p.isoformat(), bag.most_common(top)) for p, bag in sorted(per.items(), reverse=True)]
    return out, len(rows)


def chart(points: list[Point], *, by: str, interval: str, title: str):  # type: ignore[no-untyped-def]
    try:
        import altair as alt
    except ImportError as exc:
        raise ReportError("charts need the analysis extra: pip install 'pressarchive[analysis]'") from exc
    units: dict[str, Literal["yearmonthdate", "yearmonth", "year"]] = {
        "week": "yearmonthdate",
        "month": "yearmonth",
        "year": "year",
    }
    unit = units[interval]
    values = [{"period": p.period, "group": p.group, "count": p.count} for p in points]
    return (
        alt.Chart(alt.InlineData(values=values), title=title)
        .mark_line(point=True)
        .encode(
            x=alt.X("period:T", timeUnit=unit, title=interval),
            y=alt.Y("count:Q", title="announcements"),
            color=alt.Color("group:N", title=by),
            tooltip=["period:T", "group:N", "count:Q"],
        )
        .properties(width=760, height=360)
    )


def svg(points: list[Point], *, by: str, interval: str, title: str) -> str:
    """The chart as SVG markup (rendered offline by vl-convert)."""
    import vl_convert as vlc

    spec = chart(points, by=by, interval=interval, title=title).to_dict()
    return vlc.vegalite_to_svg(spec, format_locale="de-DE", time_format_locale="de-DE")


def _terms_html(terms: list[tuple[str, list[tuple[str, int]]]], sample: int) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(period)}</td><td>"
        + ", ".join(f"{html.escape(w)} ({n})" for w, n in bag)
        + "</td></tr>"
        for period, bag in terms
    )
    return (
        f"<h2>Top title words per period</h2><p>From the titles of the newest {sample} matching "
        f"announcements.</p><table><tr><th>period</th><th>words (titles)</th></tr>{rows}</table>"
    )


def write_report(
    archive: Any,
    output: str,
    query: str = "",
    *,
    filters: Filters | None = None,
    by: str = "party",
    interval: str = "month",
) -> int:
    """Write the timeline to ``output`` (``.html``, ``.png`` or ``.svg``); returns the number of
    announcements counted."""
    suffix = Path(output).suffix.lower()
    if suffix not in (".html", ".png", ".svg"):
        raise ReportError(f"cannot write {output}: the report is .html, .png or .svg")
    points = timeline(archive, query, filters=filters, by=by, interval=interval)
    title = f"Announcements per {interval} by {by}" + (f": {query}" if query else "")
    c = chart(points, by=by, interval=interval, title=title)
    total = sum(p.count for p in points)
    if suffix == ".png":
        import vl_convert as vlc

        data = vlc.vegalite_to_png(c.to_dict(), scale=2, format_locale="de-DE", time_format_locale="de-DE")
        Path(output).write_bytes(data)
        return total
    if suffix == ".svg":
        Path(output).write_text(svg(points, by=by, interval=interval, title=title), encoding="utf-8")
        return total
    terms, sample = top_terms(archive, query, filters=filters, interval=interval)
    page = c.to_html(inline=True)
    extra = (
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style>"
        f"<h1>{html.escape(title)}</h1><p>{total} announcements counted.</p>"
    )
    page = page.replace("<body>", "<body>" + extra, 1).replace(
        "</body>", _terms_html(terms, sample) + "</body>", 1
    )
    Path(output).write_text(page, encoding="utf-8")
    return total
