"""The ontology as frames: a relation added through --frames works in every form, and bad
frame files are reported by file and line."""

import pytest

from kgbuild.errors import DataFileInvalid

SNUB = """relations:
  SNUB:
    cameo: "110"
    plover: DISAPPROVE
    quad_class: 3
    goldstein: -2.0
    symmetric: false
    flags: [stance]
    preps: {fr: [à, envers], en: [to, toward]}
    triggers:
      fr: [{verb: snober}, {noun: camouflet}]
      en: [{verb: snub}, {noun: snub}]
"""


@pytest.fixture()
def snub_resources(tmp_path):
    from kgbuild.extract import Resources

    path = tmp_path / "snub.yaml"
    path.write_text(SNUB, "utf-8")
    return Resources.load(frame_files=[str(path)])


@pytest.mark.parametrize("text, lang, expected", [
    ("Poland snubbed Hungary on Monday.", "en", ("POL", "HUN")),  # active
    ("Hungary was snubbed by Germany on Tuesday.", "en", ("DEU", "HUN")),  # passive
    ("Russia's snub to Japan surprised diplomats in Tokyo.", "en", ("RUS", "JPN")),  # nominal
    ("La Pologne a snobé la Hongrie lundi.", "fr", ("POL", "HUN")),
    ("La Hongrie a été snobée par l'Allemagne mardi.", "fr", ("DEU", "HUN")),
    ("Le camouflet infligé par la France à la Hongrie a surpris.", "fr", ("FRA", "HUN")),
])
def test_relations_frames_file_adds_a_relation_in_every_form(pipelines, snub_resources, text,
                                                             lang, expected):
    from kgbuild.articles import Article
    from kgbuild.extract import extract_doc

    art = Article(id="t", text=text, published="2024-11-12", lang=lang)
    events = extract_doc(pipelines.get(lang)(text), art, snub_resources)
    assert {(e.source.code, e.target.code, e.relation, e.cameo) for e in events} == \
        {(*expected, "SNUB", "110")}


@pytest.mark.parametrize("body, message", [
    ("relations:\n  SNUB:\n    cameo: \"110\"\n    plover: X\n    quad_class: 3\n"
     "    goldstein: -2\n    symmetric: false\n    flags: [stanse]\n",
     "frames.yaml:3: relation SNUB: unknown flag 'stanse'"),
    ("relations:\n  CRITICIZE:\n    triggers:\n      en:\n        - {verb: snub, source: object}\n",
     "frames.yaml:5: relation CRITICIZE: trigger"),
    ("relations:\n  CRITICIZE:\n    triggers:\n      en: [{verb: snub]\n",
     "frames.yaml:4: invalid YAML"),
    ("relations:\n  NEW_ONE:\n    cameo: \"99\"\n", "frames.yaml:3: relation NEW_ONE: cameo"),
    # YAML reads a bare false as a boolean: the line and the fix, not a traceback
    ("relations:\n  REJECT:\n    triggers:\n      en: [{verb: call, modifier: [false]}]\n",
     "frames.yaml:4: relation REJECT: trigger {'verb': 'call', 'modifier': [False]}: word "
     "False is not a string (quote it: \"false\")"),
    # the relation a host's guests hold with each other must be one
    ("relations:\n  HOST:\n    among_targets: MEETS\n",
     "frames.yaml:3: relation HOST: among_targets 'MEETS' is no relation"),
])
def test_relations_bad_frames_file_names_file_and_line(tmp_path, monkeypatch, body, message):
    from kgbuild.relations import load_ontology

    monkeypatch.chdir(tmp_path)
    (tmp_path / "frames.yaml").write_text(body, "utf-8")
    with pytest.raises(DataFileInvalid) as err:
        load_ontology(("frames.yaml",))
    assert str(err.value).startswith(message), str(err.value)


def test_relations_cli_frames_error_is_one_line(runner, tmp_path):
    from kgbuild.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("relations:\n  X_Y:\n    cameo: \"110\"\n    flags: [nope]\n", "utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Poland snubbed Hungary on Monday.", "utf-8")
    result = runner.invoke(main, ["extract", "--frames", str(bad), "--lang", "en", str(art)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"Error: {bad}:3: relation X_Y: unknown flag")
    assert "Traceback" not in result.output


def test_relations_frames_doer_and_among_targets(pipelines, tmp_path):
    """A trigger's `doer` limits it to a subject's head; a relation's `among_targets`
    relates its targets to each other."""
    from kgbuild.articles import Article
    from kgbuild.extract import Resources, extract_doc

    path = tmp_path / "frames.yaml"
    path.write_text(SNUB.replace("{verb: snub}", "{verb: snub, doer: [envoy]}").replace(
        "    flags: [stance]\n", "    flags: [stance]\n    among_targets: CONSULT\n"), "utf-8")
    res = Resources.load(frame_files=[str(path)])

    def codes(text: str) -> set[tuple[str, str, str]]:
        art = Article(id="t", text=text, published="2024-11-12", lang="en")
        return {(e.source.code, e.target.code, e.relation)
                for e in extract_doc(pipelines.get("en")(text), art, res) for e in e.pairs()}

    assert codes("Poland snubbed Hungary on Monday.") == set()
    assert codes("Poland's envoy snubbed Hungary on Monday.") == {("POL", "HUN", "SNUB")}
    # (one noun with several: "a snub to Hungary and Slovakia")
    assert codes("Poland's snub to Hungary and Slovakia surprised diplomats.") == {
        ("POL", "HUN", "SNUB"), ("POL", "SVK", "SNUB"), ("HUN", "SVK", "CONSULT")}
