"""The values extraction produces: actors, evidence and events (frozen dataclasses)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, replace
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


# roles that act towards the participants: pairs go from each of them to each participant
LEADING_ROLES = frozenset({"host", "mediator", "initiator"})


@dataclass(frozen=True)
class Participant:
    """An actor in an event of three or more parties, with its role in it: participant,
    host, mediator, or initiator (who meets, joins or acts towards the participants)."""

    actor: ActorRef
    role: str = "participant"

    def to_json(self) -> dict[str, Any]:
        return {**self.actor.to_json(), "role": self.role}


def derived_pairs(roles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs an event of several parties stands for, from (code, role) in order: each
    host, mediator or initiator with each participant; with none, every two participants."""
    leaders = [c for c, r in roles if r in LEADING_ROLES]
    others = [c for c, r in roles if r not in LEADING_ROLES]
    if leaders:
        return [(a, b) for a in leaders for b in others if a != b]
    return [(a, b) for i, a in enumerate(others) for b in others[i + 1:] if a != b]


def row_pairs(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The (source, target) pairs of a stored event row: its own, or those its
    participants (a list of {"code", "role"}) stand for."""
    parts = row.get("participants") or []
    if parts:
        return derived_pairs([(p["code"], p["role"]) for p in parts])
    return [(row["source"], row["target"])]


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
    """One dated, CAMEO-coded relation between two actors, or among three or more (a
    summit, a joint statement), with its evidence.

    An event of three or more parties has `participants` (each with a role); its
    `source` and `target` are then its first pair, and `pairs()` gives every pair it
    stands for (the pairwise view the guidelines score).
    """

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
    participants: tuple[Participant, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def actors(self) -> list[ActorRef]:
        """Everyone in the event: its parties, or its source and target."""
        if self.participants:
            return [p.actor for p in self.participants]
        return [self.source, self.target]

    def pairs(self) -> list[Event]:
        """The event as pairs: itself, or one event per pair its participants stand for."""
        if not self.participants:
            return [self]
        by_code = {p.actor.code: p.actor for p in self.participants}
        return [replace(self, source=by_code[a], target=by_code[b], participants=())
                for a, b in derived_pairs([(p.actor.code, p.role)
                                           for p in self.participants])]

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        """The identity of the event: (source, relation, target, date), mutual pairs
        sorted; for three or more parties, (their sorted code:role list, relation, "*",
        date)."""
        if self.participants:
            return (",".join(sorted(f"{p.actor.code}:{p.role}" for p in self.participants)),
                    self.relation, "*", self.date)
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
        if self.participants:
            out["source"] = out["target"] = None
            out["participants"] = [p.to_json() for p in self.participants]
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

    parts = tuple(Participant(actor(p), p.get("role", "participant"))
                  for p in data.get("participants") or [])
    if parts:  # source and target stand for its first pair
        by_code = {p.actor.code: p.actor for p in parts}
        first = derived_pairs([(p.actor.code, p.role) for p in parts])[0]
        source, target = by_code[first[0]], by_code[first[1]]
    else:
        source, target = actor(data["source"]), actor(data["target"])
    return Event(
        article=data["article"], source=source, target=target,
        relation=data["relation"], cameo=data["cameo"], symmetric=bool(data.get("symmetric")),
        date=data.get("date"), date_text=data.get("date_text"),
        date_precision=data.get("date_precision"), confidence=float(data.get("confidence", 0.5)),
        evidence=Evidence(ev["sentence"], ev["start"], ev["end"], trig.get("text", ""),
                          trig.get("start", ev["start"]), trig.get("end", ev["start"])),
        modality=data.get("modality", "asserted"), extractor=data.get("extractor", ""),
        participants=parts,
    )

