"""Syndication clusters: the same or nearly the same text published by several sources.

Two steps, as the field does it (text-dedup, datasketch):

1. exact: the SHA-1 of the normalised text (title and body, words folded and lower-cased)
   joins copies that differ only in markup, case, punctuation or spacing;
2. near: datasketch ``MinHash`` (128 permutations) over word 5-gram shingles (each shingle a
   32-bit hash of its five folded words, computed for a whole text at once with numpy from
   per-word BLAKE2 hashes, and handed to datasketch as its ``hashfunc`` input); LSH with the
   bands and rows ``MinHashLSH`` picks for Jaccard 0.8 (9 × 13), the band hashes kept in the
   indexed table ``cluster_bands``, finds the candidates; a new text joins the cluster of every
   candidate whose estimated Jaccard similarity is at least the threshold (clusters it bridges
   are merged).

The origin of a cluster is its earliest published member (then the earliest seen, then the
lowest id). :func:`update` is incremental: it clusters only announcements that are new or
whose content changed since the last run, each by indexed lookups, whatever the archive's
size. It works in batches: the exact hashes and the band hashes of a batch are looked up in one
query each, the batch's own texts are compared in memory, the new rows are written together.
``pressarchive crawl`` runs it after every crawl; ``clusters``, ``search --collapse`` and
``serve`` run it first. Migration 0014 cleared the signatures of the first version (SHA-1 per
shingle, 2.4 ms per announcement), so the next update clusters such an archive anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, bindparam, text

from storage.german import fold, words
from storage.search import Filters, id_subquery

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE = 5
SEED = 1
# Bands and rows datasketch's own optimisation picks for THRESHOLD and NUM_PERM (a test checks):
# given here, so an update does not spend a second integrating false-positive curves with scipy.
LSH_PARAMS = (9, 13)
SCHEME = "affine32"  # datasketch 2: 32-bit hash values, stored as 128 × uint32


@dataclass(frozen=True)
class Member:
    id: int
    source: str
    published: str | None
    title: str | None
    url: str


@dataclass(frozen=True)
class Cluster:
    """A group of announcements with the same or nearly the same text; ``origin`` first."""

    id: int
    origin: Member
    members: tuple[Member, ...]

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.members})


_WORD_HASHES: dict[str, int] = {}
_WORD_CACHE = 1_000_000  # words kept (about 100 MB at most); the cache starts over when full


def _word_hash(word: str) -> int:
    """A stable 64-bit hash of the folded word (the same in every process and release)."""
    return int.from_bytes(hashlib.blake2b(fold(word).encode(), digest_size=8).digest(), "little")


def _word_ids(found: list[str]) -> np.ndarray:
    """The words' hashes; known words through one C-level map over a plain dict (the hot loop)."""
    try:
        return np.fromiter(map(_WORD_HASHES.__getitem__, found), dtype=np.uint64, count=len(found))
    except KeyError:
        if len(_WORD_HASHES) > _WORD_CACHE:
            _WORD_HASHES.clear()
        for word in set(found).difference(_WORD_HASHES):
            _WORD_HASHES[word] = _word_hash(word)
        return np.fromiter(map(_WORD_HASHES.__getitem__, found), dtype=np.uint64, count=len(found))


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it permutes the 64-bit words


def fingerprint(title: str | None, body: str | None) -> tuple[str, np.ndarray]:
    """(exact hash, shingle hashes) of a text: the SHA-1 of its folded words, and the distinct
    32-bit hashes of its word 5-grams (one value for a text shorter than five words)."""
    found = words(f"{title or ''}\n{body or ''}")
    ids = _word_ids(found)
    exact = hashlib.sha1(ids.tobytes()).hexdigest()
    width = min(SHINGLE, len(ids))
    if width == 0:
        return exact, np.zeros(1, dtype=np.uint32)
    mixed = np.zeros(len(ids) - width + 1, dtype=np.uint64)
    for k in range(width):  # wraps modulo 2**64, as meant
        mixed = mixed * _MIX + ids[k : len(ids) - width + 1 + k]
    return exact, np.unique((mixed ^ (mixed >> np.uint64(32))).astype(np.uint32))


def _signatures(shingle_sets: list[np.ndarray]):  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    # the values are hashes already: datasketch's hashfunc only has to pass them on
    return MinHash.bulk([s.tolist() for s in shingle_sets], num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                        hashfunc=int)  # fmt: skip


_TODO = text(
    "SELECT a.id, a.title, a.text, a.content_hash FROM announcements a "
    "LEFT JOIN cluster_members c ON c.id = a.id "
    "WHERE c.id IS NULL OR c.content_hash <> a.content_hash ORDER BY a.id LIMIT :n"
)
_CHANGED = text(
    "SELECT c.id FROM cluster_members c JOIN announcements a ON a.id = c.id "
    "WHERE c.content_hash <> a.content_hash"
)
_BY_TEXT = text(
    "SELECT text_hash, min(cluster_id) FROM cluster_members WHERE text_hash IN :hashes GROUP BY text_hash"
).bindparams(bindparam("hashes", expanding=True))
_CANDIDATES = text(
    "SELECT b.band, b.hash, c.id, c.cluster_id, c.signature FROM cluster_bands b "
    "JOIN cluster_members c ON c.id = b.id WHERE b.hash IN :hashes"
).bindparams(bindparam("hashes", expanding=True))
_INSERT_MEMBER = text(
    "INSERT INTO cluster_members (id, content_hash, text_hash, signature, cluster_id, origin_id) "
    "VALUES (:id, :content_hash, :text_hash, :signature, :cluster_id, :origin_id)"
)
_INSERT_BAND = text("INSERT INTO cluster_bands (band, hash, id) VALUES (:band, :hash, :id)")
_RENAME = text(
    "UPDATE cluster_members SET cluster_id = (SELECT min(id) FROM cluster_members WHERE cluster_id = :old) "
    "WHERE cluster_id = :old"
)
_MERGE = text("UPDATE cluster_members SET cluster_id = :c WHERE cluster_id = :o")
LOOKUP_CHUNK = 900  # bound values per IN list


def band_hashes(values: np.ndarray) -> list[int]:
    """The LSH band hashes of a signature: ``LSH_PARAMS`` bands of rows, each a signed 64-bit int."""
    bands, rows = LSH_PARAMS
    return [
        int.from_bytes(hashlib.blake2b(values[i * rows : (i + 1) * rows].tobytes(), digest_size=8).digest(),
                       "big", signed=True)
        for i in range(bands)
    ]  # fmt: skip


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The MinHash estimate of the Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def _chunks(values: list[Any], size: int = LOOKUP_CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


class _Batch:
    """One batch of texts to cluster: what the archive already holds for them (looked up in one
    query per kind), what the batch itself adds (in memory), and cluster merges on the way."""

    def __init__(self, conn: Connection, exact: list[str], bands: list[list[int]]) -> None:
        self.conn = conn
        self.by_text: dict[str, int] = {}
        for chunk in _chunks(sorted(set(exact))):
            self.by_text.update(dict(conn.execute(_BY_TEXT, {"hashes": chunk}).all()))
        self.by_band: dict[tuple[int, int], list[tuple[int, int, np.ndarray]]] = {}
        for chunk in _chunks(sorted({h for b in bands for h in b})):
            for band, value, other, cluster_id, blob in conn.execute(_CANDIDATES, {"hashes": chunk}):
                entry = (other, cluster_id, np.frombuffer(blob, dtype=np.uint32))
                self.by_band.setdefault((band, value), []).append(entry)
        self.renamed: dict[int, int] = {}
        self.members: list[dict[str, Any]] = []
        self.band_rows: list[dict[str, int]] = []

    def find(self, cluster_id: int) -> int:
        while cluster_id in self.renamed:
            cluster_id = self.renamed[cluster_id]
        return cluster_id

    def add(self, row: Any, exact: str, values: np.ndarray, bands: list[int]) -> int | None:
        """Cluster one text; returns its cluster id when it joined one."""
        joined: set[int] = set()
        if exact in self.by_text:
            joined.add(self.find(self.by_text[exact]))
        else:
            seen: set[int] = set()
            for band, value in enumerate(bands):
                for other, cluster_id, signature in self.by_band.get((band, value), ()):
                    if other not in seen:
                        seen.add(other)
                        if similarity(values, signature) >= THRESHOLD:
                            joined.add(self.find(cluster_id))
        cluster_id = min(joined) if joined else row.id
        for other in joined - {cluster_id}:  # this text bridges clusters: merge them
            self.conn.execute(_MERGE, {"c": cluster_id, "o": other})
            self.renamed[other] = cluster_id
        self.by_text.setdefault(exact, cluster_id)
        for band, value in enumerate(bands):
            self.by_band.setdefault((band, value), []).append((row.id, cluster_id, values))
            self.band_rows.append({"band": band, "hash": value, "id": row.id})
        self.members.append(
            {"id": row.id, "content_hash": row.content_hash, "text_hash": exact,
             "signature": values.tobytes(), "cluster_id": cluster_id, "origin_id": row.id}
        )  # fmt: skip
        return cluster_id if joined else None

    def write(self) -> None:
        for member in self.members:
            member["cluster_id"] = self.find(member["cluster_id"])
        if self.members:
            self.conn.execute(_INSERT_MEMBER, self.members)
            self.conn.execute(_INSERT_BAND, self.band_rows)


def update(archive: Any, *, batch: int = 2000, progress: Any = None) -> dict[str, int]:
    """Cluster what is new or changed; returns counts (``clustered``, ``clusters``).

    Each new text is compared with the announcements sharing an LSH band with it (an indexed
    lookup in ``cluster_bands``), so the cost follows what is new, not the archive's size."""
    engine = archive if hasattr(archive, "dialect") else archive.engine
    with engine.begin() as conn:
        if conn.execute(_TODO, {"n": 1}).first() is None:  # nothing new: no datasketch import
            return {"clustered": 0, "clusters": _count_clusters(conn)}
        changed = [r[0] for r in conn.execute(_CHANGED)]
        for i in range(0, len(changed), 500):
            ids = {"ids": changed[i : i + 500]}
            for table in ("cluster_bands", "cluster_members"):
                conn.execute(
                    text(f"DELETE FROM {table} WHERE id IN :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    ids,
                )
        for gone in changed:  # a cluster named after a member that left takes the id of one that stayed
            conn.execute(_RENAME, {"old": gone})
        done = 0
        touched: set[int] = set()
        while True:
            todo = conn.execute(_TODO, {"n": batch}).all()
            if not todo:
                break
            prints = [fingerprint(r.title, r.text) for r in todo]
            signatures = [
                np.asarray(m.hashvalues, dtype=np.uint32) for m in _signatures([p[1] for p in prints])
            ]
            bands = [band_hashes(v) for v in signatures]
            work = _Batch(conn, [p[0] for p in prints], bands)
            for row, (exact, _), values, row_bands in zip(todo, prints, signatures, bands, strict=True):
                joined = work.add(row, exact, values, row_bands)
                if joined is not None:
                    touched.add(joined)
            work.write()
            touched = {work.find(c) for c in touched}
            done += len(todo)
            if progress:
                progress(done)
        _set_origins(conn, touched)
        return {"clustered": done, "clusters": _count_clusters(conn)}


def _set_origins(conn: Connection, cluster_ids: set[int]) -> None:
    """The origin of each touched cluster: earliest published, then first seen, then id."""
    ids = sorted(cluster_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        conn.execute(
            text(
                "UPDATE cluster_members SET origin_id = (SELECT c2.id FROM cluster_members c2 "
                "JOIN announcements a ON a.id = c2.id WHERE c2.cluster_id = cluster_members.cluster_id "
                "ORDER BY a.published IS NULL, a.published, a.first_seen, a.id LIMIT 1) "
                "WHERE cluster_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        )


def _count_clusters(conn: Connection) -> int:
    sql = (
        "SELECT count(*) FROM (SELECT cluster_id FROM cluster_members "
        "GROUP BY cluster_id HAVING count(*) > 1) x"
    )
    return int(conn.execute(text(sql)).scalar() or 0)


def clusters(
    archive: Any,
    query: str = "",
    *,
    filters: Filters | None = None,
    min_size: int = 2,
    limit: int | None = 50,
) -> Iterator[Cluster]:
    """Clusters with at least ``min_size`` members of which one matches ``query``/``filters``,
    largest first (then newest origin)."""
    engine = archive if hasattr(archive, "dialect") else archive.engine
    with engine.connect() as conn:
        found = id_subquery(conn, query, filters=filters)
        if found is None:
            return
        ids, params = found
        restrict = (
            f"WHERE cluster_id IN (SELECT cluster_id FROM cluster_members WHERE id IN ({ids}))" if ids else ""
        )
        sql = (
            f"SELECT cluster_id, count(*) AS n FROM cluster_members {restrict} GROUP BY cluster_id "
            f"HAVING count(*) >= :min_size ORDER BY n DESC, max(origin_id) DESC"
            + (" LIMIT :limit" if limit else "")
        )
        params = {**params, "min_size": min_size, "limit": limit}
        groups = conn.execute(text(sql), params).all()
        members_sql = text(
            "SELECT c.id, c.origin_id, a.source_id, a.published, a.title, a.url FROM cluster_members c "
            "JOIN announcements a ON a.id = c.id WHERE c.cluster_id = :c "
            "ORDER BY a.published IS NULL, a.published, a.first_seen, a.id"
        )
        for cluster_id, _ in groups:
            rows = conn.execute(members_sql, {"c": cluster_id}).all()
            members = tuple(Member(r[0], r[2], str(r[3])[:10] if r[3] else None, r[4], r[5]) for r in rows)
            origin_id = rows[0][1]
            origin = next((m for m in members if m.id == origin_id), members[0])
            ordered = (origin, *(m for m in members if m.id != origin.id))
            yield Cluster(cluster_id, origin, ordered)
