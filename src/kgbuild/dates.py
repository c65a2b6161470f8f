"""Time expressions in French and English, resolved against the publication date.

Rules follow the annotation guidelines: a weekday is the latest such day on or before
publication ("dernier"/"last": strictly before); "hier"/"yesterday" the day before;
"en février 2022" is 2022-02; "depuis"/"since" gives the start of an ongoing relation.
Without a publication date, relative expressions stay unresolved (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_FR = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
             "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
             "novembre": 11, "décembre": 12, "decembre": 12}
MONTHS_EN = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
             "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
             "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
             "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
DAYS_FR = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
           "dimanche": 6}
DAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6}


@dataclass(frozen=True)
class DateExpr:
    """A time expression: where it is, what it says, and its resolved value."""

    start: int  # character offsets in the text given to find_dates
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None (unresolved)
    precision: str | None  # day | month | year
    since: bool = False


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MFR, _MEN = _alt(MONTHS_FR), _alt(MONTHS_EN)
_DFR, _DEN = _alt(DAYS_FR), _alt(DAYS_EN)
_Y = r"(?P<year>(?:19|20)\d{2})"

PATTERNS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("dmy", rf"\b(?:le\s+)?(?P<day>[0-3]?\d)(?:er)?\s+(?P<month>{_MFR})(?:\s+{_Y})?\b"),
        ("edge_my", rf"\b(?P<edge>fin|début|mi|courant)[\s-]+(?P<month>{_MFR})(?:\s+{_Y})?\b"),
        ("my", rf"\b(?:en\s+|d'|de\s+)?(?P<month>{_MFR})(?:\s+{_Y})?\b"),
        ("weekday", rf"\b(?P<wd>{_DFR})(?P<last>\s+dernier)?(?:\s+(?:soir|matin|après-midi))?\b"),
        ("yesterday", r"\b(?P<rel>avant-hier|hier|aujourd'hui|aujourd’hui|ce\s+matin|ce\s+soir)\b"),
        ("period", r"\b(?P<period>cette\s+semaine|la\s+semaine\s+dernière|le\s+mois\s+dernier"
                   r"|ce\s+mois-ci|l'an\s+dernier|l’an\s+dernier|l'année\s+dernière"
                   r"|l’année\s+dernière|cette\s+année|début\s+du\s+mois|plus\s+tôt\s+ce\s+mois-ci)\b"),
        ("year", rf"\b(?:en|depuis|dès|de)\s+{_Y}\b"),
    ],
    "en": [
        ("mdy", rf"\b(?P<month>{_MEN})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_Y})?\b"),
        ("dmy", rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MEN})"
                rf"(?:\s+{_Y})?\b"),
        ("edge_my", rf"\b(?P<edge>late|early|mid)[\s-]+(?P<month>{_MEN})(?:\s+{_Y})?\b"),
        ("my", rf"\b(?:in\s+|since\s+)?(?P<month>{_MEN.replace('|may', '')})(?:\s+{_Y})?\b"),
        ("my", rf"\b(?:in|since|of)\s+(?P<month>may)(?:\s+{_Y})?\b"),
        ("weekday", rf"\b(?:on\s+)?(?P<last>last\s+)?(?P<wd>{_DEN})\b"),
        ("yesterday", r"\b(?P<rel>yesterday|today|this\s+morning|tonight)\b"),
        ("period", r"\b(?P<period>this\s+week|last\s+week|last\s+month|earlier\s+this\s+month"
                   r"|this\s+month|last\s+year|this\s+year|earlier\s+this\s+year)\b"),
        ("year", rf"\b(?:in|since|by|from|of)\s+{_Y}\b"),
    ],
}
COMPILED = {lang: [(kind, re.compile(p, re.IGNORECASE)) for kind, p in pats]
            for lang, pats in PATTERNS.items()}
SINCE = re.compile(r"(depuis|since|dès)\s*(?:le\s+|l'|la\s+)?$", re.IGNORECASE)


def _month_before(pub: date | None, month: int) -> int | None:
    """The year of the latest `month` on or before publication."""
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _resolve(kind: str, m: re.Match[str], lang: str, pub: date | None
             ) -> tuple[str | None, str | None]:
    g = m.groupdict()
    months = MONTHS_FR if lang == "fr" else MONTHS_EN
    if kind in ("dmy", "mdy"):
        month = months[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        year = int(g["year"]) if g.get("year") else None
        if year is None and pub is not None:
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        if year is None:
            return None, "day"
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None, None
    if kind in ("my", "edge_my"):
        month = months[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else _month_before(pub, month)
        return (f"{year:04d}-{month:02d}" if year else None), "month"
    if kind == "year":
        return g["year"], "year"
    if pub is None:
        return None, None
    if kind == "weekday":
        days = DAYS_FR if lang == "fr" else DAYS_EN
        wd = days[g["wd"].lower()]
        delta = (pub.weekday() - wd) % 7
        if g.get("last") and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    if kind == "yesterday":
        rel = g["rel"].lower()
        back = 2 if rel.startswith("avant") else 1 if rel in ("hier", "yesterday") else 0
        return (pub - timedelta(days=back)).isoformat(), "day"
    if kind == "period":
        p = re.sub(r"\s+", " ", g["period"].lower().replace("’", "'"))
        if "semaine dernière" in p or p == "last week":
            return (pub - timedelta(days=7)).isoformat()[:7], "month"
        if "mois dernier" in p or p == "last month":
            first = pub.replace(day=1) - timedelta(days=1)
            return first.isoformat()[:7], "month"
        if "an dernier" in p or "année dernière" in p or p == "last year":
            return str(pub.year - 1), "year"
        if "année" in p or "year" in p:
            return str(pub.year), "year"
        return pub.isoformat()[:7], "month"
    return None, None


def find_dates(text: str, lang: str, published: str | None) -> list[DateExpr]:
    """Every time expression in `text`, leftmost-longest, resolved against `published`."""
    pub = date.fromisoformat(published) if published else None
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in COMPILED.get(lang, COMPILED["en"]):
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "my" and lang == "en" and m.group("month").lower() in ("mar", "may") \
                    and not m.group("year") and not m.group(0).lower().startswith(("in", "since")):
                continue  # "mar"/"may" are words too
            value, precision = _resolve(kind, m, lang, pub)
            since = bool(SINCE.search(text[max(0, s - 12):s])) or \
                m.group(0).lower().startswith(("depuis", "since"))
            found.append(DateExpr(s, e, m.group(0), value, precision, since))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found
