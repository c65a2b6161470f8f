"""Time expressions in French and English, resolved against the publication date.

Rules follow the annotation guidelines: a weekday is the latest such day on or before
publication ("dernier"/"last": strictly before); "hier"/"yesterday" the day before;
"en février 2022" is 2022-02; "depuis"/"since" gives the start of an ongoing relation.
Without a publication date, relative expressions stay unresolved (None).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .folding import fold
from .lang import DEFAULT, DateWords, languages, load_language


@dataclass(frozen=True)
class DateExpr:
    """A time expression: where it is, what it says, and its resolved value."""

    start: int  # character offsets in the text given to find_dates
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None (unresolved)
    precision: str | None  # day | month | year
    since: bool = False


def _month_before(pub: date | None, month: int) -> int | None:
    """The year of the latest `month` on or before publication."""
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


# How far ahead of publication a day named without its year may lie: "le 20 juin" in a
# story of 12 June is the coming one (a meeting set for it), not last year's
AHEAD_DAYS = 62


def _day_year(pub: date, month: int, day: int) -> int:
    """The year of a day named without one: the latest on or before publication, unless
    the day falls in the weeks just after it (across New Year too: "le 5 janvier" in a
    story of 20 December is the coming one)."""
    for year in (pub.year, pub.year + 1):
        try:
            ahead = (date(year, month, day) - pub).days
        except ValueError:  # 29 February
            continue
        if 0 < ahead <= AHEAD_DAYS:
            return year
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _resolve(kind: str, m: re.Match[str], words: DateWords, pub: date | None
             ) -> tuple[str | None, str | None]:
    g = m.groupdict()
    if kind in ("dmy", "mdy"):
        month = words.months[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        year = int(g["year"]) if g.get("year") else None
        if year is None and pub is not None:
            year = _day_year(pub, month, day)
        if year is None:
            return None, "day"
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None, None
    if kind in ("my", "edge_my"):
        month = words.months[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else _month_before(pub, month)
        return (f"{year:04d}-{month:02d}" if year else None), "month"
    if kind == "year":
        return g["year"], "year"
    if pub is None:
        return None, None
    if kind == "weekday":
        delta = (pub.weekday() - words.weekdays[g["wd"].lower()]) % 7
        if g.get("last") and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    if kind == "relative":
        back = words.relative_days.get(fold(re.sub(r"\s+", " ", g["rel"])), 0)
        return (pub - timedelta(days=back)).isoformat(), "day"
    if kind == "period":
        span = words.periods.get(fold(re.sub(r"\s+", " ", g["period"])), "this_month")
        return _period(span, pub)
    return None, None


def _period(span: str, pub: date) -> tuple[str, str]:
    """A vague span at the precision the guidelines score it: "last week" is the month it
    fell in, "last month" the month before, "last year" the year before."""
    if span == "last_week":
        return (pub - timedelta(days=7)).isoformat()[:7], "month"
    if span == "last_month":
        return (pub.replace(day=1) - timedelta(days=1)).isoformat()[:7], "month"
    if span == "last_year":
        return str(pub.year - 1), "year"
    if span == "this_year":
        return str(pub.year), "year"
    return pub.isoformat()[:7], "month"


def find_dates(text: str, lang: str, published: str | None) -> list[DateExpr]:
    """Every time expression in `text`, leftmost-longest, resolved against `published`."""
    pub = date.fromisoformat(published) if published else None
    words = load_language(lang if lang in languages() else DEFAULT).dates
    since = re.compile(rf"({'|'.join(words.since_words) or '(?!x)x'})\s*(?:le\s+|l'|la\s+)?$",
                       re.IGNORECASE)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    later: list[tuple[re.Match[str], int]] = []
    for kind, rx in words.patterns:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "later":
                later.append((m, _span_days(m, words)))
                taken.append((s, e))
                continue
            if kind == "my" and m.group("month").lower() in words.bare_month_words \
                    and not m.group("year") and \
                    not m.group(0).lower().startswith(words.month_markers or ("\0",)):
                continue  # "mar"/"may" are words too
            value, precision = _resolve(kind, m, words, pub)
            is_since = bool(since.search(text[max(0, s - 12):s])) or \
                m.group(0).lower().startswith(words.since_words or ("\0",))
            found.append(DateExpr(s, e, m.group(0), value, precision, is_since))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    for m, days in later:
        # "Neuf jours plus tard", "two weeks later", "le lendemain": from the date told
        # last before it
        before = [d for d in found if d.start < m.start() and d.value and not d.since]
        if before:  # (with none, it says nothing the extractor can use)
            found.append(DateExpr(m.start(), m.end(), m.group(0), *_after(before[-1], days)))
    found.sort(key=lambda d: d.start)
    return found


def _span_days(m: re.Match[str], words: DateWords) -> int:
    """The days a `later` match counts: its number times its unit, or a fixed span."""
    g = m.groupdict()
    if g.get("nd"):
        return words.next_days.get(fold(re.sub(r"\s+", " ", g["nd"])), 1)
    n = g.get("n") or "1"
    count = int(n) if n.isdigit() else words.numbers.get(fold(n), 1)
    return count * words.units.get(fold(g.get("unit") or ""), 1)


def _after(prev: DateExpr, days: int) -> tuple[str | None, str | None]:
    """`days` after a resolved date, at that date's precision; a span of 30 or 365 days
    ("two months later", "deux ans plus tard") counts calendar months or years."""
    assert prev.value is not None
    if days % 365 == 0:
        return _months_after(prev, 12 * (days // 365))
    if days % 30 == 0:
        return _months_after(prev, days // 30)
    if prev.precision == "day":
        return (date.fromisoformat(prev.value) + timedelta(days=days)).isoformat(), "day"
    if prev.precision == "month":  # ("en décembre ... neuf jours plus tard": December)
        first = date.fromisoformat(prev.value + "-01")
        return (first + timedelta(days=days)).isoformat()[:7], "month"
    return prev.value[:4], "year"


def _months_after(prev: DateExpr, months: int) -> tuple[str, str | None]:
    """A date `months` calendar months after a resolved one, at its precision (the day
    kept, or the month's last)."""
    assert prev.value is not None
    year, month, day = (int(x) for x in (prev.value + "-01-01")[:10].split("-"))
    year, month = year + (month - 1 + months) // 12, (month - 1 + months) % 12 + 1
    if prev.precision == "day":
        day = min(day, calendar.monthrange(year, month)[1])
        return date(year, month, day).isoformat(), "day"
    if prev.precision == "month":
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", prev.precision
