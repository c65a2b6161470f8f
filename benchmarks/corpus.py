"""A deterministic generator of wire-style news articles in French and English.

Articles are built from templates over kgbuild's own actor data (state capitals and the
office holders in post on the article's date) with dates, negations, reported speech and
the background sentences that make up most of a real dispatch (about 600 tokens each).
The same seed and count always give the same texts, so every benchmark runs on one corpus.

    python benchmarks/corpus.py --n 1000 --seed 7 --out benchmarks/out/corpus-1000.jsonl
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# {A}/{B}: a capital standing for its state; {PA}/{PB}: a person in office; {D}: a date.
EVENTS = {
    "fr": [
        "{A} et {B} ont signé {D} un accord de coopération militaire.",
        "{PA} s'est entretenu {D} avec {PB} à {C}, selon un communiqué.",
        "{A} a condamné {D} les frappes menées par {B} près de la frontière.",
        "{A} n'a pas reconnu {D} le gouvernement soutenu par {B}.",
        "{A} a expulsé {D} deux diplomates de {B}, accusés d'espionnage.",
        "{A} a rappelé {D} son ambassadeur à {B} pour consultations.",
        "« Nous ne céderons pas aux pressions », a déclaré {D} {PA}, qui accuse {B} d'ingérence.",
        "{A} menace d'imposer de nouvelles sanctions à {B} si les tirs continuent.",
        "{A} a démenti {D} avoir livré des armes à {B}.",
        "{PA} a félicité {D} {PB} pour sa réélection.",
        "{A} a promis {D} une aide humanitaire de 50 millions d'euros à {B}.",
        "{A} et {B} ont annoncé {D} le rétablissement de leurs relations diplomatiques.",
    ],
    "en": [
        "{A} and {B} signed a military cooperation agreement {D}.",
        "{PA} met {PB} in {C} {D}, according to a statement.",
        "{A} condemned the strikes carried out by {B} near the border {D}.",
        "{A} did not recognise the government backed by {B}, officials said {D}.",
        "{A} expelled two diplomats from {B} {D}, accusing them of spying.",
        "{A} recalled its ambassador to {B} for consultations {D}.",
        "\"We will not bow to pressure,\" {PA} said {D}, accusing {B} of interference.",
        "{A} threatened to impose new sanctions on {B} if the shelling continues.",
        "{A} denied {D} that it had delivered weapons to {B}.",
        "{PA} congratulated {PB} on his re-election {D}.",
        "{A} pledged 50 million dollars in humanitarian aid to {B} {D}.",
        "{A} and {B} announced {D} that they would restore diplomatic relations.",
    ],
}

BACKGROUND = {
    "fr": [
        "Les marchés ont réagi avec prudence à l'annonce, la monnaie locale reculant de 0,8 % "
        "face au dollar en fin de séance.",
        "Le texte, long d'une quarantaine de pages, n'a pas été rendu public dans son "
        "intégralité, mais plusieurs passages ont été communiqués à la presse.",
        "Les analystes interrogés estiment que la portée réelle de ces mesures dépendra de "
        "leur mise en œuvre au cours des prochains mois.",
        "La région connaît depuis plusieurs années une forte instabilité, marquée par des "
        "affrontements sporadiques et une crise économique profonde.",
        "Selon les chiffres officiels, les échanges commerciaux ont progressé de 12 % l'an "
        "dernier, portés par l'énergie et les matières premières.",
        "Des manifestations ont eu lieu dans la capitale, où plusieurs centaines de personnes "
        "se sont rassemblées devant le Parlement sous une pluie fine.",
        "Le porte-parole a refusé de commenter les informations publiées par la presse locale "
        "sur le calendrier des prochaines étapes.",
        "L'opposition a dénoncé un manque de transparence et réclamé un débat au Parlement "
        "avant toute décision engageant le pays sur le long terme.",
        "Les experts rappellent que des accords semblables avaient été conclus par le passé "
        "sans produire les effets annoncés sur le terrain.",
        "La délégation comprenait des responsables des ministères de l'Économie, de l'Énergie "
        "et des Transports, ainsi que des représentants du secteur privé.",
        "Les discussions techniques doivent se poursuivre au niveau des experts, avec une "
        "nouvelle réunion prévue avant la fin du trimestre.",
        "Sur le terrain, la situation humanitaire reste préoccupante, selon les organisations "
        "non gouvernementales présentes dans la zone.",
        "Le gouvernement a par ailleurs annoncé un plan d'investissement dans les "
        "infrastructures portuaires et ferroviaires du nord du pays.",
        "Les observateurs notent un changement de ton depuis l'arrivée d'une nouvelle équipe "
        "au ministère, plus encline au compromis sur les dossiers sensibles.",
    ],
    "en": [
        "Markets reacted cautiously to the announcement, with the local currency falling 0.8 "
        "percent against the dollar by the close of trading.",
        "The forty-page text was not published in full, although several passages were "
        "shared with reporters after the session.",
        "Analysts said the real impact of the measures would depend on how they are "
        "implemented over the coming months.",
        "The region has seen years of instability, marked by sporadic clashes and a deep "
        "economic crisis that has pushed prices higher.",
        "According to official figures, trade between the two grew by 12 percent last year, "
        "driven by energy and raw materials.",
        "Several hundred people gathered in front of parliament in the capital in a light "
        "rain, chanting slogans and waving flags.",
        "A spokesman declined to comment on local media reports about the timetable for the "
        "next steps in the process.",
        "The opposition denounced a lack of transparency and called for a debate in "
        "parliament before any long-term commitment is made.",
        "Experts noted that similar agreements had been reached in the past without "
        "producing the promised results on the ground.",
        "The delegation included officials from the economy, energy and transport ministries "
        "as well as representatives of private companies.",
        "Technical talks are expected to continue at expert level, with another round "
        "planned before the end of the quarter.",
        "The humanitarian situation on the ground remains worrying, according to "
        "non-governmental organisations working in the area.",
        "The government also announced an investment plan for ports and railways in the "
        "north of the country over the next five years.",
        "Observers noted a change of tone since a new team took over at the ministry, more "
        "inclined to compromise on sensitive issues.",
    ],
}

TITLES = {"fr": "{A} et {B} : nouvelles tensions diplomatiques",
          "en": "{A} and {B} in new diplomatic row"}


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("kgbuild").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _capitals() -> list[str]:
    """The capital (first seat) of every state the tables know well: Moscow, Paris..."""
    return sorted({row["seats"].split("|")[0] for row in _data("states.csv")
                   if row["seats"] and row["adj_en"]})


def _people() -> list[dict[str, str]]:
    return [r for r in _data("officeholders.csv")
            if r["role"] in ("head of state", "head of government", "foreign minister")]


def _date_phrase(lang: str, rng: random.Random, published: date) -> str:
    back = rng.choice([0, 1, 2, 3, 5, 9, 30])
    day = published - timedelta(days=back)
    if back == 0:
        return "ce jour" if lang == "fr" else "today"
    if back < 7:
        return DAYS_FR[day.weekday()] if lang == "fr" else f"on {DAYS_EN[day.weekday()]}"
    if lang == "fr":
        return f"le {day.day} {MONTHS_FR[day.month - 1]}"
    return f"on {day.strftime('%B')} {day.day}"


def generate(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """`n` articles (alternating French and English), the same for the same seed."""
    rng = random.Random(seed)
    capitals = _capitals()
    people = _people()
    start = date(2021, 1, 1)
    for i in range(n):
        lang = "fr" if i % 2 == 0 else "en"
        published = start + timedelta(days=rng.randrange(0, 5 * 365))
        day = published.isoformat()
        in_post = [p["name"] for p in people
                   if p["start"] <= day and (not p["end"] or day < p["end"])]
        a, b, c = rng.sample(capitals, 3)
        sentences = []
        for _ in range(6):
            a, b = rng.sample(capitals, 2)
            pa, pb = rng.sample(in_post, 2)
            template = rng.choice(EVENTS[lang])
            sentences.append(template.format(A=a, B=b, C=c, PA=pa, PB=pb,
                                             D=_date_phrase(lang, rng, published)))
        sentences += rng.choices(BACKGROUND[lang], k=22)
        rng.shuffle(sentences)
        paragraphs = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
        yield {"id": f"bench-{seed}-{i:07d}", "lang": lang, "published": day,
               "title": TITLES[lang].format(A=a, B=b), "url": f"https://example.org/{seed}/{i}",
               "text": "\n\n".join(paragraphs)}


def write(path: Path, n: int, seed: int = 7) -> Path:
    """Write the corpus as JSONL (kgbuild reads it as is); reuse it when already written."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for art in generate(n, seed):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    out = args.out or Path(__file__).parent / "out" / f"corpus-{args.n}-{args.seed}.jsonl"
    print(write(out, args.n, args.seed))


if __name__ == "__main__":
    main()
