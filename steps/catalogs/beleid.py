"""Option lists of the Beleid sections (domain.md 5.3, A.1–A.4): the support offer and the money.

The eight vraaggebieden themselves are `options.VRAAGGEBIEDEN` (domain.md 2.3).
"""

from __future__ import annotations

from .base import Option

# A.1 aanbod.status
AANBOD_STATUS: tuple[Option, ...] = (
    Option("bestaand", "Bestaand", "Het aanbod is er al en blijft zoals het is."),
    Option("aanpassen", "Wordt aangepast", "Het aanbod is er al, maar verandert in de beleidsperiode."),
    Option("nieuw", "Nieuw", "Het aanbod komt er in de beleidsperiode bij."),
    Option("stopt", "Stopt", "Het aanbod stopt in de beleidsperiode."),
)

# A.3 waardering_vorm
WAARDERING_VORMEN: tuple[Option, ...] = (
    Option("geldbedrag", "Geldbedrag", "Mantelzorgers krijgen een bedrag op hun rekening."),
    Option("cadeaubon", "Cadeaubon", "Een bon om te besteden bij lokale winkels of voor een uitje."),
    Option("activiteit", "Activiteit of uitje", "Een middag, avond of uitje voor mantelzorgers."),
    Option("dag_van_de_mantelzorg", "Dag van de Mantelzorg",
           "Aandacht en een activiteit rond 10 november, de landelijke Dag van de Mantelzorg."),
    Option("anders", "Anders", "Een andere vorm. Leg die uit bij 'Hoe vragen mantelzorgers het aan?'."),
)

# A.4 budget.bron
BUDGET_BRONNEN: tuple[Option, ...] = (
    Option("wmo", "Wmo-budget mantelzorgondersteuning",
           "Het deel van het Wmo-budget dat voor mantelzorgondersteuning is bedoeld."),
    Option("subsidie_steunpunt", "Subsidie steunpunt", "De subsidie aan het steunpunt mantelzorg."),
    Option("respijtzorg", "Respijtzorg", "Geld voor logeeropvang, dagopvang, oppas en andere respijtzorg."),
    Option("waardering", "Mantelzorgwaardering", "Geld voor de jaarlijkse blijk van waardering."),
    Option("cofinanciering", "Cofinanciering (zorgkantoor/zorgverzekeraar)",
           "Geld dat een zorgkantoor, zorgverzekeraar of andere partner bijdraagt."),
    Option("eenmalig", "Eenmalige middelen", "Geld dat er maar één keer is, bijvoorbeeld een rijksregeling."),
    Option("anders", "Anders", "Een andere bron."),
)

#: The V-gebied (domain.md 2.3) each vraaggebied mainly serves, for the costs per V: information,
#: advice, emotional support, education and recognition strengthen the mantelzorger; practical
#: help, respijtzorg and financial help lighten the load (the example measures of 2.3).
VRAAGGEBIED_V: dict[str, str] = {
    "informatie": "versterken",
    "advies": "versterken",
    "emotionele_steun": "versterken",
    "educatie": "versterken",
    "praktische_hulp": "verlichten",
    "respijtzorg": "verlichten",
    "financieel_materieel": "verlichten",
    "waardering": "versterken",
}
