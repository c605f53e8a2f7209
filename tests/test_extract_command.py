"""`pressarchive extract`: saved HTML files in, one JSON line per file out, in input order."""

from __future__ import annotations

import gzip
import json

from click.testing import CliRunner

from crawler.cli import cli
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
