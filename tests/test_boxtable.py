"""``pressarchive.boxtable`` lays tables out as ``rich.table.Table`` does, character for character.

``pressarchive health`` prints its 1,000-row tables with it instead of rich's table (half a second
less); these tests hold it to rich's own output for text cells: columns as wide as their widest
cell, wrapped and shrunk like rich's when the console is narrower than the table, long words cut
with an ellipsis, the header aligned at the bottom.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pressarchive.boxtable import render

WORDS = ["last", "run", "ok,", "1", "new;", "publishes", "every", "2", "days", "98 %", "Straße", "–", "ü",
         "fünfundzwanzigtausendzeichenlangeswortohneleerzeichen", "coverage", "body", "fell"]  # fmt: skip
HEADERS = ["source", "status", "reason", "last success", "cadence"]
cells = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


def by_rich(headers: list[str], rows: list[list[str]], width: int) -> str:
    out = io.StringIO()
    table = Table(*headers)
    for row in rows:
        table.add_row(*[Text(c) for c in row])
    Console(file=out, width=width).print(table)
    return out.getvalue()


def by_boxtable(headers: list[str], rows: list[list[str]], width: int) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width)
    console.print(render(console, headers, rows), soft_wrap=True)
    return out.getvalue()


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 7).flatmap(
        lambda n: st.tuples(
            st.lists(st.sampled_from(HEADERS), min_size=n, max_size=n),
            st.lists(st.lists(cells, min_size=n, max_size=n), max_size=6),
        )
    ),
    st.sampled_from([30, 60, 80, 120, 160]),
)
def test_the_same_table_as_rich(table: tuple[list[str], list[list[str]]], width: int) -> None:
    headers, rows = table
    assert by_boxtable(headers, rows, width) == by_rich(headers, rows, width)


def test_a_health_like_table_that_fits_and_one_that_wraps() -> None:
    headers = ["source", "status", "reason", "cadence"]
    rows = [
        ["rvr", "ok", "last run ok, 1 new; publishes about every 2 days", "every 2 d (stale after 8 d)"],
        ["spd_kleve", "drift", "body coverage fell from 98 % to 10 % (the last 3 runs against 30) " * 2, "–"],
    ]
    for width in (200, 100, 60):
        assert by_boxtable(headers, rows, width) == by_rich(headers, rows, width)


def test_styles_reach_a_terminal() -> None:
    """In a terminal the header is bold and a styled cell coloured (rich's table does the same)."""
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, color_system="standard")
    console.print(render(console, ["source", "status"], [["rvr", ("failing", "red")]]), soft_wrap=True)
    shown = out.getvalue()
    assert "\x1b[31mfailing\x1b[0m" in shown
    assert "\x1b[1m source" in shown
