"""Stand-in extractors for developing ``tests/test_corpus.py`` before the real one exists.

    PRESSARCHIVE_EXTRACTOR=tests.corpus_stubs:oracle pytest tests/test_corpus.py    # must pass
    PRESSARCHIVE_EXTRACTOR=tests.corpus_stubs:baseline pytest tests/test_corpus.py  # trafilatura

Neither is an extraction implementation; ``oracle`` echoes the truth of the corpus pages.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from crawler.items import Announcement, Contact, Event, Person
from tests import corpuslib


@cache
def _truth_by_url() -> dict[str, dict[str, Any]]:
    cases = corpuslib.load_cases(corpuslib.LABELLED) + corpuslib.load_cases(corpuslib.HELDOUT)
    return {c.url: c.truth for c in cases}


def oracle(html: str | bytes, url: str, **_: Any) -> Announcement:
    t = _truth_by_url()[url]
    return Announcement(
        url=url,
        title=t["title"],
        published=t["published"],
        text="\n\n".join(t["paragraphs"]),
        people=[Person(**p) for p in t["people"]],
        event=Event(**t["event"]) if t["event"] else None,
        contacts=[Contact(name=c["name"], email=c["email"], phone=c["phone"]) for c in t["contacts"]],
        parties=list(t["parties"]),
        dateline_place=t["dateline_place"],
        dateline_agency=t["dateline_agency"],
    )


def baseline(html: str | bytes, url: str, **_: Any) -> Announcement:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False) or ""
    # trafilatura reads bytes too (load_html), though it annotates str
    meta = trafilatura.extract_metadata(html, default_url=url)  # type: ignore[arg-type]
    return Announcement(
        url=url,
        title=meta.title if meta else None,
        published=meta.date if meta else None,
        text="\n\n".join(line for line in text.splitlines() if line.strip()),
    )
