"""What the extraction rule tests share: an article page of a WebSozi-like party site around a body
(``tests/test_extraction_robustness.py``, ``tests/test_extraction_body.py``)."""

from __future__ import annotations

from pathlib import Path

URL = "https://www.spd-kleve.de/2015/07/10/integrationszentrum/"
FIXTURES = Path(__file__).parent / "fixtures" / "pages" / "seed"
PARAGRAPH = (
    "Die SPD-Fraktion fordert ein Kommunales Integrationszentrum für den Kreis Kleve und seine Städte."
)


def article(inner: str, title: str = "Integrationszentrum jetzt") -> str:
    return (
        f"<html><head><title>{title} - SPD Kleve</title></head><body><nav><a href='/'>Start</a></nav>"
        f"<div class='entry-content'><h1>{title}</h1>{inner}</div><footer>Impressum</footer></body></html>"
    )


BODY = {"body": "div.entry-content"}
