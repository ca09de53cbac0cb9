"""Risk catalogue per rung of the participatieladder (K10), each with a suggested mitigation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Risico:
    """A typical risk of participation at one rung (or at every rung: ``trede == "alle"``)."""

    code: str
    label: str
    trede: str
    wat_gaat_mis: str
    maatregel: str
    maatregel_uitleg: str


RISICOS: tuple[Risico, ...] = (
    # alle treden
    Risico(
        code="overvraging_mantelzorgers",
        label="Deelname belast mantelzorgers extra",
        trede="alle",
        wat_gaat_mis="Mensen die het al zwaar hebben, krijgen er nog een taak bij.",
        maatregel="Belasting beperken",
        maatregel_uitleg=(
            "Houd bijeenkomsten kort. Praat met mensen thuis of online. "
            "Regel vervangende zorg en geef een vergoeding."
        ),
    ),
    Risico(
        code="eenzijdige_vertegenwoordiging",
        label="Alleen de mondige mantelzorger doet mee",
        trede="alle",
        wat_gaat_mis=(
            "U hoort vooral mensen die goed voor zichzelf opkomen. "
            "Verborgen en zwaar belaste mantelzorgers hoort u niet."
        ),
        maatregel="Gerichte werving",
        maatregel_uitleg=(
            "Zoek mensen op via vindplaatsen (stap 6). Ga naar hen toe "
            "en gebruik meer dan één werkvorm."
        ),
    ),
    Risico(
        code="geen_terugkoppeling",
        label="Geen terugkoppeling",
        trede="alle",
        wat_gaat_mis="Deelnemers horen nooit wat er met hun inbreng is gebeurd. Het vertrouwen daalt.",
        maatregel="Terugkoppelplan",
        maatregel_uitleg='Laat na elke ronde zien: "u zei – wij deden" (stap 7).',
    ),
    # informeren
    Risico(
        code="niet_bereikt",
        label="Informatie bereikt doelgroep niet",
        trede="informeren",
        wat_gaat_mis=(
            "Mantelzorgers herkennen zich niet in de tekst, "
            "of ze lezen de kanalen van de gemeente niet."
        ),
        maatregel="Via intermediairs en herkenbare taal",
        maatregel_uitleg=(
            'Gebruik de huisarts, de school en het steunpunt. Schrijf niet alleen "mantelzorger", '
            "maar beschrijf de situatie die mensen herkennen."
        ),
    ),
    Risico(
        code="niet_serieus_genomen",
        label="Mantelzorgers voelen zich niet serieus genomen",
        trede="informeren",
        wat_gaat_mis="De gemeente vertelt alleen over besluiten die al zijn genomen.",
        maatregel="Uitleggen waarom",
        maatregel_uitleg=(
            "Leg uit waarom er nu geen invloed mogelijk is. Zeg ook wanneer dat wel kan."
        ),
    ),
    # raadplegen
    Risico(
        code="te_hoge_verwachtingen",
        label="Verwachtingen te hoog",
        trede="raadplegen",
        wat_gaat_mis="Deelnemers denken dat de gemeente hun antwoorden zomaar overneemt.",
        maatregel="Vooraf helder over invloed",
        maatregel_uitleg=(
            "Vertel vooraf op welke trede u werkt en wat u met de antwoorden doet."
        ),
    ),
    Risico(
        code="onderzoeksmoeheid",
        label="Onderzoeksmoeheid",
        trede="raadplegen",
        wat_gaat_mis="Mensen krijgen te veel vragenlijsten. Weinig mensen vullen ze nog in.",
        maatregel="Hergebruik bestaande data",
        maatregel_uitleg=(
            "Gebruik cijfers die er al zijn, zoals van de GGD of het steunpunt. "
            "Voeg vragen samen en werk met één panel."
        ),
    ),
    Risico(
        code="gesloten_vragen",
        label="Gesloten vragen missen de kern",
        trede="raadplegen",
        wat_gaat_mis="De echte problemen staan niet in de vragenlijst.",
        maatregel="Combineren met open gesprek",
        maatregel_uitleg="Houd naast de vragenlijst ook een focusgroep of gesprekken.",
    ),
    # adviseren
    Risico(
        code="advies_niet_overgenomen",
        label="Advies (deels) niet overgenomen → teleurstelling",
        trede="adviseren",
        wat_gaat_mis="Wie advies gaf, voelt zich genegeerd.",
        maatregel="Motiveren per adviespunt",
        maatregel_uitleg=(
            'Reageer op papier op elk punt: "overgenomen", "deels" of "niet, omdat ...".'
        ),
    ),
    Risico(
        code="advies_te_laat",
        label="Advies komt te laat in het proces",
        trede="adviseren",
        wat_gaat_mis="De besluiten liggen eigenlijk al vast.",
        maatregel="Vroeg plannen",
        maatregel_uitleg=(
            "Vraag advies voordat het concept af is. Zet die momenten in de planning van stap 4."
        ),
    ),
    Risico(
        code="adviseurs_niet_representatief",
        label="Adviseurs niet representatief",
        trede="adviseren",
        wat_gaat_mis="Een kleine groep spreekt namens alle mantelzorgers.",
        maatregel="Achterban raadplegen",
        maatregel_uitleg=(
            "Laat de klankbordgroep haar ideeën toetsen bij een grotere groep mantelzorgers."
        ),
    ),
    # coproduceren
    Risico(
        code="tijdsintensief",
        label="Tijdsintensief voor alle partijen",
        trede="coproduceren",
        wat_gaat_mis="Het proces loopt vast en deelnemers haken af.",
        maatregel="Realistische planning en procesbegeleiding",
        maatregel_uitleg=(
            "Spreek een vast ritme af, zorg voor een begeleider en geef een vergoeding."
        ),
    ),
    Risico(
        code="rolonduidelijkheid",
        label="Onduidelijke rollen en verantwoordelijkheden",
        trede="coproduceren",
        wat_gaat_mis="Niemand weet wie waarover beslist.",
        maatregel="Spelregels vastleggen",
        maatregel_uitleg="Schrijf aan het begin op wie wat doet en wie wat beslist.",
    ),
    Risico(
        code="buiten_kaders",
        label="Uitkomst past niet binnen budget of wet",
        trede="coproduceren",
        wat_gaat_mis="De oplossing die samen is bedacht, kan niet worden uitgevoerd.",
        maatregel="Kaders vooraf delen",
        maatregel_uitleg=(
            "Zet vooraf op papier: het budget, wat de wet toestaat en wat vastligt."
        ),
    ),
    Risico(
        code="bestuurlijk_niet_gedragen",
        label="Bestuur neemt resultaat niet over",
        trede="coproduceren",
        wat_gaat_mis="Het college of de raad verandert het plan dat samen is gemaakt.",
        maatregel="Bestuurlijke opdracht vooraf",
        maatregel_uitleg=(
            "Laat de wethouder aan het begin beloven dat hij of zij de uitkomst overneemt (stap 7)."
        ),
    ),
    # meebeslissen
    Risico(
        code="primaat_raad",
        label="Spanning met het primaat van de raad",
        trede="meebeslissen",
        wat_gaat_mis="De gemeenteraad kan zijn eigen bevoegdheid niet zomaar weggeven.",
        maatregel="Mandaat afbakenen",
        maatregel_uitleg=(
            "Geef een duidelijk afgebakend deelbesluit of deelbudget uit handen. "
            "De raad stemt daar vooraf mee in."
        ),
    ),
    Risico(
        code="verantwoording",
        label="Verantwoording en belangenverstrengeling",
        trede="meebeslissen",
        wat_gaat_mis="Deelnemers beslissen over geld waar ze misschien zelf iets aan hebben.",
        maatregel="Transparante criteria",
        maatregel_uitleg=(
            "Maak de regels voor verdeling openbaar. Spreek af wat iemand doet "
            "als hij of zij zelf belang heeft."
        ),
    ),
    Risico(
        code="zware_verantwoordelijkheid",
        label="Te zware verantwoordelijkheid voor deelnemers",
        trede="meebeslissen",
        wat_gaat_mis="Mantelzorgers dragen een verantwoordelijkheid waar ze niet om hebben gevraagd.",
        maatregel="Ondersteuning en keuzevrijheid",
        maatregel_uitleg=(
            "Zorg voor medewerkers die deelnemers helpen. Iedereen mag altijd een stap terug doen."
        ),
    ),
    # zelfbeheer
    Risico(
        code="grip_kwijt",
        label="Gemeente verliest zicht op kwaliteit",
        trede="zelfbeheer",
        wat_gaat_mis="De gemeente ziet weinig van wat er gebeurt.",
        maatregel="Afspraken en monitoring",
        maatregel_uitleg=(
            "Maak afspraken bij de subsidie en vraag om een korte, eenvoudige rapportage."
        ),
    ),
    Risico(
        code="continuiteit",
        label="Continuïteit afhankelijk van enkele trekkers",
        trede="zelfbeheer",
        wat_gaat_mis="Het initiatief valt stil als een paar belangrijke vrijwilligers stoppen.",
        maatregel="Borging",
        maatregel_uitleg=(
            "Laat het steunpunt achter de hand staan en geef geld voor meerdere jaren."
        ),
    ),
)


def risicos_voor(trede_code: str) -> tuple[Risico, ...]:
    """Risks for one rung first, then the risks that apply to every rung ("alle")."""
    eigen = tuple(r for r in RISICOS if r.trede == trede_code and trede_code != "alle")
    return eigen + tuple(r for r in RISICOS if r.trede == "alle")
