from kgbuild.evaluate import Gold, Pred, date_agrees, score, score_article


def g(src, tgt, roots, date=None, sym=False, opt=False, art="a"):
    return Gold(art, src, tgt, frozenset(roots), sym, date, opt)


def test_evaluate_date_agreement():
    assert date_agrees("2024-11-12", "2024-11")
    assert date_agrees("2024-11-12", None)
    assert not date_agrees(None, "2024")
    assert not date_agrees("2024-11", "2024-11-12")
    assert date_agrees("2023-03-08", "2023-03-06/2023-03-10")
    assert not date_agrees("2023-03-11", "2023-03-06/2023-03-10")
    # at the prediction's own precision, a day or a month, not a year (GUIDELINES.md)
    assert date_agrees("2023-03", "2023-03-06/2023-03-10")
    assert date_agrees("2023-04", "2023-03-28/2023-04-03")
    assert not date_agrees("2023-02", "2023-03-06/2023-03-10")
    assert not date_agrees("2023", "2023-03-06/2023-03-10")
    assert date_agrees("2023", "2022/2024")


def test_evaluate_symmetric_and_roots():
    golds = [g("RUS", "CHN", ["04"], sym=True), g("PRK", "RUS", ["05", "06"])]
    preds = [Pred("CHN", "RUS", "04", None), Pred("RUS", "PRK", "05", None)]
    s, misses, fps = score_article(preds, golds, "triple")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    s, _, _ = score_article(preds, golds, "pair")
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_evaluate_optional_dropped_and_duplicates_collapse():
    golds = [g("RUS", "CHN", ["04"], opt=True), g("USA", "CHN", ["11"])]
    preds = [Pred("RUS", "CHN", "04", None), Pred("USA", "CHN", "11", "2024"),
             Pred("USA", "CHN", "11", "2024")]
    s, _, _ = score_article(preds, golds, "triple")
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_evaluate_one_to_one_matching():
    golds = [g("USA", "CHN", ["11"], date="2023-11-15"), g("USA", "CHN", ["11"], date="2023-11-16")]
    preds = [Pred("USA", "CHN", "11", "2023-11-16")]
    s, _, _ = score_article(preds, golds, "dated")
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_evaluate_unsc_scored_as_un_and_micro_average():
    from kgbuild.evaluate import preds_from_events

    events = [{"article": "a", "source": {"code": "UNSC", "kind": "organisation"},
               "target": {"code": "PRK", "kind": "state"}, "cameo": "163", "date": None},
              {"article": "a", "source": {"code": "HAMAS", "kind": "group"},
               "target": {"code": "ISR", "kind": "state"}, "cameo": "180", "date": None}]
    rep = score(preds_from_events(events), [g("UN", "PRK", ["16"])])
    assert rep.levels["triple"].tp == 1 and rep.levels["triple"].fp == 0
