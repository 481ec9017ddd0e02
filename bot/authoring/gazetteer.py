"""Built-in word lists the drafter recognises and draws distractors from.

Kept as immutable tuples and mappings built once at import: the drafter is
rule-based and must work offline, so these lists are its whole world knowledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    capital: str
    demonyms: tuple[str, ...]
    region: str


# name | capital | demonyms (comma separated) | region, as a hint would phrase it
_COUNTRY_TABLE = """
Ecuador|Quito|Ecuadorian|South American
Uruguay|Montevideo|Uruguayan|South American
Paraguay|Asunción|Paraguayan|South American
Panama|Panama City|Panamanian|Central American
Guatemala|Guatemala City|Guatemalan|Central American
Honduras|Tegucigalpa|Honduran|Central American
Iceland|Reykjavik|Icelandic|Northern European
Armenia|Yerevan|Armenian|West Asian
Azerbaijan|Baku|Azerbaijani|West Asian
Laos|Vientiane|Lao,Laotian|Southeast Asian
Singapore|Singapore|Singaporean|Southeast Asian
Botswana|Gaborone|Motswana,Batswana|Southern African
Jordan|Amman|Jordanian|Middle Eastern
Kuwait|Kuwait City|Kuwaiti|Middle Eastern
Oman|Muscat|Omani|Middle Eastern
Luxembourg|Luxembourg|Luxembourgish|Western European
Afghanistan|Kabul|Afghan|Central Asian
Algeria|Algiers|Algerian|North African
Angola|Luanda|Angolan|Southern African
Argentina|Buenos Aires|Argentine,Argentinian|South American
Australia|Canberra|Australian|Oceanian
Austria|Vienna|Austrian|Central European
Bangladesh|Dhaka|Bangladeshi|South Asian
Belarus|Minsk|Belarusian|Eastern European
Belgium|Brussels|Belgian|Western European
Benin|Porto-Novo|Beninese|West African
Bolivia|Sucre|Bolivian|South American
Brazil|Brasília|Brazilian|South American
Bulgaria|Sofia|Bulgarian|Eastern European
Burkina Faso|Ouagadougou|Burkinabe,Burkinabé|West African
Burundi|Gitega|Burundian|East African
Cambodia|Phnom Penh|Cambodian|Southeast Asian
Cameroon|Yaoundé|Cameroonian|Central African
Canada|Ottawa|Canadian|North American
Central African Republic|Bangui|Central African|Central African
Chad|N'Djamena|Chadian|Central African
Chile|Santiago|Chilean|South American
China|Beijing|Chinese|East Asian
Colombia|Bogotá|Colombian|South American
Croatia|Zagreb|Croatian|Southern European
Cuba|Havana|Cuban|Caribbean
Czech Republic|Prague|Czech|Central European
Denmark|Copenhagen|Danish|Northern European
Egypt|Cairo|Egyptian|North African
Eritrea|Asmara|Eritrean|East African
Estonia|Tallinn|Estonian|Northern European
Ethiopia|Addis Ababa|Ethiopian|East African
Finland|Helsinki|Finnish|Northern European
France|Paris|French|Western European
Gabon|Libreville|Gabonese|Central African
Gambia|Banjul|Gambian|West African
Georgia|Tbilisi|Georgian|Caucasian
Germany|Berlin|German|Central European
Ghana|Accra|Ghanaian|West African
Greece|Athens|Greek|Southern European
Guinea|Conakry|Guinean|West African
Hungary|Budapest|Hungarian|Central European
India|New Delhi|Indian|South Asian
Indonesia|Jakarta|Indonesian|Southeast Asian
Iran|Tehran|Iranian|Middle Eastern
Iraq|Baghdad|Iraqi|Middle Eastern
Ireland|Dublin|Irish|Western European
Israel|Jerusalem|Israeli|Middle Eastern
Italy|Rome|Italian|Southern European
Ivory Coast|Yamoussoukro|Ivorian|West African
Japan|Tokyo|Japanese|East Asian
Kazakhstan|Astana|Kazakh,Kazakhstani|Central Asian
Kenya|Nairobi|Kenyan|East African
Latvia|Riga|Latvian|Northern European
Lebanon|Beirut|Lebanese|Middle Eastern
Liberia|Monrovia|Liberian|West African
Libya|Tripoli|Libyan|North African
Lithuania|Vilnius|Lithuanian|Northern European
Madagascar|Antananarivo|Malagasy|East African
Malawi|Lilongwe|Malawian|Southern African
Malaysia|Kuala Lumpur|Malaysian|Southeast Asian
Mali|Bamako|Malian|West African
Mauritania|Nouakchott|Mauritanian|West African
Mexico|Mexico City|Mexican|North American
Moldova|Chișinău|Moldovan|Eastern European
Mongolia|Ulaanbaatar|Mongolian|East Asian
Morocco|Rabat|Moroccan|North African
Mozambique|Maputo|Mozambican|Southern African
Myanmar|Naypyidaw|Burmese|Southeast Asian
Namibia|Windhoek|Namibian|Southern African
Nepal|Kathmandu|Nepalese,Nepali|South Asian
Netherlands|Amsterdam|Dutch|Western European
New Zealand|Wellington|New Zealander|Oceanian
Nicaragua|Managua|Nicaraguan|Central American
Niger|Niamey|Nigerien|West African
Nigeria|Abuja|Nigerian|West African
North Korea|Pyongyang|North Korean|East Asian
Norway|Oslo|Norwegian|Northern European
Pakistan|Islamabad|Pakistani|South Asian
Peru|Lima|Peruvian|South American
Philippines|Manila|Filipino,Philippine|Southeast Asian
Poland|Warsaw|Polish|Central European
Portugal|Lisbon|Portuguese|Southern European
Qatar|Doha|Qatari|Middle Eastern
Romania|Bucharest|Romanian|Eastern European
Russia|Moscow|Russian|Eastern European
Rwanda|Kigali|Rwandan|East African
Saudi Arabia|Riyadh|Saudi|Middle Eastern
Senegal|Dakar|Senegalese|West African
Serbia|Belgrade|Serbian|Southern European
Sierra Leone|Freetown|Sierra Leonean|West African
Slovakia|Bratislava|Slovak|Central European
Slovenia|Ljubljana|Slovenian,Slovene|Central European
Somalia|Mogadishu|Somali|East African
South Africa|Pretoria|South African|Southern African
South Korea|Seoul|South Korean|East Asian
South Sudan|Juba|South Sudanese|East African
Spain|Madrid|Spanish|Southern European
Sudan|Khartoum|Sudanese|North African
Sweden|Stockholm|Swedish|Northern European
Switzerland|Bern|Swiss|Central European
Syria|Damascus|Syrian|Middle Eastern
Tanzania|Dodoma|Tanzanian|East African
Thailand|Bangkok|Thai|Southeast Asian
Togo|Lomé|Togolese|West African
Tunisia|Tunis|Tunisian|North African
Turkey|Ankara|Turkish|Middle Eastern
Uganda|Kampala|Ugandan|East African
Ukraine|Kyiv|Ukrainian|Eastern European
United Kingdom|London|British|Western European
United States|Washington|American|North American
Uzbekistan|Tashkent|Uzbek|Central Asian
Venezuela|Caracas|Venezuelan|South American
Vietnam|Hanoi|Vietnamese|Southeast Asian
Yemen|Sanaa|Yemeni|Middle Eastern
Zambia|Lusaka|Zambian|Southern African
Zimbabwe|Harare|Zimbabwean|Southern African
"""

# Large non-capital cities worth recognising; name -> country.
_OTHER_CITIES = {
    "Porto": "Portugal",
    "Barcelona": "Spain",
    "Milan": "Italy",
    "Munich": "Germany",
    "Hamburg": "Germany",
    "Lyon": "France",
    "Marseille": "France",
    "Manchester": "United Kingdom",
    "Edinburgh": "United Kingdom",
    "New York": "United States",
    "Los Angeles": "United States",
    "Chicago": "United States",
    "Toronto": "Canada",
    "Montreal": "Canada",
    "Sydney": "Australia",
    "Melbourne": "Australia",
    "Saint Petersburg": "Russia",
    "St Petersburg": "Russia",
    "Istanbul": "Turkey",
    "Lagos": "Nigeria",
    "Johannesburg": "South Africa",
    "Cape Town": "South Africa",
    "Shanghai": "China",
    "Hong Kong": "China",
    "Mumbai": "India",
    "Osaka": "Japan",
    "São Paulo": "Brazil",
    "Rio de Janeiro": "Brazil",
    "Rotterdam": "Netherlands",
    "Geneva": "Switzerland",
    "Zurich": "Switzerland",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Bobo-Dioulasso": "Burkina Faso",
    "Timbuktu": "Mali",
    "Alexandria": "Egypt",
    "Casablanca": "Morocco",
}

_ALIASES = {
    "United States": ("USA", "US", "U.S.", "America"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Ivory Coast": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "Czech Republic": ("Czechia",),
    "Turkey": ("Türkiye",),
    "Myanmar": ("Burma",),
}


def _parse_countries() -> tuple[Country, ...]:
    rows = []
    for line in _COUNTRY_TABLE.strip().splitlines():
        name, capital, demonyms, region = line.split("|")
        rows.append(Country(name, capital, tuple(demonyms.split(",")), region))
    return tuple(rows)


COUNTRIES: tuple[Country, ...] = _parse_countries()
COUNTRY_BY_NAME = MappingProxyType({c.name: c for c in COUNTRIES})
COUNTRY_ALIASES = MappingProxyType(
    {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
)
DEMONYM_TO_COUNTRY = MappingProxyType({d: c.name for c in COUNTRIES for d in c.demonyms})
CITY_TO_COUNTRY = MappingProxyType({**{c.capital: c.name for c in COUNTRIES}, **_OTHER_CITIES})
CAPITALS: frozenset[str] = frozenset(c.capital for c in COUNTRIES)

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

# Titles that introduce a person ("Defense Minister Sergei Shoigu"), longest first
# so that "Deputy Prime Minister" wins over "Prime Minister".
_MINISTRIES = (
    "Defense",
    "Defence",
    "Foreign",
    "Finance",
    "Interior",
    "Health",
    "Energy",
    "Economy",
    "Justice",
    "Education",
    "Agriculture",
    "Trade",
    "Transport",
)
_PLAIN_TITLES = (
    "Prime Minister",
    "Deputy Prime Minister",
    "Minister",
    "President",
    "Vice President",
    "Mayor",
    "Deputy Mayor",
    "Governor",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Secretary of State",
    "Foreign Secretary",
    "Ambassador",
    "Senator",
    "General",
    "Colonel",
    "Captain",
    "Admiral",
    "Chief Executive",
    "CEO",
    "Chairman",
    "Chairwoman",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Professor",
    "Director",
    "Judge",
    "Commissioner",
    "Councillor",
    "Engineer",
    "Architect",
)
TITLES: tuple[str, ...] = tuple(
    sorted(
        {*_PLAIN_TITLES, *(f"{m} Minister" for m in _MINISTRIES)},
        key=lambda t: (-len(t), t),
    )
)

# Head words that end an organisation's name ("Ministry", "Union"...).
ORG_HEADS: tuple[str, ...] = (
    "Ministry",
    "Party",
    "Union",
    "Council",
    "Bank",
    "Organisation",
    "Organization",
    "Agency",
    "Company",
    "Corporation",
    "University",
    "Committee",
    "Assembly",
    "Parliament",
    "Commission",
    "Court",
    "Fund",
    "Institute",
    "Association",
    "Federation",
    "Alliance",
    "Authority",
)

# Capitalised words that start sentences or name things but are never part of a
# person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "Since",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "Over",
        "After",
        "Before",
        "When",
        "While",
        "But",
        "And",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Madam",
        "West",
        "East",
        "North",
        "South",
        "African",
        "European",
        "Asian",
        "Republic",
        *MONTHS,
        *WEEKDAYS,
        *(word for title in TITLES for word in title.split()),
        *ORG_HEADS,
    }
)


def region_of(country: str) -> str | None:
    known = COUNTRY_BY_NAME.get(country)
    return known.region if known else None


def same_region_countries(country: str) -> list[str]:
    """Other countries of the same region, then the rest, in table order."""
    region = region_of(country)
    near = [c.name for c in COUNTRIES if c.region == region and c.name != country]
    far = [c.name for c in COUNTRIES if c.region != region]
    return near + far
