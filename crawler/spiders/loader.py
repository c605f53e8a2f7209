"""A spider loader that exposes every site profile as a spider name.

Scrapy users expect ``scrapy list`` and ``scrapy crawl <name>``; with per-site knowledge kept in
TOML, the names come from the profiles: one subclass of :class:`ProfileSpider` per profile is
made here at load time, carrying only the profile id.
"""

from __future__ import annotations

from scrapy.spiderloader import SpiderLoader

from crawler.sites import load_sites
from crawler.spiders.profile import ProfileSpider


class ProfileSpiderLoader(SpiderLoader):
    """Scrapy's loader plus one spider per site profile (``scrapy crawl rvr``)."""

    def _load_all_spiders(self) -> None:
        super()._load_all_spiders()
        for site_id in load_sites():
            if site_id in self._spiders:
                continue
            class_name = "".join(part.title() for part in site_id.split("_")) + "Spider"
            self._spiders[site_id] = type(
                class_name, (ProfileSpider,), {"name": site_id, "profile_id": site_id}
            )
