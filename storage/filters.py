"""The search's filters: what every search, facet count and export can be narrowed to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from storage.query import QueryError


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


@dataclass(frozen=True)
class Filters:
    """What narrows a search, an export or a facet count (all optional; lists mean "any of")."""

    sources: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    has_event: bool | None = None
    since: date | None = None
    until: date | None = None
    collapse: bool = False

    @classmethod
    def make(
        cls,
        *,
        source: Any = None,
        organisation: Any = None,
        party: Any = None,
        region: Any = None,
        level: Any = None,
        kind: Any = None,
        language: Any = None,
        has_event: bool | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        collapse: bool = False,
    ) -> Filters:
        """Filters from keyword arguments; each may be one value or a list of values."""
        for name, value in (("kind", kind),):
            bad = [v for v in _tuple(value) if v not in ("press_release", "event")]
            if bad:
                raise QueryError(f"unknown {name} {bad[0]!r} (press_release or event)")
        return cls(
            sources=_tuple(source),
            organisations=_tuple(organisation),
            parties=_tuple(party),
            regions=_tuple(region),
            levels=_tuple(level),
            kinds=_tuple(kind),
            languages=_tuple(language),
            has_event=has_event,
            since=date.fromisoformat(since) if isinstance(since, str) else since,
            until=date.fromisoformat(until) if isinstance(until, str) else until,
            collapse=collapse,
        )

    @property
    def by_source_fields(self) -> bool:
        return bool(self.organisations or self.parties or self.regions or self.levels)
