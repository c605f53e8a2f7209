"""URL canonicalisation: one announcement, one key, however it was reached.

The archive keys announcements by canonical URL. Tracking and session parameters, fragments,
default ports and HTML-escaped ampersands (``&amp;`` copied from page sources) must not create a
second record of the same page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DROP_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|"
    r"phpsessid|sid|sessionid|jsessionid|replytocom|share|print|amp|output)$",
    re.IGNORECASE,
)


def canonicalize(url: str) -> str:
    """A stable form of ``url``: lower-case host, no fragment, no tracking/session parameters."""
    url = url.strip().replace("&amp;", "&")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = re.sub(r";jsessionid=[^/?]*", "", parts.path, flags=re.IGNORECASE) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    return urlunsplit((scheme, host, path, urlencode(query, safe="[]/:,"), ""))


def canonical_from_page(page_url: str, declared: str | None) -> str:
    """The page's ``rel=canonical`` when it points to the same site, else the page URL."""
    if declared:
        target = urljoin(page_url, declared.strip())
        if _site(target) == _site(page_url):
            return canonicalize(target)
    return canonicalize(page_url)


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
