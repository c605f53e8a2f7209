"""The one path from HTML to an :class:`~crawler.items.Announcement`.

Used by the crawler, by ``reparse`` and by ``pressarchive extract``, so a stored page re-extracts
exactly as it was extracted during the crawl. The page is decoded and parsed once; each field has
its own module and this one only orders the steps: title and dates first (they need the untouched
page), then body cleaning, then what is read from the clean text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html

from crawler.extraction import body as body_mod
from crawler.extraction import generic_body
from crawler.extraction.blocks import PROSE_END, Block, compact
from crawler.extraction.boilerplate import block_fingerprint
from crawler.extraction.cleaning import clean_blocks
from crawler.extraction.contacts import find_contacts
from crawler.extraction.context import PageContext
from crawler.extraction.dateline import find_dateline
from crawler.extraction.dates import DateEvidence, find_dates_of_page
from crawler.extraction.dom import (
    Document,
    base_url,
    drop,
    lines_of,
    meta_map,
    parse_html,
    select,
    strip_noise,
    text_of,
)
from crawler.extraction.encoding import decode_html
from crawler.extraction.events import event_from_jsonld, find_event
from crawler.extraction.fingerprint import content_hash, simhash
from crawler.extraction.jsonld import jsonld_objects
from crawler.extraction.language import detect_language
from crawler.extraction.media import collect_images, collect_links, merge_photo_notes
from crawler.extraction.parties import find_organisations, find_parties
from crawler.extraction.people import find_people
from crawler.extraction.teaser import collapse_repeats, lead_overlap
from crawler.extraction.title import find_title
from crawler.items import Announcement

LOGGER = logging.getLogger(__name__)
MAX_ANALYSED_CHARS = 100_000  # people/events/contacts read at most this much of a (huge) body
_CONTACT_LINE = re.compile(
    r"^(?:Pressekontakt|Presse-Kontakt|Kontakt|Ansprechpartner(?:in)?|Rückfragen(?: an)?|"
    r"Anmeldung(?:en)?)\s*:",
    re.I,
)
_CONTACT_LABEL = re.compile(r"(?:Presse)?kontakt|Ansprechpartner|Rückfragen", re.I)


def extract(
    html: str | bytes,
    url: str,
    *,
    selectors: Mapping[str, Any] | None = None,
    context: PageContext | None = None,
    boilerplate: Collection[str] = (),
    content_type: str | None = None,
    document: Document | None = None,
) -> Announcement:
    """Extract one announcement. Never raises on bad input: a page that cannot be read yields an
    Announcement with empty text (the failure is logged).

    ``document``: the page already parsed (``dom.parse_document`` of ``decode_html(html,
    content_type)``, read by the crawler first); the extraction then edits that tree instead of
    parsing the page again."""
    failed = Announcement(url=url)
    try:
        options = dict(selectors or {}), context or PageContext(), boilerplate, content_type, document
        return _extract(html, url, *options)
    except RecursionError:
        LOGGER.warning("page too deeply nested, no extraction: %s", url)
        failed.problem = "extraction/too-deep"  # type: ignore[misc]  # not a record field (items.py)
    except Exception:
        LOGGER.exception("extraction failed for %s", url)
        failed.problem = "extraction/error"  # type: ignore[misc]  # not a record field (items.py)
    return _finish(failed)


def _extract(
    raw: str | bytes,
    url: str,
    selectors: dict[str, Any],
    context: PageContext,
    boilerplate: Collection[str],
    content_type: str | None,
    document: Document | None = None,
) -> Announcement:
    if document is not None:
        root = document.for_extraction()
        jsonld = document.jsonld()
    else:
        text = decode_html(raw, content_type) if isinstance(raw, bytes) else raw
        parsed = parse_html(text)
        if parsed is None:
            unreadable = Announcement(url=url, title=context.listing_title or None)
            if text.strip():
                unreadable.problem = "extraction/unparseable"  # type: ignore[misc]  # text, no element
            return _finish(unreadable)
        root = parsed
        jsonld = jsonld_objects(root)
    meta = meta_map(root)
    strip_noise(root)
    base = base_url(root, url)

    title = find_title(root, meta, jsonld, selectors, context, url)
    source = body_mod.select_body(root, selectors)
    if not source.roots:  # generic path: profile removals first, then trafilatura (it copies the tree)
        body_mod.apply_removals(root, selectors, source)
        source = generic_body.semantic_body(root, base) or generic_body.trafilatura_body(root, base)
    lead_text = next((text_of(el) for el in select(root, selectors.get("lead")) if text_of(el)), None)
    if lead_text is None and "lead" not in selectors:
        lead_text = body_mod.generic_lead(source)
    contact_boxes = ["\n".join(lines_of(el)) for el in select(root, selectors.get("contact"))]

    evidence = DateEvidence(
        root=root,
        meta=meta,
        jsonld=jsonld,
        region=source.region if source.region is not None else _generic_region(root),
        body_root=source.roots[0] if source.roots else None,
        render=lambda: body_mod.body_blocks(source, base),
        title_texts=title.raw_texts,
        selectors=selectors,
        context=context,
        url=url,
    )
    dates = find_dates_of_page(evidence)

    # --- body -------------------------------------------------------------------------------
    contact_boxes += body_mod.apply_removals(root, selectors, source)
    image_candidates = _image_candidates(root, source, base)
    images, caption_elements = collect_images(image_candidates, base)
    for element in caption_elements:
        if element.getparent() is not None and source.generic is None:
            drop(element)
    blocks = body_mod.body_blocks(source, base)
    captions = {compact(i.caption or "") for i in images}
    blocks = [b for b in blocks if compact(b.text) not in captions]
    cleaned = clean_blocks(blocks, title=title.title, site_names=title.site_names)
    blocks = cleaned.blocks
    if boilerplate:
        blocks, repeated = without_learned(blocks, set(boilerplate))
        contact_boxes += [b.text for b in repeated if _CONTACT_LABEL.search(b.text)]
    blocks, teaser_lead = collapse_repeats(blocks)
    headline = title.title
    if headline is None and (promoted := _headline_block(blocks)) is not None:
        headline = blocks.pop(promoted).text  # pages without headings: the first short bold line
    lead = _lead(lead_text, teaser_lead, blocks)
    if lead and lead_overlap(lead, blocks) == 0.0 and lead_text:
        blocks.insert(0, Block(text=lead))  # a lead outside the body container is part of the text
    body_text = render_text(blocks)
    merge_photo_notes(images, cleaned.photos)

    announcement = Announcement(
        url=url,
        title=headline,
        published=dates.published,
        modified=dates.modified,
        date_source=dates.source,
        lead=lead,
        text=body_text,
        images=images,
        links=collect_links(blocks, url),
    )
    announcement.body_method = source.method  # type: ignore[misc]  # run statistics (crawler.runstats)
    _analyse(announcement, jsonld, contact_boxes)
    return _finish(announcement)


def _is_prose(block: Block, min_chars: int = 100) -> bool:
    text = block.text.rstrip()
    return len(text) >= min_chars and text[-1:] in PROSE_END and "\n" not in text


def without_learned(blocks: list[Block], learned: Collection[str]) -> tuple[list[Block], list[Block]]:
    """The body without the site's learned boilerplate blocks, and the blocks taken out.

    A block repeated across the site is boilerplate, with one exception: a paragraph of running
    text followed by more of the page's own running text. That is the article's own opening,
    which a "latest news" box shows as an excerpt on every other page of the site.
    """
    known = [block_fingerprint(b.text) in learned for b in blocks]
    kept: list[Block] = []
    removed: list[Block] = []
    for index, block in enumerate(blocks):
        nxt = index + 1
        opening = nxt < len(blocks) and not known[nxt] and _is_prose(block) and _is_prose(blocks[nxt], 60)
        (kept if not known[index] or opening else removed).append(block)
    return kept, removed


def _headline_block(blocks: list[Block]) -> int | None:
    """Index of a headline-like block at the top of the body: short, no final period, followed by text."""
    for index, block in enumerate(blocks[:3]):
        words = block.text.split()
        if (
            3 <= len(words) <= 20
            and "\n" not in block.text
            and not block.text.rstrip().endswith((".", ",", ":", ";"))
            and index + 1 < len(blocks)
            and len(blocks[index + 1].text) > len(block.text)
        ):
            return index
    return None


def _generic_region(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The first ``<article>``, else ``<main>``, else ``[role=main]`` (tag iteration: faster than
    the CSS selectors' XPath)."""
    for tag in ("article", "main"):
        found = next(root.iter(tag), None)
        if found is not None:
            return found
    return next((el for el in root.iter() if el.get("role") == "main"), None)


def _image_candidates(
    root: lxml_html.HtmlElement, source: body_mod.BodySource, base: str
) -> list[lxml_html.HtmlElement]:
    """``<img>`` elements of the article: in the body roots (or their container when the body has
    none), or — generic path — those trafilatura kept."""
    if source.generic is not None:
        wanted = {urljoin(base, src) for src in body_mod.generic_image_sources(source)}
        kept = [
            img
            for img in root.iter("img")
            if urljoin(base, img.get("src") or img.get("data-src") or "") in wanted
        ]
        if kept:
            return kept
        container = generic_body.locate_container(root, body_mod.body_blocks(source, base))
        return list(container.iter("img")) if container is not None else []
    found = [img for body_root in source.roots for img in body_root.iter("img")]
    if not found and source.region is not None and source.method == "selector":
        found = list(source.region.iter("img"))
    return found


def _lead(selected: str | None, teaser: str | None, blocks: list[Block]) -> str | None:
    """The lead: the profile's lead element, else a teaser that repeated the article's start —
    but never a "lead" that is (nearly) the whole article."""
    for candidate in (selected, teaser):
        if candidate and lead_overlap(candidate, blocks) < 0.8:
            return " ".join(candidate.split())
    return None


def render_text(blocks: list[Block]) -> str:
    """Paragraphs separated by one blank line; consecutive list items form one paragraph."""
    paragraphs: list[str] = []
    previous_kind = None
    for block in blocks:
        if block.kind == "li":
            item = "- " + block.text.replace("\n", "\n  ")
            if previous_kind == "li" and paragraphs:
                paragraphs[-1] += "\n" + item
            else:
                paragraphs.append(item)
        else:
            paragraphs.append(block.text)
        previous_kind = block.kind
    return "\n\n".join(paragraphs)


def _analyse(announcement: Announcement, jsonld: list[dict[str, Any]], contact_boxes: list[str]) -> None:
    """Fields read from the clean text: dateline, event, people, parties, organisations, contacts."""
    text = announcement.text[:MAX_ANALYSED_CHARS]
    full = f"{announcement.title or ''}\n\n{text}"
    announcement.dateline_place, announcement.dateline_agency = find_dateline(text)
    published = date.fromisoformat(announcement.published) if announcement.published else None
    announcement.event = event_from_jsonld(jsonld) or find_event(announcement.title, text, published)
    if announcement.event is not None:
        announcement.kind = "event"
    # a person named only in a contact line is a contact, not one of the people of the text
    prose = "\n\n".join(p for p in full.split("\n\n") if not _CONTACT_LINE.match(p))
    announcement.people = find_people(prose)
    announcement.parties = find_parties(full)
    announcement.organisations = find_organisations(
        full,
        [
            p.organisation
            for p in announcement.people
            if p.organisation and _organisation_like(p.organisation)
        ],
    )
    announcement.contacts = find_contacts(text, contact_boxes)
    announcement.language = detect_language(text or announcement.title or "")


_ORG_SUFFIX = re.compile(
    r"(?:ministerium|fraktion|verband|verein|partei|amt|kammer|stiftung|rat|tag|bund)$", re.I
)


def _organisation_like(name: str) -> bool:
    """A person's organisation that is worth listing: several words or an organisation noun, not a
    bare place ("Oberhausen" from "Oberbürgermeister … aus Oberhausen") or acronym."""
    return len(name.split()) >= 2 or bool(_ORG_SUFFIX.search(name))


def _finish(announcement: Announcement) -> Announcement:
    announcement.content_hash = content_hash(announcement.title, announcement.text)
    announcement.simhash = simhash(f"{announcement.title or ''} {announcement.text}")
    return announcement
