"""A rich-style box table laid out in one pass, for tables of thousands of cells.

``rich.table.Table`` measures and renders every cell as a renderable of its own (padding,
measurement, line splitting, segments): for ``pressarchive health`` over 1,000 sources
(7,000 cells) that is about half a second, more than reading the archive takes. Here the cells
are plain strings (one optional style per cell, e.g. the status colour), so the layout is
arithmetic: column widths as rich computes them (each column as wide as its widest cell, the
widest wrappable columns shrunk first when the table is wider than the console, with rich's own
``Table._collapse_widths`` and ``ratio_reduce``), only the cells wider than their column wrapped
(with ``rich.text.Text.wrap``, as rich does), and the lines drawn with the ``HEAVY_HEAD`` box
rich uses by default. Without colours (a pipe or a file) the output is the same, character for
character, as ``console.print(Table(*headers))`` with the same rows (``tests/test_boxtable.py``
compares them); in a terminal the header is bold and the styled cells are coloured, printed as
one ``Text`` that rich does not lay out again.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich._ratio import ratio_reduce
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

# rich.box.HEAVY_HEAD, the default box of rich.table.Table
TOP = ("┏", "━", "┳", "┓")
HEAD = "┃"
HEAD_RULE = ("┡", "━", "╇", "┩")
BODY = "│"
BOTTOM = ("└", "─", "┴", "┘")

Cell = str | tuple[str, str]  # a string, or (string, rich style of the string)


def _split(cell: Cell) -> tuple[str, str]:
    return (cell, "") if isinstance(cell, str) else cell


def _width(text: str) -> int:
    return max((cell_len(line) for line in text.splitlines()), default=0)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int) -> list[int]:
    """Each column's width with its padding (one space either side), as rich's
    ``Table._calculate_column_widths`` computes them for text cells, borders not included."""
    columns = list(zip(headers, *rows, strict=True))
    maxima = [max(_width(cell) for cell in column) for column in columns]
    available = max_width - (len(headers) + 1)
    widths = [min(top + 2, available) or 1 for top in maxima]
    if sum(widths) > available:
        widths = Table._collapse_widths(widths, [True] * len(widths), available)
        if sum(widths) > available:
            widths = ratio_reduce(sum(widths) - available, [1] * len(widths), widths, widths)
        widths = [min(w, top + 2) for w, top in zip(widths, maxima, strict=True)]
    return widths


def _lines(console: Console, text: str, width: int) -> list[str]:
    """A cell's lines at ``width`` columns of text (rich's word wrap, long words folded)."""
    lines = text.splitlines() or [""]
    if all(cell_len(line) <= width for line in lines):
        return lines
    wrapped = Text(text).wrap(console, width, justify="left", overflow="ellipsis")  # a column's defaults
    return [line.plain.rstrip() for line in wrapped]


def render(console: Console, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Text:
    """The table as one ``Text`` (lines joined by newlines, styles as spans), at the width of
    ``console``."""
    plain = [[_split(cell)[0] for cell in row] for row in rows]
    widths = column_widths(headers, plain, console.width)
    out = Text()

    def rule(parts: tuple[str, str, str, str]) -> None:
        left, fill, cross, right = parts
        out.append(left + cross.join(fill * w for w in widths) + right + "\n")

    def row(cells: Sequence[tuple[str, str]], vertical: str, header: bool) -> None:
        wrapped = [_lines(console, text, w - 2) for (text, _), w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        if header:  # rich aligns a header row at the bottom, the others at the top
            wrapped = [[""] * (height - len(lines)) + lines for lines in wrapped]
        for i in range(height):
            out.append(vertical)
            for lines, (_, style), w in zip(wrapped, cells, widths, strict=True):
                line = lines[i] if i < len(lines) else ""
                pad = " " * (w - 2 - cell_len(line))
                if header:
                    out.append(f" {line}{pad} ", style="bold")
                else:
                    out.append(" ")
                    out.append(line, style=style or None)
                    out.append(f"{pad} ")
                out.append(vertical)
            out.append("\n")

    rule(TOP)
    row([(h, "") for h in headers], HEAD, header=True)
    rule(HEAD_RULE)
    for cells in rows:
        row([_split(cell) for cell in cells], BODY, header=False)
    rule(BOTTOM)
    out.rstrip()
    return out


def print_table(console: Console, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Print the table on ``console`` (no second layout by rich: no wrapping, no cropping)."""
    console.print(render(console, headers, rows), soft_wrap=True)
