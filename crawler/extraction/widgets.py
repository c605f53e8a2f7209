"""Structural boilerplate removal: the widgets inside an article's container, by element.

Profile selectors and class names catch what is marked up as a widget: navigation, forms and
share, comment or related-posts boxes (``share``, ``kommentare``, ``related``…). What small CMS
installs print as ordinary paragraphs is recognised by its wording instead
(``crawler.extraction.cleaning``). Contact boxes are widgets too, but their text is kept for
``contacts``.
"""

from __future__ import annotations

import re

from lxml import html

from crawler.extraction.dom import attr_lower, drop, lines_of

_WIDGET_CLASS = re.compile(
    r"(?<![a-z])(?:share|sharing|shariff|social|socials|socialmedia|print|printlink|drucken|empfehlen|"
    r"comments?|kommentare?|respond|related|verwandt|cookies?|consent|newsletter|breadcrumbs?|"
    r"pagination|pager|skiplinks?|skip-links?|sr-only|screen-reader-text|visually-hidden|tagcloud|"
    r"tags|back-to-top|totop|to-top|nach-oben|seitenanfang|author-box|banner|advert|werbung|"
    r"wp-block-buttons|sharedaddy|addtoany|a2a_kit|rubrik|kategorie|category|backlink|servicebar|"
    r"news-latest|weitere)(?![a-z:])"
)
_WIDGET_TAGS = ("nav", "aside", "form", "footer", "button", "select", "input", "textarea", "menu")


_CONTACT_CLASS = re.compile(
    r"(?<![a-z])(?:contact|kontakt|ansprechpartner\w*|vcard|author-info|pressekontakt)(?![a-z])"
)


def find_widgets(root: html.HtmlElement) -> tuple[list[html.HtmlElement], list[str]]:
    """Navigation, forms and share/comment/related widgets inside the body container, and the
    texts of the contact boxes among them (they feed ``contacts``, not the body).

    An element holding most of the container's text is never a widget, whatever its class says:
    some themes wrap the whole article in ``<div class="social-wrapper">``. Nor is an
    ``<article>`` or the element holding the page's ``<h1>``: WordPress's ``post_class()`` gives
    every post ``category-…`` and ``tag-…`` classes.
    """
    total = len(root.text_content()) or 1
    doomed: list[html.HtmlElement] = []
    boxes: list[str] = []
    for element in root.iterdescendants():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        tag = tag.lower()
        if tag not in _WIDGET_TAGS and not (element.get("class") or element.get("id")):
            continue  # nothing for the class patterns to match
        if _CONTACT_CLASS.search(attr_lower(element)) and len(element.text_content()) < 600:
            if not any(element in d.iterdescendants() for d in doomed):
                boxes.append("\n".join(lines_of(element)))  # a line per <br> or block
            doomed.append(element)
            continue
        if tag in _WIDGET_TAGS or _WIDGET_CLASS.search(attr_lower(element)):
            if tag == "article" or next(element.iter("h1"), None) is not None:
                continue  # the post itself (WordPress post_class() says "category-presse tag-schule")
            size = len(element.text_content())
            if size < 500 or size < 0.5 * total:
                doomed.append(element)
    return doomed, boxes


def remove_widgets(
    root: html.HtmlElement, found: tuple[list[html.HtmlElement], list[str]] | None = None
) -> list[str]:
    """Drop the widgets of :func:`find_widgets` (or those ``found`` before); return the contact
    box texts."""
    doomed, boxes = found if found is not None else find_widgets(root)
    for element in doomed:
        if element.getparent() is not None:
            drop(element)
    return boxes
