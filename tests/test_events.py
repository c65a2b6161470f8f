from kgbuild.events import ActorRef, Event, Evidence, Participant, derived_pairs, event_from_json


def _actor(code: str) -> ActorRef:
    return ActorRef(code, code, "state")


def _summit(roles: list[tuple[str, str]], date: str = "2024-10-22") -> Event:
    parts = tuple(Participant(_actor(c), r) for c, r in roles)
    first = derived_pairs(roles)[0]
    return Event("a1", _actor(first[0]), _actor(first[1]), "CONSULT", "040", True, date,
                 None, "day", 0.8, Evidence("S.", 0, 2, "met", 0, 1), participants=parts)


def test_events_participants_stand_for_every_pair():
    e = _summit([("CHN", "participant"), ("RUS", "participant"), ("IND", "participant")])
    assert [(p.source.code, p.target.code) for p in e.pairs()] == \
        [("CHN", "RUS"), ("CHN", "IND"), ("RUS", "IND")]
    assert all(not p.participants for p in e.pairs())


def test_events_host_and_mediator_pair_with_each_participant_only():
    assert derived_pairs([("QAT", "mediator"), ("USA", "participant"),
                          ("AFG", "participant")]) == [("QAT", "USA"), ("QAT", "AFG")]
    assert derived_pairs([("SAU", "initiator"), ("ARE", "initiator"),
                          ("QAT", "participant")]) == [("SAU", "QAT"), ("ARE", "QAT")]


def test_events_summit_id_ignores_order_and_json_round_trips():
    a = _summit([("CHN", "participant"), ("RUS", "participant"), ("IND", "participant")])
    b = _summit([("IND", "participant"), ("CHN", "participant"), ("RUS", "participant")])
    assert a.event_id == b.event_id != _summit([("CHN", "participant"), ("RUS", "participant"),
                                                ("BRA", "participant")]).event_id
    data = a.to_json()
    assert data["source"] is None and data["target"] is None
    assert [p["code"] for p in data["participants"]] == ["CHN", "RUS", "IND"]
    back = event_from_json(data)
    assert back.event_id == a.event_id and back.participants == a.participants
