"""Site-level boilerplate learning: text blocks that recur on most pages of one site.

Why: generic rules cannot know that every page of ``spd-kleve.de`` ends with the same
"Unser Ortsverein trifft sich jeden ersten Montag…" box, but a crawl sees it on page after page.
The crawler feeds :func:`page_blocks` of each fetched page to a :class:`BoilerplateLearner` per
site and passes the learned fingerprints to ``extract(..., boilerplate=...)``. Fingerprints are
short hashes of whitespace/case-normalised text, so the stored state stays small and the same block
matches whatever markup or spacing surrounds it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from crawler.extraction.blocks import render_blocks
from crawler.extraction.dom import parse_html, strip_noise
from crawler.extraction.encoding import decode_html

_MAX_TRACKED = 20_000  # fingerprints kept per site; rare ones are pruned first


def block_fingerprint(text: str) -> str:
    """Stable hash of a whitespace/case-normalised text block (16 hex digits)."""
    normalised = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def page_fingerprints(blocks: Iterable[str]) -> set[str]:
    """The fingerprints one page contributes: each block's, and each line's of a block of
    several lines (a footer cell of ``<br>``-separated lines is one block of the whole page but
    two paragraphs of an extracted body: either must be recognisable)."""
    found = set()
    for block in blocks:
        if block and block.strip():
            found.add(block_fingerprint(block))
            if "\n" in block:
                found.update(block_fingerprint(line) for line in block.split("\n") if line.strip())
    return found


def page_blocks(html: str | bytes) -> list[str]:
    """Block texts of a whole page (navigation and footer included), for boilerplate learning."""
    text = decode_html(html) if isinstance(html, bytes) else html
    root = parse_html(text)
    if root is None:
        return []
    strip_noise(root)
    body = root.find("body")
    return [block.text for block in render_blocks(body if body is not None else root)]


class BoilerplateLearner:
    """Counts, per site, on how many pages each block fingerprint occurs."""

    def __init__(self) -> None:
        self.pages = 0
        self.counts: Counter[str] = Counter()

    def observe(self, blocks: Iterable[str]) -> None:
        """Record one page's blocks (each distinct block counts once per page)."""
        self.observe_fingerprints(page_fingerprints(blocks))

    def observe_fingerprints(self, fingerprints: set[str]) -> None:
        """``observe`` for a page whose block fingerprints were taken elsewhere (the worker)."""
        self.pages += 1
        self.counts.update(fingerprints)
        if len(self.counts) > _MAX_TRACKED:
            self.counts = Counter(dict(self.counts.most_common(_MAX_TRACKED // 2)))

    def learned(self, min_pages: int = 3, min_share: float = 0.5) -> set[str]:
        """Fingerprints seen on at least ``min_pages`` pages and ``min_share`` of all pages."""
        if self.pages < min_pages:
            return set()
        threshold = max(min_pages, min_share * self.pages)
        return {fp for fp, count in self.counts.items() if count >= threshold}

    def to_dict(self) -> dict[str, Any]:
        """Serialised state (page count and fingerprint counts) for storage between crawls."""
        return {"pages": self.pages, "counts": dict(self.counts)}

    @classmethod
    def from_dict(cls, state: dict[str, Any] | None) -> BoilerplateLearner:
        """Rebuild a learner from :meth:`to_dict` output (None: a learner that saw nothing)."""
        state = state or {}
        learner = cls()
        learner.pages = int(state.get("pages", 0))
        learner.counts = Counter({str(k): int(v) for k, v in state.get("counts", {}).items()})
        return learner
