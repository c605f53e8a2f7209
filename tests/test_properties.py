"""Property tests and a bounded fuzz run (issue 13): URL canonicalisation, German date parsing and
charset decoding hold their promises on arbitrary input; page reading and extraction never crash
on mutated real pages. Pages that once broke them live in ``tests/regressions/fuzz/``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extraction import extract
from crawler.extraction.encoding import decode_html
from crawler.extraction.german_dates import find_dates, first_date, parse_date_value
from crawler.reading.page import read_page
from crawler.sites import adhoc_profile
from crawler.urls import canonicalize, url_key, url_shape

REPO = Path(__file__).resolve().parents[1]
REGRESSIONS = REPO / "tests" / "regressions" / "fuzz"
SEED_PAGES = sorted((REPO / "tests" / "fixtures" / "pages" / "seed").glob("*.html"))
PROFILE = adhoc_profile("http://www.beispiel.de/")

url_parts = st.sampled_from(
    ["http://", "https://", "HTTP://", "ftp://", "", "//", "mailto:", "javascript:", "file:///", "data:,"]
)
hosts = st.sampled_from(
    ["www.x.de", "X.DE", "amp.x.de", "[::1]", "[::1", "127.0.0.1", "x.de:8080", "x.de:99999", "x.de:", "ä.de"]
)
tails = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["/a/?utm_source=x", "/a/;jsessionid=1", "/a/#f", "/a/amp/", "/?a=1&amp;b=2", "/index.php?id=1&cHash=x"]
)
urls = st.builds(lambda a, b, c: a + b + c, url_parts, hosts, tails) | st.text(max_size=60)


@given(urls)
@settings(max_examples=400, deadline=None)
def test_canonicalize_never_raises_and_is_idempotent(url):
    once = canonicalize(url)
    assert canonicalize(once) == once
    assert url_key(once) == url_key(url)
    url_shape(once)


@given(urls)
@settings(max_examples=200, deadline=None)
def test_canonical_urls_keep_their_host(url):
    once = canonicalize(url)
    if once.startswith(("http://", "https://")) and "[" in once:
        assert "]" in once  # an IPv6 literal keeps its brackets


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2049, 12, 31)))
def test_german_numeric_dates_parse_back(day):
    for text in (f"{day.day}.{day.month}.{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}"):
        assert first_date(f"Kleve, {text} – Der Kreistag tagt.") == day
    assert parse_date_value(day.isoformat()) == day


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_german_date_parsing_never_raises(text):
    list(find_dates(text))
    first_date(text)
    parse_date_value(text)


german_text = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz äöüÄÖÜß„“–€.,!?\n")), max_size=300
)


@given(
    german_text,
    st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1"]),
)
@settings(max_examples=300, deadline=None)
def test_valid_utf8_always_decodes_to_itself(text, content_type):
    html = f"<html><body><p>{text}</p></body></html>"
    assert decode_html(html.encode("utf-8"), content_type) == html


# German text with at least 8 umlauts, built rather than filtered (a filter rejected too often).
umlaut_text = st.tuples(
    german_text, st.text(alphabet=st.sampled_from(list("äöüÄÖÜß")), min_size=8, max_size=20)
).map(lambda parts: parts[1][:4] + parts[0] + parts[1][4:])


@given(umlaut_text, st.data())
@settings(max_examples=200, deadline=None)
def test_a_few_bad_bytes_in_utf8_are_replaced_where_they_are(text, data):
    raw = f'<html><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'.encode()
    at = data.draw(st.integers(min_value=60, max_value=len(raw) - 20))
    while 0x80 <= raw[at] < 0xC0:  # not inside a multi-byte character
        at -= 1
    broken = raw[:at] + b"\xff" + raw[at:]
    decoded = decode_html(broken)
    assert decoded == raw[:at].decode() + "\ufffd" + raw[at:].decode()


@given(
    st.binary(max_size=2000), st.sampled_from([None, "text/html; charset=utf-8", "text/html; charset=foo"])
)
@settings(max_examples=300, deadline=None)
def test_decoding_never_raises(body, content_type):
    assert isinstance(decode_html(body, content_type), str)


def _mutations():
    pages = [p.read_bytes() for p in SEED_PAGES]
    chunks = st.sampled_from(
        [
            b"<div>" * 300,
            b"</",
            b"<a href='http://[::1'>",
            b"\xff\xfe",
            b"<base href='file:/'>",
            b"<!--",
            b"<![CDATA[",
            b"&#x110000;",
            b"\x00",
            b"<script>",
            b"<meta charset=utf-16>",
            b"<title>",
            b"]]>",
            b"<p>" * 50,
            b"<html>",
        ]
    )

    @st.composite
    def mutated(draw):
        page = bytearray(draw(st.sampled_from(pages)))
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(page)))
            action = draw(st.integers(0, 2))
            if action == 0:
                page[at:at] = draw(chunks)
            elif action == 1:
                del page[at : at + draw(st.integers(1, 400))]
            else:
                page[at:at] = draw(st.binary(min_size=1, max_size=20))
        return bytes(page)

    return mutated()


@pytest.mark.skipif(not SEED_PAGES, reason="no seed pages")
@given(_mutations(), st.sampled_from([None, "text/html; charset=utf-8", "text/html; charset=iso-8859-1"]))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
def test_fuzz_reading_and_extraction_of_mutated_real_pages(page, content_type):
    _read_and_extract(page, content_type)


def _read_and_extract(page: bytes, content_type: str | None) -> None:
    url = "http://www.beispiel.de/presse/meldung.html"
    reading = read_page(
        page, url, content_type, PROFILE, announcement=True, classify_page=True, fetched="2024-01-01"
    )
    assert reading.item is None or reading.item.problem != "extraction/error"
    item = extract(page, url, content_type=content_type)
    assert item.problem != "extraction/error", "extraction raised inside (see the log)"
    assert all(re.match(r"^[a-z][a-z0-9+.-]*:", link) for link in reading.facts.links)


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.html")), ids=lambda p: p.name)
def test_fuzz_regressions(path):
    _read_and_extract(path.read_bytes(), None)


# -- the query translator -----------------------------------------------------------------------
# Queries built from the pieces of the query language (words, operators, quotes, brackets, prefixes).
_query_text = st.lists(
    st.sampled_from(
        ["Kreistag", "Straße", "Grüne", "ab", "OR", "NOT", "AND", "-", '"', "(", ")", "*", " ", "-Ruhr"]
    ),
    max_size=12,
).map("".join)


@pytest.fixture(scope="module")
def fts5_table():
    import sqlite3

    con = sqlite3.connect(":memory:")
    # the columns of the German index (storage.search_index): phrases name title, lead and text
    con.execute(
        "create virtual table t using fts5(title, lead, text, tags, parts, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    con.execute("insert into t values ('kreistag', '', 'kreistag strass', 'any_doc', 'strass')")
    yield con
    con.close()


@given(st.one_of(_query_text, st.text(max_size=40)))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_query_is_a_clear_error_or_a_valid_fts5_expression(fts5_table, text):
    """Whatever an analyst types: a QueryError (one clear line) or an expression FTS5 accepts."""
    from storage.query import QueryError, parse

    message: str | None
    try:
        query = parse(text)
    except QueryError as exc:
        message = str(exc)
    else:
        message = None
    if message is not None:
        assert message
        assert "\n" not in message
        return
    expression = query.fts5()
    if expression is None:
        return
    fts5_table.execute("select count(*) from t where t match ?", (expression,)).fetchone()
    assert query.tsquery()  # the PostgreSQL form exists for the same tree
