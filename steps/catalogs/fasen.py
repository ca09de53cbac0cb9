"""The seven beleidsfasen (section 2.2) with help text for step 4."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fase:
    """One phase of the policy cycle in which mantelzorgers can be involved."""

    code: str
    label: str
    volgorde: int
    uitleg: str
    voorbeeldvraag: str
    typische_treden: tuple[str, ...]
    waarom: str


FASEN: tuple[Fase, ...] = (
    Fase(
        code="inventarisatie",
        label="Inventarisatie",
        volgorde=1,
        uitleg=(
            "U brengt de situatie in kaart: cijfers, behoeften, problemen, "
            "de steun die er al is en wat er nog mist."
        ),
        voorbeeldvraag="Hoe gaat het met de zorg voor uw naaste, en waar loopt u tegenaan?",
        typische_treden=("raadplegen",),
        waarom=(
            "Mantelzorgers weten uit hun dagelijks leven wat er nodig is en wat er mist. "
            "Dat haalt u niet uit cijfers alleen."
        ),
    ),
    Fase(
        code="visievorming",
        label="Visievorming",
        volgorde=2,
        uitleg="U schrijft de visie op, met de belangrijkste principes en doelen.",
        voorbeeldvraag="Wanneer is steun voor u echt goed? Wat vindt u daarbij het belangrijkst?",
        typische_treden=("raadplegen", "adviseren", "coproduceren"),
        waarom=(
            "Als mantelzorgers meedenken over waarden en principes, herkennen ze zich "
            "later beter in het plan."
        ),
    ),
    Fase(
        code="beleidsvoorbereiding",
        label="Beleidsvoorbereiding",
        volgorde=3,
        uitleg="U werkt keuzes en maatregelen uit, zet ze op volgorde en rekent de kosten uit.",
        voorbeeldvraag="Welke oplossingen helpen echt? En wat moet als eerste gebeuren?",
        typische_treden=("adviseren", "coproduceren"),
        waarom=(
            "Mantelzorgers kunnen keuzes toetsen aan de praktijk. "
            "Zo voorkomt u maatregelen die niet passen."
        ),
    ),
    Fase(
        code="opstellen_beleidsplan",
        label="Opstellen beleidsplan",
        volgorde=4,
        uitleg="U schrijft het (concept)beleidsplan en laat het controleren.",
        voorbeeldvraag="Herkent u uw eigen situatie in dit concept? Wat zou u missen?",
        typische_treden=("adviseren",),
        waarom=(
            "Mantelzorgers zien wat u over het hoofd ziet. "
            "Ze merken ook op waar de tekst onduidelijk is of niet aanspreekt."
        ),
    ),
    Fase(
        code="vaststelling_verordening",
        label="Vaststelling verordening",
        volgorde=5,
        uitleg=(
            "Het college en de gemeenteraad besluiten. De verordening wordt vastgesteld, "
            "ook de regels voor de mantelzorgwaardering. De Wmo-raad geeft formeel advies."
        ),
        voorbeeldvraag="Wat vindt u van de regels, bijvoorbeeld over de waardering voor mantelzorgers?",
        typische_treden=("informeren", "adviseren"),
        waarom=(
            "De regels, zoals de mantelzorgwaardering, hebben direct gevolgen voor mantelzorgers. "
            "De raad neemt het besluit; meestal adviseert de adviesraad formeel."
        ),
    ),
    Fase(
        code="uitvoering",
        label="Uitvoering",
        volgorde=6,
        uitleg="U voert de maatregelen uit, vaak samen met partners en mantelzorgers.",
        voorbeeldvraag="Wilt u meedenken of meehelpen bij het uitvoeren van de plannen?",
        typische_treden=("coproduceren", "meebeslissen", "zelfbeheer"),
        waarom=(
            "Mantelzorgers kunnen activiteiten mee organiseren, als ambassadeur optreden "
            "of samen een klein budget verdelen."
        ),
    ),
    Fase(
        code="evaluatie",
        label="Evaluatie",
        volgorde=7,
        uitleg="U kijkt hoe het proces ging en wat het heeft opgeleverd. Daarna besluit u hoe het verder gaat.",
        voorbeeldvraag="Wat heeft het beleid u gebracht? Wat moet er anders?",
        typische_treden=("raadplegen", "adviseren"),
        waarom="Mantelzorgers kunnen het best zeggen of de steun hen echt heeft geholpen.",
    ),
)
