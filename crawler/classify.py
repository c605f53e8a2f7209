"""Page classification for sites without URL rules: announcement, listing or other.

A profiled CMS family says by URL what an article is. For a site nobody profiled, the page itself
has to tell: an announcement has a title, a publication date and a body of running text; a
listing shows many dated teasers linking to pages of one URL shape; everything else (Impressum,
Datenschutz, Kontakt, Mitglied werden, galleries, contact forms) is *other* and never stored.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin

from parsel import Selector

from crawler.items import Announcement
from crawler.sites import FamilyProfile
from crawler.urls import same_site, url_shape

OTHER_WORDS = re.compile(
    r"\b(impressum|datenschutz\w*|kontakt(formular)?|mitglied werden|mitmachen|spenden|login|anmelden|"
    r"suche|sitemap|barrierefreiheit|cookie\w*|newsletter|presseverteiler)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b")
_LISTING_URL = re.compile(
    r"/(tag|tags|schlagwort|category|kategorie|rubrik|author|autor|page|seite|archiv|archive)(/|$)|"
    r"[?&](page|seite|paged|p|pointer|tx_ttnews%5Bpointer%5D|tx_ttnews\[pointer\])=\d+",
    re.IGNORECASE,
)
MIN_BODY_CHARS = 250


def is_legal_or_contact(url: str, title: str | None) -> bool:
    path = re.sub(r"[-_/]+", " ", url.split("?", 1)[0].lower())
    return bool(OTHER_WORDS.search(path) or (title and OTHER_WORDS.fullmatch(title.strip().lower())))


def teaser_links(sel: Selector, page_url: str) -> Counter[str]:
    """Shapes of same-site links that look like teasers (a headline-length link text)."""
    shapes: Counter[str] = Counter()
    for link in sel.css("a[href]"):
        text = " ".join(link.css("::text").getall()).strip()
        href = link.attrib["href"]
        if len(text) < 20 or href.startswith(("#", "mailto:", "javascript:")):
            continue
        target = urljoin(page_url, href)
        if same_site(target, page_url):
            shapes[url_shape(target)] += 1
    return shapes


def classify(sel: Selector, url: str, item: Announcement | None) -> str:
    """``announcement``, ``listing`` or ``other`` for a page of an unprofiled site."""
    title = item.title if item else None
    if is_legal_or_contact(url, title):
        return "other"
    if _LISTING_URL.search(url):
        return "listing"
    body = sel.css("body").xpath("string()").get() or ""
    dates = len(_DATE.findall(body))
    shapes = teaser_links(sel, url)
    repeated = max(shapes.values(), default=0)
    text = item.text if item else ""
    if item and item.published and len(text) >= MIN_BODY_CHARS and not (dates >= 4 and repeated >= 4):
        return "announcement"
    if repeated >= 3 or dates >= 3:
        return "listing"
    return "other"


def detect_family(body: bytes, families: dict[str, FamilyProfile]) -> str | None:
    """The known CMS family whose fingerprint occurs in the page, if any."""
    head = body[:200_000].decode("utf-8", "replace")
    for family in families.values():
        if family.id != "generic" and any(f and f in head for f in family.fingerprints):
            return family.id
    return None
