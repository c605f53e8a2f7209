"""The Parquet export flattens the JSON record in Arrow (storage.parquet_export); its rows must be
those of the SQL flattening the CSV export uses (the previous Parquet path), value for value,
on the demo archive and on records that do not fit the usual types (read again through SQL)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from storage import export as exp
from storage import parquet_export
from storage.api import Archive
from storage.search import Filters

ODD = [  # data records beside the demo archive's own (each one a row of its own)
    {"people": [{"name": "A", "role": "", "organisation": None}, None, {"name": ""}, {"role": "R"}]},
    {"parties": ["", None, "SPD", "GRÜNE"], "contacts": [{"email": "a@b.de", "phone": "+49"}, {}]},
    {"dateline_place": "Kleve", "dateline_agency": "", "event": {"address": "Lohstätte 7"}},
    {"event": None, "people": [], "parties": None, "contacts": None},
    {},
    {"dateline_place": 5},  # a number: not the record's type, so the SQL flattening takes the batch
    {"people": {"p": {"name": "X"}}, "contacts": [["a list"]]},  # an object of objects, a list of lists
    {"parties": "SPD"},
]


def sql_rows(archive: Archive, query: str = "", **filters: Any) -> pa.Table:
    """The previous path: the SQL flattening, each batch made Arrow columns."""
    schema = parquet_export.parquet_schema()
    with archive.engine.connect() as conn:
        rows = [
            r
            for b in exp.flat_batches(conn, query, filters=Filters.make(**filters), as_bytes=True)
            for r in b
        ]
    return pa.Table.from_arrays(parquet_export._arrow_columns(rows, schema), schema=schema)


@pytest.fixture
def odd_archive(seed_archive, tmp_path):
    db = tmp_path / "odd.sqlite"
    source = sqlite3.connect(seed_archive)
    con = sqlite3.connect(db)
    source.backup(con)
    source.close()
    (template,) = con.execute("SELECT id FROM announcements ORDER BY id LIMIT 1").fetchone()
    columns = [r[1] for r in con.execute("PRAGMA table_info(announcements)") if r[1] not in ("id", "data")]
    values = [f"{c} || ?" if c in ("url", "url_key") else c for c in columns]
    for i, data in enumerate(ODD):
        con.execute(
            f"INSERT INTO announcements ({', '.join(columns)}, data) SELECT {', '.join(values)}, ? "
            "FROM announcements WHERE id = ?",
            (f"#{i}", f"#{i}", json.dumps(data, indent=1 if i == 4 else None), template),
        )
    con.commit()
    con.close()
    archive = Archive(str(db))
    yield archive
    archive.close()


def test_arrow_flattening_gives_the_rows_of_the_sql_flattening(seed_archive, tmp_path):
    archive = Archive(str(seed_archive))
    target = tmp_path / "x.parquet"
    count = exp.write_parquet(archive, str(target))
    written = pq.read_table(target)
    expected = sql_rows(archive)
    archive.close()
    assert count == written.num_rows == expected.num_rows > 20
    assert written.schema == expected.schema
    assert written.to_pylist() == expected.to_pylist()
    assert any(r["people"] for r in expected.to_pylist())
    assert any(r["contacts"] for r in expected.to_pylist())


def test_odd_records_and_filters_give_the_same_rows(odd_archive, tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_export, "FETCH_ROWS", 7)  # batches with and without odd records
    cases: list[tuple[str, dict[str, Any]]] = [("", {}), ("Kreistag", {}), ("", {"since": "2015-01-01"})]
    for query, filters in cases:
        target = tmp_path / "x.parquet"
        exp.write_parquet(odd_archive, str(target), query, filters=Filters.make(**filters))
        assert pq.read_table(target).to_pylist() == sql_rows(odd_archive, query, **filters).to_pylist()
    rows = sql_rows(odd_archive).to_pylist()[-len(ODD) :]
    assert [r["people"] for r in rows[:2]] == ["A; R", ""]
    assert rows[1]["parties"] == "; SPD; GRÜNE"
    assert rows[1]["contacts"] == "a@b.de, +49"
    assert rows[2]["event_address"] == "Lohstätte 7"
    assert rows[5]["dateline_place"] == "5"
    assert rows[6]["people"] == "X"


def test_record_columns_refuse_what_they_cannot_type():
    with pytest.raises(ValueError, match="changed from string to number"):
        parquet_export._record_columns([b'{"dateline_place": 5}'])
    with pytest.raises(ValueError, match="multi-line record"):
        parquet_export._record_columns([b'{\n"people": []}'])
    columns = parquet_export._record_columns([b"{}", b'{"people": [{"name": "N", "role": "R"}]}'])
    assert columns["people"].to_pylist() == ["", "N, R"]
