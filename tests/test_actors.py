import csv
from importlib import resources as ir

import pytest

from kgbuild.actors import load_actors
from kgbuild.errors import DataFileInvalid


@pytest.fixture(scope="module")
def table():
    return load_actors()


def test_actors_data_valid(table):
    text = ir.files("kgbuild").joinpath("data", "states.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    codes = {r["code"] for r in rows}
    assert len(codes) == len(rows) >= 193
    assert {"XKX", "TWN", "PSE", "VAT", "PRK", "USA"} <= codes
    for org in ("UN", "NATO", "EU", "AU", "ASEAN", "SCO", "CSTO", "ECOWAS", "IAEA", "WTO",
                "IMF", "ICC", "ICJ", "LAS", "G7", "G20", "BRICS", "WEST"):
        assert org in table.actors
    for terms in table.terms.values():
        for t in terms:
            assert t.end is None or t.start < t.end, t


@pytest.mark.parametrize("name, day, code", [
    ("la Russie", None, "RUS"), ("la Fédération de Russie", None, "RUS"),
    ("la Corée du Nord", None, "PRK"), ("RPDC", None, "PRK"), ("North Korea", None, "PRK"),
    ("DPRK", None, "PRK"), ("les États-Unis", None, "USA"), ("USA", None, "USA"),
    ("l'Iran", None, "IRN"), ("d'Ukraine", None, "UKR"), ("Moscou", None, "RUS"),
    ("le Kremlin", None, "RUS"), ("Pékin", None, "CHN"), ("Zhongnanhai", None, "CHN"),
    ("la Maison Blanche", None, "USA"), ("the White House", None, "USA"),
    ("le Pentagone", None, "USA"), ("l'Élysée", None, "FRA"), ("le Quai d'Orsay", None, "FRA"),
    ("Downing Street", None, "GBR"), ("Pyongyang", None, "PRK"), ("Téhéran", None, "IRN"),
    ("Kyiv", None, "UKR"), ("Kiev", None, "UKR"), ("l'Otan", None, "NATO"),
    ("OTAN", None, "NATO"), ("l'Alliance atlantique", None, "NATO"), ("l'ONU", None, "UN"),
    ("l'UE", None, "EU"), ("la Commission européenne", None, "EU"), ("l'UA", None, "AU"),
    ("l'ANASE", None, "ASEAN"), ("l'OCS", None, "SCO"), ("l'OTSC", None, "CSTO"),
    ("la CEDEAO", None, "ECOWAS"), ("ECOWAS", None, "ECOWAS"), ("l'AIEA", None, "IAEA"),
    ("l'OMC", None, "WTO"), ("le FMI", None, "IMF"), ("la CPI", None, "ICC"),
    ("la CIJ", None, "ICJ"), ("la Ligue arabe", None, "LAS"), ("le G7", None, "G7"),
    ("les BRICS", None, "BRICS"), ("l'Occident", None, "WEST"), ("les Occidentaux", None, "WEST"),
    ("the West", None, "WEST"), ("Western countries", None, "WEST"),
    ("russe", None, "RUS"), ("russes", None, "RUS"), ("chinoise", None, "CHN"),
    ("chinoises", None, "CHN"), ("nord-coréenne", None, "PRK"), ("américains", None, "USA"),
    ("Russian", None, "RUS"), ("Chinese", None, "CHN"), ("turque", None, "TUR"),
    ("Hamas", None, "HAMAS"), ("les Houthis", None, "HOUTHIS"), ("Wagner", None, "WAGNER"),
    ("Choïgu", "2023-06-01", "RUS"), ("Shoigu", "2025-01-10", "RUS"),
    ("Stoltenberg", "2023-06-01", "NATO"), ("Rutte", "2025-01-10", "NATO"),
    ("Rutte", "2020-01-10", "NLD"), ("Blinken", "2023-06-01", "USA"),
    ("Rubio", "2025-06-01", "USA"), ("Poutine", "2024-01-01", "RUS"),
    ("Kim Jong-un", "2024-01-01", "PRK"), ("Kim Jong Un", "2024-01-01", "PRK"),
    ("Wang Yi", "2024-11-12", "CHN"), ("Lavrov", "2024-11-12", "RUS"),
    ("Le Drian", "2021-09-17", "FRA"), ("Colonna", "2023-01-01", "FRA"),
    ("Séjourné", "2024-03-01", "FRA"), ("Barrot", "2025-02-01", "FRA"),
])
def test_actors_lookup(table, name, day, code):
    rows = table.describe(name, day)
    assert rows and rows[0]["code"] == code, rows


@pytest.mark.parametrize("name, day, role", [
    ("Shoigu", "2023-06-01", "defence minister"),
    ("Shoigu", "2025-01-10", "security council secretary"),
    ("Stoltenberg", "2023-06-01", "secretary general"),
])
def test_actors_office_on_date(table, name, day, role):
    assert table.describe(name, day)[0]["role"] == role


def test_actors_person_out_of_office_is_unresolved(table):
    assert table.describe("Blinken", "2025-06-01")[0]["code"] is None
    assert table.describe("Stoltenberg", "2025-06-01")[0]["code"] is None


def test_actors_user_yaml_adds_and_overrides(tmp_path):
    f = tmp_path / "extra.yaml"
    f.write_text("actors:\n  - {code: XYZ, name: Freedonia, kind: state, aliases: [Fredonie]}\n"
                 "people:\n  - {name: Rufus Firefly, code: XYZ, role: head of state, "
                 "start: 2020-01-01, aliases: [Firefly]}\n", encoding="utf-8")
    t = load_actors([f])
    assert t.describe("Fredonie")[0]["code"] == "XYZ"
    assert t.describe("Firefly", "2024-01-01")[0]["code"] == "XYZ"


def test_actors_user_file_invalid(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("people:\n  - {name: X}\n", encoding="utf-8")
    with pytest.raises(DataFileInvalid, match="needs 'name', 'code' and 'start'"):
        load_actors([f])


def test_actors_acronym_case(table, pipelines):
    from kgbuild.actors import find_mentions

    doc = pipelines.get("fr")("Un haut responsable de l'UE a parlé aux US.")
    found = {m.text for m in find_mentions(doc, table)}
    assert "Un" not in found and "UE" in found and "US" in found


@pytest.mark.parametrize("text, lang, present, absent", [
    # an organisation's three-letter acronym in title case, read as a name
    ("Selon l'Oea, réunie mardi, puis l'Onu, la crise s'aggrave.", "fr",
     {"OAS", "UN"}, set()),
    # not a word that spells a state's ISO code or an acronym in title case
    ("Eau et électricité manquent, dit le maire.", "fr", set(), {"ARE"}),
    ("Who said the talks can resume?", "en", set(), {"WHO", "CAN"}),
    # a name the table writes in lower case is matched as written
    ("Les pays occidentaux et les puissances occidentales ont réagi.", "fr", {"WEST"}, set()),
    # the OSCE's Minsk Group is not Belarus; the Gulf states are the GCC
    ("The Minsk Group and the Gulf states met in Vienna.", "en", {"OSCE", "GCC"}, {"BLR"}),
    ("Le Groupe de Minsk et les pays du Golfe ont réagi.", "fr", {"OSCE", "GCC"}, {"BLR"}),
])
def test_actors_case_of_acronyms_and_common_names(table, pipelines, text, lang, present,
                                                  absent):
    from kgbuild.actors import find_mentions

    doc = pipelines.get(lang)(text)
    codes = {a.code for m in find_mentions(doc, table) for a in m.aliases}
    assert present <= codes and not codes & absent, codes


def _cases():
    from conftest import DATA

    for line in (DATA / "actor_cases.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, day, code = line.split("\t")
            yield pytest.param(name, day or None, None if code == "-" else code, id=name + day)


@pytest.mark.parametrize("name, day, code", list(_cases()))
def test_actors_table_case(table, name, day, code):
    """tests/data/actor_cases.tsv: states, adjectives, seats, organisations, groups and office
    holders in French and English, people resolved on the given date."""
    rows = table.describe(name, day)
    got = next((r["code"] for r in rows if r["code"]), None)
    assert got == code, rows


def test_actors_seed_article_every_guideline_actor_resolves(table, pipelines):
    from conftest import DATA

    from kgbuild.actors import find_mentions

    doc = pipelines.get("fr")((DATA / "seed_fr.txt").read_text("utf-8"))
    resolved: dict[str, set[str]] = {}
    for m in find_mentions(doc, table):
        for alias in m.aliases:
            hit = table.resolve_alias(alias, "2024-11-12")
            if hit:
                resolved.setdefault(m.text.replace("’", "'"), set()).add(hit[0].code)
    expected = {"Choïgu": "RUS", "Shoigu": "RUS", "Wang Yi": "CHN", "Pékin": "CHN",
                "Kremlin": "RUS", "Otan": "NATO", "Alliance atlantique": "NATO",
                "Occident": "WEST", "Pyongyang": "PRK"}
    for form, code in expected.items():
        assert any(form in text and code in codes for text, codes in resolved.items()), \
            (form, resolved)
