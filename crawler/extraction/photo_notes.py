"""Photo notices and credit lines in an article's text: dropped from the body, kept as image data.

Press offices put an image's caption and rights under the text as an ordinary paragraph
("Anlage Foto: …, Copyright/Rechtesituation: …", "Foto: RVR/Schlutius"). The body cleaning
(``crawler.extraction.cleaning``) drops such a block; what it said becomes the image's caption
and credit (``crawler.extraction.media``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PHOTO_NOTICE = re.compile(r"^Anlagen?\s+(?:Foto|Bild)|Copyright\s*/\s*Rechtesituation|honorarfrei", re.I)
_CREDIT_LINE = re.compile(
    r"^(?:Fotos?|Bilder?|Bildquelle|Fotoquelle|Quelle|Copyright|Bildrechte|Fotografie|©|\(c\))\s*:?\s*(?P<credit>\S.{0,120})$",
    re.I,
)
_SENTENCE_CREDIT = re.compile(  # "Die erste Sozialkonferenz im vergangenen Jahr. Foto: RVR/Schlutius"
    r"^(?P<caption>.{2,200}?)[.,;]?\s+\(?(?:Fotos?|Bild|Bildquelle)\s*:\s*(?P<credit>[^()]{2,60}?)\)?$"
)

_CAPTION_CREDIT = re.compile(  # "Thorsten Klute, Foto Wilfried Meyer" / "Am Rathaus (Foto: Stadt Kleve)"
    r"^(?P<caption>[^.!?]{2,120}?)(?:,\s*(?:Foto|Fotos|Bild|Bildquelle)\s*:?|\s*\(?(?:Foto|Fotos|Bild|Bildquelle)\s*:)"
    r"\s+(?P<credit>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3})\)?$"
)
# words (lower case) without which the patterns cannot match
_PHOTO_NOTICE_WORDS = ("anlage", "rechtesituation", "honorarfrei")
_CREDIT_WORDS = ("foto", "bild", "quelle", "copyright", "©", "(c)")


@dataclass
class PhotoNote:
    """Caption and credit recovered from a photo notice or credit line removed from the body."""

    caption: str | None = None
    credit: str | None = None


def parse_photo_notice(text: str) -> PhotoNote:
    """``Anlage Foto: <caption>, Copyright/Rechtesituation: <credit>. Dieses Bild …`` → parts."""
    flat = " ".join(text.split())
    body = re.sub(r"^Anlagen?\s+(?:Foto|Bild)\s*:?\s*", "", flat, flags=re.I)
    caption = body
    credit: str | None = None
    match = re.search(r"Copyright\s*/\s*Rechtesituation\s*:?\s*", body, re.I) or re.search(
        r"(?:Copyright|©|Bildrechte)\s*:?\s*", body, re.I
    )
    if match:
        caption = body[: match.start()]
        credit_part = body[match.end() :]
        # the credit ends where the usage terms begin ("Dieses Bild steht honorarfrei …")
        credit_part = re.split(r"\.\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s)", credit_part, maxsplit=1)[0]
        credit = credit_part.strip(" .,;") or None
    elif (credit_match := re.search(r"\bFoto\s*:\s*(.+?)(?:\.\s|$)", body)) is not None:
        caption = body[: credit_match.start()]
        credit = credit_match.group(1).strip(" .,;") or None
    note = caption.strip(" ,;:") or None
    if note and _PHOTO_NOTICE.search(note):
        note = None
    return PhotoNote(caption=note, credit=credit)


def photo_note(text: str, low: str) -> PhotoNote | None:
    """What a photo notice or credit line says (the block is not body text), else None;
    ``low`` is ``text.lower()``."""
    size = len(text)
    if (
        (size < 700 or low.startswith("anlage"))
        and contains_any(low, _PHOTO_NOTICE_WORDS)
        and _PHOTO_NOTICE.search(text)
    ):
        return parse_photo_notice(text)
    if (
        size < 220
        and contains_any(low, _CREDIT_WORDS)
        and (match := _CREDIT_LINE.match(text) or _CAPTION_CREDIT.match(text) or _SENTENCE_CREDIT.match(text))
    ):
        parts = match.groupdict()
        return PhotoNote(caption=parts.get("caption"), credit=parts["credit"].strip(" ."))
    return None


def contains_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether a lower-case text holds one of ``words``: a cheap test before a regex scan."""
    return any(word in low for word in words)
