"""Build src/kgbuild/data/states.csv from ISO 3166 (pycountry) and the curated forms below.

Run by a developer when the curated table changes (pip install pycountry); kgbuild itself
only reads the CSV. Columns: code, name, names_en, names_fr, adj_en, adj_fr, seats, prefixes
(lists joined by '|').
"""

import csv
import gettext
import re
import sys
from pathlib import Path

import pycountry

# code ; English names ; French names ; English adjectives/demonyms ; French adjectives (masc.
# sing.; irregular forms listed) ; capitals and seats of power (both languages) ; compound prefixes
# One state a line, however long (the noqa at the closing quotes exempts these lines only).
CURATED = """
AFG;Afghanistan;Afghanistan;Afghan|Afghans;afghan;Kabul|Kaboul;afghano
ALB;Albania;Albanie;Albanian|Albanians;albanais;Tirana;albano
DZA;Algeria;Algérie;Algerian|Algerians;algérien;Algiers|Alger;algéro
AGO;Angola;Angola;Angolan;angolais;Luanda;
ARG;Argentina;Argentine;Argentine|Argentinian|Argentinians;argentin;Buenos Aires|Casa Rosada;argentino
ARM;Armenia;Arménie;Armenian|Armenians;arménien;Yerevan|Erevan|Erevan;arméno
AUS;Australia;Australie;Australian|Australians;australien;Canberra;australo
AUT;Austria;Autriche;Austrian|Austrians;autrichien;Vienna|Vienne;austro
AZE;Azerbaijan;Azerbaïdjan;Azerbaijani|Azerbaijanis|Azeri|Azeris;azerbaïdjanais|azéri|azéris|azérie|azéries;Baku|Bakou;azerbaïdjano|azéro
BHR;Bahrain;Bahreïn|Bahrein;Bahraini|Bahrainis;bahreïni|bahreïnien;Manama;
BGD;Bangladesh;Bangladesh;Bangladeshi|Bangladeshis;bangladais;Dhaka|Dacca;
BLR;Belarus|Byelorussia;Biélorussie|Bélarus;Belarusian|Belarusians;biélorusse;Minsk;biélo
BEL;Belgium;Belgique;Belgian|Belgians;belge;;belgo
BEN;Benin;Bénin;Beninese;béninois;Porto-Novo|Cotonou;
BOL;Bolivia;Bolivie;Bolivian|Bolivians;bolivien;La Paz;
BIH;Bosnia and Herzegovina|Bosnia;Bosnie-Herzégovine|Bosnie;Bosnian|Bosnians;bosnien|bosniaque;Sarajevo;
BRA;Brazil;Brésil;Brazilian|Brazilians;brésilien;Brasilia|Brasília|Planalto;brasilo|brésilo
BGR;Bulgaria;Bulgarie;Bulgarian|Bulgarians;bulgare;Sofia;bulgaro
BFA;Burkina Faso|Burkina;Burkina Faso|Burkina;Burkinabe|Burkinabè;burkinabè|burkinabé;Ouagadougou;
KHM;Cambodia;Cambodge;Cambodian|Cambodians;cambodgien;Phnom Penh;
CMR;Cameroon;Cameroun;Cameroonian|Cameroonians;camerounais;Yaoundé;
CAN;Canada;Canada;Canadian|Canadians;canadien;Ottawa;canado
TCD;Chad;Tchad;Chadian|Chadians;tchadien;N'Djamena;
CHL;Chile;Chili;Chilean|Chileans;chilien;Santiago;chileno
CHN;China|People's Republic of China|PRC;Chine|République populaire de Chine|RPC;Chinese;chinois;Beijing|Pékin|Zhongnanhai;sino
COL;Colombia;Colombie;Colombian|Colombians;colombien;Bogota|Bogotá;
COD;Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa;République démocratique du Congo|RDC|RD Congo;Congolese;congolais;Kinshasa;
COG;Republic of the Congo|Congo-Brazzaville;République du Congo|Congo-Brazzaville;;;Brazzaville;
HRV;Croatia;Croatie;Croatian|Croatians|Croat|Croats;croate;Zagreb;croato
CUB;Cuba;Cuba;Cuban|Cubans;cubain;Havana|La Havane;cubano
CYP;Cyprus;Chypre;Cypriot|Cypriots;chypriote;Nicosia|Nicosie;
CZE;Czech Republic|Czechia;République tchèque|Tchéquie;Czech|Czechs;tchèque;Prague;tchéco
DNK;Denmark;Danemark;Danish|Danes;danois;Copenhagen|Copenhague;dano
EGY;Egypt;Égypte|Egypte;Egyptian|Egyptians;égyptien;Cairo|Le Caire;égypto
ERI;Eritrea;Érythrée;Eritrean|Eritreans;érythréen;Asmara;
EST;Estonia;Estonie;Estonian|Estonians;estonien;Tallinn;
ETH;Ethiopia;Éthiopie|Ethiopie;Ethiopian|Ethiopians;éthiopien;Addis Ababa|Addis-Abeba;
FIN;Finland;Finlande;Finnish|Finns;finlandais;Helsinki;finno
FRA;France;France;French;français;Paris|Élysée|Elysée|Élysée Palace|Quai d'Orsay;franco
GAB;Gabon;Gabon;Gabonese;gabonais;Libreville;
GEO;Georgia;Géorgie;Georgian|Georgians;géorgien;Tbilisi|Tbilissi;géorgio
DEU;Germany;Allemagne;German|Germans;allemand;Berlin|Chancellery|Chancellerie;germano
GHA;Ghana;Ghana;Ghanaian|Ghanaians;ghanéen;Accra;
GRC;Greece;Grèce;Greek|Greeks;grec|grecque|grecs|grecques;Athens|Athènes;gréco
GUY;Guyana;Guyana;Guyanese;guyanien|guyanais;Georgetown;
HTI;Haiti;Haïti;Haitian|Haitians;haïtien;Port-au-Prince;
HUN;Hungary;Hongrie;Hungarian|Hungarians;hongrois;Budapest;hungaro
IND;India;Inde;Indian|Indians;indien;New Delhi|Delhi|New Dehli;indo
IDN;Indonesia;Indonésie;Indonesian|Indonesians;indonésien;Jakarta;
IRN;Iran|Islamic Republic of Iran;Iran|République islamique d'Iran|République islamique;Iranian|Iranians;iranien;Tehran|Téhéran;irano
IRQ;Iraq;Irak|Iraq;Iraqi|Iraqis;irakien;Baghdad|Bagdad;irako
IRL;Ireland;Irlande;Irish;irlandais;Dublin;irlando
ISR;Israel|Jewish state;Israël|Etat hébreu|État hébreu|État juif|Etat juif;Israeli|Israelis;israélien;Tel Aviv|Tel-Aviv|Jerusalem|Jérusalem;israélo
ITA;Italy;Italie;Italian|Italians;italien;Rome|Palazzo Chigi;italo
JPN;Japan;Japon;Japanese;japonais|nippon;Tokyo;nippo|japono
JOR;Jordan;Jordanie;Jordanian|Jordanians;jordanien;Amman;jordano
KAZ;Kazakhstan;Kazakhstan;Kazakh|Kazakhs;kazakh|kazakhe;Astana;
KEN;Kenya;Kenya;Kenyan|Kenyans;kényan|kenyan;Nairobi;
PRK;North Korea|DPRK|Democratic People's Republic of Korea;Corée du Nord|Corée-du-Nord|RPDC|République populaire démocratique de Corée;North Korean|North Koreans;nord-coréen;Pyongyang;
KOR;South Korea|Republic of Korea|ROK;Corée du Sud|Corée-du-Sud|République de Corée;South Korean|South Koreans;sud-coréen;Seoul|Séoul;
XKX;Kosovo;Kosovo;Kosovar|Kosovars;kosovar;Pristina|Pristina;
KWT;Kuwait;Koweït|Koweit;Kuwaiti|Kuwaitis;koweïtien;Kuwait City|Koweït City;
KGZ;Kyrgyzstan;Kirghizistan;Kyrgyz;kirghize;Bishkek|Bichkek;
LVA;Latvia;Lettonie;Latvian|Latvians;letton|lettonne;Riga;
LBN;Lebanon;Liban;Lebanese;libanais;Beirut|Beyrouth;libano
LBY;Libya;Libye;Libyan|Libyans;libyen;Tripoli;
LTU;Lithuania;Lituanie;Lithuanian|Lithuanians;lituanien;Vilnius;
MYS;Malaysia;Malaisie;Malaysian|Malaysians;malaisien;Kuala Lumpur;
MLI;Mali;Mali;Malian|Malians;malien;Bamako;
MEX;Mexico;Mexique;Mexican|Mexicans;mexicain;Mexico City;mexicano
MDA;Moldova;Moldavie;Moldovan|Moldovans;moldave;Chisinau|Chișinău;
MNG;Mongolia;Mongolie;Mongolian;mongol;Ulaanbaatar|Oulan-Bator;
MNE;Montenegro;Monténégro;Montenegrin;monténégrin;Podgorica;
MAR;Morocco;Maroc;Moroccan|Moroccans;marocain;Rabat;maroco
MOZ;Mozambique;Mozambique;Mozambican;mozambicain;Maputo;
MMR;Myanmar|Burma;Birmanie|Myanmar;Burmese;birman;Naypyidaw|Naypyitaw;
NLD;Netherlands|Holland;Pays-Bas|Hollande;Dutch;néerlandais;The Hague|La Haye|Amsterdam;
NZL;New Zealand;Nouvelle-Zélande;New Zealander;néo-zélandais;Wellington;
NIC;Nicaragua;Nicaragua;Nicaraguan;nicaraguayen;Managua;
NER;Niger;Niger;Nigerien;nigérien;Niamey;
NGA;Nigeria;Nigeria|Nigéria;Nigerian|Nigerians;nigérian;Abuja;
MKD;North Macedonia|Macedonia;Macédoine du Nord|Macédoine;Macedonian;macédonien;Skopje;
NOR;Norway;Norvège;Norwegian|Norwegians;norvégien;Oslo;norvégo
OMN;Oman;Oman;Omani|Omanis;omanais;Muscat|Mascate;
PAK;Pakistan;Pakistan;Pakistani|Pakistanis;pakistanais;Islamabad;indo-pakistanais|pakistano
PSE;Palestine|State of Palestine|Palestinian Authority;Palestine|État de Palestine|Autorité palestinienne;Palestinian|Palestinians;palestinien;Ramallah;palestino
PAN;Panama;Panama;Panamanian;panaméen;Panama City;
PER;Peru;Pérou;Peruvian|Peruvians;péruvien;Lima;
PHL;Philippines;Philippines;Philippine|Filipino|Filipinos;philippin;Manila|Manille;
POL;Poland;Pologne;Polish|Poles;polonais;Warsaw|Varsovie;polono
PRT;Portugal;Portugal;Portuguese;portugais;Lisbon|Lisbonne;luso
QAT;Qatar;Qatar;Qatari|Qataris;qatari|qatarien;Doha;
ROU;Romania;Roumanie;Romanian|Romanians;roumain;Bucharest|Bucarest;roumano
RUS;Russia|Russian Federation;Russie|Fédération de Russie;Russian|Russians;russe;Moscow|Moscou|Kremlin;russo
RWA;Rwanda;Rwanda;Rwandan|Rwandans;rwandais;Kigali;
SAU;Saudi Arabia|Saudis|Kingdom of Saudi Arabia;Arabie saoudite|Arabie Saoudite|royaume saoudien;Saudi;saoudien;Riyadh|Riyad|Ryad;saoudo
SEN;Senegal;Sénégal;Senegalese;sénégalais;Dakar;
SRB;Serbia;Serbie;Serbian|Serbians|Serb|Serbs;serbe;Belgrade;serbo
SGP;Singapore;Singapour;Singaporean;singapourien;;
SVK;Slovakia;Slovaquie;Slovak|Slovaks;slovaque;Bratislava;slovaco
SVN;Slovenia;Slovénie;Slovenian|Slovene;slovène;Ljubljana;
SOM;Somalia;Somalie;Somali|Somalis;somalien;Mogadishu|Mogadiscio;
ZAF;South Africa;Afrique du Sud;South African|South Africans;sud-africain;Pretoria;
SSD;South Sudan;Soudan du Sud;South Sudanese;sud-soudanais;Juba;
ESP;Spain;Espagne;Spanish|Spaniards;espagnol;Madrid|Moncloa;hispano
LKA;Sri Lanka;Sri Lanka;Sri Lankan;sri-lankais;Colombo;
SDN;Sudan;Soudan;Sudanese;soudanais;Khartoum;
SWE;Sweden;Suède;Swedish|Swedes;suédois;Stockholm;suédo
CHE;Switzerland;Suisse;Swiss;suisse;Bern|Berne;helvético|suisso
SYR;Syria;Syrie;Syrian|Syrians;syrien;Damascus|Damas;syro
TWN;Taiwan|Republic of China;Taïwan|Taiwan;Taiwanese;taïwanais|taiwanais;Taipei|Taïpei;
TJK;Tajikistan;Tadjikistan;Tajik;tadjik|tadjike;Dushanbe|Douchanbé;
THA;Thailand;Thaïlande;Thai;thaïlandais;Bangkok;
TUN;Tunisia;Tunisie;Tunisian|Tunisians;tunisien;Tunis;tuniso
TUR;Turkey|Türkiye;Turquie;Turkish|Turks;turc|turque|turcs|turques;Ankara;turco
TKM;Turkmenistan;Turkménistan;Turkmen;turkmène;Ashgabat|Achgabat;
UGA;Uganda;Ouganda;Ugandan;ougandais;Kampala;
UKR;Ukraine;Ukraine;Ukrainian|Ukrainians;ukrainien;Kyiv|Kiev|Kiev;ukraino
ARE;United Arab Emirates|UAE|Emirates;Émirats arabes unis|EAU|Emirats arabes unis|Émirats;Emirati|Emiratis;émirati|émirien;Abu Dhabi|Abou Dhabi;
GBR;United Kingdom|UK|Britain|Great Britain;Royaume-Uni|Grande-Bretagne;British|Briton|Britons;britannique;London|Londres|Downing Street|Whitehall;anglo|britanno
USA;United States|US|U.S.|USA|United States of America|America;États-Unis|Etats-Unis|USA|Amérique;American|Americans;américain|états-unien;Washington|White House|Maison Blanche|Maison-Blanche|Pentagon|Pentagone|State Department|Département d'État|Capitol Hill;américano
UZB;Uzbekistan;Ouzbékistan;Uzbek;ouzbek|ouzbèke;Tashkent|Tachkent;
VAT;Holy See|Vatican;Saint-Siège|Vatican;Vatican;vatican;;
VEN;Venezuela;Venezuela|Vénézuela;Venezuelan|Venezuelans;vénézuélien;Caracas|Miraflores;vénézuélo
VNM;Vietnam|Viet Nam;Vietnam|Viêt Nam;Vietnamese;vietnamien;Hanoi|Hanoï;vietnamo
YEM;Yemen;Yémen;Yemeni|Yemenis;yéménite;Sanaa|Sanaa;
ZMB;Zambia;Zambie;Zambian;zambien;Lusaka;
ZWE;Zimbabwe;Zimbabwe;Zimbabwean;zimbabwéen;Harare;
VCT;Saint Vincent and the Grenadines|St. Vincent|St Vincent|Saint Vincent;Saint-Vincent-et-les-Grenadines|Saint-Vincent;Vincentian;vincentais;Kingstown;
CIV;Ivory Coast|Côte d'Ivoire;Côte d'Ivoire;Ivorian|Ivorians;ivoirien;Abidjan|Yamoussoukro;
ECU;Ecuador;Équateur|Equateur;Ecuadorian;équatorien;Quito;
"""  # noqa: E501

# Common names for the ISO entries whose official short names read poorly in the news.
EN_FIX = {"BOL": "Bolivia", "IRN": "Iran", "FSM": "Micronesia", "MDA": "Moldova",
          "PRK": "North Korea", "KOR": "South Korea", "LAO": "Laos", "RUS": "Russia",
          "SYR": "Syria", "TZA": "Tanzania", "VEN": "Venezuela", "VNM": "Vietnam",
          "TWN": "Taiwan", "PSE": "Palestine", "VAT": "Holy See", "BRN": "Brunei",
          "CPV": "Cape Verde", "CZE": "Czech Republic", "SWZ": "Eswatini", "TUR": "Turkey",
          "COD": "DR Congo", "COG": "Congo", "GBR": "United Kingdom", "USA": "United States"}


def reorder(name: str) -> str:
    """'Korea, Republic of' -> 'Republic of Korea'."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


def main(out: Path) -> None:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    curated = {}
    for line in CURATED.strip().splitlines():
        cols = (line.split(";") + [""] * 7)[:7]
        curated[cols[0]] = cols
    rows = []
    entries = list(pycountry.countries) + [type("X", (), {"alpha_3": "XKX", "name": "Kosovo"})()]
    for c in entries:
        code = c.alpha_3
        iso_en = c.name
        cur = curated.get(code, [code, "", "", "", "", "", ""])
        names_en = [n for n in cur[1].split("|") if n]
        for n in (getattr(c, "common_name", None), iso_en, getattr(c, "official_name", None)):
            if n:
                names_en.append(reorder(n))
        iso_fr = fr.gettext(iso_en) if code != "XKX" else "Kosovo"
        names_fr = [n for n in cur[2].split("|") if n] + [reorder(iso_fr)]
        name = EN_FIX.get(code) or names_en[0]
        dedup = lambda xs: "|".join(dict.fromkeys(x.strip() for x in xs if x.strip()))  # noqa: E731
        rows.append({
            "code": code, "name": name, "names_en": dedup(names_en), "names_fr": dedup(names_fr),
            "adj_en": cur[3], "adj_fr": cur[4], "seats": cur[5], "prefixes": cur[6],
        })
    rows.sort(key=lambda r: r["code"])
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} states -> {out}")
    unknown = set(curated) - {r["code"] for r in rows}
    if unknown:
        sys.exit(f"curated codes not in ISO 3166: {sorted(unknown)}")
    assert all(re.fullmatch(r"[A-Z]{3}", r["code"]) for r in rows)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "src/kgbuild/data/states.csv"))
