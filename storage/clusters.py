"""Syndication clusters: the same or nearly the same text published by several sources.

Two steps, as the field does it (text-dedup, datasketch):

1. exact: the SHA-1 of the normalised text (title and body, words folded and lower-cased)
   joins copies that differ only in markup, case, punctuation or spacing;
2. near: datasketch ``MinHash`` (128 permutations) over word 5-gram shingles, and a
   ``MinHashLSH`` at Jaccard 0.8 finds the candidates; a new text joins the cluster of every
   candidate whose estimated Jaccard similarity is at least the threshold (clusters it bridges
   are merged).

The origin of a cluster is its earliest published member (then the earliest seen, then the
lowest id). :func:`update` is incremental: it clusters only announcements that are new or
whose content changed since the last run; the signatures of the others are read back from
``cluster_members``. ``pressarchive clusters`` and ``search --collapse`` run it first.
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


def _lean(hashvalues: np.ndarray):  # type: ignore[no-untyped-def]
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=hashvalues, scheme=SCHEME)


_TODO = text(
    "SELECT a.id, a.title, a.text, a.content_hash FROM announcements a "
    "LEFT JOIN cluster_members c ON c.id = a.id "
    "WHERE c.id IS NULL OR c.content_hash <> a.content_hash ORDER BY a.id LIMIT :n"
)
_KNOWN = text(
    "SELECT id, signature, cluster_id, text_hash FROM cluster_members "
    "WHERE id > :after ORDER BY id LIMIT 50000"
)


def update(archive: Any, *, batch: int = 2000, progress: Any = None) -> dict[str, int]:
    """Cluster what is new or changed; returns counts (``clustered``, ``clusters``)."""
    engine = archive if hasattr(archive, "dialect") else archive.engine
    with engine.begin() as conn:
        if conn.execute(_TODO, {"n": 1}).first() is None:  # nothing new: no datasketch import
            return {"clustered": 0, "clusters": _count_clusters(conn)}
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=LSH_PARAMS)
        signatures: dict[int, Any] = {}
        cluster_of: dict[int, int] = {}
        by_text: dict[str, int] = {}
        changed = [r[0] for r in conn.execute(text(
            "SELECT c.id FROM cluster_members c JOIN announcements a ON a.id = c.id "
            "WHERE c.content_hash <> a.content_hash"))]  # fmt: skip
        if changed:
            conn.execute(
                text("DELETE FROM cluster_members WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": changed},
            )
        after = 0
        while True:
            rows = conn.execute(_KNOWN, {"after": after}).all()
            if not rows:
                break
            with lsh.insertion_session() as session:
                for member_id, blob, cluster_id, text_hash in rows:
                    sig = _lean(np.frombuffer(blob, dtype=np.uint32))
                    session.insert(member_id, sig, check_duplication=False)
                    signatures[member_id] = sig
                    cluster_of[member_id] = cluster_id
                    by_text.setdefault(text_hash, member_id)
            after = rows[-1][0]
        done = 0
        touched: set[int] = set()
        while True:
            todo = conn.execute(_TODO, {"n": batch}).all()
            if not todo:
                break
            tokens = [normalised_words(r.title, r.text) for r in todo]
            sigs = _signatures([shingles(t) for t in tokens])
            new_rows = []
            for row, toks, sig in zip(todo, tokens, sigs, strict=True):
                text_hash = hashlib.sha1(" ".join(toks).encode()).hexdigest()
                joined: set[int] = set()
                if text_hash in by_text:
                    joined.add(cluster_of[by_text[text_hash]])
                else:
                    for candidate in lsh.query(sig):
                        if sig.jaccard(signatures[candidate]) >= THRESHOLD:
                            joined.add(cluster_of[candidate])
                cluster_id = min(joined) if joined else row.id
                for other in joined - {cluster_id}:  # this text bridges clusters: merge them
                    conn.execute(
                        text("UPDATE cluster_members SET cluster_id = :c WHERE cluster_id = :o"),
                        {"c": cluster_id, "o": other},
                    )
                    for member, c in list(cluster_of.items()):
                        if c == other:
                            cluster_of[member] = cluster_id
                lean = _lean(np.asarray(sig.hashvalues, dtype=np.uint32))
                lsh.insert(row.id, lean, check_duplication=False)
                signatures[row.id] = lean
                cluster_of[row.id] = cluster_id
                by_text.setdefault(text_hash, row.id)
                touched.add(cluster_id)
                new_rows.append(
                    {
                        "id": row.id,
                        "content_hash": row.content_hash,
                        "text_hash": text_hash,
                        "signature": np.asarray(sig.hashvalues, dtype=np.uint32).tobytes(),
                        "cluster_id": cluster_id,
                        "origin_id": row.id,
                    }
                )
            conn.execute(
                text(
                    "INSERT INTO cluster_members "
                    "(id, content_hash, text_hash, signature, cluster_id, origin_id) "
                    "VALUES (:id, :content_hash, :text_hash, :signature, :cluster_id, :origin_id)"
                ),
                new_rows,
            )
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
