"""Seed list of 25 stakeholder types (step 7B) with typical interest, influence and involvement."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StakeholderType:
    """A typical party around mantelzorgbeleid; belang and invloed are indicative bands."""

    code: str
    label: str
    belang: str
    invloed: str
    betrokkenheid: str


STAKEHOLDER_TYPES: tuple[StakeholderType, ...] = (
    StakeholderType(
        "wethouder_zorg",
        "Wethouder zorg/Wmo (portefeuillehouder)",
        "hoog",
        "hoog",
        "Geeft de opdracht. Houd de wethouder vaak op de hoogte en vraag hem of haar "
        "bij de belangrijkste bijeenkomsten.",
    ),
    StakeholderType(
        "wethouder_wonen",
        "Wethouder wonen",
        "middel",
        "hoog",
        "Praat samen met de wethouder zorg over wonen en mantelzorg.",
    ),
    StakeholderType(
        "college",
        "College van B&W",
        "middel",
        "hoog",
        "Besluit over het plan. Informeer het college bij elke belangrijke stap.",
    ),
    StakeholderType(
        "gemeenteraad",
        "Gemeenteraad / raadscommissie sociaal domein",
        "middel",
        "hoog",
        "Informeer de raad vroeg, bijvoorbeeld met een informatieavond of een speeddate met "
        "mantelzorgers. De raad besluit over het beleidsplan en de verordening.",
    ),
    StakeholderType(
        "management",
        "Ambtelijk management",
        "middel",
        "middel–hoog",
        "Zorgt voor uren en voor de ruimte om beslissingen te nemen.",
    ),
    StakeholderType(
        "collega_beleidsterreinen",
        "Collega's andere beleidsterreinen",
        "laag–middel",
        "middel",
        "Doen mee in het kernteam of in een bredere groep collega's.",
    ),
    StakeholderType(
        "adviesraad",
        "Wmo-raad / adviesraad sociaal domein",
        "hoog",
        "middel",
        "Geeft formeel advies en denkt al vroeg mee. Kan ook helpen het traject te organiseren.",
    ),
    StakeholderType(
        "steunpunt",
        "Steunpunt mantelzorg",
        "hoog",
        "middel",
        "Partner bij het vinden van deelnemers, bij de uitvoering en bij het leveren van cijfers.",
    ),
    StakeholderType(
        "welzijnsorganisatie",
        "Welzijnsorganisatie",
        "hoog",
        "middel",
        "Voert maatregelen uit en is een plek waar u mantelzorgers vindt.",
    ),
    StakeholderType(
        "wijkteam",
        "Sociaal wijkteam",
        "hoog",
        "middel",
        "Ziet mantelzorgers bij het keukentafelgesprek, signaleert problemen en voert uit.",
    ),
    StakeholderType(
        "zorgaanbieders",
        "Zorgaanbieders (thuiszorg, VVT, GGZ, gehandicaptenzorg)",
        "middel",
        "middel",
        "Bieden respijtzorg, werken samen met mantelzorgers volgens het SOFA-model, "
        "en zijn een plek waar u mantelzorgers vindt.",
    ),
    StakeholderType(
        "huisartsen",
        "Huisartsen / zorggroep / POH",
        "middel",
        "middel",
        "Zien mantelzorgers en merken problemen op. Houd het contact kort en praktisch.",
    ),
    StakeholderType(
        "ziekenhuis",
        "Ziekenhuis",
        "laag",
        "middel",
        "Ziet mantelzorgers bij opname en ontslag. Ook een plek om mantelzorgers te vinden.",
    ),
    StakeholderType(
        "zorgverzekeraar_zorgkantoor",
        "Zorgverzekeraar / zorgkantoor",
        "middel",
        "hoog (financiering)",
        "Betaalt mee aan respijtzorg vanuit de Wlz of de Zorgverzekeringswet. "
        "Kan meebetalen aan plannen.",
    ),
    StakeholderType(
        "woningcorporatie",
        "Woningcorporaties",
        "middel",
        "middel",
        "Helpt met mantelzorgwoningen, voorrang bij het zoeken van een woning en aanpassingen in huis.",
    ),
    StakeholderType(
        "werkgevers",
        "Werkgevers / ondernemersvereniging",
        "laag–middel",
        "middel",
        "Maakt het makkelijker om werk en zorg te combineren.",
    ),
    StakeholderType(
        "onderwijs",
        "Scholen en onderwijsinstellingen",
        "middel",
        "middel",
        "Ziet jonge mantelzorgers en kan hen op tijd opmerken.",
    ),
    StakeholderType(
        "vrijwilligerscentrale",
        "Vrijwilligerscentrale / zorgvrijwilligersorganisaties",
        "middel",
        "laag–middel",
        "Regelt respijt met vrijwilligers en maatjes (buddy's).",
    ),
    StakeholderType(
        "belangenorganisaties",
        "Patiënten-, naasten- en belangenorganisaties",
        "hoog",
        "laag–middel",
        "Brengt de eigen achterban mee en kent ervaringsdeskundigen.",
    ),
    StakeholderType(
        "religieus_migranten",
        "Religieuze en migrantenorganisaties",
        "middel",
        "laag",
        "Kent sleutelfiguren en helpt om mensen op te zoeken die u anders niet bereikt.",
    ),
    StakeholderType(
        "burgerinitiatieven",
        "Burgerinitiatieven / zorgcoöperatie",
        "hoog",
        "laag–middel",
        "Werkt samen met de gemeente en kan zelf dingen regelen en beheren.",
    ),
    StakeholderType(
        "kennispartij",
        "Kennispartij (hogeschool, GGD)",
        "middel",
        "laag",
        "Helpt met onderzoek, metingen en de evaluatie.",
    ),
    StakeholderType(
        "lokale_media",
        "Lokale media",
        "laag",
        "middel",
        "Helpt om het traject bekend te maken en verhalen te vertellen.",
    ),
    StakeholderType(
        "mantelzorgers",
        "Mantelzorgers zelf",
        "hoog",
        "laag–middel (moet groeien)",
        "Zij staan centraal in dit hele traject. Hun invloed moet groter worden.",
    ),
    StakeholderType(
        "mantelzorgnl",
        "MantelzorgNL / landelijke kennisinstituten",
        "middel",
        "laag",
        "Geeft advies, helpt aan ervaringsdeskundigen en heeft materialen.",
    ),
)
