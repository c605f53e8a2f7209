"""The article body of a page without a profile selector: the semantic element, else trafilatura.

Why this order: a page that marks its article (``<article>``, ``itemprop=articleBody``,
``<main>``) clearly enough costs trafilatura a read of that element only, and its verdict filters
the element's blocks. Otherwise trafilatura reads the page, and its text is traced back to the
DOM container it came from when that container holds the same text and little more (old layouts
lose their first paragraph in trafilatura's fast mode); the last resorts are the usual content
containers and the whole ``<body>``.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import html

from crawler.extraction.blocks import PROSE_END, Block, compact, render_blocks
from crawler.extraction.body import BodySource
from crawler.extraction.dom import empty_document, select
from crawler.extraction.trafilatura_run import (
    lent,
    taken_out,
    text_dump,
    trafilatura_tree,
    verdict,
    without_discarded,
)
from crawler.extraction.widgets import find_widgets

_GENERIC_CONTAINERS = ("article", "main", "[role=main]", "#content", "#inhalt", "#main", ".content")


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
    with lent(article, scoped[0]), taken_out(widgets[0]), without_discarded(scoped):
        tree = trafilatura_tree(scoped, url)  # (trafilatura copies its input)
    return BodySource(roots=[article], method="semantic", verdict=verdict(tree), widgets=widgets)


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


def trafilatura_body(root: html.HtmlElement, url: str) -> BodySource:
    """Generic path: trafilatura's main-text tree, or a container/paragraph fallback."""
    with without_discarded(root):
        tree = trafilatura_tree(root, url)
        if tree is None or text_dump(tree):
            # fast mode found no article and fell back to a dump of the page's text: let the full
            # cascade (readability and jusText as second opinions) try, on these few pages only
            second = trafilatura_tree(root, url, fast=False)
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
