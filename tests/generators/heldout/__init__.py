"""Held-out replica sites: CMS families and templates the crawler was never tuned on.

``generate.py`` builds the five sites the crawler's development was measured against. These three
are a held-out check of the same acceptance criteria on *unseen* markup, each a realistic replica
of a CMS family common on German political sites::

    www.fdp-altenbruch.test         a) Joomla 3 (Protostar-like) party branch: SEF URLs without
                                       rewriting (/index.php/aktuelles/123-slug), category blog with
                                       ?start=5 pagination, com_content markup with itemprop dates
                                       ("Veröffentlicht: Dienstag, 05. März 2024"), com_tags lists,
                                       print views (?tmpl=component&print=1), the mail-a-friend
                                       form, a JEvents month calendar without end, windows-1252
                                       declared only in a <meta http-equiv> (no charset header),
                                       no rel=canonical anywhere (Joomla's default)
    www.gruene-wesertal.test        b) Drupal 9 county association: path aliases (/presse/slug)
                                       that also answer under /node/123 with rel=canonical, views
                                       listings with relative ?page=1 pagers, <time datetime> in
                                       UTC, taxonomy term pages with their own feeds, printable
                                       views, simple_sitemap's /sitemap.xml, the cookie banner in
                                       drupalSettings JSON, Matomo campaign links, https links
    www.cdu-kreistag-lindenau.test  c) hand-made (Dreamweaver template) press service of a
                                       Kreistag faction: table layout, ISO-8859-1 declared only in
                                       <meta http-equiv>, relative links, datelines
                                       ("Lindenau, 03.05.2016 –") as the only date of a release,
                                       monthly archives (archiv/2016-05.html), static print copies
                                       (-druck.html), an RSS feed with utm links, a PHP calendar
                                       (termine.php?monat=5&jahr=2016) without end

Every site has Impressum, Datenschutz, Kontakt and Mitglied-werden pages, tag or topic listings
re-linking the announcements, print variants, tracking parameters on some links, a robots.txt
``Disallow`` that a link points into, and navigation, footer, sidebar and cookie boilerplate.
``_truth.json`` has the format of ``generate.py``'s (``announcements``, ``non_announcements``,
``variants``, ``disallowed``, ``boilerplate``, ``traps``); there is no second night here.

Usage::

    python -m tests.generators heldout            # rewrite tests/fixtures/sites/heldout
    python -m tests.generators --check heldout    # verify the committed tree is reproduced
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.heldout.base import HELDOUT, HeldoutSite
from tests.generators.heldout.drupal import DrupalSite
from tests.generators.heldout.joomla import JoomlaSite
from tests.generators.heldout.static import StaticSite

__all__ = ["HELDOUT", "SITES", "generate_heldout", "write"]


SITES: tuple[type[HeldoutSite], ...] = (JoomlaSite, DrupalSite, StaticSite)


# ==============================================================================================
# entry points
# ==============================================================================================
def generate_heldout(target: Path) -> dict[str, dict[str, Any]]:
    """Write the held-out sites into ``target``; returns their truth by host."""
    target.mkdir(parents=True, exist_ok=True)
    truths = {}
    for site_class in SITES:
        site = site_class()
        out = site.build()
        out.write(target / site.host)
        truths[site.host] = out.truth
    return truths


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: the three held-out sites (``first``: they have no second night)."""
    return {
        host: {"template": truth["template"]} for host, truth in generate_heldout(outputs["first"]).items()
    }
