"""htmldate, the last stage of the date cascade: its call, and its parser made for the languages
of the archive's pages."""

from __future__ import annotations

import copy
import logging
from functools import lru_cache

from lxml import html

LOGGER = logging.getLogger(__name__)


def htmldate_value(root: html.HtmlElement, url: str, max_date: str, extensive: bool) -> str | None:
    """htmldate's publication date of the page (ISO), from its markup and URL only, or with
    ``extensive`` from any date in the text; ``None`` when it finds none or fails (a heuristic
    library must never break extraction). The tree is copied: htmldate prunes what it reads."""
    try:
        from htmldate import find_date

        htmldate_in_german_and_english()
        value = find_date(
            copy.deepcopy(root), extensive_search=extensive, original_date=True, url=url, max_date=max_date
        )
    except Exception as exc:
        LOGGER.debug("htmldate failed on %s: %s", url, exc)
        return None
    return value if isinstance(value, str) else None


@lru_cache(maxsize=1)
def htmldate_in_german_and_english() -> None:
    """htmldate's last resort hands strings to dateparser with every one of its ~200 locales,
    which it builds on first use: 1.5 s of CPU per process before a single date. The archive's
    pages are German (a few English), so htmldate's parser is made with the same settings for
    those two languages (0.2 s). htmldate looks the parser up through its module at each call."""
    from dateparser import DateDataParser
    from htmldate import extractors

    parser = DateDataParser(
        languages=["de", "en"],
        settings={
            "NORMALIZE": True,
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )
    extractors.get_external_parser = lambda: parser  # type: ignore[assignment]  # (lru_cache'd there)
