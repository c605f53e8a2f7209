"""The profile loader accepts exactly the documented keys (docs/adding-a-site.md): a misspelt key
is a one-line error naming it, and every documented selector reaches extraction."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.sites import ProfileError, parse_site

BASE = {"id": "beispiel", "name": "Beispiel", "family": "generic", "start_urls": ["https://example.org/"]}

PAGE = """<html><head><title>Sozialkonferenz im Kreishaus</title></head><body>
<article><h1>Sozialkonferenz im Kreishaus</h1>
<p>Die Fraktion lädt alle Bürgerinnen und Bürger zur Sozialkonferenz in das Kreishaus ein. Es geht
um die Pflege, um Kitas und um bezahlbares Wohnen im ganzen Kreis, und jede Stimme zählt dabei.</p>
<p>Die Konferenz beginnt um 18 Uhr im großen Sitzungssaal; der Eintritt ist frei, eine Anmeldung
ist nicht nötig. Im Anschluss gibt es Gelegenheit zum Gespräch mit den Abgeordneten der Fraktion.</p>
</article>
<aside class="kontakt">Maria Muster<br>Fraktionsgeschäftsstelle<br>maria.muster@example.org</aside>
</body></html>"""


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({**BASE, "feed": ["https://example.org/rss"]}, "feed"),
        ({**BASE, "urls": {"articles": ["/presse/"]}}, "articles"),
        ({**BASE, "selectors": {"headline": "h1"}}, "headline"),
    ],
)
def test_an_unknown_key_is_an_error_naming_it(data, named):
    with pytest.raises(ProfileError, match=f"unknown .*'{named}'"):
        parse_site(data)


def test_the_contact_selector_is_accepted_and_read_for_contacts():
    profile = parse_site({**BASE, "selectors": {"contact": "aside.kontakt"}})
    record = extract(PAGE, "https://example.org/presse/konferenz", selectors=profile.selectors)
    assert "maria.muster@example.org" in [c.email for c in record.contacts]
