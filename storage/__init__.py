"""The archive: SQLAlchemy models, Alembic migrations, the writer, search, exports, the analyst API.

``from storage import Archive`` gives the archive with the analyst API (``storage.api``):
``search``, ``count``, ``facets``, ``announcements``, ``announcement``, ``revisions``,
``to_pandas``, ``clusters``. Names are imported on first use, so ``import storage.models`` stays
light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Archive", "Filters", "Hit", "QueryError", "Record", "RevisionRecord"]


def __getattr__(name: str) -> Any:
    if name in ("Archive", "Filters", "Hit", "Record", "RevisionRecord"):
        from storage import api

        return getattr(api, name)
    if name == "QueryError":
        from storage.query import QueryError

        return QueryError
    raise AttributeError(f"module 'storage' has no attribute {name!r}")
