"""The six conditions for meaningful participation (step 3B) with their check questions."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Option


@dataclass(frozen=True)
class Voorwaarde:
    """One condition: what it means and the checkboxes the officer can tick."""

    code: str
    label: str
    betekenis: str
    checks: tuple[Option, ...]


VOORWAARDEN: tuple[Voorwaarde, ...] = (
    Voorwaarde(
        code="openheid",
        label="Openheid",
        betekenis=(
            "De gemeente wil echt horen wat mantelzorgers inbrengen. "
            "De uitkomst ligt nog niet vast."
        ),
        checks=(
            Option("ruimte_keuzes", "Er is nog ruimte om keuzes te veranderen"),
            Option("open_kritiek", "Er is ruimte voor kritiek op bestaand beleid"),
            Option("info_delen", "Relevante informatie en cijfers worden gedeeld"),
            Option("bestuur_open", "Bestuur staat achter een open proces"),
        ),
    ),
    Voorwaarde(
        code="duidelijkheid",
        label="Duidelijkheid",
        betekenis=(
            "Deelnemers weten wat het doel en het onderwerp zijn. Ze weten wat vastligt, "
            "hoe de planning is en wat er met hun inbreng gebeurt."
        ),
        checks=(
            Option("doel_helder", "Doel en onderwerp zijn helder geformuleerd"),
            Option("kaders_gedeeld", "Kaders (budget, wet, politieke keuzes) zijn bekend en gedeeld"),
            Option("trede_benoemd", "De trede van invloed is benoemd"),
            Option("planning_bekend", "Planning en beslismomenten zijn bekend"),
        ),
    ),
    Voorwaarde(
        code="rol_en_inbreng",
        label="Rol en inbreng",
        betekenis=(
            "Iedereen weet wat zijn rol is: mantelzorgers, gemeente, partners, adviesraad en raad. "
            "Wat u aan deelnemers vraagt, past bij wat zij kunnen geven."
        ),
        checks=(
            Option("rollen_beschreven", "Rollen zijn per partij beschreven"),
            Option("wie_beslist", "Het is duidelijk wie uiteindelijk beslist"),
            Option("inbreng_past", "De gevraagde inbreng past bij de deelnemers"),
            Option("aanspreekpunt", "Er is één aanspreekpunt"),
        ),
    ),
    Voorwaarde(
        code="meerwaarde",
        label="Meerwaarde",
        betekenis=(
            "De gemeente en de mantelzorgers zien allebei wat het meedoen hun oplevert."
        ),
        checks=(
            Option("doel_inbreng", "Het is duidelijk wat de inbreng moet opleveren"),
            Option(
                "deelnemers_winst",
                "Deelnemers hebben er zelf iets aan (erkenning, resultaat, contact)",
            ),
            Option("intern_uitgelegd", "De meerwaarde is intern uitgelegd"),
        ),
    ),
    Voorwaarde(
        code="relatie",
        label="Relatie",
        betekenis=(
            "Gemeente, mantelzorgers en organisaties vertrouwen elkaar, of bouwen dat vertrouwen op. "
            "U houdt rekening met eerdere ervaringen."
        ),
        checks=(
            Option("bestaande_contacten", "Er zijn bestaande contacten met mantelzorgers"),
            Option("relatie_partners", "Relatie met steunpunt en adviesraad is goed"),
            Option("eerdere_afgerond", "Eerdere participatie is netjes afgerond"),
            Option("geen_conflict", "Er is geen recent conflict of wantrouwen"),
        ),
    ),
    Voorwaarde(
        code="capaciteit_en_middelen",
        label="Capaciteit en middelen",
        betekenis=(
            "Er zijn genoeg uren, geld, kennis en voorzieningen om het traject te doen. "
            "En om mantelzorgers echt te laten meedoen."
        ),
        checks=(
            Option("uren_vrijgemaakt", "Er zijn ambtelijke uren vrijgemaakt"),
            Option("budget_participatie", "Er is budget voor participatie"),
            Option("procesbegeleiding_geregeld", "Procesbegeleiding is geregeld"),
            Option("faciliteiten_geregeld", "Faciliteiten voor deelnemers zijn geregeld"),
        ),
    ),
)

SCORE_LABELS: dict[int, str] = {
    1: "Niet geregeld",  # "niet ingevuld" is only said of an empty answer
    2: "Zwak",
    3: "Voldoende",
    4: "Goed",
    5: "Volledig geregeld",
}
