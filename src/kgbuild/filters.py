"""Which events a command reads: dates, actors, relations, roots, confidence.

One filter for every reader (export, stats, view, plot, the Python API), applied in SQL by
the embedded store and in Python to rows read from elsewhere (Neo4j).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import FilterInvalid

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ROOT = re.compile(r"^(0[1-9]|1\d|20)$")


@dataclass(frozen=True)
class EventFilter:
    """since/until: YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event dated to a month or a
    year is kept when that period meets the range; undated events are left out once a
    date bound is given. actors: events involving every one of them (one actor: its
    events; two: their events with each other). relations, roots: any of them."""

    since: str | None = None
    until: str | None = None
    actors: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not DATE.match(value):
                raise FilterInvalid(f"--{name} {value!r}: write a date as YYYY, YYYY-MM or "
                                    "YYYY-MM-DD")
        for root in self.roots:
            if not ROOT.match(root):
                raise FilterInvalid(f"--root {root!r}: a CAMEO root is two digits, 01 to 20")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise FilterInvalid(f"--min-confidence {self.min_confidence}: between 0 and 1")

    @classmethod
    def of(cls, since: str | None = None, until: str | None = None,
           actors: Iterable[str] = (), relations: Iterable[str] = (),
           roots: Iterable[str] = (), min_confidence: float | None = None) -> EventFilter:
        """A filter from loose values (codes and relation names in any case, "4" for 04)."""
        return cls(since, until, tuple(a.upper() for a in actors),
                   tuple(r.upper() for r in relations),
                   tuple(r.zfill(2) for r in roots), min_confidence)

    @property
    def empty(self) -> bool:
        return self == EventFilter()

    def sql(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A WHERE clause (without the keyword; "1" when it keeps all) and its parameters,
        over the events table under `alias` and the participants table."""
        e = alias
        parts: list[str] = []
        args: list[Any] = []
        if self.since:
            parts.append(f"{e}.date IS NOT NULL AND {e}.date >= substr(?, 1, length({e}.date))")
            args.append(self.since)
        if self.until:
            parts.append(f"{e}.date IS NOT NULL AND {e}.date <= substr(?, 1, length({e}.date))")
            args.append(self.until)
        for code in self.actors:
            parts.append(f"({e}.source = ? OR {e}.target = ? OR EXISTS (SELECT 1 FROM "
                         f"participants p WHERE p.event_id = {e}.id AND p.actor = ?))")
            args += [code, code, code]
        if self.relations:
            parts.append(f"{e}.relation IN ({','.join('?' * len(self.relations))})")
            args += list(self.relations)
        if self.roots:
            parts.append(f"substr({e}.cameo, 1, 2) IN ({','.join('?' * len(self.roots))})")
            args += list(self.roots)
        if self.min_confidence is not None:
            parts.append(f"{e}.confidence >= ?")
            args.append(self.min_confidence)
        return (" AND ".join(f"({p})" for p in parts) or "1"), args

    def matches(self, row: dict[str, Any]) -> bool:
        """Whether an event row (as the stores give them) passes."""
        date = str(row.get("date") or "")
        if (self.since or self.until) and not date:
            return False
        if self.since and date < self.since[:len(date)]:
            return False
        if self.until and date > self.until[:len(date)]:
            return False
        involved = {row.get("source"), row.get("target")} | \
            {p["code"] for p in row.get("participants") or []}
        if any(code not in involved for code in self.actors):
            return False
        if self.relations and row["relation"] not in self.relations:
            return False
        if self.roots and str(row["cameo"])[:2] not in self.roots:
            return False
        return self.min_confidence is None or float(row["confidence"]) >= self.min_confidence
