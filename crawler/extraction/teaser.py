"""Collapsing repeated text: run-together teasers, truncated teasers, duplicate paragraphs.

Why: TYPO3 tt_news pages of the RVR/idr show the whole article twice, first as one tag-stripped
block (``…teilnehmen werden.Pressekontakt: …``), then as paragraphs. Other CMSs print the first
paragraph as a teaser above the full text. A reader sees each sentence once, so the body must too.
Comparison uses compact text (no whitespace, case-folded) because the copies differ in spacing.
"""

from __future__ import annotations

import re

from crawler.extraction.blocks import Block, compact

_MIN_DUPLICATE = 60  # compact characters: shorter repeated blocks are kept
_TEASER_BLOCKS = 3  # a teaser copy is one of the first blocks
_MAX_CANDIDATES = 40  # teasers sit near the top; bounds the quadratic check on huge pages
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\s*(?:mehr|weiter)\s*\])\s*$", re.I)


def _covers_others(index: int, keys: list[str]) -> bool:
    """Block ``index`` is a run-together copy of at least two other blocks (≥ 80 % of its text)."""
    own = keys[index]
    if len(own) < 120:
        return False
    inside = [k for j, k in enumerate(keys) if j != index and len(k) >= 15 and k in own and len(k) < len(own)]
    return len(inside) >= 2 and sum(map(len, inside)) >= 0.8 * len(own)


def _prefix_of_rest(index: int, keys: list[str], texts: list[str]) -> bool:
    """Block ``index`` repeats the start of what follows (a truncated or first-paragraph teaser)."""
    own = compact(_ELLIPSIS.sub("", texts[index]))
    if len(own) < 40:
        return False
    # only as much of the following text as the teaser is long (joining all of it for each
    # candidate made this quadratic on long pages)
    parts, length = [], 0
    for key in keys[index + 1 :]:
        parts.append(key)
        length += len(key)
        if length > len(own):
            return "".join(parts).startswith(own)
    return False


def collapse_repeats(blocks: list[Block]) -> tuple[list[Block], str | None]:
    """Remove teaser copies and exact-duplicate paragraphs; return (blocks, lead found on the way).

    A block that merely repeats the start of the following text becomes the lead (that is what a
    teaser is); a block that repeats the whole article is dropped without becoming a lead.
    """
    keys = [compact(b.text) for b in blocks]
    texts = [b.text for b in blocks]
    drop: set[int] = set()
    lead: str | None = None
    for index in range(min(len(blocks), _MAX_CANDIDATES)):
        if blocks[index].kind == "h":
            continue
        if _covers_others(index, keys):
            drop.add(index)
        elif lead is None and _prefix_of_rest(index, keys, texts) and keys[index] not in keys[index + 1 :]:
            drop.add(index)
            lead = _ELLIPSIS.sub("", texts[index]).strip()
    # a paragraph at the top that comes again is a teaser copy; repetitions further down (the
    # same instructions in plan A and plan B) and short repeated lines ("Zutaten:", a table's row
    # labels) are the structure of the text itself
    teasers = {keys[i] for i in range(min(len(blocks), _TEASER_BLOCKS)) if len(keys[i]) >= _MIN_DUPLICATE}
    seen: set[str] = set()
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if index in drop:
            continue
        key = keys[index]
        if key in seen and block.kind != "li" and key in teasers:
            continue
        seen.add(key)
        kept.append(block)
    return kept, lead


def lead_overlap(lead: str, blocks: list[Block]) -> float:
    """Share of the body's text that the lead repeats (1.0: the "lead" is the whole article)."""
    body = "".join(compact(b.text) for b in blocks)
    own = compact(lead)
    if not body:
        return 0.0
    if own in body:
        return len(own) / len(body)
    if body in own:
        return 1.0
    return 0.0
