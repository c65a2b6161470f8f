import pytest

from kgbuild.errors import FilterInvalid
from kgbuild.filters import EventFilter


def _row(date, source="RUS", target="CHN", cameo="040", conf=0.8, participants=()):
    return {"date": date, "source": source, "target": target, "relation": "CONSULT",
            "cameo": cameo, "confidence": conf, "participants": list(participants)}


@pytest.mark.parametrize(("date", "since", "until", "kept"), [
    ("2024-11-12", "2024-11-01", "2024-11-30", True),
    ("2024-11", "2024-11-20", None, True),       # a month meets a range that starts in it
    ("2024-10", "2024-11-01", None, False),
    ("2024", None, "2024-01-01", True),
    ("2025-01-01", None, "2024-12", False),
    (None, "2020", None, False),                 # undated: out once a bound is given
    (None, None, None, True),
])
def test_filters_dates_of_any_precision(date, since, until, kept):
    assert EventFilter.of(since, until).matches(_row(date)) is kept


def test_filters_actors_are_all_involved_and_parties_count():
    summit = _row("2024-10-22", None, None, participants=[
        {"code": "CHN", "role": "participant"}, {"code": "RUS", "role": "participant"},
        {"code": "IND", "role": "participant"}])
    assert EventFilter.of(actors=["rus", "ind"]).matches(summit)
    assert not EventFilter.of(actors=["RUS", "BRA"]).matches(summit)
    assert EventFilter.of(actors=["CHN"]).matches(_row("2024"))
    assert not EventFilter.of(roots=["4"]).matches(_row("2024", cameo="111"))
    assert not EventFilter.of(min_confidence=0.9).matches(_row("2024"))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"since": "12/03/2024"}, "--since '12/03/2024': write a date as YYYY"),
    ({"roots": ["21"]}, "--root '21': a CAMEO root is two digits"),
    ({"min_confidence": 2.0}, "--min-confidence 2.0: between 0 and 1"),
])
def test_filters_bad_values_say_what_to_write(kwargs, message):
    with pytest.raises(FilterInvalid, match=message):
        EventFilter.of(**kwargs)


def test_filters_sql_keeps_what_matches_keeps(tmp_path):
    """The store's SQL and the Python filter (for rows from Neo4j) agree."""
    from kgbuild.articles import Article
    from kgbuild.events import ActorRef, Event, Evidence
    from kgbuild.store import Store

    def ev(src, tgt, cameo, rel, date, conf):
        return Event("a", ActorRef(src, src, "state"), ActorRef(tgt, tgt, "state"), rel, cameo,
                     False, date, None, "day" if date and len(date) == 10 else "month", conf,
                     Evidence("S.", 0, 2, "x", 0, 1))
    events = [ev("RUS", "CHN", "040", "CONSULT", "2024-11-12", 0.9),
              ev("RUS", "UKR", "190", "FIGHT", "2024-11", 0.6),
              ev("FRA", "DEU", "057", "SIGN_AGREEMENT", None, 0.8),
              ev("CHN", "USA", "111", "CRITICIZE", "2023-02-01", 0.7)]
    with Store(tmp_path / "k.db") as s:
        s.add([(Article("a", "S."), events)])
        every = list(s.event_rows())
        for flt in [EventFilter.of("2024-11-20"), EventFilter.of(until="2024"),
                    EventFilter.of(actors=["RUS"]), EventFilter.of(roots=["04", "19"]),
                    EventFilter.of(relations=["criticize"]),
                    EventFilter.of(min_confidence=0.75), EventFilter.of(actors=["RUS", "CHN"])]:
            by_sql = {r["id"] for r in s.event_rows(flt)}
            assert by_sql == {r["id"] for r in every if flt.matches(r)}, flt
            assert by_sql != {r["id"] for r in every}
