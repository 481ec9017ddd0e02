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
angola: luanda
argentina: buenos aires
armenia: yerevan
australia: canberra, sydney, melbourne
austria: vienna
azerbaijan: baku
bahrain: manama
bangladesh: dhaka
belarus: minsk
belgium: brussels
bosnia and herzegovina: sarajevo
botswana: gaborone
brazil: brasilia
bulgaria: sofia
burkina faso: ouagadougou
cambodia: phnom penh
cameroon: yaounde
canada: ottawa, toronto
chile: santiago
china: beijing
colombia: bogota
cuba: havana
cyprus: nicosia
czechia: prague
denmark: copenhagen
egypt: cairo
estonia: tallinn
ethiopia: addis ababa
finland: helsinki
france: paris
gabon: libreville
georgia: tbilisi
germany: berlin, munich
ghana: accra
greece: athens
guinea: conakry
hungary: budapest
iceland: reykjavik
india: new delhi, delhi
indonesia: jakarta
iran: tehran
iraq: baghdad
ireland: dublin
israel: jerusalem
italy: rome, milan
jamaica: kingston
japan: tokyo
jordan: amman
kazakhstan: astana
kenya: nairobi
saudi arabia: riyadh
lebanon: beirut
liberia: monrovia
libya: tripoli
lithuania: vilnius
luxembourg: luxembourg
madagascar: antananarivo
malawi: lilongwe
malaysia: kuala lumpur
mali: bamako
malta: valletta
mauritania: nouakchott
mexico: mexico city
moldova: chisinau
mongolia: ulaanbaatar
montenegro: podgorica
morocco: rabat
mozambique: maputo
namibia: windhoek
nepal: kathmandu
netherlands: amsterdam
new zealand: wellington
nicaragua: managua
niger: niamey
nigeria: abuja, lagos
north korea: pyongyang
south korea: seoul
north macedonia: skopje
norway: oslo
oman: muscat
pakistan: islamabad
panama: panama city
paraguay: asuncion
peru: lima
philippines: manila
poland: warsaw
portugal: lisbon
qatar: doha
romania: bucharest
russia: moscow, st petersburg, saint petersburg
rwanda: kigali
senegal: dakar
serbia: belgrade
sierra leone: freetown
slovakia: bratislava
slovenia: ljubljana
somalia: mogadishu
south africa: pretoria, cape town
south sudan: juba
spain: madrid, barcelona
sri lanka: colombo
sudan: khartoum
sweden: stockholm
switzerland: bern, geneva, zurich
syria: damascus
taiwan: taipei
tajikistan: dushanbe
tanzania: dodoma
thailand: bangkok
togo: lome
tunisia: tunis
turkey: ankara, istanbul
turkmenistan: ashgabat
uganda: kampala
ukraine: kyiv, kiev
united arab emirates: abu dhabi, dubai
united kingdom: london
united states: washington, new york, los angeles
uruguay: montevideo
uzbekistan: tashkent
venezuela: caracas
vietnam: hanoi
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
