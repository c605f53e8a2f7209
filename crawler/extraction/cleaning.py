"""Textual boilerplate removal for article bodies: by block, in reading order.

Why by text: profile selectors and class names catch widgets that are marked up as widgets
(``crawler.extraction.widgets``), but small CMS installs print accessibility links, "Mehr zu
diesem Thema:", "- Zum Seitenanfang." and photo copyright notices as ordinary paragraphs inside
the article container. Those are recognised by their wording (photo notices and credit lines
in ``crawler.extraction.photo_notes``, which keeps what they say). Rules here are German-first
and deliberately anchored (whole block or block start), so a sentence that merely *mentions*
cookies or printing survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extraction.blocks import PROSE_END, Block
from crawler.extraction.german_dates import DATE_PREFIX
from crawler.extraction.photo_notes import PhotoNote, contains_any, photo_note

_ACCESSIBILITY = re.compile(
    r"Darstellung\s+(?:Größer|Kleiner|Normal)|\(Taste Alt\s*\+\s*\d\)|^\[?(?:Direkt\s+)?zum\s+Inhalt\b|"
    r"^Zum Inhalt springen|^Springe? (?:zum|zur) |^Zur (?:Navigation|Hauptnavigation|Suche)\b|"
    r"^(?:Navigation|Menü) (?:überspringen|öffnen|schließen|einblenden)|^Schriftgröße|"
    r"^Kontrast (?:ändern|umschalten)|^Leichte Sprache$|^Gebärdensprache$",
    re.I,
)
_END_MARKERS = re.compile(
    r"^(?:Mehr zu diesem Thema|Mehr zum Thema|"
    r"Weitere (?:Meldungen|Nachrichten|Artikel|Beiträge|Infos zum Thema|Pressemitteilungen|Pressemeldungen|"
    r"Presseinformationen|Mitteilungen)|"
    r"Ähnliche (?:Artikel|Beiträge|Meldungen|Nachrichten)|Verwandte (?:Artikel|Beiträge|Themen|Meldungen)|"
    r"Das könnte (?:Sie|dich|euch) auch interessieren|Auch interessant|Related (?:posts|articles)|"
    r"\d+\s+Kommentare?|Keine Kommentare|Kommentare|Dein Kommentar|Ihr Kommentar|"
    r"Kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|Schreibe einen Kommentar|"
    r"(?:Einen|Hinterlasse einen) Kommentar(?: hinterlassen)?|Antwort hinterlassen|"
    r"Zurück zur (?:Übersicht|Liste)|-?\s*Zum Seitenanfang)\b\W*",
    re.I,
)
_NAV_LINE = re.compile(
    r"^[-–↑^<«\s]*(?:Zurück zu:?[^.]{0,30}|Zum Seitenanfang|Seitenanfang|nach oben|zurück|"
    r"zurück zur übersicht|top|"
    r"zurück zur startseite|alle meldungen|alle news|mehr erfahren|weiterlesen|mehr lesen)\W*$",
    re.I,
)
_SHARE_WORDS = re.compile(
    r"Artikel drucken|Diese Seite drucken|Seite drucken|Druckversion|Drucken|Seite empfehlen|"
    r"Weiterempfehlen|Empfehlen|Artikel versenden|Per E-Mail versenden|Teilen auf|Teilen|Share|"
    r"Tweet|Facebook|Twitter|WhatsApp|Xing|LinkedIn|Instagram|Telegram|Mastodon|Bluesky|Threads|"
    r"E-Mail|Mail|PDF|Gefällt mir|Like|[|·•/]",
    re.I,
)
_CONSENT = re.compile(
    r"\bCookies?\b|Datenschutzeinstellungen|Einwilligung|\bConsent\b|"
    r"Newsletter (?:abonnieren|bestellen|anmelden)|Zum Newsletter|Newsletter-Anmeldung|"
    r"Diese (?:Website|Webseite|Seite) (?:verwendet|nutzt)|Wir verwenden",
    re.I,
)
_CONSENT_CORE = re.compile(r"cookie|einwilligung|consent|newsletter|datenschutz", re.I)
_TAG_LINE = re.compile(
    r"^(?:Tags|Schlagwörter|Schlagworte|Kategorien?|Abgelegt unter|Veröffentlicht in|Themen|Rubrik)\s*:", re.I
)
_GENERIC_LABELS = re.compile(
    r"^(?:Aktuelles|Aktuell|Presse|Pressemitteilungen?|Pressemeldungen?|Pressespiegel|Meldungen|"
    r"Aktuelle Meldungen|News|Nachrichten|Startseite|Home|Termine|Archiv|Übersicht|Blog|"
    r"Veröffentlichungen(?:\s+\d{4})?\s*:?)\W*$",
    re.I,
)
_FOOTER_LINE = re.compile(
    r"Sie sind Besucher|Besucher seit|Besucher(?:zahl)?:|Zugriffe:|Letzte Aktualisierung|zuletzt geändert|"
    r"Webmaster:|optimiert für|Seitenaufrufe|\bCounter\b|^Stand:\s*\d",
    re.I,
)
_A_DATE = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s+[A-Za-zä]+\.?\s+\d{4})"
    r"(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
)
_META_LINE = re.compile(
    r"^(?:(?:Pressemitteilung|Pressemeldung|Presseinformation|Meldung)(?:\s+Nr\.\s*\S+)?\s+vom\s+|"
    r"(?:Veröffentlicht|Erstellt|Eingestellt|Geschrieben|Gepostet)(?:\s+von\s+.{1,80}?)?\s+am\s+|"
    r"[A-ZÄÖÜ][\w./ -]{1,40},\s*(?:den\s+)?)" + _A_DATE + r"\W*$"
    r"|^\d{1,2}\.\d{1,2}\.\d{4},\s*[A-ZÄÖÜ][^.!?]{0,120}$"
    r"|^Datum:\s*\d{1,2}\.\d{1,2}\.\d{2,4}$",  # "Datum: 02.09.2019" (an event's "Datum:" names a weekday)
    re.I,
)
# the same lines on international pages: "Posted: Fri 6:45 PM, Feb 16, 2018 |", "Updated 12:24 am EST"
_EN_DATE_LINE = re.compile(
    r"^(?:Posted|Published|Updated|Last updated|Modified|Created)(?:\s+on)?\s*:?\s+"
    r"[^.!?]{0,60}\d[^.!?]{0,40}$",
    re.I,
)
_DATE_ONLY = re.compile(
    r"^(?:(?:Veröffentlicht|Erstellt|Geschrieben|Aktualisiert|Gepostet)(?: am)?:?|Stand:|vom)?\s*"
    r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)[a-z]*\.?,?\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-Za-zä]+\.?)\s*\d{2,4}"
    r"(?:,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?(?:\s*\|.{0,40})?$",
    re.I,
)


def _is_share_widget(text: str) -> bool:
    if len(text) > 120:
        return False
    rest = _SHARE_WORDS.sub(" ", text)
    return not re.search(r"\w", rest)


@dataclass
class CleanResult:
    """The kept blocks plus what the removed ones told us (photo captions/credits)."""

    blocks: list[Block]
    photos: list[PhotoNote]
    dropped: list[Block]


def _is_prose(block: Block) -> bool:
    """A paragraph of the article's own running text: long, ending like a sentence, little of it
    link text."""
    text = block.text.rstrip()
    linked = sum(len(label) for _, label in block.links)
    return block.kind == "p" and len(text) >= 250 and linked < 0.2 * len(text) and text[-1:] in PROSE_END


def _resumes_after_box(blocks: list[Block], marker: int) -> int | None:
    """Where the article resumes after an end marker at ``marker`` ("Auch interessant"), when
    the marker heads a box of links inside the article rather than the page's related section:
    within the next 12 blocks, two paragraphs of running text in a row follow the box."""
    for start in range(marker + 1, min(len(blocks) - 1, marker + 13)):
        if _is_prose(blocks[start]) and _is_prose(blocks[start + 1]):
            between = blocks[marker + 1 : start]
            if all(not _is_prose(b) for b in between):
                return start
            return None
        if _END_MARKERS.match(blocks[start].text) and len(blocks[start].text) < 200:
            return None
    return None


def clean_blocks(
    blocks: list[Block], *, title: str | None = None, site_names: tuple[str, ...] = ()
) -> CleanResult:
    """Apply the textual boilerplate rules in reading order."""
    kept: list[Block] = []
    photos: list[PhotoNote] = []
    dropped: list[Block] = []
    title_key = _key(title) if title else None
    site_keys = {_key(name) for name in site_names if name}
    # a block far longer than the title and every site name cannot have the same words
    key_limit = 2 * max([len(title_key or "")] + [len(k) for k in site_keys]) + 40
    blocks = _drop_before_title(blocks, title_key)
    skipping = 0
    for index, block in enumerate(blocks):
        if "\n" in block.text:
            block = _clean_lines(block)
        text = block.text
        size = len(text)
        # the regexes below are case-insensitive scans; a lower-case copy lets plain substring
        # tests skip the ones whose words are not in the block at all (most prose blocks)
        low = text.lower()
        if size < 200 and _END_MARKERS.match(text):
            resume = _resumes_after_box(blocks, index)
            if kept and resume is None:  # after the article: from here on related links or comments
                dropped.extend(blocks[index:])
                break
            # an "Auch interessant" box inside the article (news sites): the box goes, the text after it stays
            skip_to = resume if resume is not None else index + 1
            dropped.extend(blocks[index:skip_to])
            skipping = skip_to
            continue
        if index < skipping:
            continue
        key = _key(DATE_PREFIX.sub("", text)) if size <= key_limit else None
        if (
            not re.search(r"\w", text)
            or (key is not None and (key == title_key or key in site_keys))
            or (size < 300 and contains_any(low, _ACCESSIBILITY_WORDS) and _ACCESSIBILITY.search(text))
            or _NAV_LINE.match(text)
            or _GENERIC_LABELS.match(text)
            or _is_share_widget(text)
            or (
                size < 400
                and contains_any(low, _CONSENT_WORDS)
                and _CONSENT.search(text)
                and _CONSENT_CORE.search(text)
            )
            or (size < 200 and _TAG_LINE.match(text))
            or (size < 80 and _DATE_ONLY.match(text))
            or (size < 100 and low.startswith(_EN_DATE_WORDS) and _EN_DATE_LINE.match(text))
            or (size < 200 and _META_LINE.match(text))
            or (size < 250 and contains_any(low, _FOOTER_WORDS) and _FOOTER_LINE.search(text))
            or _is_link_label(block)
            or _is_link_line(block)
        ):
            dropped.append(block)
            continue
        if (note := photo_note(text, low)) is not None:
            photos.append(note)
            dropped.append(block)
            continue
        kept.append(block)
    return CleanResult(blocks=kept, photos=photos, dropped=dropped)


# words (lower case) without which the pattern of the same name cannot match
_ACCESSIBILITY_WORDS = (
    "darstellung", "taste alt", "inhalt", "spring", "navigation", "suche", "menü", "schriftgr",
    "kontrast", "leichte sprache", "gebärdensprache",
)  # fmt: skip
_CONSENT_WORDS = ("cookie", "einwilligung", "consent", "newsletter", "datenschutz")  # _CONSENT_CORE
_FOOTER_WORDS = (
    "besucher", "zugriffe", "aktualisierung", "geändert", "webmaster", "optimiert", "seitenaufrufe",
    "counter", "stand",
)  # fmt: skip
_EN_DATE_WORDS = ("posted", "published", "updated", "last updated", "modified", "created")


def _drop_before_title(blocks: list[Block], title_key: str | None) -> list[Block]:
    """Short labels above the headline inside the body container (rubrik, kicker) are not text."""
    if not title_key:
        return blocks
    for index, block in enumerate(blocks[:6]):
        if _key(DATE_PREFIX.sub("", block.text)) == title_key:
            before = [b for b in blocks[:index] if len(b.text) >= 60 or len(b.text.split()) > 5]
            return before + blocks[index:]
    return blocks


def _clean_lines(block: Block) -> Block:
    """Drop date, meta, footer and navigation *lines* of a ``<br>``-separated block (old layouts
    put "Eingestellt am 22.05.2018" right under the headline, in the same paragraph)."""
    lines = [
        line
        for line in block.text.split("\n")
        if not (
            (len(line) < 80 and _DATE_ONLY.match(line))
            or (len(line) < 200 and _META_LINE.match(line))
            or (len(line) < 250 and _FOOTER_LINE.search(line))
            or _NAV_LINE.match(line)
        )
    ]
    return Block(text="\n".join(lines) or " ", kind=block.kind, links=block.links)


def _is_link_label(block: Block) -> bool:
    """A short block that is nothing but link text: a navigation item or a category link."""
    if len(block.text) > 40 or len(block.text.split()) > 4 or not block.links:
        return False
    linked = "".join(text for _, text in block.links)
    return _key(linked) == _key(block.text)


_TAXONOMY_LABEL = re.compile(
    r"^\s*(?:Thema|Themen|Tags?|Schlagw(?:ort|orte|örter)|Stichw(?:ort|orte|örter)|Kategorien?|"
    r"Rubriken?)\s*:",
    re.I,
)


def _is_link_line(block: Block) -> bool:
    """A line of nothing but links, share words and separators ("Druckversion | Weiterempfehlen |
    zurück zur Übersicht") or a taxonomy label with its links ("Thema: <a>Umwelt</a>"): the links
    under an article on hand-made pages, not its text. Any other word between the links keeps the
    block ("<a>Anna Meyer</a> und <a>Jens Vogel</a>", "Weitere Infos: <a>www.kreis.de</a>")."""
    if len(block.text) > 200 or not block.links:
        return False
    rest = block.text
    for _, text in block.links:
        if text:
            rest = rest.replace(text, " ", 1)
    labelled = _TAXONOMY_LABEL.match(rest)
    if labelled:
        rest = rest[labelled.end() :]
    elif len(block.links) < 2:
        return False
    # script-only links (href="#", javascript:) are no links for us, but their labels are the
    # same share and print words as everywhere
    return not re.search(r"\w", _SHARE_WORDS.sub(" ", rest))


def _key(text: str) -> str:
    """Comparison key: case-folded words only (``SPD-Kreistagsfraktion Kleve.`` = site name)."""
    return " ".join(re.findall(r"\w+", text.casefold()))
