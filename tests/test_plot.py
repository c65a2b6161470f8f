"""The paper figure: monthly events by QuadClass over the Goldstein balance, PNG or SVG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kgbuild.errors import OutputUnwritable
from kgbuild.plot import monthly, plot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def row(id_: str, when: str | None, quad: int = 1, gold: float = 1.0,
        parties: tuple[str, ...] = ("AAA", "BBB")) -> dict[str, Any]:
    many = len(parties) > 2
    return {"id": id_, "source": None if many else parties[0], "relation": "CONSULT",
            "target": None if many else parties[1], "cameo": "040", "date": when,
            "confidence": 0.9, "quad_class": quad, "goldstein": gold,
            "participants": [{"code": c, "role": "participant"} for c in parties]
            if many else [], "evidence": []}


EVENTS = [row("e1", "2023-01-05", 1, 3.0), row("e2", "2023-01-20", 4, -10.0),
          row("e3", "2023-03", 2, 7.0, parties=("AAA", "BBB", "CCC")),
          row("e4", "2023", 3, -4.0), row("e5", None, 1, 1.0)]


def test_png_and_svg(tmp_path: Path) -> None:
    png, svg, named = tmp_path / "f.png", tmp_path / "f.SVG", tmp_path / "n.svg"
    assert plot(EVENTS, png, actors=("AAA", "BBB")) == 3
    assert plot(EVENTS, svg, title="My figure") == 3
    assert png.stat().st_size > 10_000 and png.read_bytes()[:8] == PNG_MAGIC
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text[:500]
    assert "<!-- My figure -->" in text  # matplotlib writes each text as a comment
    plot(EVENTS, named, actors=("AAA", "BBB"))
    text = named.read_text(encoding="utf-8")
    assert "<!-- AAA – BBB: 2023-01 to 2023-03 -->" in text  # the pair and the span
    assert "Not shown: 1 dated to a year only, 1 undated." in text
    for label in ("1 verbal cooperation", "4 material conflict", "QuadClass"):
        assert f"<!-- {label} -->" in text


def test_svg_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    plot(EVENTS, a)
    plot(EVENTS, b)
    assert a.read_bytes() == b.read_bytes()
    assert "<dc:date>" not in a.read_text(encoding="utf-8")


def test_months_quads_and_balance() -> None:
    counts, balance, left_out = monthly(EVENTS + [EVENTS[2]])  # a repeated row: once
    assert {m: dict(c) for m, c in counts.items()} == {"2023-01": {1: 1, 4: 1},
                                                       "2023-03": {2: 1}}
    assert balance == {"2023-01": -7.0, "2023-03": 7.0}
    assert left_out == {"dated to a year only": 1, "undated": 1}


def test_event_of_three_parties_counts_once(tmp_path: Path) -> None:
    three = [row("m1", "2024-05-01", parties=("AAA", "BBB", "CCC", "DDD"))]
    assert plot(three, tmp_path / "m.png") == 1
    counts, _, _ = monthly(three)
    assert sum(counts["2024-05"].values()) == 1


def test_missing_quad_class_comes_from_the_ontology() -> None:
    event = row("o1", "2024-02-02")
    event.update(quad_class=None, goldstein=None)
    counts, balance, _ = monthly([event])
    assert sum(counts["2024-02"].values()) == 1 and balance["2024-02"] != 0


@pytest.mark.parametrize("name", ["f.pdf", "f.jpg", "noext"])
def test_bad_suffix(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputUnwritable, match=r"\.png or \.svg"):
        plot(EVENTS, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputUnwritable):
        plot(EVENTS, tmp_path / "nope" / "f.png")


def test_no_dated_event_still_draws(tmp_path: Path) -> None:
    out = tmp_path / "empty.png"
    assert plot([row("u", None)], out) == 0
    assert out.read_bytes()[:8] == PNG_MAGIC
