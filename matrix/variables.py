"""The only list of matrix variables and their category codes.

Everything else (the extractors' output keys, the database columns, the
Datasette column descriptions, the evaluation) reads this module, so a
variable is added or renamed in exactly one place.  Codes follow
``../shared/spec/matrix.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Category:
    """One allowed value of a categorical variable, with its Swedish label."""

    code: str
    label_sv: str
    description_sv: str = ""


@dataclass(frozen=True)
class Variable:
    """One matrix variable: its id (= DB column = JSON key), type and codes.

    ``kind`` is ``list`` (a set of codes or strings), ``bool`` (a feature
    present or not) or ``struct`` (opening hours: a list of dicts).
    """

    id: str
    kind: str
    label_sv: str
    description_sv: str
    categories: tuple[Category, ...] = field(default=())
    site_wide: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)


EXPOSURE = (
    Category("nara_relation", "Våld i nära relation", "Utsatta för våld i nära relationer"),
    Category("valdsutovare", "Våldsutövare", "Den som utövar eller utsätter någon för våld"),
    Category("heder", "Hedersrelaterat våld", "Hedersrelaterat våld och förtryck"),
    Category(
        "prostitution_manniskohandel",
        "Prostitution och människohandel",
        "Prostitution, människohandel för sexuella ändamål, sex mot ersättning",
    ),
    Category("sexuellt_vald", "Sexuellt våld", "Sexuellt våld oberoende av relation, sexualbrott"),
    Category(
        "sexualbrott_risk",
        "Risk att begå sexualbrott",
        "Personer som riskerar att begå eller har begått sexualbrott",
    ),
    Category(
        "barn_som_upplever_vald",
        "Barn som upplever våld",
        "Barn som upplever eller bevittnar våld",
    ),
)

GENDER_AGE = (
    Category("kvinnor", "Kvinnor", "Texten vänder sig uttryckligen till kvinnor"),
    Category("man", "Män", "Texten vänder sig uttryckligen till män"),
    Category("flickor", "Flickor", "Flickor, tjejer, unga kvinnor"),
    Category("pojkar", "Pojkar", "Pojkar, killar, unga män"),
    Category("barn_unga", "Barn och unga", "Barn och ungdomar utan angivet kön"),
    Category("hbtq", "HBTQ", "Hbtqi-personer, ickebinära, transpersoner"),
    Category(
        "konsneutral",
        "Könsneutral beskrivning",
        "Texten talar om personer, du som eller vuxna utan att nämna kön",
    ),
)

VULNERABLE = (
    Category("missbruk", "Missbruk", "Personer med missbruk eller beroende"),
    Category("funktionsnedsattning", "Funktionsnedsättning", "Personer med funktionsnedsättning"),
    Category("aldre", "Äldre", "Äldre personer"),
    Category(
        "bristande_svenska",
        "Bristande kunskaper i svenska",
        "Personer som inte talar svenska eller är nyanlända",
    ),
)

VARIABLES: tuple[Variable, ...] = (
    Variable(
        "exposure_groups",
        "list",
        "Målgrupp – utsatthet",
        "Vilken utsatthet verksamheten vänder sig till, enligt webbplatsen.",
        EXPOSURE,
    ),
    Variable(
        "gender_groups",
        "list",
        "Målgrupp – kön och ålder",
        "Vilka kön och åldrar texten vänder sig till.",
        GENDER_AGE,
    ),
    Variable(
        "vulnerable_groups",
        "list",
        "Särskilt sårbara grupper",
        "Särskilt sårbara grupper som nämns som målgrupp.",
        VULNERABLE,
    ),
    Variable(
        "languages",
        "list",
        "Språk",
        "Språk som informationen erbjuds på (ISO 639-1-koder), utöver maskinöversättning.",
        site_wide=True,
    ),
    Variable(
        "machine_translation",
        "bool",
        "Maskinöversättning",
        "Webbplatsen har en maskinöversättningstjänst (t.ex. Google Translate-widget).",
        site_wide=True,
    ),
    Variable("easy_read", "bool", "Lättläst", "Information på lättläst svenska finns.", site_wide=True),
    Variable(
        "sign_language",
        "bool",
        "Teckenspråk",
        "Information på teckenspråk (video eller länk) finns.",
        site_wide=True,
    ),
    Variable(
        "text_to_speech",
        "bool",
        "Talande webb",
        "Sidan kan läsas upp (t.ex. ReadSpeaker, knappen Lyssna).",
        site_wide=True,
    ),
    Variable(
        "quick_exit",
        "bool",
        "Snabb exit",
        "En knapp eller länk som lämnar webbplatsen direkt.",
        site_wide=True,
    ),
    Variable(
        "hide_visit_advice",
        "bool",
        "Dölj besök",
        "Råd om hur man döljer sitt besök (rensa historiken, privat surfläge).",
        site_wide=True,
    ),
    Variable(
        "phone_numbers",
        "list",
        "Telefonnummer",
        "Telefonnummer som publiceras, normaliserade till E.164 (+46…).",
    ),
    Variable(
        "hotline_24h",
        "bool",
        "Jour dygnet runt",
        "En telefonlinje som är öppen dygnet runt.",
    ),
    Variable(
        "opening_hours",
        "struct",
        "Öppettider",
        "Öppettider som struktur (dagar, från, till, undantag) med originaltexten.",
    ),
    Variable(
        "catchment",
        "list",
        "Upptagningsområde",
        "Kommuner som verksamheten säger att den täcker (kommunnamn).",
    ),
)

BY_ID: dict[str, Variable] = {v.id: v for v in VARIABLES}
VARIABLE_IDS: tuple[str, ...] = tuple(BY_ID)
SITE_WIDE_IDS: tuple[str, ...] = tuple(v.id for v in VARIABLES if v.site_wide)
SERVICE_IDS: tuple[str, ...] = tuple(v.id for v in VARIABLES if not v.site_wide)

SEKTORER = (
    Category("kommun", "Kommun", "Kommunens socialtjänst"),
    Category("kommungemensam", "Kommungemensam", "Verksamhet som drivs av flera kommuner i samverkan"),
    Category("region", "Region", "Regionen (hälso- och sjukvård)"),
    Category("ideburen", "Idéburen", "Idéburen sektor: kvinnojourer, tjejjourer m.fl."),
    Category("statlig", "Statlig", "Statlig myndighet"),
)
SEKTOR_CODES: tuple[str, ...] = tuple(c.code for c in SEKTORER)


def all_categories() -> list[dict[str, str]]:
    """Return every category code of every variable, for the `kategorier` table."""
    rows = [
        {
            "variable": v.id,
            "code": c.code,
            "label_sv": c.label_sv,
            "description_sv": c.description_sv,
        }
        for v in VARIABLES
        for c in v.categories
    ]
    rows += [
        {"variable": "sektor", "code": c.code, "label_sv": c.label_sv, "description_sv": c.description_sv}
        for c in SEKTORER
    ]
    return rows
