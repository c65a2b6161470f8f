"""The values extraction produces: actors, evidence and events (frozen dataclasses)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ActorRef:
    """An actor as it takes part in one event: a resolved code, and who spoke for it."""

    code: str
    name: str
    kind: str  # state | organisation | bloc | group
    agent: str | None = None
    mention: str | None = None
    start: int | None = None  # character offsets of the mention in the article
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "name": self.name, "kind": self.kind}
        if self.agent:
            out["agent"] = self.agent
        if self.mention is not None:
            out["mention"] = {"text": self.mention, "start": self.start, "end": self.end}
        return out


@dataclass(frozen=True)
class Evidence:
    """Where an event is said: the sentence, its offsets, the trigger."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True)
class Event:
    """One dated, CAMEO-coded relation between two actors, with its evidence."""

    article: str
    source: ActorRef
    target: ActorRef
    relation: str
    cameo: str
    symmetric: bool
    date: str | None
    date_text: str | None
    date_precision: str | None  # day | month | year | None
    confidence: float
    evidence: Evidence
    modality: str = "asserted"  # asserted | future
    extractor: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        """The identity of the event: (source, relation, target, date); mutual pairs sorted."""
        a, b = self.source.code, self.target.code
        if self.symmetric and b < a:
            a, b = b, a
        return (a, self.relation, b, self.date)

    @functools.cached_property
    def event_id(self) -> str:  # hashed once: stores and exports ask for it often
        return event_id(*self.key)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": self.article,
            "source": self.source.to_json(),
            "target": self.target.to_json(),
            "relation": self.relation,
            "cameo": self.cameo,
            "symmetric": self.symmetric,
            "date": self.date,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "confidence": round(self.confidence, 3),
            "modality": self.modality,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
                "trigger": {
                    "text": self.evidence.trigger,
                    "start": self.evidence.trigger_start,
                    "end": self.evidence.trigger_end,
                },
            },
            "extractor": self.extractor,
            "id": self.event_id,
        }
        return out


def event_id(source: str, relation: str, target: str, date: str | None) -> str:
    """A stable id for (source, relation, target, date), the same in SQLite and Neo4j."""
    raw = "|".join([source, relation, target, date or ""])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def event_from_json(data: dict[str, Any]) -> Event:
    """Rebuild an Event from its JSON form (as stored or exported)."""
    ev = data["evidence"]
    trig = ev.get("trigger") or {}

    def actor(d: dict[str, Any]) -> ActorRef:
        m = d.get("mention") or {}
        return ActorRef(d["code"], d.get("name", d["code"]), d.get("kind", "state"),
                        d.get("agent"), m.get("text"), m.get("start"), m.get("end"))

    return Event(
        article=data["article"], source=actor(data["source"]), target=actor(data["target"]),
        relation=data["relation"], cameo=data["cameo"], symmetric=bool(data.get("symmetric")),
        date=data.get("date"), date_text=data.get("date_text"),
        date_precision=data.get("date_precision"), confidence=float(data.get("confidence", 0.5)),
        evidence=Evidence(ev["sentence"], ev["start"], ev["end"], trig.get("text", ""),
                          trig.get("start", ev["start"]), trig.get("end", ev["start"])),
        modality=data.get("modality", "asserted"), extractor=data.get("extractor", ""),
    )

