"""Content hash and SimHash: recognising identical and near-identical announcements.

Why both: the same release appears verbatim on the faction site, its archive host and the party
branch (same ``content_hash``), and reworded or re-templated on neighbouring sites and in
newspapers (small SimHash distance). SimHash runs over word 3-shingles with a stable hash
(blake2b, not Python's salted ``hash``), so values are comparable across processes and years.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

SIMHASH_BITS = 64
MAX_SHINGLES = 3_000  # long pages: the first 3000 shingles characterise a text well enough


def normalise(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form both hashes are computed on."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(title: str | None, text: str) -> str:
    """sha256 hex of normalised ``title + "\\n" + text``."""
    payload = normalise(title or "") + "\n" + normalise(text)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _shingles(text: str) -> list[str]:
    words = re.findall(r"\w+", normalise(text))
    if len(words) < 3:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + 3]) for i in range(min(len(words) - 2, MAX_SHINGLES))]


def simhash(text: str) -> str:
    """64-bit SimHash over word 3-shingles as 16 hex digits ("0"*16 for an empty text).

    The per-bit vote is counted column-wise on binary strings, which keeps it in C loops: a
    thousand-word release costs about a millisecond.
    """
    shingles = _shingles(text)
    if not shingles:
        return "0" * 16
    rows = [
        format(int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big"), "064b")
        for s in shingles
    ]
    half = len(rows) / 2
    bits = "".join("1" if column.count("1") > half else "0" for column in zip(*rows, strict=True))
    return f"{int(bits, 2):016x}"


def simhash_distance(a: str, b: str) -> int:
    """Hamming distance of two SimHash hex strings (0 = same text, ≤ 3 = near-duplicate)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
