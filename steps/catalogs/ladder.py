"""The participatieladder (section 2.1): rungs, their level and the five/six-rung variants."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trede:
    """One rung of the participatieladder."""

    code: str
    label: str
    niveau: int
    uitleg: str
    wie_bepaalt: str
    wat_deelnemers_doen: str
    toezegging_gemeente: str
    interactief: bool


TREDEN: tuple[Trede, ...] = (
    Trede(
        code="informeren",
        label="Informeren",
        niveau=1,
        uitleg="De gemeente vertelt wat zij van plan is of wat zij heeft besloten.",
        wie_bepaalt="De gemeente bepaalt alles.",
        wat_deelnemers_doen="Deelnemers krijgen informatie. Ze hebben geen invloed.",
        toezegging_gemeente="De gemeente geeft juiste informatie, en op tijd.",
        interactief=False,
    ),
    Trede(
        code="raadplegen",
        label="Raadplegen",
        niveau=2,
        uitleg="De gemeente vraagt mantelzorgers naar hun mening over een aanpak die zij al grotendeels heeft bedacht.",
        wie_bepaalt="De gemeente bepaalt bijna alles.",
        wat_deelnemers_doen="Deelnemers beantwoorden vragen, vaak met vaste antwoorden, en praten mee als gesprekspartner.",
        toezegging_gemeente="De gemeente luistert, maar hoeft niet te doen wat deelnemers zeggen.",
        interactief=False,
    ),
    Trede(
        code="adviseren",
        label="Adviseren",
        niveau=3,
        uitleg="Mantelzorgers geven advies en eigen ideeën, en de gemeente neemt dat advies in principe over.",
        wie_bepaalt="De gemeente, maar deelnemers mogen zelf problemen en oplossingen noemen.",
        wat_deelnemers_doen="Deelnemers geven advies en eigen ideeën die het beleid kunnen veranderen.",
        toezegging_gemeente=(
            "De gemeente volgt het advies in principe. Doet zij dat niet, dan legt zij uit waarom."
        ),
        interactief=True,
    ),
    Trede(
        code="coproduceren",
        label="Coproduceren",
        niveau=4,
        uitleg="De gemeente en mantelzorgers bedenken samen wat het probleem is en hoe ze het oplossen.",
        wie_bepaalt="De gemeente en de deelnemers samen.",
        wat_deelnemers_doen="Deelnemers beschrijven samen met de gemeente het probleem en werken samen oplossingen uit.",
        toezegging_gemeente=(
            "De gemeente houdt zich aan de uitkomst die samen is gemaakt, binnen de afgesproken grenzen."
        ),
        interactief=True,
    ),
    Trede(
        code="meebeslissen",
        label="Meebeslissen",
        niveau=5,
        uitleg="Mantelzorgers bedenken oplossingen en beslissen ook zelf, binnen grenzen die de gemeente vooraf stelt.",
        wie_bepaalt="De deelnemers, binnen de grenzen die de gemeente heeft gesteld.",
        wat_deelnemers_doen="Deelnemers werken plannen uit en nemen zelf het besluit.",
        toezegging_gemeente=(
            "De gemeente neemt het besluit over. Zij kijkt alleen of het binnen de vooraf gestelde grenzen past."
        ),
        interactief=True,
    ),
    Trede(
        code="zelfbeheer",
        label="Zelfbeheer",
        niveau=6,
        uitleg="Mantelzorgers nemen zelf het initiatief en regelen en beheren zelf iets, bijvoorbeeld een voorziening.",
        wie_bepaalt="De deelnemers.",
        wat_deelnemers_doen="Deelnemers komen zelf met een plan, beslissen zelf en voeren het zelf uit.",
        toezegging_gemeente=(
            "De gemeente helpt met geld, ruimte of advies en kijkt op afstand mee."
        ),
        interactief=True,
    ),
)

LADDER_TOELICHTING = (
    "Bij mantelzorgbeleid gebruiken gemeenten vooral de treden raadplegen en adviseren. "
    "Meebeslissen komt weinig voor. Hoger op de ladder is niet altijd beter. "
    "Welke trede past, hangt af van de fase, het onderwerp en de ruimte die er is om te kiezen. "
    "Het hangt ook af van de tijd en de mensen die de gemeente en de mantelzorgers hebben. "
    "Goed informeren is altijd nodig, ook als u een hogere trede kiest."
)

_NIVEAUS = {trede.code: trede.niveau for trede in TREDEN}


def treden_voor(variant: str) -> tuple[Trede, ...]:
    """Rungs shown for a ladder variant: all six for ``zes_treden``, otherwise without zelfbeheer."""
    if variant == "zes_treden":
        return TREDEN
    return tuple(trede for trede in TREDEN if trede.code != "zelfbeheer")


def niveau(code: str | None) -> int:
    """Level of a rung (1–6); 0 for an empty or unknown code."""
    if not code:
        return 0
    return _NIVEAUS.get(code, 0)
