"""Scoring against gold triples, exactly as ../shared/eval/GUIDELINES.md says.

Per article, predictions are reduced to a set of keys at each level (pair, triple, dated),
matched one to one with gold (a maximum bipartite matching); a prediction that can only
match an optional gold triple is dropped from both counts; predictions with a non-state
group are ignored. Scores are micro-averaged over articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldInvalid
from .events import Event, event_from_json

LEVELS = ("pair", "triple", "dated")
SCORED_AS = {"UNSC": "UN"}


@dataclass(frozen=True)
class Gold:
    article: str
    source: str
    target: str
    roots: frozenset[str]
    symmetric: bool
    date: str | None
    optional: bool
    evidence: str = ""


@dataclass(frozen=True)
class Pred:
    source: str
    target: str
    root: str
    date: str | None
    sentence: str = ""


@dataclass
class LevelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleReport:
    article: str
    misses: list[Gold] = field(default_factory=list)  # at triple level
    false_positives: list[Pred] = field(default_factory=list)


@dataclass
class Report:
    levels: dict[str, LevelScore]
    articles: list[ArticleReport]

    def as_dict(self) -> dict[str, Any]:
        return {lvl: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                      "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for lvl, s in self.levels.items()}


def _code(code: str) -> str:
    return SCORED_AS.get(code, code)


def load_gold(path: Path) -> list[Gold]:
    """Read a gold JSONL file; a malformed line is an error naming file and line."""
    out: list[Gold] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldInvalid(f"{path}: cannot read gold file: {exc}") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
            roots = g["cameo"] if isinstance(g["cameo"], list) else [g["cameo"]]
            out.append(Gold(str(g["article"]), _code(g["source"]), _code(g["target"]),
                            frozenset(str(r)[:2] for r in roots), bool(g.get("symmetric")),
                            g.get("date"), bool(g.get("optional")), g.get("evidence", "")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldInvalid(f"{path}:{n}: not a gold triple ({exc})") from exc
    return out


def date_agrees(pred: str | None, gold: str | None) -> bool:
    """Equal at the gold's precision; a gold range 'A/B' accepts a date that lies within it
    at the date's own precision, a day or a month (not a year): "2019-09" lies within
    "2019-09-22/2019-09-28" (GUIDELINES.md, Dates)."""
    if gold is None:
        return True
    if pred is None:
        return False
    if "/" in gold:
        lo, hi = gold.split("/", 1)
        p = pred[: max(len(lo), len(hi))]
        return lo[: len(p)] <= p <= hi[: len(p)] and len(pred) >= min(len(lo), len(hi), 7)
    if len(pred) < len(gold):
        return False
    return pred[: len(gold)] == gold


def _matches(level: str, p: Pred, g: Gold) -> bool:
    if level == "pair":
        return {p.source, p.target} == {g.source, g.target}
    ordered = (p.source, p.target) == (g.source, g.target)
    if g.symmetric:
        ordered = ordered or (p.source, p.target) == (g.target, g.source)
    if not ordered or p.root not in g.roots:
        return False
    return level == "triple" or date_agrees(p.date, g.date)


def _key(level: str, p: Pred) -> tuple[Any, ...]:
    if level == "pair":
        return tuple(sorted((p.source, p.target)))
    if level == "triple":
        return (p.source, p.target, p.root)
    return (p.source, p.target, p.root, p.date)


def _max_matching(preds: list[Pred], golds: list[Gold], level: str) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): pred index -> gold index."""
    adj = [[j for j, g in enumerate(golds) if _matches(level, p, g)] for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_article(preds: list[Pred], golds: list[Gold], level: str
                  ) -> tuple[LevelScore, list[Gold], list[Pred]]:
    unique: dict[tuple[Any, ...], Pred] = {}
    for p in preds:
        unique.setdefault(_key(level, p), p)
    plist = list(unique.values())
    required = [g for g in golds if not g.optional]
    optional = [g for g in golds if g.optional]
    matched = _max_matching(plist, required, level)
    s = LevelScore(tp=len(matched))
    fps: list[Pred] = []
    for i, p in enumerate(plist):
        if i in matched:
            continue
        if any(_matches(level, p, g) for g in optional):
            continue  # dropped from both counts
        fps.append(p)
    s.fp = len(fps)
    hit = set(matched.values())
    misses = [g for j, g in enumerate(required) if j not in hit]
    s.fn = len(misses)
    return s, misses, fps


def preds_from_events(events: Iterable[Event | dict[str, Any]]) -> dict[str, list[Pred]]:
    """Reduce events (objects or prediction-file dicts) to scoring keys, per article; an
    event of three or more parties counts as the pairs it stands for."""
    out: dict[str, list[Pred]] = {}
    first: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}
    for e in _pairwise(events):
        d = e.to_json() if isinstance(e, Event) else e
        if d.get("modality", "asserted") != "asserted":
            continue
        src, tgt = d["source"], d["target"]
        if src.get("kind") == "group" or tgt.get("kind") == "group":
            continue
        cameo = str(d["cameo"])
        if not re.match(r"^\d{2}", cameo):
            continue
        sentence = (d.get("evidence") or {}).get("sentence", "")
        a, b = _code(src["code"]), _code(tgt["code"])
        if d.get("symmetric"):
            # a mutual pair keeps the direction it first had in the article: a summit's
            # pairs and a later "B and A met" are not other keys than "A met B"
            way = first.setdefault((d["article"], frozenset((a, b))), (a, b))
            a, b = way if way[0] != way[1] else (a, b)
        out.setdefault(d["article"], []).append(Pred(a, b, cameo[:2], d.get("date"), sentence))
    return out


def _pairwise(events: Iterable[Event | dict[str, Any]]) -> Iterator[Event | dict[str, Any]]:
    for e in events:
        if isinstance(e, dict) and e.get("participants"):
            e = event_from_json(e)
        yield from (e.pairs() if isinstance(e, Event) else [e])


def score(preds: dict[str, list[Pred]], gold: list[Gold],
          articles: Iterable[str] | None = None) -> Report:
    """Micro-averaged P/R/F1 at each level over the given articles (default: gold's)."""
    by_article: dict[str, list[Gold]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    ids = list(dict.fromkeys(articles or by_article))
    levels = {lvl: LevelScore() for lvl in LEVELS}
    reports = []
    for aid in ids:
        rep = ArticleReport(aid)
        for lvl in LEVELS:
            s, misses, fps = score_article(preds.get(aid, []), by_article.get(aid, []), lvl)
            total = levels[lvl]
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
            if lvl == "triple":
                rep.misses, rep.false_positives = misses, fps
        reports.append(rep)
    return Report(levels, reports)
