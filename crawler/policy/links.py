"""Which links a crawl follows, and which refusals it records: one judgement per link.

Every link of every page comes through here. A link is not followed for a *rule* (another
scheme, another host, the profile's deny list, a calendar far in the future, no URL rule of the
site's CMS family wants it), counted per rule in the run's figures (``skipped/<rule>``); some of
those are worth a recorded failure too (``blocked/scheme`` for a ``file:`` or ``ftp:`` link,
``blocked/private-address`` for a public site linking into a private network: no SSRF). Both
come from the same verdict, memoised per URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from crawler.policy import netguard
from crawler.policy.traps import far_future
from crawler.reading import classify
from crawler.sites import SiteProfile

# Link schemes that are no page to fetch and nothing to report (mail, phone, scripts).
NOT_PAGES = frozenset({"", "mailto", "tel", "javascript", "sms", "fax", "callto", "skype", "whatsapp"})
_MEMO_LIMIT = 200_000


@dataclass(frozen=True)
class LinkVerdict:
    skip: str | None  # the rule that skips the link (counted), None: follow it
    refusal: str | None = None  # a reason to record the link as a failure (once per URL)


FOLLOW = LinkVerdict(None)


class LinkRules:
    """The link rules of one site as the crawl knows it (its profile may gain a CMS family)."""

    def __init__(self, profile: SiteProfile, *, adhoc: bool, today: date) -> None:
        self.profile = profile
        self.adhoc = adhoc
        self.today = today
        self.domains = frozenset(profile.domains)
        # A site that itself lives on a loopback or private address: links there are its own.
        self.private_site = any(netguard.private_host(urlsplit(u).hostname) for u in profile.start_urls)
        self._memo: dict[tuple[str, bool], LinkVerdict] = {}

    def with_profile(self, profile: SiteProfile) -> LinkRules:
        """The same rules for a changed profile (a CMS family recognised, or dropped)."""
        return LinkRules(profile, adhoc=self.adhoc, today=self.today)

    def judge(self, url: str, from_sitemap: bool = False) -> tuple[LinkVerdict, bool]:
        """The link's verdict, and whether this is the first time it was judged (count it then)."""
        key = (url, from_sitemap)
        verdict = self._memo.get(key)
        if verdict is not None:
            return verdict, False
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        verdict = self._memo[key] = self._verdict(url, from_sitemap)
        return verdict, True

    def same_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return not self.domains or host in self.domains

    def _verdict(self, url: str, from_sitemap: bool) -> LinkVerdict:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return LinkVerdict("scheme", None if parts.scheme in NOT_PAGES else "blocked/scheme")
        if not self.same_host(url):
            private = not self.private_site and netguard.private_host(parts.hostname)
            return LinkVerdict("offsite", "blocked/private-address" if private else None)
        if self.profile.is_denied(url):
            return LinkVerdict("denied")
        if far_future(url, self.today):
            return LinkVerdict("far-future")
        if self.adhoc:
            return LinkVerdict("legal-or-contact") if classify.is_legal_or_contact(url, None) else FOLLOW
        if self.profile.is_article(url) or (not from_sitemap and self.profile.is_listing(url)):
            return FOLLOW
        return LinkVerdict("no-rule")
