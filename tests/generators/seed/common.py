"""Shared pieces of the seed-replica generator: page records, escaping, truth records.

The renderers (``render_typo3``, ``render_websozi``) turn the data files into :class:`Page`
objects plus one truth record per announcement; ``build`` writes both. Keeping the truth record
next to the rendering (same paragraphs, same URL string) is what stops the pages and the truth
from drifting apart.
"""

from __future__ import annotations

import html
import re
import struct
import tomllib
import unicodedata
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

# Characters outside ISO-8859-1 that German texts use, as the named entities old CMSes wrote.
LATIN1_ENTITIES = {
    "„": "&bdquo;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "‚": "&sbquo;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
    "–": "&ndash;",
    "—": "&mdash;",
    "…": "&hellip;",
    "€": "&euro;",
}
UMLAUT_ENTITIES = {"ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "Ä": "&Auml;", "Ö": "&Ouml;", "Ü": "&Uuml;"}
UMLAUT_ENTITIES["ß"] = "&szlig;"
DATELINE = re.compile(r"^(?P<place>[^()]{2,80}?) \((?P<agency>[A-Za-z]{2,10})\)\.\s")


@dataclass
class Page:
    """One response body a replica host serves at ``target`` (path+query exactly as linked)."""

    target: str
    body: bytes
    file: str | None = None  # where to store it in the host dir; None: derived from the path
    content_type: str | None = None
    last_modified: str | None = None


@dataclass
class HostOutput:
    """Everything generated for one host: pages, extra routes, host defaults."""

    host: str
    pages: list[Page] = field(default_factory=list)
    routes: dict[str, dict[str, Any]] = field(default_factory=dict)  # redirects etc. without a page
    host_conf: dict[str, Any] = field(default_factory=dict)


def load_data(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES_DIR / name).read_text(encoding="utf-8"))


def fill(name: str, **values: object) -> str:
    """Fill ``templates/<name>`` (``$placeholders``; values are inserted as given, not escaped).

    The page shells live in template files so that the HTML can keep its real, long lines.
    """
    return _template(name).substitute(values)


def fragment(name: str, **values: object) -> str:
    """Like :func:`fill`, without the template file's final newline (for snippets inside pages)."""
    return fill(name, **values).removesuffix("\n")


def esc(text: str) -> str:
    """Escape text for an HTML text node or double-quoted attribute."""
    return html.escape(text, quote=True).replace("&#x27;", "'")


def latin1_entities(markup: str) -> str:
    """Markup whose non-Latin-1 punctuation is written as named entities (``&bdquo;``), as old
    ISO-8859-1 CMSes stored typographic quotes and dashes."""
    for char, entity in LATIN1_ENTITIES.items():
        markup = markup.replace(char, entity)
    return markup


def umlaut_entities(text: str) -> str:
    """Escaped text with umlauts and ß as entities, as some WYSIWYG editors store them."""
    out = esc(text)
    for char, entity in UMLAUT_ENTITIES.items():
        out = out.replace(char, entity)
    return out


def e164(phone: str) -> str:
    """German phone number as printed (``0201/2069-201``, ``+49 201 2069-0``) in E.164."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return "+49" + digits.removeprefix("0")


def slugify(text: str, limit: int = 60) -> str:
    """ASCII slug as WebSoziCMS builds it from a title (ä → ae, ß → ss)."""
    for src, dst in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        text = text.replace(src, dst)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def german_date(iso: str) -> str:
    """``2019-11-20`` → ``20.11.2019`` (how both CMS families print dates)."""
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def png_pixel(rgb: tuple[int, int, int] = (170, 170, 170)) -> bytes:
    """A valid 1x1 PNG, so image links on the replicas resolve without shipping real photos."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00" + bytes(rgb)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _person(data: dict[str, Any]) -> dict[str, Any]:
    return {"name": data["name"], "role": data.get("role"), "organisation": data.get("organisation")}


def _contact(data: dict[str, Any]) -> dict[str, Any]:
    phone = data.get("phone")
    return {
        "name": data.get("name"),
        "organisation": data.get("organisation"),
        "email": data.get("email"),
        "phone": e164(phone) if phone else None,
    }


def _event(data: dict[str, Any] | None) -> dict[str, Any] | None:
    if not data:
        return None
    return {key: data.get(key) for key in ("start", "end", "venue", "address")}


def expected_record(url: str, article: dict[str, Any], boilerplate: list[str]) -> dict[str, Any]:
    """The truth record of one announcement (the fixtures' one format), checked for consistency.

    Raises ``ValueError`` when the data contradicts itself (a person, contact, venue or date
    missing from the text, or a boilerplate string that does occur in the text), so a typo in
    the data file fails the build instead of producing an impossible expectation.
    """
    paragraphs = [p.strip() for p in article["paragraphs"]]
    text = "\n\n".join(paragraphs)
    match = DATELINE.match(paragraphs[0])
    record = {
        "url": url,
        "title": article["title"],
        "published": article["published"],
        "lead": article.get("lead"),
        "paragraphs": paragraphs,
        "dateline_place": match.group("place") if match else None,
        "dateline_agency": match.group("agency") if match else None,
        "event": _event(article.get("event")),
        "contacts": [_contact(c) for c in article.get("contacts", [])],
        "people": [_person(p) for p in article.get("people", [])],
        "absent": boilerplate,
    }
    problems = [f"boilerplate {b!r} occurs in the text" for b in boilerplate if b in text]
    for person in article.get("people", []):
        problems += [f"person {person['name']!r} not in text"] if person["name"] not in text else []
    for contact in article.get("contacts", []):
        for key in ("name", "email", "phone"):
            if contact.get(key) and contact[key] not in text:
                problems.append(f"contact {key} {contact[key]!r} not in text")
    for key in ("venue", "address"):
        value = (article.get("event") or {}).get(key)
        if value and value not in text:
            problems.append(f"event {key} {value!r} not in text")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", article["published"]):
        problems.append(f"published {article['published']!r} is not YYYY-MM-DD")
    if problems:
        raise ValueError(f"{url}: " + "; ".join(problems))
    return record
