"""Images with caption and credit, and the outgoing links of the body.

Why: photo credits are legally relevant (``Copyright/Rechtesituation: …``, ``Foto: Wilfried
Meyer``) and must not pollute the body text, yet they are worth keeping as data next to the image.
Captions are read from ``<figcaption>``, caption elements beside the image, ``title`` and ``alt``;
notices removed from the body text (:class:`~crawler.extraction.photo_notes.PhotoNote`) are
merged in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin

from lxml import html

from crawler.extraction.blocks import Block
from crawler.extraction.dom import attr_lower, text_of
from crawler.extraction.photo_notes import PhotoNote
from crawler.items import Image, Link

MAX_IMAGES = 20
_NOT_PHOTO = re.compile(
    r"logo|icon|sprite|spacer|pixel|blank|banner|avatar|emoji|button|arrow|flag|rss|facebook|twitter|"
    r"instagram|whatsapp|share|social|gravatar|badge|counter|loading|placeholder",
    re.I,
)
_CAPTION_CLASS = re.compile(
    r"caption|bildunterschrift|(?<![a-z])bu(?![a-z])|legend|subline|image-text|imagetext|figcaption"
)
_CREDIT_CLASS = re.compile(r"copyright|credit|quelle|source|photographer|fotograf")
_CREDIT_IN_CAPTION = re.compile(
    r"(?:,\s*|\s+|^)\(?(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Copyright|Foto\s*&\s*Text)\s*:?\s+(?P<credit>[^()]{2,80}?)\)?\s*$"
    r"|\s*(?:©|\(c\))\s*(?P<credit2>[^()]{2,80}?)\)?\s*$",
    re.I,
)
_BARE_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[\w.-]+\.[a-z]{2,24}(?:/[^\s,;)\"“”]*)?", re.I)


def _src(img: html.HtmlElement) -> str | None:
    for attr in ("data-src", "data-lazy-src", "data-original", "src"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    return srcset.split(",")[0].split()[0] if srcset else None


def _too_small(img: html.HtmlElement) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False


def split_credit(caption: str | None) -> tuple[str | None, str | None]:
    """ "Thorsten Klute, Foto Wilfried Meyer" → ("Thorsten Klute", "Wilfried Meyer")."""
    if not caption:
        return None, None
    caption = " ".join(caption.split())
    match = _CREDIT_IN_CAPTION.search(caption)
    if not match:
        return caption, None
    credit = (match["credit"] or match["credit2"] or "").strip(" .,")
    rest = caption[: match.start()].strip(" ,;:-–").rstrip(".")
    return rest or None, credit or None


def _caption_elements(img: html.HtmlElement) -> list[html.HtmlElement]:
    """Caption elements belonging to ``img``: the figure's figcaption, a caption element right
    after it, or the caption inside a small wrapper (``<div class="image"><img><span class="caption">``)."""
    figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
    if figure is not None:
        return list(figure.iter("figcaption")) or _with_caption_class(figure)[:1]
    node = img
    while (parent := node.getparent()) is not None and parent.tag in ("a", "picture", "span"):
        node = parent
    following = node.getnext()
    if (
        following is not None
        and isinstance(following.tag, str)
        and _CAPTION_CLASS.search(attr_lower(following))
    ):
        return [following]
    parent = node.getparent()
    if parent is not None and len(parent.text_content()) <= 400:
        return _with_caption_class(parent)[:1]
    return []


def _with_caption_class(element: html.HtmlElement) -> list[html.HtmlElement]:
    return [
        el
        for el in element.iterdescendants()
        if isinstance(el.tag, str) and _CAPTION_CLASS.search(attr_lower(el))
    ]


def collect_images(
    candidates: Iterable[html.HtmlElement], base: str
) -> tuple[list[Image], list[html.HtmlElement]]:
    """Images among ``candidates`` (``<img>`` elements) with caption and credit, and the caption
    elements to drop from the body."""
    images: list[Image] = []
    captions_to_drop: list[html.HtmlElement] = []
    seen: set[str] = set()
    for img in candidates:
        src = _src(img)
        if not src or _too_small(img) or _NOT_PHOTO.search(f"{src} {attr_lower(img)} {img.get('alt', '')}"):
            continue
        url = urljoin(base, src)
        if url in seen:
            continue
        seen.add(url)
        caption_elements = _caption_elements(img)
        captions_to_drop.extend(caption_elements)
        raw = " ".join(text_of(el) for el in caption_elements) or img.get("title") or img.get("alt") or None
        caption, credit = split_credit(raw)
        for element in (img, *img.iterancestors()):
            if credit:
                break
            credit = element.get("data-copyright") or element.get("data-credit")
            if element.tag == "figure":
                credits = [text_of(el) for el in element.iter() if _CREDIT_CLASS.search(attr_lower(el))]
                credit = credit or (credits[0].lstrip("©(c) ").strip() if credits and credits[0] else None)
                break
        images.append(Image(src=url, caption=caption, credit=credit))
        if len(images) >= MAX_IMAGES:
            break
    return images, captions_to_drop


def _richer(first: str | None, second: str | None) -> str | None:
    """Of two descriptions of the same thing, the one that contains the other; else the first."""
    if not first or not second:
        return first or second
    a, b = first.casefold(), second.casefold()
    if a in b:
        return second
    return first


def merge_photo_notes(images: list[Image], notes: list[PhotoNote]) -> None:
    """Attach captions/credits recovered from removed notices to the images they describe."""
    if not images:
        return
    for index, note in enumerate(notes):
        image = images[min(index, len(images) - 1)] if len(notes) <= len(images) else images[0]
        image.caption = _richer(image.caption, note.caption)
        image.credit = _richer(image.credit, note.credit)


def collect_links(blocks: list[Block], page_url: str) -> list[Link]:
    """Outgoing links of the body (anchors first, then bare ``www.…`` addresses), deduplicated."""
    links: list[Link] = []
    seen = {page_url.rstrip("/")}
    for block in blocks:
        for url, text in block.links:
            key = url.rstrip("/")
            if key not in seen:
                seen.add(key)
                links.append(Link(url=url, text=text or None))
    hosts = {re.sub(r"^https?://(?:www\.)?", "", link.url).rstrip("/") for link in links}
    for block in blocks:
        for match in _BARE_URL.finditer(block.text):
            raw = match.group(0).rstrip(".")
            url = raw if raw.lower().startswith("http") else f"http://{raw}"
            host = re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")
            if host not in hosts:
                hosts.add(host)
                links.append(Link(url=url, text=raw))
    return links
