"""One run judged alone: its self-check becomes the run's status (``failed``, ``degraded``, ok).

Silence is never "finished": a crawl that fetched a site's pages but the archive holds no
announcement of it, or whose article-shaped URLs (from listings, feeds and sitemaps) were
fetched and none stored, fails; one that stored far fewer than it fetched is degraded. The
reason carries the figures (``crawler.runstats``), so whoever reads it sees what went wrong.
"""

from __future__ import annotations

from typing import Any

MIN_REACHED = 5  # article-shaped pages fetched before "none stored" fails a run
MIN_REACHED_RATIO = 10  # … before a low stored share degrades it
DEGRADED_SHARE = 0.5
READ_KINDS = ("announcement", "listing", "other")


def pct(part: float, whole: float) -> str:
    """``part`` of ``whole`` as a rounded percentage for a reason text (``–`` of nothing)."""
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _pointed_phrase(links: dict[str, Any]) -> str:
    via = links.get("by_via") or {}
    names = {"listing": "listings", "feed": "feeds", "sitemap": "sitemaps"}
    parts = [f"{names.get(k, k)} {n}" for k, n in sorted(via.items(), key=lambda kv: -kv[1]) if n]
    total = links.get("pointed", 0)
    if len(parts) == 1:
        return f"{parts[0].split(' ')[0]} link {total} article-shaped URLs"
    if not parts:
        return "no listing, feed or sitemap points to an article-shaped URL"
    return f"listings, feeds and sitemaps link {total} article-shaped URLs ({', '.join(parts)})"


def check_run(figures: dict[str, Any]) -> tuple[str, str | None]:
    """``(status, reason)`` of one run judged alone: ``ok``, ``degraded`` or ``failed``."""
    pages = figures.get("pages") or {}
    read = sum(pages.get(kind, 0) for kind in READ_KINDS)
    seen = read + figures.get("unchanged", 0) + pages.get("feed", 0) + pages.get("sitemap", 0)
    links = figures.get("links") or {}
    reached, stored = links.get("reached", 0), links.get("stored", 0)
    stopped = figures.get("finish_reason") not in (None, "finished")
    suffix = f" (stopped early: {figures['finish_reason']})" if stopped else ""
    if figures.get("responses", 0) == 0:
        return "failed", "no page could be fetched"
    if seen == 0:
        errors = figures.get("errors") or {}
        top = ", ".join(f"{k}×{v}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])[:3])
        if figures.get("start_blocked"):
            return "failed", f"robots.txt disallows the start URLs ({figures['start_blocked']} refused)"
        return "failed", f"no page could be read ({top or 'no response was a page'})"
    if figures.get("start_blocked") and read == 0:
        return "failed", f"robots.txt disallows the start URLs ({figures['start_blocked']} refused)"
    if seen and figures.get("stored_total", 0) == 0:
        kinds = ", ".join(f"{pages[k]} {k}" for k in READ_KINDS if pages.get(k))
        return "failed", (
            f"fetched {seen} pages ({kinds or 'all unchanged'}); {_pointed_phrase(links)}; "
            f"0 stored, and the archive holds no announcement of the site{suffix}"
        )
    if reached >= MIN_REACHED and stored == 0:
        return "failed", f"{_pointed_phrase(links)}; {reached} fetched; 0 stored{suffix}"
    if reached >= MIN_REACHED_RATIO and stored < DEGRADED_SHARE * reached:
        return "degraded", (
            f"{_pointed_phrase(links)}; {reached} fetched; only {stored} stored "
            f"({pct(stored, reached)}){suffix}"
        )
    empty = (figures.get("announcements") or {}).get("empty", 0)
    if empty >= MIN_REACHED and figures.get("extracted", 0) == 0:
        return "degraded", f"{empty} article pages read, none with a body{suffix}"
    return "ok", None
