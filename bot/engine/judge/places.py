"""The country each known capital or big city is in. A country named beside a city
places it only if it is the city's own: "Vienna, Austria" answers "Vienna", while
"Vienna, Germany" names a second place. Cities not listed here may stand beside any
country, as before: the judge cannot tell.
"""

from __future__ import annotations

from types import MappingProxyType

from bot.engine.judge.aliases import OTHER_NAMES

# country: its capital and big cities. These are also the built-in list of cities a
# typo must not land on (see `confusables`).
_CITIES = """
afghanistan: kabul
albania: tirana
algeria: algiers
andorra: andorra la vella
angola: luanda
argentina: buenos aires
armenia: yerevan
australia: canberra, sydney, melbourne
austria: vienna
azerbaijan: baku
bahamas: nassau
bahrain: manama
bangladesh: dhaka
barbados: bridgetown
belarus: minsk
belgium: brussels
belize: belmopan
benin: porto novo, cotonou
bhutan: thimphu
bolivia: la paz, sucre
bosnia and herzegovina: sarajevo
botswana: gaborone
brazil: brasilia, rio de janeiro, sao paulo
brunei: bandar seri begawan
bulgaria: sofia
burkina faso: ouagadougou
burundi: gitega, bujumbura
cambodia: phnom penh
cameroon: yaounde
canada: ottawa, toronto, montreal, vancouver
cape verde: praia
chad: ndjamena
chile: santiago
china: beijing, shanghai
colombia: bogota
comoros: moroni
costa rica: san jose
croatia: zagreb
cuba: havana
cyprus: nicosia
czechia: prague
denmark: copenhagen
dominican republic: santo domingo
ecuador: quito
egypt: cairo
el salvador: san salvador
equatorial guinea: malabo
eritrea: asmara
estonia: tallinn
eswatini: mbabane
ethiopia: addis ababa
fiji: suva
finland: helsinki
france: paris, marseille, lyon
gabon: libreville
gambia: banjul
georgia: tbilisi
germany: berlin, munich, hamburg, frankfurt
ghana: accra
greece: athens
greenland: nuuk
guatemala: guatemala city
guinea: conakry
guinea bissau: bissau
guyana: georgetown
haiti: port au prince
honduras: tegucigalpa
hungary: budapest
iceland: reykjavik
india: new delhi, delhi, mumbai, kolkata
indonesia: jakarta
iran: tehran
iraq: baghdad
ireland: dublin
israel: jerusalem
italy: rome, milan, florence, venice, naples
ivory coast: yamoussoukro, abidjan
jamaica: kingston
japan: tokyo, osaka, kyoto
jordan: amman
kazakhstan: astana
kenya: nairobi
kosovo: pristina
kuwait: kuwait city
kyrgyzstan: bishkek
laos: vientiane
latvia: riga
lebanon: beirut
lesotho: maseru
liberia: monrovia
libya: tripoli
liechtenstein: vaduz
lithuania: vilnius
luxembourg: luxembourg
madagascar: antananarivo
malawi: lilongwe
malaysia: kuala lumpur
mali: bamako
malta: valletta
mauritania: nouakchott
mauritius: port louis
mexico: mexico city
moldova: chisinau
mongolia: ulaanbaatar
montenegro: podgorica
morocco: rabat, casablanca, marrakesh
mozambique: maputo
myanmar: naypyidaw, yangon
namibia: windhoek
nepal: kathmandu
netherlands: amsterdam, rotterdam
new zealand: wellington
nicaragua: managua
niger: niamey
nigeria: abuja, lagos
north korea: pyongyang
north macedonia: skopje
norway: oslo
oman: muscat
pakistan: islamabad, karachi, lahore
panama: panama city
paraguay: asuncion
peru: lima
philippines: manila
poland: warsaw
portugal: lisbon
puerto rico: san juan
qatar: doha
romania: bucharest
russia: moscow, st petersburg, saint petersburg
rwanda: kigali
samoa: apia
saudi arabia: riyadh
scotland: edinburgh, glasgow
senegal: dakar
serbia: belgrade
sierra leone: freetown
slovakia: bratislava
slovenia: ljubljana
somalia: mogadishu
south africa: pretoria, cape town
south korea: seoul
south sudan: juba
spain: madrid, barcelona, valencia, seville
sri lanka: colombo
sudan: khartoum
suriname: paramaribo
sweden: stockholm
switzerland: bern, geneva, zurich
syria: damascus
taiwan: taipei
tajikistan: dushanbe
tanzania: dodoma
thailand: bangkok
togo: lome
trinidad and tobago: port of spain
tunisia: tunis
turkey: ankara, istanbul
turkmenistan: ashgabat
uganda: kampala
ukraine: kyiv, kiev
united arab emirates: abu dhabi, dubai
united kingdom: london
united states: washington, new york, los angeles, san jose
uruguay: montevideo
uzbekistan: tashkent
venezuela: caracas
vietnam: hanoi
wales: cardiff
yemen: sanaa
zambia: lusaka
zimbabwe: harare
"""
# Names a country is called by beside its cities, beyond its other names (see
# `aliases`): the part of a kingdom a city is in, and the short forms of the two.
_ALSO_CALLED = {
    "united kingdom": ("uk", "england"),
    "united states": ("us", "america"),
}


# The state or province a listed city is in, which may place it as its country does:
# "Toronto, Ontario", "Sydney NSW". Another region beside it is a second place.
_REGIONS = {
    "sydney": ("new south wales", "nsw"),
    "melbourne": ("victoria", "vic"),
    "canberra": ("act", "australian capital territory"),
    "toronto": ("ontario", "ont"),
    "ottawa": ("ontario", "ont"),
    "new york": ("ny", "nyc", "new york state"),
    "los angeles": ("california", "ca", "cali"),
    "washington": ("dc", "d c"),
    "munich": ("bavaria", "bayern"),
    "london": ("england",),
    "edinburgh": ("united kingdom", "uk", "britain"),
    "cardiff": ("united kingdom", "uk", "britain"),
}


def _build() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for line in _CITIES.strip().splitlines():
        country, _, cities = line.partition(":")
        names = {country, *_ALSO_CALLED.get(country, ())}
        names |= {" ".join(other) for other in OTHER_NAMES.get(country, ())}
        for city in (name.strip() for name in cities.split(",")):
            found.setdefault(city, set()).update(names, _REGIONS.get(city, ()))
            for other in OTHER_NAMES.get(city, ()):
                found.setdefault(" ".join(other), set()).update(names)
    return {city: frozenset(names) for city, names in found.items()}


# city -> the names of the country it is in; read-only.
COUNTRY_OF: MappingProxyType[str, frozenset[str]] = MappingProxyType(_build())


# Every city listed, in order: the "capital" kind of `confusables`.
CITIES: tuple[str, ...] = tuple(
    name.strip()
    for line in _CITIES.strip().splitlines()
    for name in line.partition(":")[2].split(",")
)


# US states' postal codes, for "Austin TX": each stands for its state beside a town.
# Not those that are also words or other abbreviations: AL, CO, DE, HI, ID, IN, LA,
# MA, ME, MI, MO, MS, MT, OH, OK, OR, PA.
STATE_CODES: MappingProxyType[str, str] = MappingProxyType(
    {
        "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
        "ct": "connecticut", "fl": "florida", "ga": "georgia", "ia": "iowa",
        "il": "illinois", "ks": "kansas", "ky": "kentucky", "md": "maryland", "ne": "nebraska",
        "mn": "minnesota", "nc": "north carolina", "nd": "north dakota",
        "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "nv": "nevada",
        "ny": "new york", "ri": "rhode island", "sc": "south carolina",
        "sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah",
        "va": "virginia", "vt": "vermont", "wa": "washington", "wi": "wisconsin",
        "wv": "west virginia", "wy": "wyoming",
    }
)  # fmt: skip


# The state of US towns trivia asks about, where no other well-known town has the
# name (not Portland, Springfield, Columbus, Charleston, Jackson, Kansas City…): a
# state beside one must be its own ("Austin, Minnesota" names two places).
US_TOWN_STATES: MappingProxyType[str, str] = MappingProxyType(
    {
        "albuquerque": "new mexico", "anchorage": "alaska", "atlanta": "georgia",
        "austin": "texas", "baltimore": "maryland", "boise": "idaho", "boston": "massachusetts",
        "buffalo": "new york", "charlotte": "north carolina", "chicago": "illinois",
        "cincinnati": "ohio", "cleveland": "ohio", "dallas": "texas", "denver": "colorado",
        "des moines": "iowa", "detroit": "michigan", "el paso": "texas", "hartford": "connecticut",
        "honolulu": "hawaii", "houston": "texas", "indianapolis": "indiana",
        "juneau": "alaska", "las vegas": "nevada", "lincoln": "nebraska",
        "louisville": "kentucky", "madison": "wisconsin", "memphis": "tennessee",
        "miami": "florida", "milwaukee": "wisconsin", "minneapolis": "minnesota",
        "nashville": "tennessee", "new orleans": "louisiana", "oklahoma city": "oklahoma",
        "omaha": "nebraska", "orlando": "florida", "philadelphia": "pennsylvania",
        "phoenix": "arizona", "pittsburgh": "pennsylvania", "providence": "rhode island",
        "raleigh": "north carolina", "reno": "nevada", "sacramento": "california",
        "salt lake city": "utah", "san antonio": "texas", "san diego": "california",
        "san francisco": "california", "santa fe": "new mexico", "seattle": "washington",
        "tampa": "florida", "tucson": "arizona",
        # State capitals whose names no better-known town shares.
        "montgomery": "alabama", "little rock": "arkansas", "tallahassee": "florida",
        "topeka": "kansas", "frankfort": "kentucky", "baton rouge": "louisiana",
        "annapolis": "maryland", "lansing": "michigan", "saint paul": "minnesota",
        "st paul": "minnesota", "jefferson city": "missouri", "helena": "montana",
        "carson city": "nevada", "trenton": "new jersey", "bismarck": "north dakota",
        "harrisburg": "pennsylvania", "pierre": "south dakota", "montpelier": "vermont",
        "olympia": "washington", "cheyenne": "wyoming",
    }
)  # fmt: skip
