"""A small German sentence splitter that respects ordinals and abbreviations.

Why: events, people and contacts are read sentence by sentence, and the naive split on ". " cuts
``am Donnerstag, 02. Juli 2015`` and ``Dr. Markus Kerber`` in two. Paragraph breaks always end a
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS_TEXT = """
    dr prof stellv nr str ca bzw z b u a d h evtl ggf inkl st hl dipl ing
    mio mrd tel fr hr vgl usw etc jh abs art kap mdb mdl sog jan feb mär apr jun
    jul aug sep sept okt nov dez geb verh ehem bzgl max min allg dt gem tsd ff s o
    u.a z.b d.h i.v v.i.s.d.p
"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_LAST_WORD = re.compile(r"([\w.]+)[.!?…][“”\"')]*$")
# the end mark is matched (not looked behind for) so that the scan can jump from mark to mark
_BOUNDARY = re.compile(r"[.!?…][“”\"')]*\s+(?=[„“\"'(]?[A-ZÄÖÜ0-9])")


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs in order; offsets index into ``text``."""
    offset = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        if not paragraph.strip() or paragraph.startswith("\n"):
            offset += len(paragraph)
            continue
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            end = match.start() + 1  # just after the end mark
            before = paragraph[max(start, end - 80) : end]  # the last word only
            word = _LAST_WORD.search(before)
            if word:
                token = word.group(1).lower()
                if token.isdigit() or token in _ABBREVIATIONS or len(token) == 1:
                    continue  # "02. Juli", "Dr. Kerber", "J. Meyer"
            sentence = paragraph[start : end + 1].strip()
            if sentence:
                yield offset + start, sentence
            start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            yield offset + start, tail
        offset += len(paragraph)
