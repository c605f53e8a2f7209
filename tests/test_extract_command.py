"""`pressarchive extract`: saved HTML files in, one JSON line per file out, in input order."""

from __future__ import annotations

import contextlib
import gzip
import json

from click.testing import CliRunner

from pressarchive.cli import cli
from tests.conftest import REPO

RVR = REPO / "crawler/replicas/hosts/www.rvr.ruhr"


def test_extract_reads_any_charset_and_gzip_in_input_order(tmp_path):
    latin = tmp_path / "alt.html"
    latin.write_bytes(
        "<html><head><meta charset='iso-8859-1'><title>Straßenfest in Kleve</title></head><body>"
        "<h1>Straßenfest in Kleve</h1><p>Veröffentlicht am 03.02.2020</p>"
        "<p>Die Bürgerinnen und Bürger feiern gemeinsam auf der Straße, und die Fraktion lädt herzlich ein."
        " Für Getränke und Musik ist gesorgt, der Eintritt ist frei.</p></body></html>".encode("iso-8859-1")
    )
    zipped = tmp_path / "seed.html.gz"
    article = next(p for p in (RVR / "_pages" / "news").glob("69195*.html"))
    zipped.write_bytes(gzip.compress(article.read_bytes()))
    missing = tmp_path / "missing.html"
    result = CliRunner().invoke(cli, ["extract", "--site", "rvr", str(zipped), str(missing), str(latin)])
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [line["path"] for line in lines] == [str(zipped), str(missing), str(latin)]
    assert (
        lines[0]["title"] == "Sozialkonferenz Ruhr diskutiert über Perspektiven der Integrationsregion Ruhr"
    )
    assert lines[0]["source"] == "rvr"
    assert lines[0]["text"].count("Integration vor Ort ist kein Selbstläufer") == 1
    assert "error" in lines[1]
    assert "Straße" in lines[2]["text"]
    assert result.exit_code == 1  # one file could not be read


# -- WARC files: one line per HTML response record, each with the zero-config page_type ----------
RVR_ARTICLE = (
    "http://www.rvr.ruhr/index.php?id=4683&tx_ttnews[tt_news]=69195&cHash=6ae23ed4d31f2f6f079918ce50442490"
)
RVR_LISTING = (
    "http://www.rvr.ruhr/index.php?id=4683&tx_ttnews[pointer]=1&cHash=be61b7ca35dfcf789f365c9bb53ecc35"
)


def _write_warc(path, records: list[tuple[str, str, bytes]], gzipped: bool = True) -> None:
    """A standard WARC file (warcio) of (url, content type, body) response records, plus a
    request and a warcinfo record that extract must skip."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            )


def _records(output: str, *paths) -> list[dict]:
    """The JSON records extract wrote for ``paths`` (log lines on stderr are not records)."""
    wanted = {str(p) for p in paths}
    records = []
    for line in output.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if record.get("path") in wanted:
                    records.append(record)
    return records


def _rvr_page(url: str) -> bytes:
    import json as _json

    routes = _json.loads((RVR / "_routes.json").read_text(encoding="utf-8"))
    path = url.removeprefix("http://www.rvr.ruhr")
    return (RVR / routes[path]["file"]).read_bytes()


def test_extract_reads_warc_records_with_their_page_type(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(
        warc,
        [
            (RVR_ARTICLE, "text/html; charset=utf-8", _rvr_page(RVR_ARTICLE)),
            ("http://www.rvr.ruhr/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            (RVR_LISTING, "text/html; charset=utf-8", _rvr_page(RVR_LISTING)),
            ("http://www.rvr.ruhr/impressum/", "text/html", (RVR / "_pages" / "impressum.html").read_bytes()),
        ],
    )
    result = CliRunner().invoke(cli, ["extract", str(warc)])
    assert result.exit_code == 0, result.output
    lines = _records(result.output, warc)
    assert [line["url"] for line in lines] == [RVR_ARTICLE, RVR_LISTING, "http://www.rvr.ruhr/impressum/"]
    assert [line["page_type"] for line in lines] == ["announcement", "listing", "other"]
    assert (
        lines[0]["title"] == "Sozialkonferenz Ruhr diskutiert über Perspektiven der Integrationsregion Ruhr"
    )
    assert lines[0]["published"]
    assert all(line["path"] == str(warc) and line["status"] == 200 and line["offset"] >= 0 for line in lines)
    assert lines[0]["offset"] < lines[1]["offset"] < lines[2]["offset"]


def test_extract_reads_uncompressed_warc_and_html_in_one_call(tmp_path):
    warc = tmp_path / "other-crawler.warc"
    _write_warc(warc, [(RVR_ARTICLE, "text/html", _rvr_page(RVR_ARTICLE))], gzipped=False)
    page = tmp_path / "page.html"
    page.write_bytes(_rvr_page(RVR_LISTING))
    result = CliRunner().invoke(cli, ["extract", str(page), str(warc)])
    assert result.exit_code == 0, result.output
    lines = _records(result.output, page, warc)
    assert [(line["path"], line["page_type"]) for line in lines] == [
        (str(page), "listing"),
        (str(warc), "announcement"),
    ]


def test_extract_reports_a_broken_warc_in_its_place(tmp_path):
    warc = tmp_path / "broken.warc.gz"
    _write_warc(warc, [(RVR_ARTICLE, "text/html", _rvr_page(RVR_ARTICLE))])
    warc.write_bytes(warc.read_bytes() + b"this is not a WARC record\r\n")  # garbage after a record
    result = CliRunner().invoke(cli, ["extract", str(warc)])
    lines = _records(result.output, warc)
    assert lines[0].get("page_type") == "announcement", result.output  # what could be read is kept
    assert "Invalid WARC record" in lines[-1]["error"]
    assert result.exit_code == 1
    assert "Traceback" not in result.output
