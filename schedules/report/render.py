"""The night report as words: a text summary (mail body), an HTML table, and the files.

``<job>-<date>.json``, ``.txt`` and ``.html`` go into the report directory.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schedules.report.build import NightReport


def headline(data: dict[str, Any]) -> str:
    """One line for the mail subject and the webhook's ``text``: the problems first."""
    summary = data["summary"]
    parts = [f"{summary[s]} {s}" for s in ("failing", "drift", "stale") if summary.get(s)]
    state = ", ".join(parts) if parts else f"all {summary.get('ok', 0)} ok"
    changed = f" ({len(data['changed'])} changed)" if data["changed"] else ""
    return f"pressarchive {data['job']}: {state}{changed}"


def render_text(data: dict[str, Any]) -> str:
    """The report as plain text: one line per source, tonight's run below it."""
    lines = [
        headline(data),
        f"generated {data['generated_at']} UTC, night started {data['night_started_utc']} UTC",
        "",
    ]
    for s in data["sources"]:
        mark = " (changed)" if s.get("changed") else ""
        lines.append(f"{s['status'].upper():8} {s['source']}{mark}: {s['reason']}")
        run = s.get("tonight")
        if run:
            lines.append(
                f"         tonight: run {run['run']} {run['status']}, {run['pages']} pages, "
                f"{run['new']} new, {run['updated']} updated, {run['errors']} errors"
                + (f" — {run['message']}" if run.get("message") else "")
            )
        elif "tonight" in s:
            lines.append("         tonight: no run recorded")
    return "\n".join(lines) + "\n"


def render_html(data: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (the mail's HTML part)."""
    colour = {"ok": "#2e7d32", "stale": "#b26a00", "drift": "#8e24aa", "failing": "#c62828"}
    rows = []
    for s in data["sources"]:
        run = s.get("tonight") or {}
        tonight = (
            f"run {run['run']} {html.escape(run['status'])}: {run['pages']} pages, {run['new']} new"
            if run
            else "no run"
        )
        rows.append(
            "<tr>"
            f"<td>{html.escape(s['source'])}</td>"
            f'<td style="color:{colour.get(s["status"], "#c62828")}"><b>{html.escape(s["status"])}</b>'
            f"{' (changed)' if s.get('changed') else ''}</td>"
            f"<td>{html.escape(s.get('reason') or '')}</td>"
            f"<td>{tonight}</td>"
            f"<td>{html.escape(s.get('last_success') or '–')}</td>"
            f"<td>{html.escape(s.get('newest_published') or '–')}</td>"
            "</tr>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(headline(data))}</title></head><body>\n"
        f"<h1>{html.escape(headline(data))}</h1>\n"
        f"<p>generated {html.escape(data['generated_at'])}</p>\n"
        '<table border="1" cellpadding="4"><tr><th>source</th><th>status</th><th>reason</th>'
        "<th>tonight</th><th>last success</th><th>newest</th></tr>\n"
        + "\n".join(rows)
        + "\n</table>\n</body></html>\n"
    )


def write_report(report: NightReport, directory: Path) -> list[Path]:
    """Write the JSON, text and HTML files of the report; their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = report.data["generated_at"][:10]
    base = directory / f"{report.data['job']}-{stamp}"
    paths = [base.with_suffix(".json"), base.with_suffix(".txt"), base.with_suffix(".html")]
    paths[0].write_text(json.dumps(report.data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths[1].write_text(report.text, encoding="utf-8")
    paths[2].write_text(report.html, encoding="utf-8")
    report.files.extend(paths)
    return paths
