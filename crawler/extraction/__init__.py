"""Extraction: the one path from a page's HTML to an :class:`~crawler.items.Announcement`.

The crawler, ``reparse`` and ``pressarchive extract`` all call :func:`extract`, so the archive
never holds two interpretations of the same bytes. Profile selectors (title, body, date, lead,
remove, optionally contact) are used where a profile has them; everything else falls back to
generic rules (trafilatura for the main text, our German date grammar, htmldate last). Boilerplate
that recurs across a site is learned with :class:`BoilerplateLearner` over :func:`page_blocks` and
handed back as fingerprints.
"""

from __future__ import annotations

from crawler.extraction.boilerplate import BoilerplateLearner, block_fingerprint, page_blocks
from crawler.extraction.context import PageContext
from crawler.extraction.core import extract
from crawler.extraction.encoding import decode_html
from crawler.extraction.fingerprint import content_hash, simhash, simhash_distance

__all__ = [
    "BoilerplateLearner",
    "PageContext",
    "block_fingerprint",
    "content_hash",
    "decode_html",
    "extract",
    "page_blocks",
    "simhash",
    "simhash_distance",
]
