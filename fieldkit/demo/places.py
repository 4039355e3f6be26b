"""Where the demo study takes place: countries, regions, localities, kinds of initiative, people.

Languages are listed with weights: the languages participants in that country speak in the
demo's interviews. ``notes_language`` is the language the field researcher writes observations
and summaries in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    name: str
    regions: tuple[tuple[str, tuple[str, ...]], ...]
    languages: tuple[tuple[str, float], ...]
    notes_language: str


COUNTRIES: tuple[Country, ...] = (
    Country(
        "Kenya",
        (
            ("Kisumu County", ("Nyalenda", "Kondele", "Nyakach")),
            ("Turkana County", ("Kakuma", "Lodwar", "Lokichoggio")),
            ("Nairobi County", ("Kibera", "Mathare", "Kawangware")),
        ),
        (("sw", 0.55), ("en", 0.45)),
        "en",
    ),
    Country(
        "Senegal",
        (
            ("Kolda", ("Médina Yoro Foulah", "Vélingara", "Dioulacolon")),
            ("Saint-Louis", ("Podor", "Dagana", "Richard-Toll")),
            ("Thiès", ("Mbour", "Joal-Fadiouth", "Tivaouane")),
        ),
        (("fr", 1.0),),
        "fr",
    ),
    Country(
        "Colombia",
        (
            ("Chocó", ("Quibdó", "Istmina", "Bahía Solano")),
            ("Cauca", ("Popayán", "Silvia", "Toribío")),
            ("La Guajira", ("Riohacha", "Uribia", "Manaure")),
        ),
        (("es", 1.0),),
        "es",
    ),
    Country(
        "Brazil",
        (
            ("Bahia", ("Juazeiro", "Vitória da Conquista", "Ilhéus")),
            ("Pará", ("Santarém", "Marabá", "Breves")),
            ("Ceará", ("Sobral", "Crateús", "Quixadá")),
        ),
        (("pt", 1.0),),
        "pt",
    ),
    Country(
        "India",
        (
            ("Bihar", ("Gaya", "Muzaffarpur", "Purnia")),
            ("Rajasthan", ("Barmer", "Udaipur", "Tonk")),
            ("Uttar Pradesh", ("Bahraich", "Sitapur", "Shravasti")),
        ),
        (("hi", 0.75), ("en", 0.25)),
        "en",
    ),
    Country(
        "Ethiopia",
        (
            ("Amhara", ("Bahir Dar", "Debre Markos", "Gondar")),
            ("Oromia", ("Adama", "Bishoftu", "Shashamane")),
            ("Sidama", ("Hawassa", "Yirgalem", "Aleta Wondo")),
        ),
        (("am", 0.7), ("en", 0.3)),
        "en",
    ),
    Country(
        "Morocco",
        (
            ("Drâa-Tafilalet", ("Zagora", "Ouarzazate", "Errachidia")),
            ("Souss-Massa", ("Taroudant", "Tiznit", "Agadir Ida-Outanane")),
        ),
        (("ar", 0.65), ("fr", 0.35)),
        "fr",
    ),
    Country(
        "Tanzania",
        (
            ("Dodoma", ("Kondoa", "Chamwino", "Mpwapwa")),
            ("Mwanza", ("Ukerewe", "Magu", "Sengerema")),
            ("Zanzibar", ("Chake Chake", "Wete", "Mkoani")),
        ),
        (("sw", 0.85), ("en", 0.15)),
        "en",
    ),
    Country(
        "Peru",
        (
            ("Puno", ("Juliaca", "Ilave", "Azángaro")),
            ("Loreto", ("Iquitos", "Nauta", "Yurimaguas")),
            ("Cusco", ("Ocongate", "Urubamba", "Quillabamba")),
        ),
        (("es", 1.0),),
        "es",
    ),
    Country(
        "Ghana",
        (
            ("Northern Region", ("Tamale", "Yendi", "Savelugu")),
            ("Volta Region", ("Ho", "Hohoe", "Keta")),
        ),
        (("en", 1.0),),
        "en",
    ),
    Country(
        "Mozambique",
        (
            ("Nampula", ("Ilha de Moçambique", "Angoche", "Monapo")),
            ("Sofala", ("Beira", "Dondo", "Búzi")),
        ),
        (("pt", 1.0),),
        "pt",
    ),
    Country(
        "Rwanda",
        (
            ("Eastern Province", ("Nyagatare", "Kayonza", "Rwamagana")),
            ("Southern Province", ("Huye", "Nyanza", "Muhanga")),
        ),
        (("en", 0.6), ("fr", 0.4)),
        "en",
    ),
)
COUNTRY_BY_NAME = {c.name: c for c in COUNTRIES}


@dataclass(frozen=True)
class Kind:
    name: str
    title: str  # "{locality} …" pattern for the case title
    summary: str  # one sentence about what the initiative does
    digital: bool = False


KINDS: tuple[Kind, ...] = (
    Kind(
        "community school",
        "{locality} Community School",
        "a community-run primary school where parents hire and support local teachers",
    ),
    Kind(
        "reading camp",
        "{locality} Reading Camps",
        "after-school reading camps run by trained volunteers in homes and churches",
    ),
    Kind(
        "teacher network",
        "{region} Teacher Learning Circles",
        "a peer network in which teachers from neighbouring schools meet monthly to share lessons",
    ),
    Kind(
        "radio school",
        "{locality} Radio School",
        "daily lessons broadcast on community radio, with learners following in small groups",
        digital=True,
    ),
    Kind(
        "tablet programme",
        "{locality} Tablet Learning Programme",
        "shared tablets with offline literacy and numeracy apps, charged by solar kiosks",
        digital=True,
    ),
    Kind(
        "mobile library",
        "{locality} Mobile Library",
        "a library on a motorbike or boat that lends books in local languages to villages",
    ),
    Kind(
        "girls' learning club",
        "{locality} Girls' Learning Club",
        "a safe space where adolescent girls catch up on schooling and plan their futures",
    ),
    Kind(
        "SMS numeracy programme",
        "{region} SMS Numeracy Programme",
        "weekly numeracy problems sent to families' basic phones, with a teacher calling back",
        digital=True,
    ),
    Kind(
        "mother-tongue literacy programme",
        "{locality} Mother-Tongue Literacy Programme",
        "early-grade reading taught first in the children's home language",
    ),
    Kind(
        "community learning centre",
        "{locality} Community Learning Centre",
        "a centre open to children and adults, with a library, a garden and evening classes",
    ),
)
KIND_BY_NAME = {k.name: k for k in KINDS}

# The field team: (name, languages they interview in).
RESEARCHERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Amina Odhiambo", ("sw", "en")),
    ("Fatou Diop", ("fr", "ar", "en")),
    ("Lucía Quispe", ("es", "en")),
    ("Joana Ribeiro", ("pt", "es", "en")),
    ("Rahul Verma", ("hi", "en")),
    ("Tesfaye Bekele", ("am", "en")),
    ("Wei Zhang", ("zh", "en")),
    ("Claire Martin", ("en", "fr", "es", "pt")),
)
LEAD_RESEARCHER = "Claire Martin"

ROLES: tuple[tuple[str, float], ...] = (
    ("learner", 0.24),
    ("teacher", 0.22),
    ("parent", 0.18),
    ("community member", 0.12),
    ("school leader", 0.08),
    ("official", 0.06),
    ("ngo staff", 0.10),
)

# Pseudonyms for the few participants who allowed attribution, by interview language.
GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Grace", "Samuel", "Esther", "Daniel", "Mercy", "Joseph", "Priya", "Kofi"),
    "sw": ("Wanjiru", "Baraka", "Neema", "Juma", "Zawadi", "Otieno"),
    "fr": ("Aïssatou", "Mamadou", "Khady", "Ousmane", "Awa", "Ibrahima"),
    "es": ("María", "José", "Yolanda", "Wilmer", "Rosa", "Edwin"),
    "pt": ("Ana", "João", "Francisca", "Raimundo", "Luzia", "Armando"),
    "hi": ("Sunita", "Ramesh", "Anita", "Suresh", "Pooja", "Manoj"),
    "am": ("Almaz", "Getachew", "Meseret", "Dawit", "Hirut", "Yonas"),
    "ar": ("Fatima", "Youssef", "Khadija", "Hassan", "Zineb", "Omar"),
    "zh": ("Li Na", "Chen Hao", "Wang Fang", "Liu Yang"),
}
