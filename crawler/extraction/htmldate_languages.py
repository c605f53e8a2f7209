"""htmldate's last-resort date parser, made for the languages of the archive's pages."""

from __future__ import annotations

from functools import lru_cache


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
