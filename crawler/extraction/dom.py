"""Parsing and selecting: one lxml tree per page, CSS selectors from profiles, safe removal.

Everything downstream works on the tree built here, so the page is parsed exactly once (peers
re-parse per field; that is where their time goes). Selectors come from TOML profiles written by
people, so a bad selector must not take the extraction down: it is logged and treated as no match.
"""

from __future__ import annotations

import logging
import operator
import re
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import accumulate
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from lxml.cssselect import CSSSelector

LOGGER = logging.getLogger(__name__)

MAX_HTML_CHARS = 3_000_000  # huge pages: the article is near the top; cap parse time and memory
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters lxml refuses in element text (C0 controls but tab/newline/CR, U+FFFE/U+FFFF): one
# of them anywhere in a page made every later tree edit (trafilatura's too) raise ValueError.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_CHARS = tuple(chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF))
_NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas")


def parse_html(text: str) -> html.HtmlElement | None:
    """The document tree, or None for pages without any element (empty, binary, plain text)."""
    if not text or not text.strip():
        return None
    text = xml_compatible(_XML_DECL.sub("", flatten_deep(text)[:MAX_HTML_CHARS], count=1))
    try:
        root = html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    if not isinstance(root, html.HtmlElement):
        return None
    drop_unparseable_urls(root)
    separate_lines(root)
    return root


class Document:
    """A page parsed once for the crawler's reading of it and for its extraction.

    The tree starts as the crawl's reading sees it (comments kept, no line breaks added), so the
    reading (links, teasers, classification) runs on it first; :meth:`for_extraction` then turns
    it into the tree :func:`parse_html` would have built (comments and processing instructions
    removed, :func:`separate_lines`), which the extraction edits. The JSON-LD objects are read
    once, for both (:meth:`jsonld`).
    """

    __slots__ = ("_jsonld", "root", "text")

    def __init__(self, text: str, root: html.HtmlElement) -> None:
        self.text = text  # the decoded page, as given to parse_document
        self.root = root
        self._jsonld: list[dict[str, Any]] | None = None

    def jsonld(self) -> list[dict[str, Any]]:
        """The page's JSON-LD objects (``jsonld.jsonld_objects``), read on first use."""
        if self._jsonld is None:
            from crawler.extraction.jsonld import jsonld_objects

            self._jsonld = jsonld_objects(self.root)
        return self._jsonld

    def for_extraction(self) -> html.HtmlElement:
        """The tree as :func:`parse_html` builds it; the reading must be done with it by now."""
        etree.strip_tags(self.root.getroottree(), etree.Comment, etree.ProcessingInstruction)
        separate_lines(self.root)
        return self.root


def parse_document(text: str) -> Document | None:
    """``text`` parsed the way :func:`parse_html` parses it, but with comments and processing
    instructions kept and no line breaks added (see :class:`Document`). None when ``parse_html``
    would not give the same tree once finished: no element at all, or a page longer than
    :data:`MAX_HTML_CHARS` (which ``parse_html`` cuts, and a crawl's reading does not)."""
    if not text or not text.strip():
        return None
    flat = flatten_deep(text)
    if len(flat) > MAX_HTML_CHARS:
        return None
    markup = xml_compatible(_XML_DECL.sub("", flat, count=1))
    try:  # (lxml parses UTF-8 bytes faster than a str; the parser is told they are UTF-8)
        source: str | bytes = markup.encode("utf-8")
    except UnicodeEncodeError:  # (a lone surrogate)
        source = markup
    try:
        root = html.document_fromstring(source, parser=_parser(True, bytes_=isinstance(source, bytes)))
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    if not isinstance(root, html.HtmlElement):
        return None
    drop_unparseable_urls(root)
    return Document(text, root)


def separate_lines(root: html.HtmlElement) -> None:
    """Whitespace at every ``<br>`` and block boundary of the tree, so that no text reader
    (``text_content()``, trafilatura's own tree) glues the words on either side together:
    ``<div>Telefon 5062-214</div><div>presse@…</div>`` must not read ``5062-214presse@…``.
    Visible text does not change (browsers collapse the whitespace); ``<pre>`` is left alone."""
    for element in root.iter(*_LINE_BREAKING):
        if element.tag == "pre" or (element.text and element.text[:1].isspace()):
            pass
        elif len(element) or element.text:
            element.text = "\n" + (element.text or "")
        if element.tail is None or not element.tail[:1].isspace():
            element.tail = "\n" + (element.tail or "")


# libxml2 builds at most 256 levels of elements and silently drops everything nested deeper, so
# a page of 100,000 nested <div>s parsed to a title and no text. Container tags nested deeper
# than this are left out before parsing (their content stays, at that depth).
MAX_DEPTH = 100  # (below the 150 levels the block walker reads, blocks._MAX_DEPTH)
_CONTAINER_TAG = re.compile(
    r"<(/?)(?:div|span|section|article|main|aside|header|footer|nav|font|center|blockquote|"
    r"b|i|u|em|strong|small|big)(?=[\s/>])[^>]*>",
    re.I,
)


def flatten_deep(text: str) -> str:
    """``text`` without the container tags (``<div>``, ``<span>``, ``<font>``…) nested more than
    :data:`MAX_DEPTH` deep; unchanged (the same object) when nothing nests that deep."""
    if text.count("<") < MAX_DEPTH or not _nests_deeper(text):
        return text
    kept: list[str] = []
    depth = last = 0
    for match in _CONTAINER_TAG.finditer(text):
        closing = bool(match.group(1))
        if not closing:
            depth += 1
        if depth > MAX_DEPTH:
            kept.append(text[last : match.start()])
            last = match.end()
        if closing:
            depth = max(0, depth - 1)
    kept.append(text[last:])
    return "".join(kept)


def _nests_deeper(text: str) -> bool:
    """Whether container tags nest deeper than :data:`MAX_DEPTH` (a closing tag without an open
    one counts as nothing). The depth after each tag is its prefix sum of +1/-1 minus the lowest
    prefix sum so far (or 0): all in C, not one Python step per tag."""
    steps = list(map(_STEP.__getitem__, _CONTAINER_TAG.findall(text)))
    if len(steps) <= MAX_DEPTH:
        return False
    sums = list(accumulate(steps))
    lows = accumulate(sums, min, initial=0)
    next(lows)  # (the initial 0)
    return bool(max(map(operator.sub, sums, lows)) > MAX_DEPTH)


_STEP = {"": 1, "/": -1}


def xml_compatible(text: str) -> str:
    """``text`` without the characters lxml refuses (the same object when it has none)."""
    # (one substring search per character finds none faster than one search for the set)
    return _NOT_XML.sub("", text) if any(c in text for c in _NOT_XML_CHARS) else text


# A value ``urlsplit`` reads with a plain ASCII host and no port, or with no host at all: neither
# ``urlsplit`` nor ``.port`` can raise on it. (The scheme is taken as urlsplit takes it, up to the
# first colon, and never given back; control characters, which urlsplit deletes or strips, and "[" go the
# slow way.)
_PLAIN_URL = re.compile(
    r"(?>(?:[A-Za-z][A-Za-z0-9+.-]*:)?)(?://[A-Za-z0-9._~%!$&'()*+,;=-]*(?:[/?#]|$)|(?!//))", re.A
)
_URL_SPECIALS = re.compile(r"[\[\x00-\x1f]")


def drop_unparseable_urls(root: html.HtmlElement) -> None:
    """Remove ``href``/``src`` values no URL parser accepts (``http://[::1``, a port of 99999):
    every ``urljoin`` on them raises, which would fail the whole page."""
    for element in root.iter("a", "link", "area", "base", "img", "source"):
        for attr in ("href", "src"):
            value = element.get(attr)
            if value and ("[" in value or ":" in value):
                if not _URL_SPECIALS.search(value) and _PLAIN_URL.match(value.strip()):
                    continue
                try:
                    urlsplit(value.strip()).port  # noqa: B018  (raises on a broken IPv6 literal or port)
                except ValueError:
                    del element.attrib[attr]


_LOCAL = threading.local()  # lxml parsers must not be shared between threads


def _parser(keep_comments: bool = False, bytes_: bool = False) -> html.HTMLParser:
    """The page parser, one per thread (and one keeping comments for :func:`parse_document`, of
    UTF-8 bytes when ``bytes_``).

    Every element is an ``HtmlElement`` (the default class lookup, resolved in C): lxml.html's
    own lookup calls back into Python for each element proxy to hand out ``FormElement``,
    ``InputElement``… subclasses that nothing here uses, and trafilatura's passes over our tree
    and its copies create hundreds of thousands of proxies per page set.
    """
    name = f"parser-{keep_comments}-{bytes_}"
    parser = getattr(_LOCAL, name, None)
    if parser is None:
        parser = html.HTMLParser(
            remove_comments=not keep_comments,
            remove_pis=not keep_comments,
            recover=True,
            collect_ids=False,
            encoding="utf-8" if bytes_ else None,
        )
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=html.HtmlElement,
                comment=html.HtmlComment,
                pi=html.HtmlProcessingInstruction,
                entity=html.HtmlEntity,
            )
        )
        setattr(_LOCAL, name, parser)
    return parser


def empty_document() -> html.HtmlElement:
    """``<html><body></body></html>`` built by the page parser (same element classes)."""
    return html.document_fromstring("<html><body></body></html>", parser=_parser())


@lru_cache(maxsize=512)
def _compiled(selector: str) -> CSSSelector | None:
    try:
        return CSSSelector(selector, translator="html")
    except Exception as exc:  # cssselect raises several unrelated types for bad input
        LOGGER.warning("ignoring bad CSS selector %r: %s", selector, exc)
        return None


def selector_list(value: Any) -> list[str]:
    """Profiles give a selector as a string, a comma list or a TOML array; normalise to a list."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value if v]
    return []


def select(root: html.HtmlElement, value: Any) -> list[html.HtmlElement]:
    """All elements matching any of the selectors, in the order of the first selector that matches.

    Alternatives in a list are tried in order and the first that matches wins, so a profile can
    write ``["div.news-single-text", "article"]`` for "prefer the specific, fall back to generic".
    """
    for selector in selector_list(value):
        compiled = _compiled(selector)
        if compiled is None:
            continue
        found = [el for el in compiled(root) if isinstance(el, html.HtmlElement)]
        if found:
            return found
    return []


def select_all(root: html.HtmlElement, value: Any) -> list[html.HtmlElement]:
    """All elements matching any selector of the list (used for ``remove``)."""
    found: list[html.HtmlElement] = []
    for selector in selector_list(value):
        compiled = _compiled(selector)
        if compiled is not None:
            found.extend(el for el in compiled(root) if isinstance(el, html.HtmlElement))
    return found


def drop(element: html.HtmlElement) -> None:
    """Remove an element but keep its tail text (the text after it belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def strip_noise(root: html.HtmlElement) -> None:
    """Remove scripts, styles and embedded objects: their text is never article text.

    This also keeps dates inside JavaScript strings away from the date finder (htmldate #28).
    JSON-LD is read before this runs.
    """
    for element in list(root.iter(*_NOISE_TAGS)):
        drop(element)


def text_of(element: html.HtmlElement) -> str:
    """Visible text of an element, whitespace collapsed."""
    return " ".join(element.text_content().split())


# Elements whose start and end break a line of text (``<br>`` too): text on either side of them
# is never glued into one word ("5062-214" + "presse@…" must not become "5062-214presse@…").
_LINE_BREAKING = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    }
)  # fmt: skip


def lines_of(element: html.HtmlElement) -> list[str]:
    """The element's visible text as lines: broken at ``<br>`` and block boundaries, whitespace
    collapsed within each line, empty lines dropped."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag.lower() in _LINE_BREAKING:
                parts.append("\n")
            if tag and node.text:
                parts.append(node.text)
        else:
            if tag.lower() in _LINE_BREAKING:
                parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail)
    return [line for line in (" ".join(chunk.split()) for chunk in "".join(parts).split("\n")) if line]


def meta_map(root: html.HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property/itemprop/http-equiv (first one wins)."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


def base_url(root: html.HtmlElement, url: str) -> str:
    """The URL relative links resolve against (``<base href>`` wins over the page URL)."""
    for base in root.iter("base"):
        href = base.get("href")
        if href:
            return urljoin(url, href.strip())
    return url


def attr_lower(element: html.HtmlElement) -> str:
    """``class`` and ``id`` of an element as one lower-case string, for class-name heuristics."""
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def first_text(root: html.HtmlElement, selectors: Mapping[str, Any], key: str) -> str | None:
    """Text of the first element a profile selector picks, or None."""
    for element in select(root, selectors.get(key)):
        value = text_of(element)
        if value:
            return value
    return None
