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
    # the words of normalise(text); collapsing its whitespace first would not change them
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < 3:
        return [" ".join(words)] if words else []
    words = words[: MAX_SHINGLES + 2]
    return [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]


_WORD = re.compile(r"\w+")


def simhash(text: str) -> str:
    """64-bit SimHash over word 3-shingles as 16 hex digits ("0"*16 for an empty text).

    The per-bit vote runs in C: the 8-byte digests are concatenated, each byte position is sliced
    out (``blob[k::8]``) and each of its 8 bits counted with ``bytes.translate`` + ``count``, so the
    Python work per page is 64 small calls whatever the text length.
    """
    shingles = _shingles(text)
    if not shingles:
        return "0" * 16
    encoded = "\n".join(shingles).encode("utf-8").split(b"\n")  # one encode call (words hold no newline)
    digests = []
    for shingle in encoded:  # copying a prepared hasher is cheaper than building one per shingle
        hasher = _BLAKE2B_8.copy()
        hasher.update(shingle)
        digests.append(hasher.digest())
    blob = b"".join(digests)
    half = len(shingles) / 2
    value = 0
    for position in range(8):
        column = blob[position::8]
        for table in _BIT_TABLES:
            value = (value << 1) | (column.translate(table).count(1) > half)
    return f"{value:016x}"


_BLAKE2B_8 = hashlib.blake2b(digest_size=8)
# _BIT_TABLES[j] maps a byte to its j-th bit, most significant first (the digest is big-endian)
_BIT_TABLES = tuple(bytes((v >> (7 - j)) & 1 for v in range(256)) for j in range(8))


def simhash_distance(a: str, b: str) -> int:
    """Hamming distance of two SimHash hex strings (0 = same text, ≤ 3 = near-duplicate)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
