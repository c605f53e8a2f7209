"""Finding the article body: the profile's selector when it matches, else the generic path.

Why this order: a profile selector is exact and costs one CSS query; trafilatura is the best
generic main-text finder we have but is the most expensive step, so the generic path
(``crawler.extraction.generic_body``) only runs when no selector matched (no profile, or a
relaunched site). Both paths end in a :class:`BodySource` and the same block list
(:func:`body_blocks`), so the same cleaning applies to both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import html

from crawler.extraction.blocks import PROSE_END, Block, compact, render_blocks
from crawler.extraction.dom import attr_lower, drop, select, select_all
from crawler.extraction.widgets import remove_widgets


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
