"""Other names of the same country or city: its own language's name ("Deutschland",
"Moskva"), a standard short or official form ("USA", "Czech Republic"), another
romanisation ("Kiev"); and a word both spellings of which are in the built-in
lists ("grey", "gray"). A player who writes one of them names the answer.

Renamings that mark an era (Persia, Bombay, Leningrad) are not here: questions ask
about them as different answers. A question that names one of these itself ("What
is Germany called in German?") sets the two apart, and `building` then leaves the
other name out (see `_unclaimed_variants`).

Names are written as matching words (lower case, no accents, no apostrophes, no
leading article: "The Hague" is matched as "hague").
"""

from __future__ import annotations

from types import MappingProxyType

Words = tuple[str, ...]

# Names of one place, each a right answer wherever another is: "a = b = c".
_SAME = """
united states = usa = united states of america
united arab emirates = uae
netherlands = holland = nederland
germany = deutschland
italy = italia
spain = espana
japan = nippon = nihon
india = bharat
greece = hellas = ellada
finland = suomi
norway = norge
sweden = sverige
denmark = danmark
poland = polska
austria = osterreich
hungary = magyarorszag
switzerland = schweiz = suisse = svizzera = helvetia
czechia = czech republic = cesko
turkey = turkiye
iraq = irak
ivory coast = cote divoire
cape verde = cabo verde
eswatini = swaziland
myanmar = burma
east timor = timor leste
vietnam = viet nam
vatican = vatican city = holy see
democratic republic of the congo = democratic republic of congo = dr congo = drc
kyiv = kiev
munich = munchen = muenchen
cologne = koln = koeln
vienna = wien
prague = praha
warsaw = warszawa
lisbon = lisboa
florence = firenze
venice = venezia
naples = napoli
milan = milano
turin = torino
copenhagen = kobenhavn
brussels = bruxelles = brussel
hague = den haag
athens = athina
belgrade = beograd
bucharest = bucuresti
geneva = geneve = genf
nuremberg = nurnberg
seville = sevilla
gothenburg = goteborg
antwerp = antwerpen
bruges = brugge
krakow = cracow
marseille = marseilles
st petersburg = saint petersburg
new york = new york city = nyc
grey = gray
aluminium = aluminum
caesium = cesium
sulfur = sulphur
"""

# Names that stand for the first one but may also mean something else: "a: b, c"
# accepts b and c where a is the answer, not a where b is ("Roma" is also a people,
# "Macedonia" an ancient kingdom, "Moskva" a river). "America" is not the United
# States here: it names two continents, and its qualified forms ("Latin America")
# would read as qualifiers of it.
_ALSO = """
united kingdom: britain, great britain, gb
china: peoples republic of china, prc, zhongguo
south korea: republic of korea
north korea: dprk, democratic peoples republic of korea
russia: russian federation, rossiya
ireland: eire, republic of ireland
new zealand: aotearoa, nz
iran: islamic republic of iran
australia: commonwealth of australia
france: french republic, republique francaise
bosnia and herzegovina: bosnia
north macedonia: macedonia
rome: roma
moscow: moskva
lyon: lyons
beijing: peking
mexico city: ciudad de mexico
washington: washington dc
"""


def _build() -> dict[str, tuple[Words, ...]]:
    table: dict[str, list[Words]] = {}

    def add(name: str, other: str) -> None:
        forms = table.setdefault(name, [])
        if other != name and tuple(other.split()) not in forms:
            forms.append(tuple(other.split()))

    for line in _SAME.strip().splitlines():
        names = [" ".join(name.split()) for name in line.split("=")]
        for name in names:
            for other in names:
                add(name, other)
    for line in _ALSO.strip().splitlines():
        name, _, others = line.partition(":")
        for other in others.split(","):
            add(name.strip(), " ".join(other.split()))
    return {name: tuple(forms) for name, forms in table.items()}


# A name (its matching words joined) -> the other names it may be written as.
OTHER_NAMES: MappingProxyType[str, tuple[Words, ...]] = MappingProxyType(_build())
