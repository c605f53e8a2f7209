"""JSON-LD (schema.org) objects of a page, flattened.

Why: the most reliable publication dates and headlines are in JSON-LD when a CMS writes it
(WordPress SEO plugins, TYPO3 news); broken JSON is common and must not stop extraction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from lxml import html

LOGGER = logging.getLogger(__name__)
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "pressrelease", "webpage", "report"}
)


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in node:
                yield from _walk(node[key], depth + 1)


def jsonld_objects(root: html.HtmlElement) -> list[dict[str, Any]]:
    """All JSON-LD objects on the page (``@graph`` and nested main entities flattened)."""
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # CMS templates often leave a trailing comma or raw newlines in strings
                data = json.loads(raw.replace("\n", " ").replace(",}", "}").replace(",]", "]"))
            except ValueError as exc:
                LOGGER.debug("ignoring broken JSON-LD: %s", exc)
                continue
        objects.extend(_walk(data))
    return objects


def types_of(obj: dict[str, Any]) -> set[str]:
    """Lower-cased ``@type`` values of an object."""
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values if v}


def first_value(objects: list[dict[str, Any]], key: str, types: frozenset[str] = ARTICLE_TYPES) -> Any:
    """``key`` from the first article-like object that has it, else from any object."""
    for prefer in (True, False):
        for obj in objects:
            if prefer and not types_of(obj) & types:
                continue
            value = obj.get(key)
            if value:
                return value
    return None
