"""Verdieping 7: Wonen en mantelzorg (domain.md 6, M7; after Platform31's kennisdossier).

Ambition, strategy (faciliteren, with its measures) and approach; the randvoorwaarden the
woonvisie needs for mantelzorg; how wonen and zorg work together (rondetafelgesprekken, a trekker
between wonen and Wmo, the portfolio holders' meeting); and what mantelzorgers need
("ken de mantelzorger"). The plan gets a chapter "Wonen en mantelzorg" in prose.
"""
from collections.abc import Iterator
from typing import Any

from steps import derived
from steps import forms as f
from steps.advisor.finding import WAARSCHUWING, Finding
from steps.catalogs.base import Option, by_code
from steps.document import BulletList, Heading, Paragraph, Section, is_empty, open_section
from steps.text import answer_rows, in_sentence, join_words

NUMBER = 7
LABEL = "Verdieping 7"
KIND = "verdieping"
SLUG = "wonen"
TITLE = "Verbind wonen en mantelzorg"
SHORT_TITLE = "Wonen en mantelzorg"
PLAN_TITLE = "Wonen en mantelzorg"
INTRO = (
    "Een woning dichtbij of een mantelzorgwoning maakt zorgen makkelijker. Hier legt u vast wat "
    "de gemeente in het woonbeleid voor mantelzorgers doet. Zo komt mantelzorg in de woonvisie "
    "en werken de collega's van wonen en zorg samen."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Schrijft uw gemeente een woonvisie? Zorg dat mantelzorg erin staat."
TIPS = (
    "Praat met mantelzorgers over hun woonwensen, bijvoorbeeld in een rondetafelgesprek. Zij "
    "weten wat in de praktijk knelt.",
    "Wijs één trekker aan die wonen en Wmo verbindt. Anders blijft het bij goede bedoelingen.",
    "Zet de woningcorporatie en de wethouder wonen bij de partijen in stap 7.",
    "Huisarts en sociaal team weten vaak als eerste dat een verhuizing of aanpassing nodig is.",
)

STRATEGIE = Option(
    "faciliteren", "Faciliteren",
    "In het woonbeleid maakt de gemeente dingen mogelijk: zij bouwt niet zelf, maar zorgt dat "
    "mantelzorgers en hun naasten passend kunnen wonen.",
)

MAATREGELEN = (
    Option("steunpunt", "Een aanspreekpunt voor wonen en mantelzorg opzetten",
           "Een vaste plek waar mantelzorgers terechtkunnen met vragen over verhuizen, aanpassen "
           "en samen wonen."),
    Option("voorlichting_intermediairs", "Voorlichting via intermediairs",
           "Informatie over wonen via het steunpunt, de respijtzorg en het cursusaanbod."),
    Option("wensen_verkennen", "De woonwensen van mantelzorgers verkennen",
           "Vragen welke woning en woonomgeving mantelzorgers en hun naasten nodig hebben."),
    Option("woonservicegebieden", "Woonservicegebieden inrichten",
           "Wijken of kernen waar wonen, zorg en voorzieningen dicht bij elkaar liggen."),
    Option("informele_netwerken", "Nieuwe informele netwerken stimuleren",
           "Bijvoorbeeld buurtnetwerken of woongroepen waarin mensen elkaar helpen."),
    Option("regels_wegnemen", "Belemmerende regels in het woondomein wegnemen",
           "Regels die een mantelzorgwoning of samen wonen in de weg zitten."),
)

AANPAKKEN = (
    Option("flexibel", "Flexibele aanpak met ruimte",
           "De gemeente stelt kaders en laat ruimte voor maatwerk en voor initiatieven van "
           "inwoners en partners."),
    Option("gericht", "Gerichte maatregelen",
           "De gemeente kiest een paar concrete regelingen voor een duidelijke groep."),
)

RANDVOORWAARDEN = (
    Option("woonservicezone", "Woonservicezone",
           "Een gebied waar wonen, zorg en welzijn op elkaar zijn afgestemd."),
    Option("geschikte_woningen", "Voldoende geschikte woningen",
           "Genoeg woningen die toegankelijk zijn of makkelijk aan te passen, ook dicht bij familie."),
    Option("samenwoonvormen", "Samenwoonvormen",
           "Ruimte voor kangoeroewoningen, woongroepen en andere vormen van samen wonen."),
    Option("mantelzorgwoning", "Mantelzorgwoning of -unit",
           "Een tijdelijke woning of unit bij het huis van de mantelzorger of van de naaste."),
    Option("urgentie", "Urgentieverklaring voor mantelzorg",
           "Voorrang op een huurwoning als iemand moet verhuizen om te kunnen zorgen."),
    Option("parkeerkosten", "Compensatie van parkeerkosten",
           "Een parkeervergunning of vergoeding voor mantelzorgers die vaak langskomen."),
    Option("belemmerende_regels", "Belemmerende regels wegnemen",
           "Fiscale regels en regels in het omgevingsplan of huurcontract die zorgen in de weg zitten."),
)

FREQUENTIES = (
    Option("maandelijks", "Elke maand"),
    Option("kwartaal", "Elk kwartaal"),
    Option("halfjaar", "Elk half jaar"),
    Option("jaarlijks", "Eén keer per jaar"),
)
FREQUENTIE_ZIN = {"maandelijks": "elke maand", "kwartaal": "elk kwartaal", "halfjaar": "elk half jaar",
                  "jaarlijks": "één keer per jaar"}

BEHOEFTEN = (
    Option("respijtzorg", "Respijtzorg",
           "Even vrij van de zorg, bijvoorbeeld door logeeropvang of oppas aan huis."),
    Option("regelzaken", "Hulp bij regelzaken",
           "Hulp bij formulieren, aanvragen en het regelen van thuiszorg."),
    Option("dagbesteding", "Dagbesteding",
           "Een zinvolle dag voor de naaste, zodat de mantelzorger tijd voor zichzelf heeft."),
    Option("wonen_woonomgeving", "Wonen en woonomgeving",
           "Een passende woning, een aanpassing of een woning dicht bij de naaste."),
    Option("mantelzorgmakelaar", "Mantelzorgmakelaar",
           "Iemand die het regelwerk rond de zorg tijdelijk overneemt."),
)

#: The same, as the plan's prose names them.
KENNISPARTNER_ZIN = {"huisarts": "de huisarts en de praktijkondersteuner", "sociaal_team": "het sociaal team",
                     "wijkverpleging": "de wijkverpleging", "woningcorporatie": "de woningcorporatie",
                     "steunpunt": "het steunpunt mantelzorg", "welzijn": "de welzijnsorganisatie"}
BEHOEFTE_ZIN = {"respijtzorg": "respijtzorg", "regelzaken": "hulp bij regelzaken",
                "dagbesteding": "dagbesteding voor hun naaste", "wonen_woonomgeving": "een passende woning en woonomgeving",
                "mantelzorgmakelaar": "een mantelzorgmakelaar"}

KENNISPARTNERS = (
    Option("huisarts", "Huisarts en praktijkondersteuner"),
    Option("sociaal_team", "Sociaal team of Wmo-loket"),
    Option("wijkverpleging", "Wijkverpleging"),
    Option("woningcorporatie", "Woningcorporatie"),
    Option("steunpunt", "Steunpunt mantelzorg"),
    Option("welzijn", "Welzijnsorganisatie of ouderenadviseur"),
)


class Form(f.StepForm):
    ambitie_wonen_mantelzorg = f.long_text(
        "Wat is de ambitie van de gemeente voor wonen en mantelzorg?", required=True,
        required_message="Beschrijf wat de gemeente wil bereiken voor wonen en mantelzorg.",
        help_text="Schrijf in een paar zinnen wat u wilt bereiken. Bijvoorbeeld: 'Mantelzorgers en "
                  "hun naasten kunnen dicht bij elkaar wonen, in een woning die bij de zorg past.'",
    )
    faciliteren_maatregelen = f.multiple_choice(
        "Met welke maatregelen faciliteert de gemeente?", MAATREGELEN,
        help_text="In het woonbeleid is de rol van de gemeente faciliteren: zij maakt dingen "
                  "mogelijk. Vink aan wat u gaat doen. Bijvoorbeeld: voorlichting via het steunpunt.",
    )
    aanpak = f.single_choice(
        "Welke aanpak kiest u?", AANPAKKEN, required=True,
        required_message="Kies of u een flexibele aanpak of gerichte maatregelen wilt.",
        help_text="Werkt u liever met ruimte voor maatwerk, of met een paar vaste regelingen? "
                  "Bijvoorbeeld: gerichte maatregelen, zoals een urgentieregeling.",
    )
    randvoorwaarden = f.multiple_choice(
        "Welke randvoorwaarden moeten in de woonvisie staan?", RANDVOORWAARDEN,
        help_text="Wat moet de woonvisie regelen zodat mantelzorgers kunnen zorgen? Vink alles aan "
                  "wat u wilt opnemen. Bijvoorbeeld: een mantelzorgwoning in de tuin.",
    )
    randvoorwaarden_toelichting = f.long_text(
        "Hoe komen deze randvoorwaarden in de woonvisie?",
        help_text="Wanneer wordt de woonvisie geschreven of bijgesteld, en wie zorgt dat mantelzorg "
                  "erin komt? Bijvoorbeeld: 'De woonvisie wordt in 2027 herzien; de afdeling "
                  "wonen neemt deze punten op.'",
    )
    rondetafelgesprekken = f.yes_no(
        "Houdt u rondetafelgesprekken met mantelzorgers over wonen?",
        help_text="In een rondetafelgesprek praten mantelzorgers, corporatie en gemeente samen "
                  "over woonvragen. Bijvoorbeeld: 'Ja, twee keer in het voorjaar.'",
    )
    rondetafelgesprekken_wanneer = f.short_text(
        "Wanneer houdt u de rondetafelgesprekken?",
        help_text="Alleen invullen als u rondetafelgesprekken houdt. Bijvoorbeeld: 'maart en "
                  "april 2027, in Oosterbroek en Hazelt'.",
    )
    trekker_wonen_wmo = f.short_text(
        "Wie is de trekker die wonen en Wmo verbindt?",
        help_text="Welke collega zorgt dat wonen en zorg samen optrekken? Bijvoorbeeld: "
                  "'T. Vos, beleidsmedewerker wonen'.",
    )
    overleg_portefeuillehouders = f.yes_no(
        "Overleggen de wethouders van wonen en zorg vast met elkaar?",
        help_text="Een vast overleg van de wethouders (portefeuillehouders) van wonen en zorg "
                  "houdt het onderwerp op de agenda. Bijvoorbeeld: 'Ja, elk kwartaal'.",
    )
    overleg_frequentie = f.single_choice(
        "Hoe vaak is dat overleg?", FREQUENTIES,
        help_text="Alleen invullen als er een vast overleg is. Bijvoorbeeld: elk kwartaal.",
    )
    gesprekken_partners = f.long_text(
        "Met welke partijen en intermediairs praat u?",
        help_text="Denk aan de woningcorporatie, zorgaanbieders en het steunpunt. Bijvoorbeeld: "
                  "'Met de woningcorporatie maken we afspraken over voorrang.'",
    )
    behoeften_mantelzorgers = f.multiple_choice(
        "Ken de mantelzorger: wat hebben mantelzorgers nodig?", BEHOEFTEN,
        help_text="Welke behoeften van mantelzorgers spelen in uw gemeente? U kunt ze ook als vragen "
                  "gebruiken in de gesprekken en enquêtes van stap 5. Bijvoorbeeld: dagbesteding.",
    )
    kennispartners = f.multiple_choice(
        "Wie zijn uw kennispartners?", KENNISPARTNERS,
        help_text="Wie weet vroeg dat een mantelzorger een andere woning of hulp nodig heeft? "
                  "Bijvoorbeeld de huisarts of het sociaal team.",
    )
    sections = (
        ("Ambitie, strategie en aanpak", ["ambitie_wonen_mantelzorg", "faciliteren_maatregelen", "aanpak"]),
        ("Randvoorwaarden in de woonvisie", ["randvoorwaarden", "randvoorwaarden_toelichting"]),
        ("Wonen en zorg aan één tafel", ["rondetafelgesprekken", "rondetafelgesprekken_wanneer",
                                         "trekker_wonen_wmo", "overleg_portefeuillehouders",
                                         "overleg_frequentie", "gesprekken_partners"]),
        ("Ken de mantelzorger", ["behoeften_mantelzorgers", "kennispartners"]),
    )

    def completeness(self, data):
        if data.get("rondetafelgesprekken") is True:
            self.require("rondetafelgesprekken_wanneer",
                         "U houdt rondetafelgesprekken. Vul in wanneer.")
        if data.get("overleg_portefeuillehouders") is True:
            self.require("overleg_frequentie",
                         "Er is een vast overleg van de wethouders. Kies hoe vaak het is.")

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        return [("Strategie van de gemeente", STRATEGIE.label, STRATEGIE.uitleg)]

    def suggestions(self):
        result = []
        draagvlak = derived.step_answers(self.plan_answers, "draagvlak")
        partijen = {derived.as_code(row.get("stakeholder")) for row in derived.table(draagvlak, "stakeholders")}
        ontbreekt = [naam for code, naam in (("woningcorporatie", "de woningcorporatie"),
                                             ("wethouder_wonen", "de wethouder wonen")) if code not in partijen]
        if ontbreekt:
            result.append(("Partijen in stap 7", [
                f"Zet {join_words(ontbreekt)} bij de partijen in stap 7. Zonder hen komt mantelzorg "
                "niet in het woonbeleid."]))
        wonen = [derived.as_text(row.get("naam")) for row in derived.table(draagvlak, "kernteam")
                 if derived.as_code(row.get("beleidsterrein")) == "wonen" and derived.as_text(row.get("naam"))]
        if wonen and not derived.as_text((self.initial or {}).get("trekker_wonen_wmo")):
            result.append(("Trekker", [
                f"In het kernteam van stap 7 werkt {join_words(wonen)} mee vanuit wonen. Dat kan de "
                "trekker zijn die wonen en Wmo verbindt."]))
        instrumenten = {derived.as_code(row.get("instrument")) for row in derived.instrument_rijen(self.plan_answers)}
        if (self.initial or {}).get("rondetafelgesprekken") is True and "rondetafelgesprek" not in instrumenten:
            result.append(("Instrumenten in stap 5", [
                "U houdt rondetafelgesprekken over wonen. Zet ze ook bij de instrumenten in stap 5, "
                "met planning en kosten."]))
        return result


# --- Plan and check page ----------------------------------------------------------------------

def _gemeente(plan_answers):
    """The municipality's name for inside a sentence: 'Lindewaarde' or 'de gemeente'."""
    return derived.as_text(derived.step_answers(plan_answers, "visie").get("gemeente_naam")) or "de gemeente"


def _begin(text):
    return text[:1].upper() + text[1:]


def _items(options, codes):
    """'Label: uitleg' for each chosen code of a catalogue, in catalogue order."""
    chosen = set(derived.as_codes(codes))
    return [f"{item.label}: {in_sentence(item.uitleg)}" if item.uitleg else item.label
            for item in options if item.code in chosen]


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    gemeente = _gemeente(plan_answers)
    blocks = [Paragraph(
        "Waar iemand woont, bepaalt mee hoe zwaar de zorg voor een naaste is. Een woning dichtbij, "
        "een aangepaste woning of een mantelzorgwoning maakt zorgen lichter; een lange reistijd of "
        f"een woning die niet past maakt het zwaarder. Daarom verbindt {gemeente} het woonbeleid "
        "met het mantelzorgbeleid.")]

    ambitie = derived.as_text(answers.get("ambitie_wonen_mantelzorg"))
    if ambitie:
        blocks.append(Paragraph(f"De ambitie van {gemeente} voor wonen en mantelzorg:"))
        blocks.append(Paragraph(ambitie))

    # Strategy and approach
    blocks.append(Heading("Strategie en aanpak"))
    zin = (f"In het woondomein kiest {gemeente} voor een faciliterende rol: de gemeente bouwt niet "
           "zelf, maar zorgt dat mantelzorgers en hun naasten passend kunnen wonen.")
    aanpak = derived.as_code(answers.get("aanpak"))
    if aanpak == "flexibel":
        zin += (" De aanpak is flexibel: de gemeente stelt kaders en laat ruimte voor maatwerk en "
                "voor initiatieven van inwoners en partners.")
    elif aanpak == "gericht":
        zin += (" De gemeente kiest voor gerichte maatregelen: een beperkt aantal concrete regelingen "
                "voor een duidelijke groep.")
    maatregelen = _items(MAATREGELEN, answers.get("faciliteren_maatregelen"))
    blocks.append(Paragraph(zin + (" Concreet doet de gemeente het volgende:" if maatregelen else "")))
    if maatregelen:
        blocks.append(BulletList(maatregelen))

    # Randvoorwaarden for the woonvisie
    blocks.append(Heading("Randvoorwaarden in de woonvisie"))
    randvoorwaarden = _items(RANDVOORWAARDEN, answers.get("randvoorwaarden"))
    if randvoorwaarden:
        blocks.append(Paragraph(f"Om zorgen voor een naaste mogelijk te houden, neemt {gemeente} deze "
                                "randvoorwaarden op in de woonvisie:"))
        blocks.append(BulletList(randvoorwaarden))
    else:
        blocks.append(Paragraph("Welke randvoorwaarden voor mantelzorg in de woonvisie komen, is nog "
                                "niet gekozen."))
    toelichting = derived.as_text(answers.get("randvoorwaarden_toelichting"))
    if toelichting:
        blocks.append(Paragraph(toelichting))

    # Process
    proces = _proces(answers, gemeente)
    gesprekken = derived.as_text(answers.get("gesprekken_partners"))
    partners = [KENNISPARTNER_ZIN[code] for code in _in_order(KENNISPARTNERS, answers.get("kennispartners"))]
    if proces or gesprekken or partners:
        blocks.append(Heading("Wonen en zorg werken samen"))
        if proces:
            blocks.append(Paragraph(" ".join(proces)))
        if gesprekken:
            blocks.append(Paragraph(gesprekken))
        if partners:
            blocks.append(Paragraph(
                f"Als kennispartners werkt de gemeente samen met {join_words(partners)}. "
                "Zij zien vaak als eerste dat een mantelzorger of een naaste een andere woning, een "
                "aanpassing of hulp nodig heeft."))

    # Ken de mantelzorger
    behoeften = [BEHOEFTE_ZIN[code] for code in _in_order(BEHOEFTEN, answers.get("behoeften_mantelzorgers"))]
    if behoeften:
        blocks.append(Heading("Wat mantelzorgers nodig hebben"))
        blocks.append(Paragraph(
            f"Woonplannen helpen mantelzorgers alleen als ze aansluiten bij wat zij nodig hebben. In "
            f"{gemeente} gaat het vooral om {join_words(behoeften)}. Deze behoeften neemt de gemeente "
            "mee bij de keuzes in het woonbeleid."))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def _in_order(options, codes):
    chosen = set(derived.as_codes(codes))
    return [item.code for item in options if item.code in chosen]


def _proces(answers, gemeente):
    zinnen = []
    rondetafel = derived.as_bool(answers.get("rondetafelgesprekken"))
    wanneer = derived.as_text(answers.get("rondetafelgesprekken_wanneer"))
    if rondetafel is True:
        zinnen.append(f"{_begin(gemeente)} houdt rondetafelgesprekken met mantelzorgers over hun "
                      f"woonvragen{f' ({wanneer})' if wanneer else ''}.")
    trekker = derived.as_text(answers.get("trekker_wonen_wmo"))
    if trekker:
        zinnen.append(f"Eén trekker verbindt wonen en Wmo met elkaar: {trekker}.")
    overleg = derived.as_bool(answers.get("overleg_portefeuillehouders"))
    frequentie = FREQUENTIE_ZIN.get(derived.as_code(answers.get("overleg_frequentie")), "")
    if overleg is True:
        zinnen.append("De wethouders van wonen en van zorg overleggen "
                      f"{frequentie or 'vast'} met elkaar over wonen en mantelzorg.")
    elif overleg is False:
        zinnen.append("Een vast overleg tussen de wethouders van wonen en van zorg is er nog niet.")
    return zinnen


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, extra={
        "faciliteren_maatregelen": [("Strategie van de gemeente", STRATEGIE.label)],
    })


# --- Advisor rules ----------------------------------------------------------------------------

def r48_ambitie_wonen_zonder_randvoorwaarde(answers: Any) -> Iterator[Finding]:
    """R48: a housing ambition, but no randvoorwaarde for the woonvisie chosen."""
    wonen = derived.step_answers(answers, SLUG)
    if derived.as_text(wonen.get("ambitie_wonen_mantelzorg")) and not [
            code for code in derived.as_codes(wonen.get("randvoorwaarden")) if code in by_code(RANDVOORWAARDEN)]:
        yield Finding(
            "R48",
            WAARSCHUWING,
            (SLUG,),
            "Verdieping 7 (Wonen en mantelzorg): u beschrijft een ambitie voor wonen en mantelzorg, "
            "maar kiest geen randvoorwaarde voor de woonvisie. Zonder randvoorwaarde, zoals een "
            "mantelzorgwoning of voorrang bij urgentie, verandert er in het woonbeleid niets. Kies "
            "bij 'Randvoorwaarden in de woonvisie' minstens één punt.",
            "randvoorwaarden",
        )


# --- Demo -------------------------------------------------------------------------------------

#: Lindewaarde's answers (domain.md 7; fictional).
DEMO = {
    "ambitie_wonen_mantelzorg": (
        "Mantelzorgers en hun naasten kunnen in Lindewaarde dicht bij elkaar wonen, in een woning "
        "die bij de zorg past. Wie voor een ouder of partner zorgt, loopt niet vast op regels, "
        "wachtlijsten of een woning die niet meer past. Bij nieuwbouw in Oosterbroek en bij de "
        "vernieuwing van Hazelt houden gemeente en corporatie rekening met mantelzorg."
    ),
    "faciliteren_maatregelen": ["voorlichting_intermediairs", "wensen_verkennen", "woonservicegebieden",
                                "regels_wegnemen"],
    "aanpak": "gericht",
    "randvoorwaarden": ["geschikte_woningen", "mantelzorgwoning", "urgentie", "parkeerkosten"],
    "randvoorwaarden_toelichting": (
        "De woonvisie wordt in 2027 herzien. T. Vos (wonen) zorgt dat deze vier punten erin komen. "
        "De urgentieregeling voor mantelzorg spreekt de gemeente in 2027 af met Woonstichting "
        "Lindewaarde; de parkeervergunning voor mantelzorgers in het centrum gaat in op 1 januari 2028."
    ),
    "rondetafelgesprekken": True,
    "rondetafelgesprekken_wanneer": "maart en april 2027, in Oosterbroek en in Hazelt",
    "trekker_wonen_wmo": "T. Vos, beleidsmedewerker wonen, samen met M. Brinkman (Wmo)",
    "overleg_portefeuillehouders": True,
    "overleg_frequentie": "kwartaal",
    "gesprekken_partners": (
        "Met Woonstichting Lindewaarde maakt de gemeente afspraken over voorrang en over "
        "aanpassingen bij mutatie. Het steunpunt en de wijkconsulenten van de corporatie wisselen "
        "signalen uit over mantelzorgers die vastlopen in hun woning."
    ),
    "behoeften_mantelzorgers": ["respijtzorg", "regelzaken", "wonen_woonomgeving"],
    "kennispartners": ["huisarts", "sociaal_team", "woningcorporatie", "steunpunt"],
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r48_ambitie_wonen_zonder_randvoorwaarde,)
