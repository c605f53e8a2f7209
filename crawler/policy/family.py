"""A CMS family recognised on a site nobody profiled: a prior, confirmed by the site or dropped.

Other sites share a family's fingerprints (``/wp-content/`` behind other permalinks, an
accessibility link text), so a recognised family only contributes its selectors and deny rules
once they prove themselves: when its listing-entry selector finds a listing's entries, or its
body selector the body of an announcement. When neither happened on the first
``FAMILY_TRIALS`` announcements, the crawl goes on by content alone, and says so. It may add
what the content says, never take it away.
"""

from __future__ import annotations

import logging

from crawler.reading import classify
from crawler.sites import FamilyProfile, SiteProfile, load_families, parse_site

logger = logging.getLogger(__name__)

FAMILY_TRIALS = 5  # announcements whose bodies the family's selectors must find before it is dropped


class FamilyPrior:
    """Detection and confirmation of one crawl's CMS family (``adhoc`` sites only)."""

    def __init__(self, profile: SiteProfile, *, adhoc: bool) -> None:
        self.active = adhoc
        self.family: str | None = None
        self.rejected: str | None = None
        self.confirmed = False
        self.trials = 0
        self._before: SiteProfile = profile
        self._families: dict[str, FamilyProfile] | None = None  # read once per crawl

    def detect(self, body: bytes, profile: SiteProfile) -> SiteProfile | None:
        """The profile with the family's rules, the first time a page shows its fingerprint."""
        if not self.active or self.family or self.rejected:
            return None
        if self._families is None:
            self._families = load_families()
        family = classify.detect_family(body, self._families)
        if family is None:
            return None
        self._before, self.family = profile, family
        logger.info("%s: detected CMS family %s", profile.id, family)
        return parse_site(
            {
                "id": profile.id,
                "name": profile.name,
                "family": family,
                "start_urls": list(profile.start_urls),
                "domains": list(profile.domains),
                "feeds": list(profile.feeds),
                "sitemaps": list(profile.sitemaps),
            }
        )

    def listing_entries_found(self) -> None:
        """The family's listing-entry selector found a listing's entries: it stays."""
        self.confirmed = True

    def announcement_read(self, body_method: str | None) -> SiteProfile | None:
        """After an announcement: the profile to fall back to when the family is dropped now."""
        if self.family is None or self.confirmed:
            return None
        if body_method == "selector":
            self.confirmed = True
            return None
        self.trials += 1
        if self.trials < FAMILY_TRIALS:
            return None
        logger.warning(
            "%s: CMS family %s recognised by its fingerprint, but its selectors found neither a "
            "listing's entries nor the bodies of %d announcements: crawling by content alone",
            self._before.id,
            self.family,
            self.trials,
        )
        self.rejected, self.family = self.family, None
        return self._before
