"""Alternation matrix: every relation class x every syntactic alternation, in both languages.

A CheckList-style behavioural test (Ribeiro et al. 2020; STYLE.md rule 18). The rows are
generated from tests/data/alternations/{en,fr}.yaml: per alternation a template, per
relation class the forms and actors it fills the template with (see the header of en.yaml).
Each row is one sentence and the exact set of (source, target, CAMEO root) triples the real
pipeline must extract from it; mutual relations compare as unordered pairs, and a relation
with two acceptable roots (a strike: 19 or 18) takes either, once. Three kinds of rows:

- cells (minimum functionality): relation x alternation, e.g. ``en-summon-passive_agent``;
- invariance rows: a date, an adverb, a quoted phrase or a title inserted into the active
  row must leave its expected set unchanged, e.g. ``fr-meet-inv_title``;
- must-not rows: negated, conditional, asked-for and questioned acts give no triple of the
  class (an asked-for act gives only the appeal), e.g. ``en-sanction-not_asked``.

Rows listed in known_gaps.txt run as ``xfail(strict=True)``: the suite passes while the
extractor has those gaps, and a fixed row fails until its line is removed. At the end of a
full run the matrix (pass / FAIL / n/a) is written to MATRIX.md and printed in the terminal
summary. ``KGBUILD_WRITE_KNOWN_GAPS=1`` rewrites known_gaps.txt from the run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import triples

HERE = Path(__file__).resolve().parent / "data" / "alternations"
LANGS = ("en", "fr")
PUBLISHED = "2024-11-12"
KNOWN_GAPS_FILE = HERE / "known_gaps.txt"
MATRIX_FILE = HERE / "MATRIX.md"
WRITE_GAPS_ENV = "KGBUILD_WRITE_KNOWN_GAPS"
NA = "n/a:"

_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")


@dataclass(frozen=True)
class Expect:
    """One triple a row must give: roles already resolved to actor codes."""

    source: str
    target: str
    roots: tuple[str, ...]
    symmetric: bool = False

    def __str__(self) -> str:
        arrow = "<->" if self.symmetric else "->"
        return f"{self.source}{arrow}{self.target} {'|'.join(self.roots)}"


@dataclass(frozen=True)
class Row:
    """One generated sentence and what it must give (or why the cell does not apply)."""

    id: str
    lang: str
    relation: str
    column: str  # an alternation, or inv_<kind> / not_<kind>
    kind: str  # cell | invariance | must_not
    text: str | None
    expected: tuple[Expect, ...]
    na: str | None = None


class DataError(ValueError):
    """The alternation data cannot be turned into rows (a missing form, an unknown role)."""


def _load(lang: str) -> dict[str, Any]:
    with open(HERE / f"{lang}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _roots(value: str | list[str]) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else (str(value),)


def _slots(data: dict[str, Any], rel: dict[str, Any], titled: tuple[str, ...] = ()
           ) -> dict[str, str]:
    """Every slot a template of this relation may name: defaults, forms, actors in roles."""
    slots = {k: str(v) for k, v in (data.get("defaults") or {}).items()}
    slots.update({k: str(v) for k, v in (rel.get("forms") or {}).items()})
    for role, key in rel["actors"].items():
        actor = data["actors"][key]
        for form, value in actor.items():
            if form != "code":
                slots[f"{role}_{form}"] = str(value)
        name = actor["titled"] if role in titled else actor["name"]
        slots[role] = str(name)
    return slots


def _render(template: str, slots: dict[str, str], where: str) -> str:
    text = template
    for _ in range(8):  # forms may name other forms; a cycle stops here
        missing = [m for m in _SLOT.findall(text) if m not in slots]
        if missing:
            raise DataError(f"{where}: no form {missing[0]!r} (add it, or mark the cell n/a)")
        new = _SLOT.sub(lambda m: slots[m.group(1)], text)
        if new == text:
            break
        text = new
    if _SLOT.search(text):
        raise DataError(f"{where}: forms refer to each other in a cycle: {text!r}")
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r" {2,}", " ", text)).strip()
    return text[:1].upper() + text[1:]


def _code(data: dict[str, Any], rel: dict[str, Any], role: str, where: str) -> str:
    try:
        return str(data["actors"][rel["actors"][role]]["code"])
    except KeyError as exc:
        raise DataError(f"{where}: no actor in role {role!r}") from exc


def _expected(data: dict[str, Any], rel: dict[str, Any], spec: dict[str, Any], where: str
              ) -> tuple[Expect, ...]:
    """The exact set a row must give, from its column spec (or cell override) and relation."""
    symmetric = bool(rel.get("symmetric", False))
    roots = _roots(rel["root"])
    if spec.get("root") == "intent":
        if "intent_root" not in rel:
            raise DataError(f"{where}: no intent_root (set one, or mark the cell n/a)")
        roots, symmetric = _roots(rel["intent_root"]), False
    if isinstance(spec.get("expect"), list):
        return tuple(Expect(_code(data, rel, s, where), _code(data, rel, t, where),
                            _roots(r), bool(sym[0]) if sym else False)
                     for s, t, r, *sym in spec["expect"])
    sources = [_code(data, rel, r, where) for r in spec.get("sources", ["S"])]
    if spec.get("expect") == "pairs":
        return tuple(Expect(a, b, roots, True) for a, b in combinations(sources, 2))
    targets = [_code(data, rel, r, where) for r in spec.get("targets", rel.get("targets", ["T"]))]
    return tuple(Expect(s, t, roots, symmetric) for s in sources for t in targets)


def _cell_spec(column_spec: dict[str, Any], override: Any) -> dict[str, Any]:
    if override is None:
        return dict(column_spec)
    if isinstance(override, str):
        return {**column_spec, "template": override}
    return {**column_spec, **override}


def build_rows(lang: str) -> list[Row]:
    """Every row of one language: the cells, then invariance and must-not rows."""
    data = _load(lang)
    rows: list[Row] = []
    for name, rel in data["relations"].items():
        cells = rel.get("cells") or {}
        unknown = set(cells) - set(data["alternations"])
        if unknown:
            raise DataError(f"{lang}-{name}: cells for unknown alternations {sorted(unknown)}")
        active: tuple[Expect, ...] = ()
        for column, column_spec in data["alternations"].items():
            rid, override = f"{lang}-{name}-{column}", cells.get(column)
            if isinstance(override, str) and override.startswith(NA):
                rows.append(Row(rid, lang, name, column, "cell", None, (),
                                override[len(NA):].strip()))
                continue
            spec = _cell_spec(column_spec, override)
            text = _render(spec["template"], _slots(data, rel), rid)
            expected = _expected(data, rel, spec, rid)
            if column == "active":
                active = expected
            rows.append(Row(rid, lang, name, column, "cell", text, expected))
        for kind in rel.get("invariance", []):
            rid, spec = f"{lang}-{name}-inv_{kind}", data["invariance"][kind]
            if not active:
                raise DataError(f"{rid}: invariance needs the active row")
            text = _render(spec["template"], _slots(data, rel, tuple(spec.get("titled", ()))), rid)
            rows.append(Row(rid, lang, name, f"inv_{kind}", "invariance", text, active))
        for kind in rel.get("must_not", []):
            rid, spec = f"{lang}-{name}-not_{kind}", data["must_not"][kind]
            text = _render(spec["template"], _slots(data, rel), rid)
            expected = (_expected(data, rel, spec, rid)
                        if isinstance(spec.get("expect"), list) else ())
            rows.append(Row(rid, lang, name, f"not_{kind}", "must_not", text, expected))
    return rows


def agrees(got: set[tuple[str, str, str]], expected: tuple[Expect, ...]) -> bool:
    """True when `got` is exactly `expected`: each expected triple matched by one triple.

    A mutual expectation takes either order; one with several roots takes any one of them,
    but only once (19 and 18 for the same strike is one right and one wrong triple).
    """
    used: set[tuple[str, str, str]] = set()
    for e in expected:
        hits = {g for g in got if g[2] in e.roots and (
            (g[0], g[1]) == (e.source, e.target)
            or (e.symmetric and (g[1], g[0]) == (e.source, e.target)))}
        if len(hits) != 1 or hits & used:
            return False
        used |= hits
    return used == got


def _known_gaps() -> set[str]:
    if not KNOWN_GAPS_FILE.exists():
        return set()
    lines = KNOWN_GAPS_FILE.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")}


ROWS = [row for lang in LANGS for row in build_rows(lang)]
KNOWN_GAPS = _known_gaps()


def _params(kind: str) -> list[Any]:
    out = []
    for row in ROWS:
        if row.kind != kind or row.na is not None:
            continue
        marks = [pytest.mark.xfail(strict=True, reason="known gap (known_gaps.txt)")] \
            if row.id in KNOWN_GAPS else []
        out.append(pytest.param(row, id=row.id, marks=marks))
    return out


# ---------------------------------------------------------------- matrix and report


def _status(results: dict[str, tuple[bool, Any]], row: Row) -> str:
    if row.na is not None:
        return "n/a"
    if row.id not in results:
        return "?"
    return "pass" if results[row.id][0] else "FAIL"


def _fmt(expected: tuple[Expect, ...]) -> str:
    return ", ".join(str(e) for e in expected) or "nothing"


def matrix_markdown(results: dict[str, tuple[bool, Any]], details: bool = True) -> str:
    """The matrix per language (relation x alternation), counts, and the failing rows."""
    out = ["# Alternation matrix", "",
           "Generated by `tests/test_alternations.py` from `en.yaml` and `fr.yaml`; do not "
           "edit.", f"Extractor run with `published={PUBLISHED}`. Cells: pass / FAIL / n/a; "
           "the last two columns give the invariance and must-not rows of each relation.", ""]
    for lang in LANGS:
        rows = [r for r in ROWS if r.lang == lang]
        relations = list(dict.fromkeys(r.relation for r in rows))
        columns = list(dict.fromkeys(r.column for r in rows if r.kind == "cell"))
        cells = [r for r in rows if r.kind == "cell"]
        counts = {s: sum(_status(results, r) == s for r in cells)
                  for s in ("pass", "FAIL", "n/a", "?")}
        out += [f"## {lang}", "",
                f"Cells: {len(cells)} (pass {counts['pass']}, FAIL {counts['FAIL']}, "
                f"n/a {counts['n/a']}" + (f", not run {counts['?']}" if counts["?"] else "")
                + ")."]
        for kind, label in (("invariance", "Invariance"), ("must_not", "Must-not")):
            krows = [r for r in rows if r.kind == kind]
            ok = sum(_status(results, r) == "pass" for r in krows)
            out.append(f"{label} rows: {len(krows)} (pass {ok}, FAIL "
                       f"{sum(_status(results, r) == 'FAIL' for r in krows)}).")
        out += ["", "| relation | " + " | ".join(columns) + " | invariance | must-not |",
                "|---" * (len(columns) + 3) + "|"]
        for rel in relations:
            by = {r.column: r for r in rows if r.relation == rel}
            line = [rel] + [_status(results, by[c]) if c in by else "" for c in columns]
            for kind in ("invariance", "must_not"):
                extra = [r for r in rows if r.relation == rel and r.kind == kind]
                line.append(", ".join(f"{r.column.split('_', 1)[1]} {_status(results, r)}"
                                      for r in extra))
            out.append("| " + " | ".join(line) + " |")
        out.append("")
        if details:
            failing = [r for r in rows if _status(results, r) == "FAIL"]
            if failing:
                out += [f"### {lang}: failing rows", "",
                        "| row | sentence | expected | got |", "|---|---|---|---|"]
                for r in failing:
                    got = ", ".join(f"{s}->{t} {c}" for s, t, c in sorted(results[r.id][1]))
                    out.append(f"| {r.id} | {r.text} | {_fmt(r.expected)} | {got or 'nothing'} |")
                out.append("")
            na = [r for r in rows if r.na is not None]
            out += [f"### {lang}: cells that do not apply", ""]
            out += [f"- {r.id}: {r.na}" for r in na] + [""]
    return "\n".join(out)


class _Summary:
    """A plugin registered for this session: prints the matrix in the terminal summary."""

    def __init__(self) -> None:
        self.text: str | None = None

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.text:
            terminalreporter.section("alternation matrix")
            for line in self.text.splitlines():
                terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def alternation_results(request):
    """Row id -> (agrees, triples got); at session end, the matrix is written and printed."""
    results: dict[str, tuple[bool, Any]] = {}
    summary = _Summary()
    request.config.pluginmanager.register(summary, "kgbuild-alternation-matrix")
    yield results
    if not results:
        return
    complete = all(r.id in results for r in ROWS if r.na is None)
    if complete:
        MATRIX_FILE.write_text(matrix_markdown(results), encoding="utf-8")
        if os.environ.get(WRITE_GAPS_ENV):
            failing = sorted(r.id for r in ROWS if r.id in results and not results[r.id][0])
            KNOWN_GAPS_FILE.write_text(
                "# Rows of tests/test_alternations.py the extractor does not pass yet; each\n"
                "# runs as xfail(strict=True). Remove a line when its row passes (the run\n"
                "# fails until you do). Regenerate from a full run:\n"
                f"#   {WRITE_GAPS_ENV}=1 pytest tests/test_alternations.py\n"
                + "".join(f"{rid}\n" for rid in failing), encoding="utf-8")
    note = "" if complete else "\n(partial run: MATRIX.md not written)\n"
    summary.text = matrix_markdown(results, details=False) + note


def _check(row: Row, extract_text, results) -> None:
    assert row.text is not None
    got = triples(extract_text(row.text, row.lang, published=PUBLISHED))
    ok = agrees(got, row.expected)
    results[row.id] = (ok, got)
    assert ok, f"{row.text!r}: expected {_fmt(row.expected)}, got {sorted(got) or 'nothing'}"


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("row", _params("cell"))
def test_alternations_cell_gives_exact_triples(row, extract_text, alternation_results):
    _check(row, extract_text, alternation_results)


@pytest.mark.parametrize("row", _params("invariance"))
def test_alternations_inserted_material_changes_nothing(row, extract_text, alternation_results):
    _check(row, extract_text, alternation_results)


@pytest.mark.parametrize("row", _params("must_not"))
def test_alternations_must_not_gives_no_act(row, extract_text, alternation_results):
    _check(row, extract_text, alternation_results)


@pytest.mark.parametrize("lang", LANGS)
def test_alternations_actors_resolve_to_their_codes(lang):
    from kgbuild.actors import load_actors

    table, data = load_actors(()), _load(lang)
    wrong = []
    for key, actor in data["actors"].items():
        forms = [actor["name"], actor.get("seat")] + [v for k, v in actor.items()
                                                      if k.startswith("adj")]
        for form in filter(None, forms):
            codes = {r["code"] for r in table.describe(str(form), PUBLISHED)}
            if codes != {actor["code"]}:
                wrong.append(f"{key}: {form!r} -> {sorted(map(str, codes))}, not {actor['code']}")
    assert not wrong, wrong


def test_alternations_languages_cover_the_same_cells():
    cells = {lang: {(r.relation, r.column) for r in ROWS if r.lang == lang and r.kind == "cell"}
             for lang in LANGS}
    assert cells["en"] == cells["fr"]


def test_alternations_known_gaps_name_real_rows():
    runnable = {r.id for r in ROWS if r.na is None}
    assert not KNOWN_GAPS - runnable, sorted(KNOWN_GAPS - runnable)


def test_alternations_agrees_is_exact():
    e = (Expect("FRA", "CHN", ("04",), True),)
    assert agrees({("CHN", "FRA", "04")}, e)
    assert not agrees({("CHN", "FRA", "04"), ("FRA", "CHN", "03")}, e)
    strike = (Expect("ISR", "IRN", ("19", "18")),)
    assert agrees({("ISR", "IRN", "18")}, strike)
    assert not agrees({("ISR", "IRN", "18"), ("ISR", "IRN", "19")}, strike)
    assert not agrees({("IRN", "ISR", "19")}, strike)
    assert agrees(set(), ()) and not agrees({("EU", "TUR", "02")}, ())
