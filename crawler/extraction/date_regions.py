"""Where on a page a publication date is looked for: the article, not the content beside it.

Comments, related-news lists, sidebars, teasers and the posts of a blog page carry dates of
their own; a date found inside them is not the page's (``crawler.extraction.dates``).
"""

from __future__ import annotations

import re

from lxml import html

from crawler.extraction.dom import attr_lower

_OTHER_CONTENT = re.compile(r"comment|kommentar|related|weitere|latest|sidebar|teaser|widget")
# microdata properties whose item is a part of the page's item, not the page: the posts of a blog
# page (Joomla's blog and featured views), the entries of a list, comments
_PART_PROPERTIES = frozenset(
    {"blogpost", "blogposts", "itemlistelement", "haspart", "comment", "isrelatedto"}
)


def part_item(element: html.HtmlElement) -> bool:
    """A microdata item that is a part of another item (``itemscope itemprop="blogPost"``)."""
    if element.get("itemscope") is None:
        return False
    return any(p in _PART_PROPERTIES for p in (element.get("itemprop") or "").lower().split())


def in_other_content(element: html.HtmlElement) -> bool:
    """Inside a comment, a related-news list, a sidebar or a post of a blog page: its dates belong
    to other content. Only ancestors inside the page's ``<main>`` count: a layout wrapper around
    it (Drupal Olivero's ``sidebar-grid``) does not make the main content a sidebar."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "main" or ancestor.get("role") == "main":
            return False
        if (
            ancestor.tag in ("li", "a", "aside", "nav")
            or _OTHER_CONTENT.search(attr_lower(ancestor))
            or part_item(ancestor)
        ):
            return True
    return False


def other_content_root(element: html.HtmlElement) -> bool:
    return (
        element.tag in ("aside", "nav")
        or part_item(element)
        or bool(_OTHER_CONTENT.search(attr_lower(element)))
    )


def text_without_other_content(root: html.HtmlElement, keep: html.HtmlElement | None) -> str:
    """``root.text_content()`` without the subtrees of other content (teasers, comments, sidebars,
    posts of a blog page) — unless such a subtree holds ``keep``, the article body itself."""
    doomed = [
        el
        for el in root.iterdescendants()
        if isinstance(el.tag, str)
        and other_content_root(el)
        and not (keep is not None and (el is keep or inside(keep, el)))
    ]
    if not doomed:
        return root.text_content()
    skip = set(doomed)
    parts: list[str] = []
    stack: list[html.HtmlElement | str] = [root]  # (no recursion: pages may nest deeply)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if isinstance(item.tag, str) and item.text:
            parts.append(item.text)
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            if child not in skip:
                stack.append(child)
    return "".join(parts)


def page_or(region: html.HtmlElement | None, root: html.HtmlElement) -> html.HtmlElement | None:
    """The article region, else the page body (strong labels only are searched there)."""
    if region is not None:
        return region
    return root.find("body")


def inside(element: html.HtmlElement, ancestor: html.HtmlElement) -> bool:
    return any(a is ancestor for a in element.iterancestors()) or element is ancestor
