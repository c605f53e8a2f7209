"""The corpus page model: the data's pages and body mini-markup, date and text helpers, and the
registry of templates (one function per CMS family, ``@template(name)``)."""

from __future__ import annotations

import hashlib
import html as htmlmod
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers

HERE = Path(__file__).resolve().parent

MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
]  # fmt: skip
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_SHORT = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]

PARTY_ALIASES = {
    "SPD": [r"SPD", r"Sozialdemokrat\w*", r"Jusos"],
    "CDU": [r"CDU", r"Christdemokrat\w*"],
    "CSU": [r"CSU"],
    "GRÜNE": [r"GRÜNEN?", r"Grünen?", r"Bündnis 90/Die Grünen", r"B90/Grüne"],
    "FDP": [r"FDP", r"Freie[nr]? Demokraten", r"Liberalen"],
    "DIE LINKE": [r"DIE LINKE", r"Die Linke", r"Linken?", r"Linksfraktion", r"LINKE"],
    "AfD": [r"AfD"],
    "BSW": [r"BSW", r"Bündnis Sahra Wagenknecht"],
    "FREIE WÄHLER": [r"FREIE WÄHLER", r"Freien? Wähler\w*"],
}


# --- small helpers ------------------------------------------------------------------------------


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return y, m, d


def weekday(iso: str) -> int:
    import datetime as dt

    return dt.date(*ymd(iso)).weekday()


def d_dot(iso: str) -> str:
    y, m, d = ymd(iso)
    return f"{d:02d}.{m:02d}.{y}"


def d_long(iso: str, zero: bool = False) -> str:
    y, m, d = ymd(iso)
    return f"{d:02d}. {MONTHS[m - 1]} {y}" if zero else f"{d}. {MONTHS[m - 1]} {y}"


def d_long_wd(iso: str) -> str:
    return f"{WEEKDAYS[weekday(iso)]}, {d_long(iso)}"


def stable_int(text: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha1(text.encode()).hexdigest(), 16) % (hi - lo)


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def inline(text: str, bold: str = "strong") -> str:
    """Escape text and apply the inline mini-markup (links, bold)."""
    out = esc(text)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m[2]}">{m[1]}</a>', out)
    out = re.sub(r"\*\*(.+?)\*\*", lambda m: f"<{bold}>{m[1]}</{bold}>", out)
    return out


def plain(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    return text.replace("**", "")


@dataclass
class Block:
    kind: str  # p, h, ul, quote
    items: list[str]


def parse_body(body: str) -> list[Block]:
    blocks = []
    for raw in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(Block("h", [" ".join(lines)[3:].strip()]))
        elif all(ln.startswith("- ") for ln in lines):
            blocks.append(Block("ul", [ln[2:].strip() for ln in lines]))
        elif lines[0].startswith("> "):
            blocks.append(Block("quote", [" ".join(lines)[2:].strip()]))
        else:
            blocks.append(Block("p", [" ".join(lines)]))
    return blocks


def truth_paragraphs(blocks: list[Block]) -> list[str]:
    return [" ".join(plain(item).split()) for b in blocks for item in b.items]


def render_blocks(blocks: list[Block], p_attr: str = "", h_tag: str = "h2", bold: str = "strong") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{p_attr}>{inline(b.items[0], bold)}</p>")
        elif b.kind == "h":
            out.append(f"<{h_tag}>{inline(b.items[0], bold)}</{h_tag}>")
        elif b.kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{inline(i, bold)}</li>" for i in b.items) + "\n</ul>")
        else:
            out.append(f"<blockquote><p>{inline(b.items[0], bold)}</p></blockquote>")
    return "\n".join(out)


def e164(raw: str) -> str:
    num = phonenumbers.parse(raw, "DE")
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def party_mentions(text: str) -> list[str]:
    found = []
    for canon, aliases in PARTY_ALIASES.items():
        pattern = r"(?<![\w])(?:" + "|".join(aliases) + r")(?![a-zäöüß])"
        if re.search(pattern, text):
            found.append(canon)
    return found


def norm(text: str) -> str:
    return " ".join(text.split())


# --- the page model -----------------------------------------------------------------------------


@dataclass
class Page:
    template: str
    name: str
    site: dict[str, Any]
    data: dict[str, Any]
    blocks: list[Block]
    siblings: list[Page] = field(default_factory=list)  # other pages of the same site

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def date(self) -> str:
        return self.data["date"]

    @property
    def slug(self) -> str:
        return self.data.get("slug") or self.name

    @property
    def charset(self) -> str:
        return self.data.get("charset") or self.site.get("charset") or "utf-8"

    def related(self, n: int = 3) -> list[Page]:
        others = [p for p in self.siblings if p is not self]
        if not others:
            return []
        start = stable_int(self.name, 0, len(others))
        return [others[(start + i) % len(others)] for i in range(min(n, len(others)))]


@dataclass
class Rendered:
    url: str
    html: str
    absent: list[str]


Template = Callable[[Page], Rendered]


def registrar(registry: dict[str, Template]) -> Callable[[str], Callable[[Template], Template]]:
    """A decorator ``@template(name)`` that enters a template into ``registry`` (one per corpus)."""

    def template(name: str) -> Callable[[Template], Template]:
        def deco(fn: Template) -> Template:
            registry[name] = fn
            return fn

        return deco

    return template


TEMPLATES: dict[str, Template] = {}
template = registrar(TEMPLATES)


def caption_html(page: Page, cls: str = "caption") -> tuple[str, list[str]]:
    cap = page.get("caption")
    if not cap:
        return "", []
    img = f"/fileadmin/bilder/{page.slug[:40]}.jpg"
    return (
        f'<div class="{cls}"><img src="{img}" alt="{esc(cap)}" width="400" height="267">'
        f"<p>{esc(cap)}</p></div>",
        [cap],
    )
