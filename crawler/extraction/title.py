"""The announcement's title: not the site name, not the breadcrumb, not "Aktuelles".

Why a module: small CMS pages put the site name in ``<h1>`` (a logo), the section in ``<h2>``
("Aktuelles") and the real title in ``<h3>``; ``<title>`` carries the title plus the site name
(``… | Regionalverband Ruhr``, ``SPD-Kreistagsfraktion Kleve: …``), and WebSoziCMS archive pages
prefix it with the date (``23.06.: …``). We collect candidates in order of reliability, learn the
site name from the page itself, and strip what is not the title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from lxml import html

from crawler.extraction.context import PageContext
from crawler.extraction.dom import select, text_of
from crawler.extraction.headline import displayed_heading, normal
from crawler.extraction.jsonld import first_value, types_of

DATE_PREFIX = re.compile(r"^\s*[0-3]?\d\.[01]?\d\.(?:(?:19|20)?\d\d)?\s*:\s+")
_SEPARATORS = re.compile(r"(\s+[|–—»·:]{1,2}\s+|\s+-\s+|\s*::\s*|:\s+)")
_GENERIC = re.compile(
    r"^(?:Aktuelles|Aktuell|Presse|Pressemitteilungen?|Pressemeldungen?|Meldungen|Aktuelle Meldungen|"
    r"News|Nachrichten|Startseite|Home|Homepage|Termine|Archiv|Übersicht|Blog|Beiträge|Artikel|"
    r"Veröffentlichungen(?:\s+\d{4})?|Willkommen|Herzlich willkommen|Suche|Inhalt|Kontakt|Impressum)\W*$",
    re.I,
)
_BREADCRUMB = re.compile(r"\s(?:>|»|/|›)\s")
_TAIL = re.compile(r"\s+(?:[|–—»·-]{1,2}|::)\s+\S")  # " | Site", " – DW – 28.04.2023"
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


@dataclass
class TitleResult:
    """The chosen title, the raw texts it was chosen from (for date prefixes), the site names."""

    title: str | None
    raw_texts: list[str]
    site_names: tuple[str, ...]


def _key(text: str) -> str:
    return "".join(re.findall(r"\w+", text.casefold()))


def site_names(
    root: html.HtmlElement, meta: Mapping[str, str], jsonld: list[dict[str, Any]], url: str
) -> list[str]:
    """Names the site goes by: og:site_name, application-name, JSON-LD publisher/WebSite, title parts
    matching the host."""
    names = [meta.get("og:site_name", "")]
    app = meta.get("application-name", "")
    if _key(app) != _key(meta.get("og:title", "")):
        names.append(app)  # (some CMSs write the page's og:title there: then it names no site)
    publisher = first_value(jsonld, "publisher")
    if isinstance(publisher, dict):
        names.append(str(publisher.get("name") or ""))
    names += [str(obj.get("name") or "") for obj in jsonld if "website" in types_of(obj)]
    labels = (urlsplit(url).hostname or "").removeprefix("www.").split(".")
    host = _key(" ".join(labels[:-1]))
    for part in _SEPARATORS.split(_title_tag(root))[0::2]:
        key = _key(part)
        if len(key) >= 4 and len(host) >= 5 and key in host:
            names.append(part)
    for link in root.iter("a"):  # (faster than the equivalent XPath)
        if link.get("href") in ("/", "./", "index.php") or (link.get("rel") or "") == "home":
            names.append(text_of(link))
    return [n.strip().rstrip(".") for n in names if n and n.strip()]


def _title_tag(root: html.HtmlElement) -> str:
    element = root.find(".//title")
    return text_of(element) if element is not None else ""


def strip_site_name(text: str, names: list[str]) -> str:
    """Remove leading/trailing site names with their separator (``… | Regionalverband Ruhr``)."""
    pieces = _SEPARATORS.split(text)
    parts, separators = pieces[0::2], pieces[1::2]
    keys = {_key(n) for n in names}
    while len(parts) > 1 and _key(parts[-1]) in keys:
        parts.pop()
        separators.pop()
    while len(parts) > 1 and _key(parts[0]) in keys:
        parts.pop(0)
        separators.pop(0)
    return "".join(p + s for p, s in zip(parts, [*separators, ""], strict=True))


def clean_title(text: str, names: list[str]) -> str:
    """The title as written, without whitespace runs, a WebSoziCMS date prefix and a recognised
    site name with its separator; nothing else is removed (a title ending in ``--`` keeps it)."""
    text = " ".join(text.split())
    text = DATE_PREFIX.sub("", text)
    return strip_site_name(text, names).strip()


def _acceptable(text: str, names: list[str]) -> bool:
    if not text or len(text) < 3 or len(text) > 400 or _GENERIC.match(text):
        return False
    parts = _SEPARATORS.split(text)[0::2]
    if len(parts) > 1 and any(_GENERIC.match(p.strip()) for p in parts):
        return False  # "SPD Ortsverein Rheinberg - Pressemitteilungen": a section page title
    if _key(text) in {_key(n) for n in names}:
        return False
    return not len(_BREADCRUMB.findall(text)) >= 2


def _without_repeated_tail(text: str, others: list[str]) -> str:
    """``text`` without a tail that the page's other headline sources lack: og:title
    ``Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung`` where the ``<h1>`` and ``<title>`` say
    ``Steigende US-Zinsen setzen Dax zu`` (``| DW | 28.04.2023``, ``| Sport``). The page itself
    tells that the tail is the site, section or date, whatever its spelling; a leading part is
    left alone (it may be the kicker of the headline)."""
    best = text
    for other in others:
        shorter = len(_key(other)) >= 10 and len(other) < len(best) and text.startswith(other)
        if shorter and _TAIL.match(text[len(other) :]):
            best = other
    return best


def _completed(text: str, others: list[str]) -> str:
    """``text`` as the longer source that continues it, when it was cut off: og:title ``Sieger
    und`` where ``<title>`` says ``Sieger und "royaler Besuch"`` (an unescaped quote ends the
    attribute). Only a continuation that starts with that quote counts: a shorter variant of the
    headline is not a cut."""
    for other in sorted(others, key=len):
        rest = other[len(text) :]
        if len(text) >= 20 and other.startswith(text) and rest.lstrip()[:1] in ('"', "'"):
            return other  # (only a quote ends the attribute: "… Klare Ansage" is no cut of "… von Profis")
    return text


def find_title(
    root: html.HtmlElement,
    meta: Mapping[str, str],
    jsonld: list[dict[str, Any]],
    selectors: Mapping[str, Any],
    context: PageContext,
    url: str,
) -> TitleResult:
    """Pick the title, the first acceptable one of: the profile selector; og:title when the JSON-LD
    headline says the same (spelled as the page shows it); the metadata headline (og:title, JSON-LD
    headline, twitter:title, ``<title>``) that the displayed heading shows, whole or without its
    kicker; the JSON-LD headline, og:title, twitter:title, a heading that ``<title>`` confirms,
    the first ``<h1>``, ``<title>``, the listing's link text.

    Why this order: og:title and the JSON-LD headline are the publisher's two declarations of the
    headline; where they agree, that is it. Where they differ, one is the search-engine variant
    (``<title>`` and a breadcrumb ``<h1>`` repeat it) and the page shows the other: the displayed
    heading (:mod:`crawler.extraction.headline`) decides. Tails that the other sources lack
    (``| Börsen-Zeitung``, ``| DW | 28.04.2023``) are dropped from each metadata text first, and
    a text cut off mid-headline is completed from the source that continues it."""
    names = site_names(root, meta, jsonld, url)
    title_tag = _title_tag(root)
    headings = [text_of(h) for h in root.iter("h1", "h2", "h3")]
    selected = [text_of(el) for el in select(root, selectors.get("title"))]
    raw_texts = [t for t in selected + headings + [title_tag, context.listing_title or ""] if t]
    found = tuple(dict.fromkeys(names))
    if selected and _acceptable(chosen := _cleaned(selected[0], names), names):
        return TitleResult(chosen, raw_texts, found)
    headline = first_value(jsonld, "headline")
    declared = [
        _cleaned(text, names)
        for text in (
            meta.get("og:title", ""),
            headline if isinstance(headline, str) else "",
            meta.get("twitter:title", ""),
            title_tag,
        )
    ]
    shown = displayed_heading(root)
    shown_texts = [t for t in (shown.text, shown.headline) if t] if shown else []
    sources = [t for t in [*declared, *shown_texts] if t]
    og, ld, twitter, tag = (_completed(_without_repeated_tail(t, sources), sources) for t in declared)
    displayed = [t for t in (og, ld, twitter, tag) if t and normal(t) in shown_texts]
    if og and _key(og) == _key(ld):  # agreed; spelled as the page shows it, else as og:title
        displayed = [*(t for t in (ld, og) if t in displayed), og]
    title_key = _key(clean_title(title_tag, names))
    confirmed = next(
        (h for h in headings if len(_key(h)) >= 10 and _key(clean_title(h, names)) in title_key), ""
    )
    h1s = [_cleaned(text_of(h), names) for h in root.iter("h1")]
    listed = _cleaned(context.listing_title or "", names)
    for candidate in [*displayed, ld, og, twitter, _cleaned(confirmed, names), *h1s, tag, listed]:
        if _acceptable(candidate, names):
            return TitleResult(candidate, raw_texts, found)
    return TitleResult(None, raw_texts, found)


def _cleaned(candidate: str, names: list[str]) -> str:
    """A candidate as :func:`clean_title` leaves it, entities that were escaped twice decoded."""
    if "&" in candidate and _ENTITY.search(candidate):  # escaped twice in the page's metadata
        candidate = unescape(candidate)
    return clean_title(candidate, names) if candidate else ""
