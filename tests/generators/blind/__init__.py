"""Blind replica sites: five German political/municipal sites written without looking at the crawler.

Each site models a real CMS template family as it is found on German political and municipal
websites; none was written with the crawler's code in view or adjusted to a crawl of it::

    www.nahverkehr-hellweg.test          TYPO3 12 with tx_news and the Bootstrap Package: speaking
                                         URLs (/aktuelles/pressemitteilungen/detail/slug), old
                                         ?tx_news_pi1[news]=…&cHash= links in body texts, print
                                         view ?type=98, mega menu with descriptions, topic cards on
                                         article pages, seo sitemap index, tx_news RSS
    www.spd-kreistagsfraktion-borkenau.test  hand-made table layout in ISO-8859-1 (only a <meta
                                         http-equiv>), pressemitteilung.php?id=N (&jahr= from the
                                         yearly archives, &druck=1 print copies), <br> contact lines,
                                         "Weitere Pressemitteilungen" on every release; no feed, no
                                         sitemap
    www.gruene-kirchberg-ems.test        WordPress with the Sunflower theme: /slug/ permalinks, ?p=N
                                         shortlinks (301), category/tag/author/date archives, /feed/,
                                         wp-sitemap.xml, Jetpack related posts, comments with
                                         ?replytocom= links, utm-tagged newsletter links
    www.auenbrueck.test                  municipal portal ("Stadtportal"): ID-based press releases
                                         with AMP (/amp) and print (?druck=1) copies, a Rathaus mega
                                         menu of some 200 links, a site search, an event calendar
                                         whose month pages go on for years (trap)
    www.cdu-wendhausen.test              Drupal 10 (Olivero): pathauto aliases that also answer at
                                         /node/N, views listings with ?page=N, /taxonomy/term/N,
                                         event nodes (Termine) that are announcements, calendar month
                                         views (trap), /rss.xml

``blind`` is the first night, ``blind_changed`` the next day (per site two new
announcements, one edited, one removed with 404). ``_truth.json`` has the held-out format; the
changed state adds ``changes`` (``added``, ``edited``, ``removed``).

Usage::

    python -m tests.generators blind            # rewrite tests/fixtures/sites/blind{,_changed}
    python -m tests.generators --check blind    # exit 1 if the committed trees differ
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.blind.city import build_city
from tests.generators.blind.dr import build_dr
from tests.generators.blind.kt import build_kt
from tests.generators.blind.site import BLIND, BLIND_CHANGED, TODAY, TOMORROW, Host, write_host
from tests.generators.blind.wp import build_wp
from tests.generators.blind.zv import build_zv

__all__ = ["BLIND", "BLIND_CHANGED", "BUILDERS", "TODAY", "TOMORROW", "generate", "write"]

# ================================================================================================
# entry points
# ================================================================================================
BUILDERS = (build_zv, build_kt, build_wp, build_city, build_dr)


def generate(first: Path = BLIND, second: Path = BLIND_CHANGED) -> dict[str, tuple[Host, Host]]:
    out = {}
    for build in BUILDERS:
        night1, night2 = build(1), build(2)
        write_host(night1, first / night1.name)
        write_host(night2, second / night2.name, previous=night1)
        out[night1.name] = (night1, night2)
    return out


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: both nights of the five blind sites (``first``, ``second``)."""
    nights = generate(outputs["first"], outputs["second"])
    return {name: {"template": one.truth["template"]} for name, (one, _) in nights.items()}
