"""``pressarchive show``: one announcement with every field, and optionally its revision history.

The archive keeps every distinct version of an announcement (``revisions``). When a site edits a
release, or a reparse with improved extraction changes it, ``show ID --history`` answers "what
changed, and when?" with a unified diff of the texts between consecutive revisions.
"""

from __future__ import annotations

import difflib
from dataclasses import fields
from datetime import datetime
from typing import Any

from crawler.items import Announcement as AnnouncementItem
from storage import models as m
from storage.archive import Archive

# Fields printed in the header block, in this order; the body comes last.
_LIST_FIELDS = ("people", "parties", "organisations", "contacts", "images", "links")
_SKIP = frozenset({"text", "event", *_LIST_FIELDS})
_ITEM_FIELDS = [f.name for f in fields(AnnouncementItem)]


class NotFound(LookupError):
    """No announcement has that id."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(sep=" ", timespec="seconds") if value else None


def text_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    """Unified diff of two texts, line by line (paragraphs are lines in the archive's texts)."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), fromfile=old_label, tofile=new_label, lineterm=""
    )
    return "\n".join(lines)


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [k for k in _ITEM_FIELDS if k != "text" and old.get(k) != new.get(k)]


def revision_records(revisions: list[m.Revision]) -> list[dict[str, Any]]:
    """Revisions as JSON-ready dicts, each with the diff to (and fields changed since) the previous."""
    out: list[dict[str, Any]] = []
    previous: m.Revision | None = None
    for rev in revisions:
        record: dict[str, Any] = {
            "number": rev.number,
            "seen_at": _iso(rev.seen_at),
            "run_id": rev.run_id,
            "content_hash": rev.content_hash,
            "title": rev.title,
            "text": rev.text,
            "changed_fields": [],
            "diff": "",
        }
        if previous is not None:
            record["changed_fields"] = _changed_fields(previous.data or {}, rev.data or {})
            record["diff"] = text_diff(
                previous.text or "",
                rev.text or "",
                f"revision {previous.number} ({_iso(previous.seen_at)})",
                f"revision {rev.number} ({_iso(rev.seen_at)})",
            )
        out.append(record)
        previous = rev
    return out


def announcement_record(archive: Archive, announcement_id: int, *, history: bool = False) -> dict[str, Any]:
    """Everything the archive holds about one announcement, JSON-ready (raises :class:`NotFound`)."""
    row = archive.get(announcement_id)
    if row is None:
        raise NotFound(f"no announcement with id {announcement_id}")
    record: dict[str, Any] = {"id": row.id, **AnnouncementItem.from_dict(row.data or {}).to_dict()}
    record["source"] = row.source_id
    record["url"] = row.url
    revisions = archive.history(announcement_id)
    record["archive"] = {
        "first_seen": _iso(row.first_seen),
        "last_seen": _iso(row.last_seen),
        "last_changed": _iso(row.last_changed),
        "withdrawn_at": _iso(row.withdrawn_at),
        "revisions": len(revisions),
    }
    if history:
        record["revisions"] = revision_records(revisions)
    return record


def _line(name: str, value: Any) -> str:
    return f"{name + ':':<17}{value}"


def _list_lines(name: str, values: list[Any]) -> list[str]:
    if not values:
        return []
    lines = [f"{name}:"]
    for value in values:
        if isinstance(value, dict):
            shown = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
        else:
            shown = str(value)
        lines.append(f"  - {shown}")
    return lines


def render_text(record: dict[str, Any]) -> str:
    """The announcement as plain text: fields, lists, body; then the history if present."""
    lines = [f"#{record['id']}  {record.get('title') or '(no title)'}", ""]
    for name in _ITEM_FIELDS:
        if name in _SKIP or name == "title":
            continue
        value = record.get(name)
        if value not in (None, "", []):
            lines.append(_line(name, value))
    event = record.get("event")
    if event:
        lines.append(_line("event", ", ".join(f"{k}={v}" for k, v in event.items() if v)))
    for name in _LIST_FIELDS:
        lines.extend(_list_lines(name, record.get(name) or []))
    for name, value in record["archive"].items():
        if value not in (None, ""):
            lines.append(_line(name.replace("_", " "), value))
    lines += ["", record.get("text") or "(no text)"]
    if "revisions" in record:
        lines += ["", f"History: {len(record['revisions'])} revision(s)"]
        for rev in record["revisions"]:
            run = f", run {rev['run_id']}" if rev["run_id"] is not None else ""
            lines += ["", f"── revision {rev['number']} · {rev['seen_at']}{run} · {rev['content_hash'][:12]}"]
            if rev["number"] == record["revisions"][0]["number"]:
                lines.append("(first version)")
                continue
            if rev["changed_fields"]:
                lines.append("changed fields: " + ", ".join(rev["changed_fields"]))
            lines.append(rev["diff"] or "(text unchanged)")
    return "\n".join(lines)
