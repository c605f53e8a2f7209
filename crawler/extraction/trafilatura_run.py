"""Running trafilatura, at the least cost that gives the same answer.

Trafilatura is the best generic main-text finder we have and the most expensive step of
extraction (``crawler.extraction.generic_body`` calls it). Its options are built once, it reads
only the element it has to (``lent``) and not what it would delete anyway (``without_discarded``),
and its output is compared with our blocks as compact text (``verdict``).
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy, deepcopy
from functools import lru_cache
from typing import Any

from lxml import html

from crawler.extraction.blocks import compact, strip_invisible

LOGGER = logging.getLogger(__name__)


@contextmanager
def lent(element: html.HtmlElement, holder: html.HtmlElement) -> Iterator[None]:
    """Move ``element`` (with its tail) into ``holder`` for the duration, then back in place."""
    parent = element.getparent()
    if parent is None:
        holder.append(deepcopy(element))
        yield
        return
    index = parent.index(element)
    holder.append(element)
    try:
        yield
    finally:
        parent.insert(index, element)


# Trafilatura deletes these in its tree cleaning and its page-length measure; taking them out of
# the tree it copies and scans (and putting them back afterwards) changes nothing but its cost.
_DISCARDED_BY_TRAFILATURA = ("aside", "footer")


@contextmanager
def without_discarded(root: html.HtmlElement) -> Iterator[None]:
    found = list(root.iter(*_DISCARDED_BY_TRAFILATURA))
    outermost = (
        [el for el in found if not any(a.tag in _DISCARDED_BY_TRAFILATURA for a in el.iterancestors())]
        if len(found) > 1
        else found
    )
    with taken_out(outermost):
        yield


@contextmanager
def taken_out(elements: list[html.HtmlElement]) -> Iterator[None]:
    """Detach ``elements`` for the duration and put them back where they were. Elements with a
    tail that is text stay (the tail belongs to the page); restoring in reverse order keeps every
    recorded position valid, nested elements included."""
    taken: list[tuple[html.HtmlElement, html.HtmlElement, int]] = []
    for element in elements:
        parent = element.getparent()
        if parent is None or (element.tail and element.tail.strip()):
            continue
        taken.append((parent, element, parent.index(element)))
        parent.remove(element)
    try:
        yield
    finally:
        for parent, element, index in reversed(taken):
            parent.insert(index, element)


def text_dump(tree: html.HtmlElement) -> bool:
    """Trafilatura's last resort: the whole page as one run of text, without any structure."""
    return len(tree) == 1 and len(tree[0]) == 0 and len(tree[0].text or "") > 1000


def trafilatura_tree(tree: html.HtmlElement, url: str, fast: bool = True) -> html.HtmlElement | None:
    """Trafilatura's main-text tree (fast mode unless told otherwise; no metadata, comments, links
    or images).

    The options object is built once (building it reads the config file each time) and copied
    per page; "xml" output skips the text serialisation that only the "python" format does.
    """
    try:
        from trafilatura import bare_extraction

        options = copy(_trafilatura_options())
        options.url = options.source = url or None
        options.fast = fast
        document = bare_extraction(tree, url=url, options=options)
    except Exception as exc:  # trafilatura raises ValueError and friends on odd pages
        LOGGER.debug("trafilatura failed on %s: %s", url, exc)
        return None
    return getattr(document, "body", None)


@lru_cache(maxsize=1)
def _trafilatura_options() -> Any:
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="xml",
        fast=True,
        comments=False,
        tables=True,
        links=False,
        images=False,
        dedup=False,
        with_metadata=False,
    )


def verdict(tree: html.HtmlElement | None) -> str | None:
    """Trafilatura's text as :func:`compact` text, normalised as :func:`clean_text` does."""
    if tree is None:
        return None
    text = compact(strip_invisible(unicodedata.normalize("NFC", "".join(tree.itertext()))))
    return text or None
