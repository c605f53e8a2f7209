"""Extraction robustness (bad/empty/huge pages, encodings), boilerplate learning, fingerprints and
the file runner; the body cleaning rules are ``test_extraction_body.py``."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from crawler.extraction import (
    BoilerplateLearner,
    block_fingerprint,
    decode_html,
    extract,
    page_blocks,
    simhash,
    simhash_distance,
)
from crawler.reading.saved import read_saved
from tests.article_pages import BODY, FIXTURES, PARAGRAPH, URL, article

# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html", ["", b"", "   ", "<html>", "<<<>>>", b"\x00\x01\x02", "nur Text ohne Tags", "<p>x"]
)
def test_bad_input_never_raises(html):
    announcement = extract(html, URL)
    assert announcement.url == URL
    assert isinstance(announcement.text, str)
    assert announcement.content_hash
    assert len(announcement.simhash or "") == 16


def test_malformed_html_still_yields_the_text():
    html = (
        f"<html><body><div class='entry-content'><p>{PARAGRAPH}"
        "<p>Zweiter Absatz.<div><b>unclosed</div></body>"
    )
    assert extract(html, URL, selectors=BODY).text.startswith(f"{PARAGRAPH}\n\nZweiter Absatz.")


def test_huge_page_is_capped():
    filler = "".join(f"<p>Absatz {i}: {PARAGRAPH}</p>" for i in range(30_000))
    started = time.perf_counter()
    announcement = extract(article(filler), URL, selectors=BODY)
    assert time.perf_counter() - started < 30
    assert announcement.text.startswith("Absatz 0:")


def test_deeply_nested_page():
    html = "<html><body>" + "<div>" * 3000 + PARAGRAPH + "</div>" * 3000 + "</body></html>"
    assert isinstance(extract(html, URL).text, str)


@pytest.mark.parametrize("charset_decl", ["iso-8859-1", "windows-1252", None])
def test_latin1_and_windows_1252_bytes(charset_decl):
    text = "Bürgerinnen „Straße“ – Größe"
    meta = f'<meta charset="{charset_decl}">' if charset_decl else ""
    raw = f"<html><head>{meta}</head><body><p>{text}</p></body></html>".encode("windows-1252")
    assert text in decode_html(raw)


def test_decoding_prefers_header_and_detects_mislabelled_utf8():
    utf8 = "<html><head><meta charset='iso-8859-1'></head><body>Größe</body></html>".encode()
    assert "Größe" in decode_html(utf8)  # valid UTF-8 wins over a single-byte label
    latin = "<html><body>Größe</body></html>".encode("latin-1")
    assert "Größe" in decode_html(latin, "text/html; charset=ISO-8859-1")
    assert "Größe" in decode_html(latin)  # no label at all
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa4</p>") == "<p>ä</p>"


# --- boilerplate learning ------------------------------------------------------------------


def test_boilerplate_learner_finds_blocks_repeated_across_pages():
    learner = BoilerplateLearner()
    for n in range(4):
        learner.observe(
            page_blocks(
                article(
                    f"<p>Artikel {n}: {PARAGRAPH * (n + 1)}</p>"
                    "<p>Unser Ortsverein trifft sich jeden Montag.</p>"
                )
            )
        )
    learned = learner.learned(min_pages=3, min_share=0.5)
    assert block_fingerprint("Unser  Ortsverein trifft sich JEDEN Montag.") in learned
    assert block_fingerprint(f"Artikel 0: {PARAGRAPH}") not in learned
    restored = BoilerplateLearner.from_dict(learner.to_dict())
    assert restored.learned() == learned
    assert BoilerplateLearner().learned() == set()


# --- fingerprints --------------------------------------------------------------------------


def test_content_hash_and_simhash():
    one = extract(article(f"<p>{PARAGRAPH}</p><p>Zweiter Absatz.</p>"), URL, selectors=BODY)
    same = extract(
        article(f"<p>{PARAGRAPH}</p>\n\n<p>Zweiter   Absatz.</p>"), "https://other.de/x", selectors=BODY
    )
    assert one.content_hash == same.content_hash
    assert len(one.content_hash or "") == 64
    release = extract((FIXTURES / "websozi_kleve.html").read_bytes(), URL).text
    syndicated = release.replace("herzlich ein", "ein").replace("Mitte März 2015", "im März 2015")
    other = extract((FIXTURES / "rvr_sozialkonferenz.html").read_bytes(), URL).text
    assert simhash_distance(simhash(release), simhash(syndicated)) <= 6
    assert simhash_distance(simhash(release), simhash(other)) > 16
    assert simhash_distance("ffffffffffffffff", "0000000000000000") == 64


def test_simhash_values_are_stable():
    """Stored SimHashes are compared across crawls: the value is the majority vote per bit of the
    64-bit blake2b digests of the word 3-shingles, whatever the implementation does to get it."""
    import hashlib
    import re
    import unicodedata

    def reference(text: str) -> str:
        words = re.findall(r"\w+", " ".join(unicodedata.normalize("NFKC", text).casefold().split()))
        shingles = (
            [" ".join(words[i : i + 3]) for i in range(min(len(words) - 2, 3000))]
            if len(words) >= 3
            else ([" ".join(words)] if words else [])
        )
        if not shingles:
            return "0" * 16
        rows = [
            format(int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big"), "064b")
            for s in shingles
        ]
        bits = "".join("1" if col.count("1") > len(rows) / 2 else "0" for col in zip(*rows, strict=True))
        return f"{int(bits, 2):016x}"

    for text in ("", "Kreis", "Kreis Kleve", PARAGRAPH, PARAGRAPH * 40, "Straße STRASSE ﬁnal Ⅻ " * 3):
        assert simhash(text) == reference(text)


# --- files -----------------------------------------------------------------------------------


def test_read_saved_keeps_order_reads_gzip_and_reports_errors(tmp_path):
    plain = FIXTURES / "websozi_kleve_latin1.html"
    zipped = tmp_path / "rvr.html.gz"
    zipped.write_bytes(gzip.compress((FIXTURES / "rvr_sozialkonferenz.html").read_bytes()))
    missing = tmp_path / "missing.html"
    rows = list(read_saved([str(plain), zipped, str(missing)]))
    assert [r["path"] for r in rows] == [str(plain), str(zipped), str(missing)]
    assert rows[0]["title"].startswith("NRW-Staatssekretär informiert")
    assert rows[1]["dateline_agency"] == "idr"
    assert "error" in rows[2]
    assert "title" not in rows[2]
    json.dumps(rows)  # plain JSON data
