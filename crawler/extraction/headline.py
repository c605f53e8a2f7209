"""The headline a reader sees, told apart from the copies of it a page carries for search engines.

Why a module: news and press CMSs put the search-engine headline into an ``<h1>`` inside the
breadcrumb (Funke, Stern, Spiegel, FAZ, n-tv, Tamedia, WordPress with Yoast breadcrumbs) and show
the reader another headline in an ``<h2>`` of the article header, often split into a kicker
(Dachzeile, "Topline") and the headline proper (``<span class="…kicker">Meinung</span><span
class="…headline">Warum …</span>``). ``<title>``, ``og:title`` and JSON-LD repeat one or the
other, and a page's metadata can hold two different headlines. The displayed heading tells which
of them is the article's: :mod:`crawler.extraction.title` takes the metadata text that the
displayed heading shows, verbatim or without its kicker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

from crawler.extraction.dom import text_of

_CRUMB = re.compile(r"crumb|breadbar", re.I)
_HIDDEN = re.compile(r"offscreen|sr-only|visually-?hidden|screen-reader|is-hidden|\bhide\b", re.I)
_OUTSIDE = frozenset({"a", "nav", "footer", "aside"})
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_PUNCTUATION_ONLY = re.compile(r"^[\W_]*$")


def normal(text: str) -> str:
    """Whitespace runs as one space, soft hyphens and zero-width characters dropped: how two
    spellings of one headline are compared (a soft hyphen in the ``<h2>``, none in og:title)."""
    return " ".join(text.translate(_INVISIBLE).split())


@dataclass(frozen=True)
class DisplayedHeading:
    """The article's own heading: its whole text and, if it has a kicker, the part after it."""

    text: str
    headline: str | None = None


def in_breadcrumb(element: html.HtmlElement) -> bool:
    """Inside a breadcrumb trail: a ``<nav>``, a ``…breadcrumb…`` container or a BreadcrumbList."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "nav" or "breadcrumblist" in (ancestor.get("itemtype") or "").lower():
            return True
        if _CRUMB.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def _outside_article(element: html.HtmlElement) -> bool:
    """A heading of a teaser link, the footer or a sidebar, or one hidden from sight."""
    if _HIDDEN.search(element.get("class") or ""):
        return True
    return any(a.tag in _OUTSIDE for a in element.iterancestors())


def _kicker_split(heading: html.HtmlElement) -> str | None:
    """The headline proper of a heading made of a kicker and a headline element (the last child
    with text); ``None`` when the heading is one piece of text."""
    parts = [child for child in heading if isinstance(child.tag, str) and text_of(child)]
    parts = [child for child in parts if not _PUNCTUATION_ONLY.match(text_of(child))]
    if len(parts) < 2 or (heading.text or "").strip():
        return None
    return normal(text_of(parts[-1]))


def displayed_heading(root: html.HtmlElement) -> DisplayedHeading | None:
    """The first ``<h1>`` outside breadcrumbs, links, footer and sidebars; when every ``<h1>`` of
    the page sits in a breadcrumb (the search-engine copy), the first such ``<h2>`` after it."""
    after_crumb = False
    for heading in root.iter("h1", "h2"):
        if heading.tag == "h2" and not after_crumb:
            continue
        if in_breadcrumb(heading):
            after_crumb = after_crumb or heading.tag == "h1"
            continue
        if _outside_article(heading) or not text_of(heading):
            continue
        return DisplayedHeading(normal(text_of(heading)), _kicker_split(heading))
    return None
