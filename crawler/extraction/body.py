"""Finding the article body: the profile's selector when it matches, else trafilatura.

Why this order: a profile selector is exact and costs one CSS query; trafilatura is the best
generic main-text finder we have but is the most expensive step, so it only runs when no selector
matched (no profile, or a relaunched site). Both paths end in the same block list, so the same
cleaning applies to both.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from copy import copy, deepcopy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import html

from crawler.extraction.blocks import PROSE_END, Block, compact, render_blocks, strip_invisible
from crawler.extraction.cleaning import find_widgets, remove_widgets
from crawler.extraction.dom import attr_lower, drop, empty_document, select, select_all

LOGGER = logging.getLogger(__name__)
_GENERIC_CONTAINERS = ("article", "main", "[role=main]", "#content", "#inhalt", "#main", ".content")


@dataclass
class BodySource:
    """Where the body came from: DOM roots (selector path) or a trafilatura tree (generic path)."""

    roots: list[html.HtmlElement] = field(default_factory=list)
    generic: html.HtmlElement | None = None  # trafilatura's output tree
    method: str = "none"  # selector, semantic, trafilatura, article, container, paragraphs
    # compact text trafilatura kept from the roots: their blocks outside it are dropped (see _judge)
    verdict: str | None = None
    generic_blocks: list[Block] | None = None  # the rendered generic tree (it never changes)
    widgets: tuple[list[html.HtmlElement], list[str]] | None = None  # find_widgets of roots[0]

    @property
    def region(self) -> html.HtmlElement | None:
        """The article container around the body (for dates and images): up to two levels up."""
        if not self.roots:
            return None
        node = self.roots[0]
        for _ in range(2):
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            node = parent
        return node


_LEAD_CLASS = re.compile(
    r"(?<![a-z])(?:lead|intro|teaser|summary|standfirst|abstract|vorspann|einleitung|excerpt|subtitle|"
    r"article__lead|entry-summary|news-single-teaser|article-lead|teasertext)(?![a-z])"
)


def generic_lead(source: BodySource) -> str | None:
    """A lead/teaser element of the article container that precedes the body (``p.article__lead``)."""
    region = source.region
    if region is None or not source.roots:
        return None
    first = source.roots[0]
    for element in region.iter():
        if element is first:
            return None
        if not isinstance(element.tag, str) or element.tag not in ("p", "div", "section", "span", "strong"):
            continue
        if _LEAD_CLASS.search(attr_lower(element)):
            text = " ".join(element.text_content().split())
            if len(text) >= 40:
                return text
    return None


def select_body(root: html.HtmlElement, selectors: Mapping[str, Any]) -> BodySource:
    """Body roots from the profile selector (outermost matches only, document order), except
    matches inside related-posts, teaser, sidebar or comment blocks when the selector matches
    elsewhere too: a theme reuses its body class for the excerpts it shows under the post."""
    found = select(root, selectors.get("body"))
    outer = [el for el in found if not any(a in found for a in el.iterancestors())]
    own = [el for el in outer if not any(_OTHER_CONTENT.search(attr_lower(a)) for a in el.iterancestors())]
    outer = own or outer
    return BodySource(roots=outer, method="selector") if outer else BodySource()


_OTHER_CONTENT = re.compile(r"(?<![a-z])(?:related|teaser|sidebar|widget|comments?|weitere)(?![a-z])")


def apply_removals(root: html.HtmlElement, selectors: Mapping[str, Any], source: BodySource) -> list[str]:
    """Drop the profile's ``remove`` elements everywhere and generic widgets inside the body roots;
    return the texts of contact boxes found among the widgets."""
    for element in select_all(root, selectors.get("remove")):
        if element.getparent() is not None and not any(element is r for r in source.roots):
            drop(element)
    boxes: list[str] = []
    for index, body_root in enumerate(source.roots):
        boxes += remove_widgets(body_root, source.widgets if index == 0 else None)
    return boxes


def semantic_body(root: html.HtmlElement, url: str = "") -> BodySource | None:
    """The page's single ``<article>`` (or ``itemprop=articleBody``, else ``<main>``) when it is
    clearly the article: enough text, little of it link text. Trafilatura then only reads that
    element (a fraction of the page, so a fraction of its cost) and its verdict filters the
    element's blocks."""
    article = semantic_candidate(root)
    if article is None:
        return None
    scoped = empty_document()
    # the widgets we drop from the article later anyway need not be read by trafilatura either
    widgets = find_widgets(article)
    with _lent(article, scoped[0]), _taken_out(widgets[0]), _without_discarded(scoped):
        tree = _trafilatura_tree(scoped, url)  # (trafilatura copies its input)
    return BodySource(roots=[article], method="semantic", verdict=_verdict(tree), widgets=widgets)


@contextmanager
def _lent(element: html.HtmlElement, holder: html.HtmlElement) -> Iterator[None]:
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
def _without_discarded(root: html.HtmlElement) -> Iterator[None]:
    found = list(root.iter(*_DISCARDED_BY_TRAFILATURA))
    outermost = (
        [el for el in found if not any(a.tag in _DISCARDED_BY_TRAFILATURA for a in el.iterancestors())]
        if len(found) > 1
        else found
    )
    with _taken_out(outermost):
        yield


@contextmanager
def _taken_out(elements: list[html.HtmlElement]) -> Iterator[None]:
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


def semantic_candidate(root: html.HtmlElement) -> html.HtmlElement | None:
    """The one element the page marks as its article (else as its main content) that holds enough
    text and little link text."""
    for finder in _SEMANTIC_FINDERS:
        found = [el for el in finder(root) if not any(a.tag == "article" for a in el.iterancestors())]
        if len(found) != 1:
            continue
        text = len(" ".join(found[0].text_content().split()))
        linked = sum(len(" ".join(a.text_content().split())) for a in found[0].iter("a"))
        if text >= 400 and linked < 0.5 * text:  # (trafilatura's verdict takes out the link lists)
            return found[0]
    return None


_SEMANTIC_FINDERS: tuple[Callable[[html.HtmlElement], list[html.HtmlElement]], ...] = (
    # (iterating in Python beats lxml's XPath for these)
    lambda root: [el for el in root.iter() if el.get("itemprop") == "articleBody"],
    lambda root: list(root.iter("article")),
    lambda root: list(root.iter("main")),
    lambda root: [el for el in root.iter() if el.get("role") == "main"],
)


def _text_dump(tree: html.HtmlElement) -> bool:
    """Trafilatura's last resort: the whole page as one run of text, without any structure."""
    return len(tree) == 1 and len(tree[0]) == 0 and len(tree[0].text or "") > 1000


def _trafilatura_tree(tree: html.HtmlElement, url: str, fast: bool = True) -> html.HtmlElement | None:
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


def _verdict(tree: html.HtmlElement | None) -> str | None:
    """Trafilatura's text as :func:`compact` text, normalised as :func:`clean_text` does."""
    if tree is None:
        return None
    text = compact(strip_invisible(unicodedata.normalize("NFC", "".join(tree.itertext()))))
    return text or None


def trafilatura_body(root: html.HtmlElement, url: str) -> BodySource:
    """Generic path: trafilatura's main-text tree, or a container/paragraph fallback."""
    with _without_discarded(root):
        tree = _trafilatura_tree(root, url)
        if tree is None or _text_dump(tree):
            # fast mode found no article and fell back to a dump of the page's text: let the full
            # cascade (readability and jusText as second opinions) try, on these few pages only
            second = _trafilatura_tree(root, url, fast=False)
            tree = second if second is not None else tree
    if tree is not None and len(" ".join(tree.itertext()).strip()) >= 80:
        generic = BodySource(generic=tree, method="trafilatura", generic_blocks=render_blocks(tree, url))
        return _refine(root, generic, url) or generic
    for selector in _GENERIC_CONTAINERS:
        found = select(root, selector)
        if found and len(found[0].text_content().strip()) >= 200:
            return BodySource(roots=[found[0]], method="container")
    body = root.find("body")
    if body is not None:
        return BodySource(roots=[body], method="paragraphs")
    return BodySource()


def _refine(root: html.HtmlElement, generic: BodySource, base: str) -> BodySource | None:
    """Prefer the DOM container of trafilatura's text when it holds the same text and little more.

    Trafilatura's fast mode drops text that sits directly in a ``<div>`` between ``<br>`` tags
    (old WebSoziCMS bodies), typically the first paragraph. Reading the container ourselves keeps
    it, and lets the DOM-based cleaning (widgets, image captions) apply as on the selector path.
    """
    blocks = generic.generic_blocks or []
    container = locate_container(root, blocks)
    if container is None:
        return None
    wanted = [compact(b.text) for b in blocks]
    total = sum(map(len, wanted)) or 1
    article = next((a for a in (container, *container.iterancestors()) if a.tag == "article"), None)
    if article is not None:
        # the whole <article>: header lead, event details and body, which trafilatura may split
        found = compact_text(render_blocks(article, base))
        covered = sum(len(w) for w in wanted if w in found)
        if covered / total >= 0.8 and len(found) <= 2.5 * total + 1500:
            return BodySource(roots=[article], method="article", verdict=compact_text(blocks))
    own = render_blocks(container, base)
    found = compact_text(own)
    covered = sum(len(w) for w in wanted if w in found)
    generic_text = "".join(wanted)
    missed = [b for b in own if len(b.text) >= 60 and compact(b.text) not in generic_text]
    # only when trafilatura lost real text that the container has, and the container is not a page
    if missed and covered / total >= 0.8 and len(found) <= 1.6 * total + 600:
        return BodySource(roots=[container], method="container", verdict=compact_text(blocks))
    big_own = sum(1 for b in own if len(b.text) >= 60)
    big_generic = sum(1 for b in blocks if len(b.text) >= 60)
    # (the paragraph count guards against a run-together teaser block "covering" the whole text;
    # counted over prose, since the long lines trafilatura took around a short article — the
    # breadcrumb, the address box, the footer — are no paragraphs the container could lack)
    prose_own, prose_generic = _prose_count(own), _prose_count(blocks)
    if (
        len(found) < total
        and covered / total >= 0.6
        and (big_own >= 0.6 * big_generic or (prose_generic and prose_own >= 0.8 * prose_generic))
        and container.tag != "p"
    ):
        # trafilatura took navigation or sidebar lines around the article (old table layouts):
        # the container holds the article's paragraphs and less of everything else
        return BodySource(roots=[container], method="container")
    return None


def _prose_count(blocks: list[Block]) -> int:
    """Paragraphs of running text: long blocks ending like a sentence."""
    return sum(1 for b in blocks if len(b.text) >= 60 and b.text.rstrip()[-1:] in PROSE_END)


def compact_text(blocks: list[Block]) -> str:
    return "".join(compact(b.text) for b in blocks)


MAX_BLOCKS = 3000  # no press release has more paragraphs; bounds the cleaning work on huge pages


def body_blocks(source: BodySource, base: str) -> list[Block]:
    """Blocks of the body in reading order (at most :data:`MAX_BLOCKS`)."""
    if source.generic is not None:
        if source.generic_blocks is None:
            source.generic_blocks = render_blocks(source.generic, base)
        return source.generic_blocks[:MAX_BLOCKS]
    blocks: list[Block] = []
    for body_root in source.roots:
        blocks.extend(render_blocks(body_root, base))
    if source.verdict:
        blocks = _judge(blocks, source.verdict)
    return blocks[:MAX_BLOCKS]


_LABEL_LINE = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?: [\w.-]+){0,2}:\s*\S")


def _judge(blocks: list[Block], verdict: str) -> list[Block]:
    """The blocks trafilatura kept (multi-line blocks line by line), plus what it dropped above
    its first paragraph that reads like article text: a lead paragraph, a details list ("Datum: …")
    — trafilatura reads the body element and leaves out the article header around it. Nothing is
    recovered between or after its paragraphs: that is where captions, galleries and teasers live."""
    judged: list[Block | None] = [_kept_part(b, verdict) for b in blocks]
    first = next((i for i, b in enumerate(judged) if b is not None), None)
    if first is None:
        return blocks
    out = [block for block in blocks[:first] if _article_like(block)]
    out += [kept for kept in judged[first:] if kept is not None]
    return out


def _kept_part(block: Block, verdict: str) -> Block | None:
    if compact(block.text) in verdict:
        return block
    if "\n" not in block.text:
        return None
    lines = [line for line in block.text.split("\n") if compact(line) in verdict]
    if not lines:
        return None
    return Block(text="\n".join(lines), kind=block.kind, links=block.links)


def _article_like(block: Block) -> bool:
    text = block.text
    linked = sum(len(t) for _, t in block.links)
    if linked > 0.2 * len(text):
        return False
    if block.kind == "p" and len(text) >= 80 and text.rstrip()[-1:] in PROSE_END:
        return True
    return len(text) < 200 and "\n" not in text and bool(_LABEL_LINE.match(text))


def generic_image_sources(source: BodySource) -> list[str]:
    """Image URLs trafilatura kept in its main text (used to pick captions from the DOM)."""
    if source.generic is None:
        return []
    return [g.get("src") or "" for g in source.generic.iter("graphic") if g.get("src")]


def locate_container(root: html.HtmlElement, blocks: list[Block]) -> html.HtmlElement | None:
    """The DOM element around trafilatura's first paragraph (to find the article's images).

    One XPath text search, done in C: the first 40 characters of the first long prose block are
    looked up among the page's text nodes; the block-level parent of the hit, one level up, is the
    container. (Prose: a footer line such as "zuletzt geändert … | Webmaster: …" that trafilatura
    kept above the article would lead to the page footer.)
    """
    prose = [b for b in blocks if len(b.text) >= 60 and b.text.rstrip()[-1:] in PROSE_END]
    for block in prose[:3] or [b for b in blocks[:3] if len(b.text) >= 60]:
        snippet = block.text[:40]
        if "'" in snippet and '"' in snippet:
            continue
        try:
            # (in the body: a long headline ending in "?" is also the <title> text, in the head)
            hits = root.xpath("//body//text()[contains(., $s)]", s=snippet)
        except Exception:  # odd characters in the snippet: no container, no images
            return None
        if not hits:
            continue
        node = hits[0].getparent()
        while node is not None and node.tag not in ("p", "div", "td", "section", "article", "li"):
            node = node.getparent()
        if node is not None and node.tag == "p" and node.getparent() is not None:
            node = node.getparent()
        return node if node is not None and node.tag not in ("body", "html") else None
    return None
