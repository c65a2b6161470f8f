import pytest

from kgbuild.dates import find_dates


@pytest.mark.parametrize("text, lang, published, value, precision", [
    ("a déclaré mardi au ministre", "fr", "2024-11-12", "2024-11-12", "day"),  # same weekday
    ("a ratifié jeudi dernier", "fr", "2023-04-05", "2023-03-30", "day"),
    ("le 27 mars", "fr", "2023-04-05", "2023-03-27", "day"),
    ("le 19 juin 2024", "fr", "2025-01-01", "2024-06-19", "day"),
    ("en février 2022", "fr", "2024-11-12", "2022-02", "month"),
    ("en février", "fr", "2024-01-12", "2023-02", "month"),
    ("fin juillet", "fr", "2024-10-29", "2024-07", "month"),
    ("en 2021", "fr", "2024-10-29", "2021", "year"),
    ("hier", "fr", "2024-01-27", "2024-01-26", "day"),
    ("cette semaine", "fr", "2024-11-12", "2024-11", "month"),
    ("le mois dernier", "fr", "2024-01-12", "2023-12", "month"),
    ("la semaine dernière", "fr", "2023-09-14", "2023-09", "month"),
    ("on Tuesday", "en", "2020-09-16", "2020-09-15", "day"),
    ("last Thursday", "en", "2024-03-11", "2024-03-07", "day"),
    ("on Feb. 26", "en", "2024-03-11", "2024-02-26", "day"),
    ("on Dec. 7", "en", "2023-12-15", "2023-12-07", "day"),
    ("in December 2020", "en", "2024-07-31", "2020-12", "month"),
    ("in August", "en", "2020-09-16", "2020-08", "month"),
    ("earlier this month", "en", "2020-09-16", "2020-09", "month"),
    ("yesterday", "en", "2024-01-27", "2024-01-26", "day"),
    ("last year", "en", "2024-01-27", "2023", "year"),
    # a day named without its year, in the weeks after publication: the coming one
    ("le 20 juin", "fr", "2024-06-12", "2024-06-20", "day"),
    ("on July 3", "en", "2024-06-12", "2024-07-03", "day"),
    ("on Dec. 28", "en", "2024-01-05", "2023-12-28", "day"),
    ("le 30 septembre", "fr", "2024-06-12", "2023-09-30", "day"),
    ("le 5 janvier", "fr", "2024-12-20", "2025-01-05", "day"),
])
def test_dates_resolve(text, lang, published, value, precision):
    found = find_dates(text, lang, published)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_dates_since_marks_start():
    (d,) = find_dates("depuis février 2022", "fr", "2024-11-12")
    assert d.since and d.value == "2022-02"
    (e,) = find_dates("since 2021", "en", "2023-03-11")
    assert e.since and e.value == "2021"


def test_dates_relative_without_publication_stay_unresolved():
    (d,) = find_dates("mardi", "fr", None)
    assert d.value is None
    (e,) = find_dates("en février 2022", "fr", None)
    assert e.value == "2022-02"


def test_dates_may_is_not_always_a_month():
    assert find_dates("China may respond", "en", "2024-01-01") == []


@pytest.mark.parametrize("text, lang, published, values", [
    # a span told from the date before it, at that date's precision
    ("arrêtée en décembre. Neuf jours plus tard, Pékin a répliqué", "fr", "2019-09-06",
     [("2018-12", "month"), ("2018-12", "month")]),
    ("talks on 29 March 2022. Two weeks later, Moscow walked out; the next day, Kyiv "
     "protested", "en", "2022-05-01",
     [("2022-03-29", "day"), ("2022-04-12", "day"), ("2022-04-13", "day")]),
    ("signé le 3 mars. Le lendemain, Alger a protesté", "fr", "2024-03-10",
     [("2024-03-03", "day"), ("2024-03-04", "day")]),
    # with no date before it, it says nothing
    ("Deux jours plus tard, Paris a protesté", "fr", "2024-03-10", []),
    # calendar months and years; "au lendemain de" names what it follows
    ("In March 2022, Sweden applied. Two years later, it joined", "en", "2024-04-01",
     [("2022-03", "month"), ("2024-03", "month")]),
    ("Le 1er octobre, Bakou a frappé. Deux mois plus tard, Erevan a signé", "fr", "2024-12-10",
     [("2024-10-01", "day"), ("2024-12-01", "day")]),
    ("Le 3 mars, Moscou a protesté. Au lendemain de l'élection, Pékin a félicité", "fr",
     "2024-11-12", [("2024-03-03", "day")]),
])
def test_dates_later_counts_from_the_date_before(text, lang, published, values):
    found = find_dates(text, lang, published)
    assert [(d.value, d.precision) for d in found] == values
