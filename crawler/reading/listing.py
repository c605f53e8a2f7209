"""Reading listing pages: which links lead to announcements, and what the listing says of them.

Listings know things an article page may not show: the date next to the link
(``Veröffentlicht am 18.01.2019``, ``28.04.2020, Bochum, …``) and, on yearly archive pages
(``Veröffentlichungen 2015 :`` with entries ``23.06.: <title>``), the year. That context travels
with the request to the article so extraction can complete a date such as ``23.06.``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from crawler.extraction.german_dates import DATE_PREFIX, first_date

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@dataclass(frozen=True)
class ListingEntry:
    """One link on a listing page with the context shown beside it."""

    url: str
    title: str | None
    date: str | None  # ISO date, when the listing shows one (completed with the page's year)
    year: int | None  # year of a yearly archive page
    text: str = ""  # everything the entry shows (title, teaser, date): changes when they change


def listing_date(text: str, year: int | None = None) -> str | None:
    """The first date in a listing text: ``18.01.2019``, ``2. Juli 2015``, or ``23.06.`` with the
    page's year (the German date grammar of ``crawler.extraction.german_dates``)."""
    found = first_date(text, year)
    return found.isoformat() if found else None


def page_year(sel: Selector, year_selector: str | None) -> int | None:
    """The year of a yearly archive page, from its heading (``Veröffentlichungen 2015 :``)."""
    if not year_selector:
        return None
    for heading in sel.css(year_selector):
        found = _YEAR.search(" ".join(heading.css("::text").getall()))
        if found:
            return int(found[1])
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _with_pseudo(selector: str, pseudo: str) -> str:
    """Append a pseudo-element to every part of a selector list (``h3 a, h2 a`` → each ``::text``)."""
    return ", ".join(f"{part.strip()}{pseudo}" for part in selector.split(","))


def listing_entries(sel: Selector, base_url: str, selectors: dict) -> list[ListingEntry]:
    """Entries of a listing page, using the profile's ``listing_*`` selectors when given."""
    year = page_year(sel, selectors.get("year_heading"))
    entry_css = selectors.get("listing_entry")
    link_css = selectors.get("listing_link") or "a"
    date_css = selectors.get("listing_date")
    entries: list[ListingEntry] = []
    for entry in sel.css(entry_css) if entry_css else []:
        href = entry.css(_with_pseudo(link_css, "::attr(href)")).get()
        if not href:
            continue
        link_text = _clean(" ".join(entry.css(_with_pseudo(link_css, " ::text")).getall()))
        shown = " ".join(entry.css(_with_pseudo(date_css, " ::text")).getall()) if date_css else ""
        whole = _clean(" ".join(entry.css("::text").getall()))
        when = listing_date(shown, year) or listing_date(whole, year)
        title = DATE_PREFIX.sub("", link_text) or None
        entries.append(
            ListingEntry(url=urljoin(base_url, href.strip()), title=title, date=when, year=year, text=whole)
        )
    return entries
