"""Saved Cypher queries: queries/*.cypher with // Title, // description and // params lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from .errors import QueryNotFound


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: tuple[str, ...]
    cypher: str


def _parse(name: str, text: str) -> SavedQuery:
    lines = text.splitlines()
    title = lines[0].removeprefix("//").strip() if lines else name
    desc = [line.removeprefix("// description:").strip() for line in lines
            if line.startswith("// description:")]
    params = next((line.removeprefix("// params:").strip() for line in lines
                   if line.startswith("// params:")), "")
    names = tuple(p.strip().split(" ")[0] for p in _top_level(params)
                  if p.strip() and not p.strip().startswith("("))
    return SavedQuery(name, title, " ".join(desc), names, text)


def _top_level(params: str) -> list[str]:
    """"actor (code, e.g. RUS), from (date)" split at the commas outside brackets."""
    out, depth, cur = [], 0, ""
    for ch in params:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def list_queries() -> list[SavedQuery]:
    folder = resources.files("kgbuild").joinpath("queries")
    out = [_parse(f.name.removesuffix(".cypher"), f.read_text("utf-8"))
           for f in folder.iterdir() if f.name.endswith(".cypher")]
    return sorted(out, key=lambda q: q.name)


def get_query(name: str) -> SavedQuery:
    for q in list_queries():
        if q.name == name:
            return q
    raise QueryNotFound(f"no saved query {name!r}: 'kgbuild queries' lists them")


def parse_params(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> dict[str, Any]:
    """-p key value: integers, floats and ISO dates become typed values."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        v: Any = value
        if re.fullmatch(r"-?\d+", value):
            v = int(value)
        elif re.fullmatch(r"-?\d+\.\d+", value):
            v = float(value)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            v = date.fromisoformat(value)
        out[key] = v
    return out
