"""URL canonicalisation and URL shapes: one announcement, one key, however it was reached.

Two different things are derived from a URL:

* :func:`canonicalize` gives a clean, still clickable URL (no fragment, no tracking or session
  parameters, no AMP/print variant marker, ``&amp;`` unescaped);
* :func:`url_key` gives the identity used to deduplicate: additionally without scheme, ``www.``
  and trailing slash, so ``http://www.x.de/a/`` and ``https://x.de/a`` are one announcement.

:func:`url_shape` abstracts a URL to its pattern (digits and query values removed) so the
crawler can notice an endless link space such as a calendar that always links to next month.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DROP_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|"
    r"mtm_[a-z]+|pk_(?:campaign|kwd|keyword|source|medium|content|cid)|"  # Matomo campaigns
    r"phpsessid|sid|sessionid|jsessionid|replytocom|share|print|amp|output|noamp|_ga)$",
    re.IGNORECASE,
)
# Parameters that never identify a page, only how it was reached (TYPO3 tt_news adds archive
# year/month and a back-link page; cHash is a checksum over the other parameters).
_KEY_NOISE = re.compile(r"^(cHash|tx_ttnews\[(year|month|day|backPid)\])$")
_AMP_SUFFIX = re.compile(r"/(amp|print|drucken)/?$", re.IGNORECASE)
_HOST = re.compile(r"^(?:[\w.~%!$&'()*+,;=-]+|\[[0-9a-f:.]+(?:%[\w.~-]+)?\])$")
_SESSION_IN_PATH = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.IGNORECASE)


@lru_cache(maxsize=65536)
def canonicalize(url: str) -> str:
    """A stable, clickable form of ``url`` (see module docstring); ``""`` for a URL that cannot be
    parsed at all (a broken IPv6 literal, a port out of range): no URL, nothing to request."""
    try:
        return _canonicalize(url) if url.strip() else ""
    except ValueError:
        return ""


def _canonicalize(url: str) -> str:
    url = url.strip().replace("&amp;", "&")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host.startswith("amp."):
        host = host[4:]
    port = parts.port
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    if host and not _HOST.match(host):
        return ""  # "http://[::1]@]": no host a request could go to
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = _SESSION_IN_PATH.sub("", parts.path) or "/"
    if path != "/" and _AMP_SUFFIX.search(path):
        path = _AMP_SUFFIX.sub("/", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    return urlunsplit((scheme, host, path, urlencode(query, safe="[]/:,"), "")).strip()


@lru_cache(maxsize=65536)
def url_key(url: str) -> str:
    """The deduplication identity of a URL: canonical, without scheme, ``www.`` and trailing ``/``."""
    parts = urlsplit(canonicalize(url))
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _KEY_NOISE.match(k)]
    return host + path + ("?" + urlencode(query, safe="[]/:,") if query else "")


def canonical_from_page(page_url: str, declared: str | None) -> str:
    """The page's ``rel=canonical`` when it points to the same site, else the page URL."""
    if declared:
        target = urljoin(page_url, declared.strip())
        if same_site(target, page_url):
            return canonicalize(target)
    return canonicalize(page_url)


def same_site(a: str, b: str) -> bool:
    return site_of(a) == site_of(b)


@lru_cache(maxsize=65536)
def site_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def url_shape(url: str) -> str:
    """The pattern of a URL: host, path with digit runs as ``#``, sorted query keys without values."""
    parts = urlsplit(url)
    path = _DIGITS.sub("#", parts.path)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{site_of(url)}{path}?{'&'.join(keys)}"
