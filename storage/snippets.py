"""Search snippets: the words around the matches of a query, with the matches marked.

Matching is by stems (``storage.german.spans``), so a snippet marks every form of a query's
words; the same marks serve the CLI (bold), the web view and ``Hit.snippet`` (``[brackets]``).
"""

from __future__ import annotations

from collections.abc import Iterable

from storage.german import spans
from storage.query import Query


# -- snippets -----------------------------------------------------------------------------------
def snippet(query: Query, *texts: str | None, words: int = 28) -> tuple[str, list[tuple[int, int]]]:
    """The passage of the first text with a match (from a few words before the first matched
    word), with the offsets of the matched words; without a match, the beginning of the first
    non-empty text. Words are stemmed only up to the end of that passage."""
    candidates = [t for t in texts if t]
    for value in candidates:
        tokens: list[tuple[int, int, str]] = []
        first = None
        for token in spans(value):
            tokens.append(token)
            if first is None and query.matches(token[2]):
                first = len(tokens) - 1
            if first is not None and len(tokens) >= max(0, first - 4) + words + 1:
                break
        if first is None:
            continue
        return _cut(value, tokens, max(0, first - 4), words, query, more=len(tokens) > first + words)
    if not candidates:
        return "", []
    value = candidates[0]
    tokens = []
    for token in spans(value):
        tokens.append(token)
        if len(tokens) > words:
            break
    return _cut(value, tokens, 0, words, query, more=len(tokens) > words)


def _cut(
    value: str, tokens: list[tuple[int, int, str]], start: int, words: int, query: Query, *, more: bool
) -> tuple[str, list[tuple[int, int]]]:
    if not tokens:
        return value[:200], []
    end = min(len(tokens), start + words)
    lo = tokens[start][0]
    more = more or end < len(tokens)
    hi = tokens[end - 1][1] if more else len(value)
    prefix = "… " if start > 0 else ""
    suffix = " …" if more else ""
    body = " ".join(value[lo:hi].split())
    out = prefix + body + suffix
    # offsets after whitespace normalisation: find each matched word again, left to right
    marks: list[tuple[int, int]] = []
    pos = len(prefix)
    for s, e, form in tokens[start:end]:
        if not query.matches(form):
            continue
        at = out.find(value[s:e], pos)
        if at >= 0:
            marks.append((at, at + e - s))
            pos = at + e - s
    return out, marks


def bracketed(plain: str, marks: Iterable[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in marks:
        out.append(plain[pos:s] + "[" + plain[s:e] + "]")
        pos = e
    out.append(plain[pos:])
    return "".join(out)
