"""Turning a DOM subtree into text blocks: the unit of cleaning, de-duplication and learning.

A *block* is what a reader sees as one paragraph: a ``<p>``, a heading, a list item, a quote, a
run of text between two blank lines made of ``<br><br>`` (old CMS pages have no ``<p>`` at all),
or a table row. Boilerplate rules, teaser collapse and the site-level boilerplate learner all work
on blocks, so the same renderer serves the article body and :func:`page_blocks`. Trafilatura's
output tree (``head``, ``list/item``, ``quote``, ``lb``, ``ref``…) renders the same way, so the
generic fallback goes through the same cleaning as a selector-picked body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

from lxml import html

# two or more newlines with only spaces between; spaces around them are stripped by clean_text
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
INVISIBLE = dict.fromkeys(map(ord, "\xad\u200b\u200c\u200d\u2060\ufeff"), None)
_HAS_INVISIBLE = re.compile("[\xad\u200b\u200c\u200d\u2060\ufeff]")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head"})
LIST_ITEM_TAGS = frozenset({"li", "item"})
QUOTE_TAGS = frozenset({"blockquote", "quote"})
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
        "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "address", "form",
        "fieldset", "center", "hr", "details", "summary", "body", "html", "caption", "list", "row",
        "code", "legend", "option", "select", "textarea", "button", "label", "menu", "dialog",
    }
    | HEADING_TAGS
    | LIST_ITEM_TAGS
    | QUOTE_TAGS
)  # fmt: skip
# The last character of a sentence: a block ending in one reads as running text, not a label.
PROSE_END = frozenset('.!?"“”)…')
_CELL_TAGS = frozenset({"td", "th", "cell"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "title", "meta", "link"})
_MAX_DEPTH = 150  # pathological nesting: below this depth an element is read as flat text


@dataclass
class Block:
    """One paragraph-like unit of a page with the links inside it."""

    text: str
    kind: str = "p"  # p, h (heading), li, quote
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, link text)


def strip_invisible(text: str) -> str:
    """``text`` without soft hyphens and zero-width characters (``str.translate`` looks up every
    character, so it only runs on the few texts that hold one)."""
    return text.translate(INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def clean_text(text: str) -> str:
    """NFC, no soft hyphens or zero-width characters, spaces collapsed, lines trimmed."""
    text = strip_invisible(unicodedata.normalize("NFC", text))
    if "\n" not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _hidden(element: html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


_resolve = lru_cache(maxsize=4096)(urljoin)  # pages render 2-3 times and repeat their navigation links


class _Renderer:
    """Walks a subtree once, collecting blocks; kept as a class only to share the buffers."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.kinds: list[str] = ["p"]

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        self.buffer = []
        links, self.links = self.links, []
        for part in _PARAGRAPH_BREAK.split(raw) if "\n" in raw else (raw,):
            text = clean_text(part)
            if not text:
                continue
            mine = [link for link in links if not link[1] or link[1] in text]
            self.blocks.append(Block(text=text, kind=self.kinds[-1], links=mine))

    def add(self, text: str | None) -> None:
        # spaces are collapsed by clean_text; a newline in the source is a space, not a <br>
        if text:
            if "\n" in text or "\r" in text:
                text = text.replace("\n", " ").replace("\r", " ")
            self.buffer.append(text)

    def walk(self, element: html.HtmlElement, depth: int = 0) -> None:
        tag = element.tag
        if not isinstance(tag, str) or not tag:
            return
        tag = tag.lower()
        if tag in _SKIP_TAGS or _hidden(element):
            return
        if tag == "head" and (parent := element.getparent()) is not None and parent.tag == "html":
            return  # the HTML <head>; trafilatura's <head> is a heading inside its own <body>
        if depth > _MAX_DEPTH:
            self.add("".join(element.itertext()))
            return
        if tag in ("br", "lb"):
            self.buffer.append("\n")
            return
        if tag == "img" or tag == "graphic":
            return
        if tag == "dd":  # "Datum:" <dd>"2. Dezember 2019"</dd> reads as one line: "Datum: 2. Dezember 2019"
            self.buffer.append(" ")
        is_block = tag in BLOCK_TAGS
        if tag == "dt":
            self.flush()
        if is_block:
            self.flush()
            self.kinds.append(self._kind(tag))
        elif tag in _CELL_TAGS:
            self.buffer.append(" ")
        self.add(element.text)
        for child in element:
            self.walk(child, depth + 1)
            self.add(child.tail)
        if tag in ("a", "ref"):
            self._link(element)
        if is_block:
            self.flush()
            self.kinds.pop()

    def _kind(self, tag: str) -> str:
        if tag in HEADING_TAGS:
            return "h"
        if tag in LIST_ITEM_TAGS:
            return "li"
        if tag in QUOTE_TAGS:
            return "quote"
        # inherit: a <p> inside an <li> or <blockquote> is still a list item / quote
        return self.kinds[-1] if self.kinds[-1] in ("li", "quote") else "p"

    def _link(self, element: html.HtmlElement) -> None:
        href = (element.get("href") or element.get("target") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return
        if not self.base or (
            href.startswith(("http://", "https://")) and "/." not in href and not href.endswith(("?", "#"))
        ):
            url = href  # absolute already: what urljoin would return
        else:
            url = _resolve(self.base, href)
        if url.startswith(("http://", "https://")):
            self.links.append((url, " ".join("".join(element.itertext()).split())))


def render_blocks(element: html.HtmlElement, base: str | None = None) -> list[Block]:
    """The blocks of a subtree in document order (links resolved against ``base``)."""
    renderer = _Renderer(base)
    renderer.walk(element)
    renderer.flush()
    return renderer.blocks


def compact(text: str) -> str:
    """Text without whitespace, lower-cased: compares blocks that differ only in spacing.

    The RVR teaser is the article with its tags stripped, so ``werden.Pressekontakt`` appears
    where the paragraphs have ``werden.`` / ``Pressekontakt``; compact forms of both agree.
    """
    return "".join(text.split()).casefold()
