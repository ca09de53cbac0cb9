"""Verdieping 1: opdracht en integrale visie op informele zorg (domain.md 6, M1).

Movisie's process for an integral vision, steps 0–6 (initiative, internal assignment,
preparation, co-creation, writing the vision, decision, practice), as a pre-step before step 1
for a gemeente without a mandate or vision yet. Where the process reuses what a step already
asks (the stakeholders and actions of step 7, the ladder of step 2, the adviesraad of step 3),
this module does not ask it again: the page offers those answers as suggestions and the plan
text refers to that chapter.
"""
from collections.abc import Iterator
from typing import Any

from steps import derived
from steps import forms as f
from steps.advisor.finding import WAARSCHUWING, Finding
from steps.catalogs import options
from steps.catalogs.base import Option, label
from steps.document import BulletList, Facts, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import (
    answer_rows, count_text, dutch_date, dutch_number, euro, gemeente_naam, in_sentence, join_words, labels,
    period_text, shorten,
)

NUMBER = 1
LABEL = "Verdieping 1"
KIND = "verdieping"
SLUG = "opdracht"
TITLE = "Maak een opdracht en een integrale visie op informele zorg"
SHORT_TITLE = "Opdracht en integrale visie"
PLAN_TITLE = "Opdracht en aanpak van de visie"
INTRO = (
    "Heeft uw gemeente nog geen opdracht of visie voor informele zorg? Deze verdieping helpt u "
    "die te maken, in zeven processtappen: van het eerste idee tot een uitvoeringsagenda. U legt "
    "vast waarom de visie nodig is, wie de opdracht geeft en wie er meewerken. Vragen die een "
    "stap al stelt, ziet u hier als suggestie."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Nog geen mandaat of visie? Begin met Opdracht en integrale visie."
TIPS = (
    "Vertel in een paar zinnen waarom de gemeente iets heeft aan één gedeelde visie. Dat verhaal "
    "helpt u aan een opdracht, tijd en mandaat.",
    "Laat elk lid van het kernteam minstens een halve dag per week vrijmaken voor de visie.",
    "Betrek ook minder voor de hand liggende partijen, zoals een burgerinitiatief, een "
    "zorgcoöperatie of een hogeschool.",
    "Moet de raad de visie vaststellen? Betrek de raad dan vroeg, en spreek samen af hoe u meet "
    "of de visie werkt.",
    "Een lange nota leest bijna niemand. Vertel de visie met beelden, quotes en korte verhalen.",
)

#: A half day a week: the least the source advises per member of the kernteam.
HALVE_DAG_UREN = 4

URGENTIE = ((1, "nauwelijks"), (2, "weinig"), (3, "enigszins"), (4, "duidelijk"), (5, "heel sterk"))

OPDRACHT_HERKOMST = (
    Option("ambtelijk", "Ambtelijk: van het management of de directie",
           "een ambtelijke opdracht van het management"),
    Option("college", "Het college van burgemeester en wethouders",
           "een opdracht van het college van burgemeester en wethouders"),
    Option("raad", "De gemeenteraad (bijvoorbeeld een motie)",
           "een opdracht van de gemeenteraad"),
)
BREEDTE_VELD = (
    Option("smal", "Smal: de vaste partners",
           "Bij de visie zijn vooral de vaste partners betrokken, zoals het steunpunt, welzijn en zorg."),
    Option("breed", "Breed: ook minder bekende partijen",
           "Naast de vaste partners doen ook minder voor de hand liggende partijen mee, zoals "
           "burgerinitiatieven, een zorgcoöperatie of een hogeschool."),
    Option("hele_gemeente", "Heel breed: het hele veld en alle inwoners",
           "Het hele veld en alle inwoners kunnen meedenken over de visie."),
)
IN_EEN_RUIMTE = (
    Option("hele_systeem", "Iedereen tegelijk in één ruimte",
           "Alle betrokkenen komen samen: aanbieders, mantelzorgers, vrijwilligers en inwoners. "
           "Zo praat niemand over de doelgroep, maar met de doelgroep."),
    Option("per_doelgroep", "Aparte activiteiten per groep",
           "Elke groep krijgt een eigen activiteit, passend bij die groep."),
    Option("beide", "Allebei",
           "Er zijn aparte activiteiten per groep en ook bijeenkomsten waar iedereen samenkomt."),
)
ONLINE_OFFLINE = (
    Option("vooral_offline", "Vooral bijeenkomsten en gesprekken", "vooral in bijeenkomsten en gesprekken"),
    Option("mix", "Een mix van online en offline", "zowel online als in bijeenkomsten en gesprekken"),
    Option("vooral_online", "Vooral online", "vooral online"),
)
VORM_VISIE = (
    Option("korte_nota", "Een korte nota", "een korte nota"),
    Option("infographic", "Een infographic", "een infographic"),
    Option("verhalen_quotes", "Verhalen en quotes van inwoners", "verhalen en quotes van inwoners"),
    Option("beeldverslag", "Een beeldverslag (tekeningen of foto's)", "een beeldverslag"),
    Option("video", "Een video", "een video"),
)
TRAJECT_TYPE = (
    Option("ambtelijk", "Ambtelijk traject: geen besluit van college en raad nodig",
           "Het is een ambtelijk traject: college en raad hoeven de visie niet vast te stellen."),
    Option("politiek", "Politiek traject: college en raad besluiten",
           "Het is een politiek traject: het college en de gemeenteraad besluiten over de visie."),
)


# --- The questions --------------------------------------------------------------------------

class KernteamRow(f.RowForm):
    naam = f.short_text("Naam", required=True, required_message="Vul de naam van het lid van het kernteam in.",
                        help_text="Bijvoorbeeld: 'T. Vos'.")
    beleidsterrein = f.single_choice(
        "Beleidsterrein", options.BELEIDSTERREINEN, widget="select",
        help_text="Van welk terrein komt deze collega? Bijvoorbeeld wonen.",
    )
    rol = f.short_text("Rol", help_text="Bijvoorbeeld: 'Trekker' of 'Houdt contact met wonen'.")
    uren_per_week = f.number(
        "Uren per week", max_value=80,
        help_text="Advies: minstens een halve dag per week (4 uur). Bijvoorbeeld: 4.",
    )


class CollegaRow(f.RowForm):
    naam = f.short_text("Naam of team", required=True,
                        required_message="Vul de naam van de collega of het team in.",
                        help_text="Bijvoorbeeld: 'Team openbare ruimte' of 'S. de Boer'.")
    beleidsterrein = f.single_choice(
        "Beleidsterrein", options.BELEIDSTERREINEN, widget="select",
        help_text="Van welk terrein komt deze collega? Bijvoorbeeld publieke gezondheid.",
    )
    inzet = f.short_text(
        "Wanneer denkt deze collega mee?",
        help_text="Bijvoorbeeld: 'Leest mee bij de voorbereiding en bespreekt de uitkomsten.'",
    )


class Form(f.StepForm):
    # Stap 0: initiatief
    urgentie_intern = f.scale(
        "Hoe urgent vinden collega's binnen de gemeente een gedeelde visie?", URGENTIE,
        help_text="Voor veel collega's is informele zorg nog ver van hun bed. Kies 1 als bijna "
                  "niemand er haast mee heeft, 5 als iedereen het belangrijk vindt. Bijvoorbeeld: 2.",
    )
    urgentie_extern = f.scale(
        "Hoe urgent vinden partners en inwoners een gedeelde visie?", URGENTIE,
        help_text="Denk aan het steunpunt, zorg- en welzijnsorganisaties en mantelzorgers zelf. "
                  "Bijvoorbeeld: 4 als partners al vragen om één lijn.",
    )
    waarom_baat_gemeente = f.long_text(
        "Waarom heeft de gemeente iets aan één gedeelde visie?", required=True,
        required_message="Schrijf op waarom de gemeente iets heeft aan een gedeelde visie.",
        help_text="Dit is uw verhaal voor collega's en bestuur. Wat gaat er nu mis, en wat levert "
                  "een visie op? Bijvoorbeeld: 'Vijf afdelingen regelen elk iets voor "
                  "mantelzorgers, zonder dat van elkaar te weten. Eén visie geeft richting.'",
    )
    raakvlakken_beleidsterreinen = f.multiple_choice(
        "Op welke beleidsterreinen speelt informele zorg nu al?", options.BELEIDSTERREINEN,
        help_text="Informele zorg ligt vaak verspreid over de organisatie. Kies alle terreinen "
                  "waar er nu iets voor mantelzorgers of vrijwilligers gebeurt. Bijvoorbeeld: "
                  "jeugd en werk en inkomen.",
    )
    # Stap 1: interne opdracht
    opdracht_herkomst = f.single_choice(
        "Van wie komt de opdracht voor de visie?", OPDRACHT_HERKOMST, required=True,
        required_message="Kies van wie de opdracht voor de visie komt.",
        help_text="Wie de opdracht geeft, bepaalt de route. Heeft u nog geen opdracht? Gebruik "
                  "dan het verhaal hierboven om er een te vragen. Bijvoorbeeld: het college.",
    )
    ondertekend_door = f.short_text(
        "Wie heeft de opdracht ondertekend?",
        help_text="Naam en functie. Bijvoorbeeld: 'Wethouder R. Verhoef, startnotitie van 13 januari 2026'.",
    )
    afbakening_inhoud = f.long_text(
        "Waar gaat de opdracht wel en niet over?",
        help_text="Beschrijf de inhoudelijke grenzen. Bijvoorbeeld: 'Mantelzorg en "
                  "zorgvrijwilligers, niet de vrijwilligers in sport en cultuur.'",
    )
    afbakening_budget = f.amount(
        "Hoeveel geld is er voor het visietraject?",
        help_text="Het budget voor het maken van de visie, in euro. Bijvoorbeeld: 15.000.",
    )
    afbakening_start = f.date_field(
        "Start van het visietraject",
        help_text="Wanneer begint het traject? Bijvoorbeeld: 15-01-2026.",
    )
    afbakening_eind = f.date_field(
        "Eind van het visietraject",
        help_text="Wanneer moet de visie klaar zijn? Bijvoorbeeld: 20-12-2026.",
    )
    betrokken_beleidsterreinen = f.multiple_choice(
        "Welke beleidsterreinen werken mee aan de visie?", options.BELEIDSTERREINEN,
        help_text="Hoe meer terreinen meedoen, hoe meer de visie van de hele gemeente is. "
                  "Bijvoorbeeld: Wmo, jeugd, wonen en communicatie.",
    )
    breedte_veld = f.single_choice(
        "Hoe breed betrekt u het veld en de inwoners?", BREEDTE_VELD,
        help_text="Betrekt u alleen de vaste partners, of ook nieuwe partijen en alle inwoners? "
                  "Bijvoorbeeld: breed, met ook een burgerinitiatief.",
    )
    # Stap 2: voorbereiding
    kennis_lokaal = f.long_text(
        "Wat weet u al over informele zorg in uw gemeente?",
        help_text="Cijfers, een monitor, wat mantelzorgers en vrijwilligers nodig hebben. "
                  "Bijvoorbeeld: 'Gezondheidsmonitor 2024: 12% van de volwassenen is mantelzorger.'",
    )
    kennis_landelijk = f.long_text(
        "Welke landelijke kennis gebruikt u?",
        help_text="Wat werkt er volgens onderzoek bij de steun aan informele zorg? Bijvoorbeeld: "
                  "'Factsheets van MantelzorgNL en Movisie over respijtzorg.'",
    )
    kennis_andere_gemeenten = f.long_text(
        "Wat leert u van andere gemeenten?",
        help_text="Met welke gemeenten praat u, en wat neemt u over? Bijvoorbeeld: 'Gesprek met "
                  "twee buurgemeenten over hun visie met persona's.'",
    )
    alles_in_een_ruimte_of_per_doelgroep = f.single_choice(
        "Brengt u iedereen samen, of werkt u per groep?", IN_EEN_RUIMTE,
        help_text="Met iedereen in één ruimte praat u met de doelgroep, niet erover. Aparte "
                  "activiteiten passen beter bij groepen die moeilijk meedoen. Bijvoorbeeld: allebei.",
    )
    online_offline_mix = f.single_choice(
        "Gebeurt het meedenken online of in bijeenkomsten?", ONLINE_OFFLINE,
        help_text="Kies zo dat iedereen zijn inbreng kan geven. Bijvoorbeeld: een mix, met een "
                  "online vragenlijst naast gesprekken in de wijk.",
    )
    ambassadeursgroep = f.yes_no(
        "Werkt u met een kleine groep ambassadeurs van buiten?",
        help_text="Een kleine groep uit de partners en inwoners die meedenkt en later helpt bij "
                  "de bouwstenen voor het beleid. Bijvoorbeeld: ja, zes mensen.",
    )
    ambassadeursgroep_leden = f.long_text(
        "Wie zitten er in de ambassadeursgroep?", rows=2,
        help_text="Alleen bij ja. Bijvoorbeeld: 'Twee mantelzorgers, een huisarts, de "
                  "voorzitter van de adviesraad en een sleutelfiguur uit Hazelt.'",
    )
    # Stap 3: co-creatie
    verbinding_kernteam = f.long_text(
        "Hoe blijft het kernteam betrokken bij de co-creatie?",
        help_text="Laat het werk niet bij één beleidsmedewerker liggen. Bijvoorbeeld: 'Elk lid "
                  "van het kernteam neemt twee interviews af en is bij de grote bijeenkomst.'",
    )
    raad_vroeg_betrekken = f.yes_no(
        "Betrekt u de gemeenteraad al vroeg?",
        help_text="Moet de raad de visie vaststellen? Dan helpt het om de raad al tijdens het "
                  "maken erbij te halen. Bijvoorbeeld: ja, met een informatieavond.",
    )
    raad_vroeg_hoe = f.long_text(
        "Hoe betrekt u de raad?", rows=2,
        help_text="Alleen bij ja. Bijvoorbeeld: 'Raadsinformatieavond in april, met gesprekken "
                  "tussen raadsleden en mantelzorgers.'",
    )
    effectmeting_met_raad = f.long_text(
        "Hoe laat u zien dat de visie werkt?",
        help_text="Spreek met de raad af hoe u meet of de visie iets oplevert. Bijvoorbeeld: "
                  "'Elk jaar de gezondheidsmonitor en een mantelzorgpanel; in 2028 een evaluatie.'",
    )
    # Stap 4: visie formuleren
    vorm_visie = f.multiple_choice(
        "In welke vorm schrijft u de visie op?", VORM_VISIE,
        help_text="Beelden en korte verhalen bereiken meer mensen dan een lange nota. Kies één "
                  "of meer vormen. Bijvoorbeeld: een korte nota met een infographic.",
    )
    communicatie_visie_intern_extern = f.long_text(
        "Hoe vertelt u de visie binnen en buiten de gemeente?",
        help_text="Bedenk nu al hoe collega's, partners en inwoners de visie leren kennen. "
                  "Bijvoorbeeld: 'Presentatie in het afdelingsoverleg en een verhaal in de lokale krant.'",
    )
    # Stap 5: besluitvorming
    traject_type = f.single_choice(
        "Is het een ambtelijk of een politiek traject?", TRAJECT_TYPE, required=True,
        required_message="Kies of het een ambtelijk of een politiek traject is.",
        help_text="Bij een politiek traject besluiten het college en de raad over de visie. Dan "
                  "telt het voorwerk extra. Bijvoorbeeld: politiek, omdat de raad erom vroeg.",
    )
    # Stap 6: vertaling naar de praktijk
    stap_naar_uitvoeringsagenda = f.long_text(
        "Hoe maakt u van de visie een uitvoeringsagenda?",
        help_text="Wie maakt de agenda, met wie en wanneer? De acties zelf zet u in stap 7. "
                  "Bijvoorbeeld: 'Na het besluit maakt het kernteam met partners een agenda per jaar.'",
    )

    tables = {
        "kernteam": f.table(
            KernteamRow, label="Kernteam voor de visie", max_rows=12,
            help_text="Welke collega's van andere beleidsterreinen maken de visie met u? Zo wordt het "
                      "een visie van de hele gemeente. Advies: iedereen minstens een halve dag per "
                      "week. Bijvoorbeeld: een collega wonen, 4 uur per week.",
        ),
        "bredere_collegagroep": f.table(
            CollegaRow, label="Bredere groep collega's", max_rows=20,
            help_text="Collega's van aanpalende terreinen die u minder vaak bij elkaar haalt, "
                      "bijvoorbeeld bij de voorbereiding en bij de uitkomsten. Bijvoorbeeld: een "
                      "collega sport, die meeleest.",
        ),
    }
    sections = (
        ("Stap 0. Initiatief: waarom een visie?", [
            "urgentie_intern", "urgentie_extern", "waarom_baat_gemeente", "raakvlakken_beleidsterreinen",
        ]),
        ("Stap 1. De opdracht en de grenzen", [
            "opdracht_herkomst", "ondertekend_door", "afbakening_inhoud", "afbakening_budget",
            "afbakening_start", "afbakening_eind", "betrokken_beleidsterreinen", "breedte_veld",
        ]),
        ("Stap 2. Voorbereiding: kennis en team", [
            "kennis_lokaal", "kennis_landelijk", "kennis_andere_gemeenten", "kernteam",
            "bredere_collegagroep",
        ]),
        ("Stap 2. Voorbereiding: hoe doen partners en inwoners mee?", [
            "alles_in_een_ruimte_of_per_doelgroep", "online_offline_mix", "ambassadeursgroep",
            "ambassadeursgroep_leden",
        ]),
        ("Stap 3. Co-creatie, het kernteam en de raad", [
            "verbinding_kernteam", "raad_vroeg_betrekken", "raad_vroeg_hoe", "effectmeting_met_raad",
        ]),
        ("Stap 4. De visie opschrijven en vertellen", ["vorm_visie", "communicatie_visie_intern_extern"]),
        ("Stap 5. Besluitvorming", ["traject_type"]),
        ("Stap 6. Van visie naar uitvoering", ["stap_naar_uitvoeringsagenda"]),
    )

    def clean(self):
        # Format only; a "no" keeps no stale explanation (like step 1's focus).
        cleaned = super().clean()
        if cleaned.get("ambassadeursgroep") is False:
            cleaned["ambassadeursgroep_leden"] = ""
        if cleaned.get("raad_vroeg_betrekken") is False:
            cleaned["raad_vroeg_hoe"] = ""
        return cleaned

    def completeness(self, data):
        if data.get("ambassadeursgroep") is True:
            self.require("ambassadeursgroep_leden", "U werkt met een ambassadeursgroep. Schrijf op wie erin zitten.")
        if data.get("raad_vroeg_betrekken") is True:
            self.require("raad_vroeg_hoe", "U betrekt de raad vroeg. Schrijf op hoe u dat doet.")

    def suggestions(self):
        plan = self.plan_answers
        current = self.current_answers()
        result = []
        visie = derived.step_answers(plan, "visie")
        redenen = labels(options.REDENEN, derived.as_codes(visie.get("redenen")))
        if redenen:
            items = [f"In stap 1 koos u deze redenen: {join_words([in_sentence(r) for r in redenen])}."]
            if derived.as_text(visie.get("redenen_toelichting")):
                items.append(f"Uw toelichting in stap 1: {derived.as_text(visie['redenen_toelichting'])}")
            result.append(("Bouwstenen voor uw verhaal: waarom een visie?", items))

        draagvlak = derived.step_answers(plan, "draagvlak")
        bekend = {derived.as_text(row.get("naam")).lower() for row in derived.table(current, "kernteam")}
        leden = [row for row in derived.table(draagvlak, "kernteam")
                 if derived.as_text(row.get("naam")) and derived.as_text(row.get("naam")).lower() not in bekend]
        if leden:
            result.append(("Het kernteam uit stap 7", [_lid(row) for row in leden]))

        stakeholders = derived.table(draagvlak, "stakeholders")
        codes = {derived.as_code(row.get("stakeholder")) for row in stakeholders}
        krachtenveld = []
        if stakeholders:
            krachtenveld.append(
                f"In stap 7 bracht u {count_text(len(stakeholders), 'partij', 'partijen')} in kaart, "
                "met hun belang en invloed. Dat is ook het krachtenveld voor de visie: u hoeft het hier "
                "niet opnieuw te doen.")
        else:
            krachtenveld.append("Breng in stap 7 de partijen in kaart die belangrijk zijn voor de visie, "
                                "met hun belang en invloed.")
        minder_bekend = [derived.stakeholder_label(code) for code in ("burgerinitiatieven", "kennispartij")
                         if code not in codes]
        if minder_bekend:
            krachtenveld.append(f"Denk ook aan minder voor de hand liggende partijen: "
                                f"{join_words([in_sentence(naam) for naam in minder_bekend])}.")
        result.append(("Het krachtenveld (stap 7)", krachtenveld))

        stijl = []
        zone = derived.comfortzone_hoogste_trede(plan)
        ambitie = derived.as_code(derived.step_answers(plan, "comfortzone").get("ambitie_hoogste_trede"))
        if zone:
            stijl.append(f"Uw comfortzone op de participatieladder reikt tot "
                         f"{derived.trede_label(zone).lower()} (stap 2).")
        if ambitie:
            stijl.append(f"Uw ambitie is {derived.trede_label(ambitie).lower()} (stap 2). Kies daarbij "
                         "hoe partners en inwoners aan de visie meewerken: van raadplegen tot samen maken.")
        adviesraad = derived.as_code(derived.step_answers(plan, "voorwaarden").get("rol_adviesraad"))
        if adviesraad:
            stijl.append(f"De rol van de adviesraad in stap 3: "
                         f"{in_sentence(derived.option_label('ROL_ADVIESRAAD', adviesraad))}.")
        if stijl:
            result.append(("Participatiestijl en adviesraad (stap 2 en 3)", stijl))

        acties = derived.table(draagvlak, "acties")
        if acties:
            result.append(("De start van de uitvoeringsagenda (stap 7)", [
                f"Het actieplan in stap 7 heeft {count_text(len(acties), 'actie', 'acties')}. Die "
                "zijn het begin van de uitvoeringsagenda. Bijvoorbeeld: "
                f"{shorten(derived.as_text(acties[0].get('actie')), 80)}.",
            ]))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        answers = self.current_answers()
        result = []
        leden = [row for row in derived.table(answers, "kernteam") if derived.as_text(row.get("naam"))]
        if leden:
            uren = sum(derived.as_number(row.get("uren_per_week")) or 0 for row in leden)
            weinig = _onder_halve_dag(leden)
            uitleg = (f"Minder dan een halve dag per week: {join_words(weinig)}. Advies: minstens "
                      f"{HALVE_DAG_UREN} uur per lid." if weinig
                      else "Elk lid maakt minstens een halve dag per week vrij, zoals aangeraden.")
            result.append(("Kernteam", f"{count_text(len(leden), 'lid', 'leden')}, samen "
                                       f"{dutch_number(uren)} uur per week", uitleg))
        else:
            result.append(("Kernteam", "Nog geen leden",
                           f"Vul het kernteam in. Advies: minstens {HALVE_DAG_UREN} uur per lid per week."))
        start, eind = derived.as_date(answers.get("afbakening_start")), derived.as_date(answers.get("afbakening_eind"))
        if start and eind:
            if eind < start:
                result.append(("Duur van het traject", "Klopt niet",
                               "Het eind ligt voor de start. Kijk de datums na."))
            else:
                maanden = (eind.year - start.year) * 12 + eind.month - start.month
                result.append(("Duur van het traject", count_text(max(maanden, 1), "maand", "maanden"),
                               period_text(start, eind)))
        return result


def _lid(row):
    """One member of a kernteam in words: 'T. Vos (wonen, 2 uur per week)'."""
    details = [in_sentence(label(options.BELEIDSTERREINEN, derived.as_code(row.get("beleidsterrein")))),
               derived.as_text(row.get("rol"))]
    uren = derived.as_number(row.get("uren_per_week"))
    if uren is not None:
        details.append(f"{dutch_number(uren)} uur per week")
    details = [part for part in details if part]
    naam = derived.as_text(row.get("naam"))
    return f"{naam} ({', '.join(details)})" if details else naam


def _onder_halve_dag(leden):
    """Names of members with fewer hours than a half day a week (only those with hours filled in)."""
    namen = []
    for row in leden:
        uren = derived.as_number(row.get("uren_per_week"))
        if uren is not None and uren < HALVE_DAG_UREN:
            namen.append(derived.as_text(row.get("naam")))
    return namen


# --- Plan and check page ----------------------------------------------------------------------

def _uitleg(items, code):
    """The sentence an option carries in its `uitleg`, or ''."""
    for item in items:
        if item.code == code:
            return item.uitleg
    return ""


def _urgentie(value):
    score = derived.as_number(value)
    if score not in dict(URGENTIE):
        return ""
    return f"{dict(URGENTIE)[score]} ({dutch_number(score)} op een schaal van 1 tot 5)"


def _terreinen(value):
    return [in_sentence(naam) for naam in labels(options.BELEIDSTERREINEN, derived.as_codes(value))]


def _chapter_initiatief(answers, gemeente, klein):
    blocks = []
    zinnen = []
    intern, extern = _urgentie(answers.get("urgentie_intern")), _urgentie(answers.get("urgentie_extern"))
    if intern:
        zinnen.append(f"Binnen de gemeentelijke organisatie is het gevoel van urgentie voor een gedeelde "
                      f"visie {intern}.")
    if extern:
        zinnen.append(f"Bij partners en inwoners is dat {extern}.")
    terreinen = _terreinen(answers.get("raakvlakken_beleidsterreinen"))
    if terreinen:
        aantal = count_text(len(terreinen), "beleidsterrein", "beleidsterreinen")
        zinnen.append(f"Informele zorg speelt nu op {aantal}: {join_words(terreinen)}. Het onderwerp ligt dus "
                      "verspreid over de organisatie.")
    waarom = derived.as_text(answers.get("waarom_baat_gemeente"))
    if not (zinnen or waarom):
        return blocks
    blocks.append(Heading("Waarom een gedeelde visie"))
    blocks.append(Paragraph(" ".join([f"{gemeente} wil één gedeelde visie op informele zorg, die de hele gemeente "
                                      "draagt en die partners en inwoners herkennen.", *zinnen])))
    if waarom:
        blocks.append(Paragraph(f"Wat {klein} aan die visie heeft:"))
        blocks.append(Paragraph(waarom))
    return blocks


def _chapter_opdracht(answers, gemeente, klein):
    zinnen = []
    herkomst = derived.as_code(answers.get("opdracht_herkomst"))
    ondertekend = derived.as_text(answers.get("ondertekend_door"))
    bron = _uitleg(OPDRACHT_HERKOMST, herkomst)
    if bron:
        zinnen.append(f"Het visietraject is {bron}" + (f", ondertekend door {ondertekend}." if ondertekend else "."))
    elif ondertekend:
        zinnen.append(f"De opdracht voor het visietraject is ondertekend door {ondertekend}.")
    budget = derived.as_number(answers.get("afbakening_budget"))
    if budget is not None:
        zinnen.append(f"Voor het traject is {euro(budget)} beschikbaar.")
    start, eind = dutch_date(answers.get("afbakening_start")), dutch_date(answers.get("afbakening_eind"))
    if start and eind:
        zinnen.append(f"Het traject loopt van {start} tot {eind}.")
    elif start or eind:
        zinnen.append(f"Het traject begint op {start}." if start else f"De visie is klaar op {eind}.")
    terreinen = _terreinen(answers.get("betrokken_beleidsterreinen"))
    if terreinen:
        zinnen.append(f"Aan de visie werken deze beleidsterreinen mee: {join_words(terreinen)}.")
    breedte = _uitleg(BREEDTE_VELD, derived.as_code(answers.get("breedte_veld")))
    if breedte:
        zinnen.append(breedte)
    inhoud = derived.as_text(answers.get("afbakening_inhoud"))
    if not (zinnen or inhoud):
        return []
    blocks = [Heading("De opdracht")]
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    if inhoud:
        blocks.append(Paragraph("Waar de opdracht wel en niet over gaat:"))
        blocks.append(Paragraph(inhoud))
    return blocks


def _chapter_voorbereiding(answers, plan_answers, gemeente, klein):
    blocks = []
    kennis = [(titel, derived.as_text(answers.get(name))) for titel, name in (
        ("Lokaal", "kennis_lokaal"), ("Landelijk", "kennis_landelijk"),
        ("Andere gemeenten", "kennis_andere_gemeenten"))]
    kennis = [(titel, tekst) for titel, tekst in kennis if tekst]
    if kennis:
        blocks.append(Heading("Wat al bekend is"))
        blocks.append(Paragraph(f"Ter voorbereiding verzamelde {klein} kennis over informele zorg:"))
        blocks.append(Facts(kennis))

    leden = [row for row in derived.table(answers, "kernteam") if not derived.is_blank(row)]
    collegas = [row for row in derived.table(answers, "bredere_collegagroep") if not derived.is_blank(row)]
    if leden or collegas:
        blocks.append(Heading("Wie de visie maken"))
    if leden:
        uren = sum(derived.as_number(row.get("uren_per_week")) or 0 for row in leden)
        terreinen = list(dict.fromkeys(
            in_sentence(label(options.BELEIDSTERREINEN, derived.as_code(row.get("beleidsterrein"))))
            for row in leden if derived.as_code(row.get("beleidsterrein"))))
        zin = f"Een kernteam van {count_text(len(leden), 'collega', 'collega’s')}"
        zin += f" van {join_words(terreinen)}" if terreinen else ""
        zin += " maakt de visie en is er samen verantwoordelijk voor."
        if uren:
            zin += f" Samen besteden zij {dutch_number(uren)} uur per week aan het traject."
        weinig = _onder_halve_dag(leden)
        if weinig:
            zin += (f" Het advies is minstens een halve dag per week per lid; "
                    f"{join_words(weinig)} {'heeft' if len(weinig) == 1 else 'hebben'} daar nu minder tijd voor.")
        elif uren:
            zin += " Elk lid maakt er minstens een halve dag per week voor vrij."
        blocks.append(Paragraph(zin))
        blocks.append(Table(
            caption="Kernteam voor de visie",
            headers=["Naam", "Beleidsterrein", "Rol", "Uren per week"],
            rows=[[derived.as_text(row.get("naam")),
                   label(options.BELEIDSTERREINEN, derived.as_code(row.get("beleidsterrein"))),
                   derived.as_text(row.get("rol")), dutch_number(derived.as_number(row.get("uren_per_week")))]
                  for row in leden],
        ))
    if collegas:
        blocks.append(Paragraph(
            f"Daarnaast denkt een bredere groep van "
            f"{count_text(len(collegas), 'collega of team', 'collega’s en teams')} op vaste momenten mee:"))
        blocks.append(BulletList([_collega(row) for row in collegas]))

    zinnen = []
    stakeholders = derived.table(derived.step_answers(plan_answers, "draagvlak"), "stakeholders")
    if stakeholders:
        aantal = count_text(len(stakeholders), "partij", "partijen")
        zinnen.append(f"Welke partijen er buiten de gemeente meedoen, met hun belang en invloed, staat in "
                      f"het hoofdstuk over draagvlak en uitvoering ({aantal}).")
    if derived.step_answers(plan_answers, "comfortzone"):
        zinnen.append("Hoeveel invloed partners en inwoners krijgen, volgt de participatieladder in het "
                      "hoofdstuk over de comfortzone.")
    samen = _uitleg(IN_EEN_RUIMTE, derived.as_code(answers.get("alles_in_een_ruimte_of_per_doelgroep")))
    if samen:
        zinnen.append(samen)
    mix = _uitleg(ONLINE_OFFLINE, derived.as_code(answers.get("online_offline_mix")))
    if mix:
        zinnen.append(f"Het meedenken gebeurt {mix}, zodat iedereen zijn inbreng kan geven.")
    ambassadeurs = derived.as_bool(answers.get("ambassadeursgroep"))
    leden_tekst = derived.as_text(answers.get("ambassadeursgroep_leden"))
    if ambassadeurs is True:
        zinnen.append("Een kleine groep ambassadeurs van buiten de gemeente denkt het hele traject mee "
                      "en helpt later bij de bouwstenen voor het beleid"
                      + (f". In de groep zitten {in_sentence(leden_tekst.rstrip('.'))}." if leden_tekst else "."))
    elif ambassadeurs is False:
        zinnen.append("Er is geen aparte ambassadeursgroep.")
    if zinnen:
        blocks.append(Heading("Hoe partners en inwoners meedoen"))
        blocks.append(Paragraph(" ".join(zinnen)))
    return blocks


def _collega(row):
    naam = derived.as_text(row.get("naam"))
    terrein = in_sentence(label(options.BELEIDSTERREINEN, derived.as_code(row.get("beleidsterrein"))))
    inzet = derived.as_text(row.get("inzet"))
    text = f"{naam} ({terrein})" if terrein else naam
    return f"{text}: {inzet}" if inzet else text


def _chapter_cocreatie(answers, gemeente, klein):
    blocks = []
    verbinding = derived.as_text(answers.get("verbinding_kernteam"))
    raad = derived.as_bool(answers.get("raad_vroeg_betrekken"))
    raad_hoe = derived.as_text(answers.get("raad_vroeg_hoe"))
    effect = derived.as_text(answers.get("effectmeting_met_raad"))
    if not (verbinding or raad is not None or raad_hoe or effect):
        return blocks
    blocks.append(Heading("Co-creatie en de rol van de raad"))
    if verbinding:
        blocks.append(Paragraph(f"Het kernteam blijft tijdens de co-creatie betrokken: {verbinding}"))
    if raad is True:
        blocks.append(Paragraph("De gemeenteraad is al vroeg bij de visie betrokken"
                                + (f": {raad_hoe}" if raad_hoe else ".")))
    elif raad is False:
        blocks.append(Paragraph("De gemeenteraad wordt niet al tijdens het maken van de visie betrokken."))
    elif raad_hoe:
        blocks.append(Paragraph(f"Zo wordt de gemeenteraad betrokken: {raad_hoe}"))
    if effect:
        blocks.append(Paragraph(f"Hoe {klein} laat zien dat de visie werkt: {effect}"))
    return blocks


def _chapter_vorm(answers, gemeente, klein):
    vormen = [_uitleg(VORM_VISIE, code) for code in derived.as_codes(answers.get("vorm_visie"))]
    vormen = [vorm for vorm in vormen if vorm]
    communicatie = derived.as_text(answers.get("communicatie_visie_intern_extern"))
    if not (vormen or communicatie):
        return []
    blocks = [Heading("Vorm en communicatie van de visie")]
    if vormen:
        blocks.append(Paragraph(f"De visie krijgt een vorm die veel mensen bereikt: {join_words(vormen)}."))
    if communicatie:
        blocks.append(Paragraph(f"Zo maken collega's, partners en inwoners kennis met de visie: {communicatie}"))
    return blocks


def _chapter_besluit_en_uitvoering(answers, plan_answers, gemeente, klein):
    blocks = []
    traject = derived.as_code(answers.get("traject_type"))
    agenda = derived.as_text(answers.get("stap_naar_uitvoeringsagenda"))
    acties = derived.table(derived.step_answers(plan_answers, "draagvlak"), "acties")
    if not (traject or agenda):
        return blocks
    blocks.append(Heading("Besluitvorming en uitvoering"))
    zinnen = []
    uitleg = _uitleg(TRAJECT_TYPE, traject)
    if uitleg:
        zinnen.append(uitleg)
        if traject == "politiek":
            zinnen.append("Het voorwerk met het kernteam, partners en de raad weegt daarbij zwaar.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    if agenda:
        blocks.append(Paragraph(f"Van visie naar uitvoering: {agenda}"))
    if acties:
        blocks.append(Paragraph(
            f"Het actieplan in het hoofdstuk over draagvlak en uitvoering, met "
            f"{count_text(len(acties), 'actie', 'acties')}, is het begin van die uitvoeringsagenda."))
    return blocks


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    answers = answers if isinstance(answers, dict) else {}
    gemeente = gemeente_naam(plan_answers if isinstance(plan_answers, dict) else {})
    klein = "de gemeente" if gemeente == "De gemeente" else gemeente
    blocks = _chapter_initiatief(answers, gemeente, klein)
    blocks += _chapter_opdracht(answers, gemeente, klein)
    blocks += _chapter_voorbereiding(answers, plan_answers, gemeente, klein)
    blocks += _chapter_cocreatie(answers, gemeente, klein)
    blocks += _chapter_vorm(answers, gemeente, klein)
    blocks += _chapter_besluit_en_uitvoering(answers, plan_answers, gemeente, klein)
    if not blocks:
        blocks = [Paragraph(f"{gemeente} werkt aan een opdracht voor een gedeelde visie op informele zorg. "
                            "De aanpak wordt nog uitgewerkt.")]
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "kernteam": _lid,
        "bredere_collegagroep": _collega,
    })


# --- Advisor rules ------------------------------------------------------------------------------

def r41_politiek_zonder_raad(answers: Any) -> Iterator[Finding]:
    """R41: a political trajectory (college and raad decide) without the raad involved early."""
    opdracht = derived.step_answers(answers, SLUG)
    if derived.as_code(opdracht.get("traject_type")) != "politiek":
        return
    vroeg = derived.as_bool(opdracht.get("raad_vroeg_betrekken"))
    if vroeg is True:
        return
    waarom = ("u kiest ervoor de raad niet vroeg te betrekken" if vroeg is False
              else "u heeft nog niet ingevuld of u de raad vroeg betrekt")
    yield Finding(
        "R41",
        WAARSCHUWING,
        (SLUG,),
        f"{SHORT_TITLE}: de raad besluit over de visie, maar {waarom}. "
        "Een raad die pas aan het eind meekijkt, stemt minder snel in. Betrek de raad al tijdens "
        "het maken, bijvoorbeeld met een informatieavond.",
        "raad_vroeg_betrekken",
    )


#: Lindewaarde's answers (fictional; in line with the demo of domain.md 7). The demo plan
#: switches this module off; tests and the contract use these answers.
DEMO = {
    "urgentie_intern": 2,
    "urgentie_extern": 4,
    "waarom_baat_gemeente": (
        "Vijf afdelingen doen iets voor mantelzorgers: Wmo, jeugd, werk en inkomen, wonen en "
        "welzijn. Zij weten dat vaak niet van elkaar, en mantelzorgers moeten hun verhaal steeds "
        "opnieuw vertellen. Eén gedeelde visie geeft richting, voorkomt dubbel werk en maakt "
        "keuzes in het budget uitlegbaar."
    ),
    "raakvlakken_beleidsterreinen": ["wmo_zorg", "welzijn", "jeugd", "werk_inkomen", "wonen"],
    "opdracht_herkomst": "college",
    "ondertekend_door": "Wethouder R. Verhoef, namens het college (startnotitie van 13 januari 2026)",
    "afbakening_inhoud": (
        "De visie gaat over mantelzorgers van alle leeftijden, ook jonge mantelzorgers en "
        "mantelzorgers die buiten de gemeente wonen. Zorgvrijwilligers komen alleen aan bod waar "
        "zij mantelzorgers ontlasten. Het ondersteuningsaanbod zelf wordt niet opnieuw ingekocht."
    ),
    "afbakening_budget": 38000,
    "afbakening_start": "2026-01-15",
    "afbakening_eind": "2026-12-20",
    "betrokken_beleidsterreinen": ["wmo_zorg", "jeugd", "werk_inkomen", "wonen", "communicatie"],
    "breedte_veld": "breed",
    "kennis_lokaal": (
        "Gezondheidsmonitor: ongeveer 5.100 volwassen mantelzorgers, van wie 560 zwaarbelast. "
        "Het steunpunt kent 1.150 mantelzorgers. Jonge en werkende mantelzorgers zijn nauwelijks in beeld."
    ),
    "kennis_landelijk": "Factsheets van MantelzorgNL en Movisie over respijtzorg en over jonge mantelzorgers.",
    "kennis_andere_gemeenten": (
        "Gesprekken met twee buurgemeenten die al een integrale visie hebben; een van hen werkte met persona's."
    ),
    "kernteam": [
        {"naam": "M. Brinkman", "beleidsterrein": "wmo_zorg", "rol": "Trekker", "uren_per_week": 14},
        {"naam": "P. de Graaf", "beleidsterrein": "jeugd", "rol": "Jonge mantelzorgers en scholen",
         "uren_per_week": 4},
        {"naam": "L. Hendriks", "beleidsterrein": "werk_inkomen", "rol": "Werkende mantelzorgers",
         "uren_per_week": 4},
        {"naam": "T. Vos", "beleidsterrein": "wonen", "rol": "Wonen en mantelzorg", "uren_per_week": 2},
        {"naam": "A. Yilmaz", "beleidsterrein": "communicatie", "rol": "Communicatie en beeldverslag",
         "uren_per_week": 4},
    ],
    "bredere_collegagroep": [
        {"naam": "Team publieke gezondheid", "beleidsterrein": "gezondheid",
         "inzet": "Levert cijfers aan en leest mee bij de voorbereiding"},
        {"naam": "S. de Boer", "beleidsterrein": "participatie",
         "inzet": "Denkt mee over burgerinitiatieven en bespreekt de uitkomsten"},
        {"naam": "Team inkoop", "beleidsterrein": "inkoop",
         "inzet": "Kijkt mee wat de visie betekent voor contracten"},
    ],
    "alles_in_een_ruimte_of_per_doelgroep": "beide",
    "online_offline_mix": "mix",
    "ambassadeursgroep": True,
    "ambassadeursgroep_leden": (
        "Twee mantelzorgers, een jonge mantelzorger, de voorzitter van de adviesraad, een "
        "praktijkondersteuner van een huisarts en een sleutelfiguur van Stichting Samen Hazelt."
    ),
    "verbinding_kernteam": (
        "Elk lid van het kernteam neemt twee interviews met mantelzorgers af en is bij de grote "
        "bijeenkomst in juni. Na elke ronde bespreekt het kernteam de uitkomsten."
    ),
    "raad_vroeg_betrekken": True,
    "raad_vroeg_hoe": (
        "Raadsinformatieavond op 9 april 2026 met gesprekken tussen raadsleden en mantelzorgers; "
        "tussenstand in een raadsinformatiebrief in mei."
    ),
    "effectmeting_met_raad": (
        "Met de commissie Samenleving afspreken welke cijfers de raad elk jaar krijgt: de "
        "gezondheidsmonitor, het mantelzorgpanel en de wachttijd voor respijtzorg."
    ),
    "vorm_visie": ["korte_nota", "infographic", "verhalen_quotes"],
    "communicatie_visie_intern_extern": (
        "Presentatie in het afdelingsoverleg sociaal domein, de infographic op de website en "
        "verhalen van mantelzorgers in de lokale krant rond de Dag van de Mantelzorg."
    ),
    "traject_type": "politiek",
    "stap_naar_uitvoeringsagenda": (
        "Na het besluit van de raad maakt het kernteam met het steunpunt en de partners een "
        "uitvoeringsagenda per jaar. De eerste acties staan al in het actieplan."
    ),
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r41_politiek_zonder_raad,)
