"""Syndication clusters: the same or nearly the same text published by several sources.

Two steps, as the field does it (text-dedup, datasketch):

1. exact: the SHA-1 of the normalised text (title and body, words folded and lower-cased)
   joins copies that differ only in markup, case, punctuation or spacing;
2. near: datasketch ``MinHash`` (128 permutations) over word 5-gram shingles; LSH with the
   bands and rows ``MinHashLSH`` picks for Jaccard 0.8 (9 × 13), the band hashes kept in the
   indexed table ``cluster_bands``, finds the candidates; a new text joins the cluster of every
   candidate whose estimated Jaccard similarity is at least the threshold (clusters it bridges
   are merged).

The origin of a cluster is its earliest published member (then the earliest seen, then the
lowest id). :func:`update` is incremental: it clusters only announcements that are new or
whose content changed since the last run, each by indexed lookups, whatever the archive's
size. ``pressarchive crawl`` runs it after every crawl; ``clusters``, ``search --collapse`` and
``serve`` run it first.
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


def normalised_words(title: str | None, body: str | None) -> list[str]:
    return [fold(w) for w in words(f"{title or ''}\n{body or ''}")]


def shingles(tokens: list[str]) -> list[bytes]:
    if len(tokens) < SHINGLE:
        return [" ".join(tokens).encode()] if tokens else [b""]
    return list({" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)})


def _signatures(docs: list[list[bytes]]):  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    return MinHash.bulk(docs, num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


_TODO = text(
    "SELECT a.id, a.title, a.text, a.content_hash FROM announcements a "
    "LEFT JOIN cluster_members c ON c.id = a.id "
    "WHERE c.id IS NULL OR c.content_hash <> a.content_hash ORDER BY a.id LIMIT :n"
)
_CHANGED = text(
    "SELECT c.id FROM cluster_members c JOIN announcements a ON a.id = c.id "
    "WHERE c.content_hash <> a.content_hash"
)
_BY_TEXT = text("SELECT cluster_id FROM cluster_members WHERE text_hash = :h LIMIT 1")
_CANDIDATES = text(
    "SELECT DISTINCT c.id, c.cluster_id, c.signature FROM cluster_bands b "
    "JOIN cluster_members c ON c.id = b.id "
    "WHERE b.band = :band AND b.hash = :hash"
)
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
            tokens = [normalised_words(r.title, r.text) for r in todo]
            sigs = _signatures([shingles(t) for t in tokens])
            for row, toks, sig in zip(todo, tokens, sigs, strict=True):
                values = np.asarray(sig.hashvalues, dtype=np.uint32)
                text_hash = hashlib.sha1(" ".join(toks).encode()).hexdigest()
                bands = band_hashes(values)
                joined: set[int] = set()
                exact = conn.execute(_BY_TEXT, {"h": text_hash}).scalar()
                if exact is not None:
                    joined.add(exact)
                else:
                    seen: set[int] = set()
                    for band, value in enumerate(bands):
                        for other, cluster_id, blob in conn.execute(
                            _CANDIDATES, {"band": band, "hash": value}
                        ):
                            if other in seen:
                                continue
                            seen.add(other)
                            if similarity(values, np.frombuffer(blob, dtype=np.uint32)) >= THRESHOLD:
                                joined.add(cluster_id)
                cluster_id = min(joined) if joined else row.id
                for other in joined - {cluster_id}:  # this text bridges clusters: merge them
                    conn.execute(_MERGE, {"c": cluster_id, "o": other})
                conn.execute(
                    _INSERT_MEMBER,
                    {
                        "id": row.id,
                        "content_hash": row.content_hash,
                        "text_hash": text_hash,
                        "signature": values.tobytes(),
                        "cluster_id": cluster_id,
                        "origin_id": row.id,
                    },
                )
                conn.execute(
                    _INSERT_BAND, [{"band": i, "hash": h, "id": row.id} for i, h in enumerate(bands)]
                )
                if joined:
                    touched.add(cluster_id)
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
