"""Stap 7: zorg voor draagvlak en start met de uitvoering."""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.ladder import TREDEN
from steps.catalogs.stakeholders import STAKEHOLDER_TYPES
from steps.choices import (
    chosen_label,
    doel_options,
    instrument_options,
    ladder_options,
    saved_codes,
)
from steps.document import (
    AppendixRef, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section, text_or_open,
)
from steps.text import answer_rows, count_text, dutch_date, dutch_number, euro, in_sentence, join_words, shorten

NUMBER = 7
LABEL = "Stap 7"
KIND = "stap"
SLUG = "draagvlak"
TITLE = "Zorg voor draagvlak en start met de uitvoering"
SHORT_TITLE = "Draagvlak en uitvoering"
PLAN_TITLE = "Draagvlak en uitvoering"
INTRO = (
    "Meedoen van mantelzorgers heeft alleen zin als de mensen die beslissen, betalen en uitvoeren "
    "erachter staan. In deze stap legt u de opdracht en het mandaat vast en brengt u de "
    "belangrijke partijen in kaart. Daarna start u: met een actieplan en met een plan om "
    "deelnemers te laten weten wat er met hun inbreng gebeurt."
)
TIPS = (
    "Begin met een snel resultaat (quick win) dat mantelzorgers zelf merken.",
    "Laat na elke ronde weten wat u met de inbreng deed: 'u zei – wij deden'. Ook als u iets "
    "niet overneemt, met de reden erbij.",
    "Gebruik landelijke momenten zoals de Dag van de Mantelzorg (10 november) en de Week van de "
    "Jonge Mantelzorger.",
    "Kritische partijen met veel invloed: ga juist met hen in gesprek.",
)

EIGEN_STAKEHOLDER = Option("eigen", "Eigen partij (niet in de lijst)")
STAKEHOLDER_KEUZES = STAKEHOLDER_TYPES + (EIGEN_STAKEHOLDER,)
SCORE = ((1, "heel laag"), (2, "laag"), (3, "middel"), (4, "hoog"), (5, "heel hoog"))
VEREIST_MOTIVERING = {"deels", "niet"}


class KernteamRow(f.ContextRow):
    naam = f.short_text("Naam", required=True, required_message="Vul de naam van de collega in.")
    beleidsterrein = f.single_choice(
        "Beleidsterrein", options.BELEIDSTERREINEN, widget="select",
        help_text="Van welk terrein komt deze collega? Bijvoorbeeld wonen of jeugd.",
    )
    rol = f.short_text("Rol", help_text="Bijvoorbeeld: 'Trekker' of 'Meelezer'.")
    uren_per_week = f.number("Uren per week", help_text="Hoeveel uur per week werkt deze collega mee?")


class StakeholderRow(f.ContextRow):
    stakeholder = f.single_choice(
        "Partij", STAKEHOLDER_KEUZES, required=True, widget="select",
        required_message="Kies een partij uit de lijst. Staat de partij er niet bij? "
                         "Kies dan 'Eigen partij'.",
        help_text="Welke partij is belangrijk voor het draagvlak? Bijvoorbeeld de adviesraad.",
    )
    eigen_naam = f.short_text(
        "Naam eigen partij", help_text="Alleen invullen bij een eigen partij.",
    )
    naam_contact = f.short_text(
        "Contactpersoon", help_text="Met wie heeft u contact? Bijvoorbeeld: 'Voorzitter H. Smit'.",
    )
    belang = f.scale(
        "Belang", SCORE, required=True, widget="select",
        required_message="Kies hoe groot het belang van deze partij is (1 tot 5).",
        help_text="Hoe belangrijk is mantelzorgbeleid voor deze partij? 5 is heel belangrijk.",
    )
    invloed = f.scale(
        "Invloed", SCORE, required=True, widget="select",
        required_message="Kies hoeveel invloed deze partij heeft (1 tot 5).",
        help_text="Hoeveel invloed heeft deze partij op het beleid? 5 is heel veel.",
    )
    houding = f.single_choice(
        "Houding", options.HOUDING, required=True, widget="select",
        required_message="Kies de houding van deze partij. Weet u het niet? Kies dan 'Onbekend'.",
        help_text="Staat deze partij achter de aanpak?",
    )
    huidige_samenwerking_trede = f.single_choice(
        "Samenwerking nu", TREDEN, widget="select",
        help_text="Op welke trede werkt u nu met deze partij samen?",
    )
    gewenste_samenwerking_trede = f.single_choice(
        "Samenwerking gewenst", TREDEN, widget="select",
        help_text="Op welke trede wilt u samenwerken?",
    )
    strategie_override = f.single_choice(
        "Andere strategie (optioneel)", options.STRATEGIEEN, widget="select",
        help_text="De strategie volgt uit belang en invloed. Kies hier alleen iets als u bewust "
                  "een andere strategie wilt.",
    )
    actie = f.short_text(
        "Actie",
        help_text="Wat doet u om deze partij te betrekken? Verplicht bij sleutelspelers en "
                  "kritische partijen. Bijvoorbeeld: 'Maandelijks overleg'.",
    )
    eigenaar = f.short_text("Wie?", help_text="Wie voert de actie uit?")
    wanneer = f.date_field("Wanneer?")

    def completeness(self, data):
        if data.get("stakeholder") == EIGEN_STAKEHOLDER.code:
            self.require("eigen_naam", "Geef de eigen partij een naam.")
        if strategie(data) == "nauw_betrekken":
            self.require("actie", "Deze partij is een sleutelspeler: veel belang en veel "
                                  "invloed. Beschrijf hoe u haar nauw betrekt.")
        elif data.get("houding") == "kritisch":
            self.require("actie", "Deze partij is kritisch. Beschrijf wat u doet om met haar "
                                  "in gesprek te gaan.")


class ActieRow(f.ContextRow):
    actie = f.short_text(
        "Actie", required=True, required_message="Beschrijf de actie.",
        help_text="Wat gaat er gebeuren? Bijvoorbeeld: 'Mantelzorgparagraaf in elk keukentafelgesprek'.",
    )
    doel = f.single_choice(
        "Doel (stap 1)", (), widget="select",
        help_text="Bij welk doel uit stap 1 hoort deze actie?",
    )
    v_gebied = f.single_choice(
        "V-gebied", options.V_GEBIEDEN, widget="select",
        help_text="Gaat het om vinden, versterken, verlichten of verbinden?",
    )
    wie_trekker = f.short_text(
        "Trekker", required=True, required_message="Vul in wie deze actie trekt.",
        help_text="Wie zorgt dat het gebeurt? Bijvoorbeeld het steunpunt.",
    )
    partners = f.short_text("Partners", help_text="Wie doen er nog meer mee?")
    start = f.date_field("Start", required=True, required_message="Vul in wanneer de actie start.")
    eind = f.date_field("Eind")
    middelen_euro = f.amount("Geld (€)", help_text="Hoeveel geld is nodig? Bijvoorbeeld: 1.250.")
    middelen_uren = f.number("Uren", help_text="Hoeveel uren zijn nodig?")
    resultaat_indicator = f.short_text(
        "Resultaat", help_text="Waaraan ziet u dat het gelukt is? Bijvoorbeeld: '15 werkgevers'.",
    )
    status = f.single_choice("Status", options.ACTIE_STATUS, widget="select")

    # An end before the start is the advisor's finding R35.


class CommunicatieRow(f.ContextRow):
    type = f.single_choice(
        "Soort bericht", options.COMMUNICATIE_TYPES, required=True, widget="select",
        required_message="Kies wat voor bericht dit is.",
        help_text="Bijvoorbeeld een uitnodiging of een terugkoppeling aan deelnemers.",
    )
    doelgroep = f.short_text(
        "Voor wie?", help_text="Bijvoorbeeld: 'deelnemers', 'alle mantelzorgers' of 'raad'.",
    )
    middel = f.single_choice(
        "Middel", options.COMMUNICATIE_MIDDELEN, widget="select",
        help_text="Hoe brengt u het bericht? Bijvoorbeeld met een persoonlijke brief.",
    )
    boodschap = f.long_text(
        "Boodschap", rows=2, help_text="Wat vertelt u? Bijvoorbeeld: 'Dit deden we met uw ideeën.'",
    )
    datum = f.date_field("Datum", required=True, required_message="Vul de datum van dit bericht in.")
    verantwoordelijke = f.short_text("Wie?", help_text="Wie zorgt voor dit bericht?")


class InbrengRow(f.ContextRow):
    inbreng = f.long_text(
        "Inbreng", required=True, rows=2, required_message="Beschrijf wat deelnemers inbrachten.",
        help_text="Wat zeiden of stelden deelnemers voor? Bijvoorbeeld: 'Wachttijd logeerhuis is te lang.'",
    )
    bron_instrument = f.single_choice(
        "Via welk instrument?", (), widget="select",
        help_text="Bij welk instrument uit stap 5 kwam dit naar voren?",
    )
    datum = f.date_field("Datum")
    besluit = f.single_choice(
        "Besluit", options.BESLUITEN, widget="select",
        help_text="Wat doet u met deze inbreng?",
    )
    motivering = f.long_text(
        "Waarom?", rows=2,
        help_text="Leg uit waarom u de inbreng deels of niet overneemt. Bijvoorbeeld: 'Past niet "
                  "binnen het budget.'",
    )
    verwerkt_in = f.short_text("Verwerkt in", help_text="In welk hoofdstuk of welke actie?")
    teruggekoppeld_op = f.date_field("Teruggekoppeld op")

    def completeness(self, data):
        if data.get("besluit") in VEREIST_MOTIVERING:
            self.require("motivering", "U neemt deze inbreng deels of niet over. Leg uit waarom. "
                                       "Deelnemers hebben recht op die uitleg.")


class Form(f.StepForm):
    opdracht_type = f.single_choice(
        "Op basis van welke opdracht werkt u?", options.OPDRACHT_TYPES, required=True,
        required_message="Kies op basis van welke opdracht u werkt.",
        help_text="Wie heeft u de opdracht gegeven voor dit traject? Een formele opdracht geeft "
                  "u meer ruimte en steun. Bijvoorbeeld een besluit van het college.",
    )
    mandaat_omschrijving = f.long_text(
        "Mandaat: wat mag u zelf beslissen en toezeggen?", required=True,
        required_message="Beschrijf wat u zelf mag beslissen en toezeggen.",
        help_text="Schrijf op wat u zelf mag beslissen en wat u aan deelnemers mag beloven. Zo "
                  "belooft u niets wat u niet kunt waarmaken. Bijvoorbeeld: 'Ik mag binnen het "
                  "budget instrumenten kiezen. Inhoudelijke keuzes legt de wethouder vast.'",
    )
    budget_vastgelegd = f.single_choice(
        "Is het budget voor de uitvoering vastgelegd?", options.BUDGET_VASTGELEGD, required=True,
        required_message="Kies of het budget voor de uitvoering is vastgelegd.",
        help_text="Zonder vastgelegd budget kunt u weinig beloven. Bijvoorbeeld: 'Ja, in de begroting'.",
    )
    bestuurlijk_opdrachtgever = f.short_text(
        "Bestuurlijk opdrachtgever", required=True,
        required_message="Vul in wie de bestuurlijk opdrachtgever is.",
        help_text="Welke wethouder is verantwoordelijk? Deze naam komt ook op de voorkant van het "
                  "plan. Bijvoorbeeld: 'Wethouder R. Verhoef (Zorg en Welzijn)'.",
    )
    quick_wins = f.long_text(
        "Quick wins: wat kunnen mantelzorgers snel merken?",
        help_text="Welke kleine verbeteringen kunt u snel doen? Zo zien deelnemers dat meedoen "
                  "zin heeft. Bijvoorbeeld: 'Vanaf april vragen we in elk keukentafelgesprek naar "
                  "de mantelzorger.'",
    )
    elevator_pitch = f.long_text(
        "Elevator pitch voor bestuur en partners",
        help_text="Een korte tekst van één minuut om anderen enthousiast te maken. Begin met een "
                  "opvallend feit en eindig met een concreet voorstel. Bijvoorbeeld: 'Eén op de "
                  "zes werknemers zorgt voor een naaste. Zullen we een kwartier bellen?'",
    )
    tables = {
        "kernteam": f.table(
            KernteamRow, label="Intern kernteam",
            help_text="Welke collega's van andere beleidsterreinen werken mee? Mantelzorg raakt ook aan "
            "wonen, werk en jeugd. Bijvoorbeeld: een collega wonen, 2 uur per week.",
            max_rows=15,
        ),
        "stakeholders": f.table(
            StakeholderRow, label="Stakeholderanalyse",
            help_text="Welke partijen zijn belangrijk voor het draagvlak? Geef per partij het belang en de "
            "invloed aan. Daaruit volgt hoe u de partij betrekt. Bijvoorbeeld: de adviesraad, "
            "belang 5, invloed 3.",
            min_rows=3, max_rows=30, min_rows_message="Vul minstens drie partijen in.",
        ),
        "acties": f.table(
            ActieRow, label="Actieplan",
            help_text="Welke acties gaan van start, wie trekt ze en wat is ervoor nodig? Bijvoorbeeld: "
            "een signaleringsafspraak tussen huisartsen en steunpunt.",
            min_rows=1, max_rows=30, min_rows_message="Vul minstens één actie in.",
        ),
        "communicatie": f.table(
            CommunicatieRow, label="Communicatie- en terugkoppelplan",
            help_text="Wanneer vertelt u wie wat? Plan zeker een terugkoppeling aan deelnemers: wat deed u "
            "met hun inbreng? Bijvoorbeeld: een brief 'u zei – wij deden'.",
            max_rows=30,
        ),
        "inbreng_log": f.table(
            InbrengRow, label="Inbreng-logboek",
            help_text="Houd bij wat deelnemers inbrachten en wat u ermee deed. Vul dit tijdens de "
            "uitvoering aan. Bijvoorbeeld: 'Meer respijt aan huis – overgenomen'.",
            max_rows=30,
        ),
    }
    sections = (
        ("Opdracht en mandaat", ["opdracht_type", "mandaat_omschrijving", "budget_vastgelegd",
                                 "bestuurlijk_opdrachtgever", "kernteam"]),
        ("Stakeholders", ["stakeholders"]),
        ("Start van de uitvoering", ["acties", "quick_wins"]),
        ("Communicatie en terugkoppeling", ["communicatie", "inbreng_log"]),
        ("Elevator pitch", ["elevator_pitch"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        treden = ladder_options(self.plan_answers)
        f.configure_table(self.formsets["stakeholders"], options={
            "huidige_samenwerking_trede": treden, "gewenste_samenwerking_trede": treden,
        })
        f.configure_table(self.formsets["acties"], options={
            "doel": doel_options(self.plan_answers, saved_codes(self.initial, "acties", "doel")),
        })
        f.configure_table(self.formsets["inbreng_log"], options={
            "bron_instrument": instrument_options(
                self.plan_answers, saved_codes(self.initial, "inbreng_log", "bron_instrument")),
        })

    def completeness(self, data):
        communicatie = self.formsets["communicatie"]
        if not communicatie.non_form_errors():
            types = [row.cleaned_data.get("type") for row in communicatie._filled_forms()]
            if "terugkoppeling" not in types:
                self.add_error(None, (
                    "Plan in het communicatieplan minstens één terugkoppeling aan deelnemers. Zo "
                    "weten zij wat er met hun inbreng gebeurt. Kies bij 'Soort bericht' voor "
                    "'Terugkoppeling aan deelnemers'."))

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        rows = [row for row in self.current_answers().get("stakeholders") or [] if strategie(row)]
        if not rows:
            return [("Strategie per partij", "Nog niet te bepalen",
                     "Vul per partij het belang en de invloed in.")]
        return [(f"Strategie: {stakeholder_naam(row)}", label(options.STRATEGIEEN, strategie(row)),
                 by_code(options.STRATEGIEEN)[strategie(row)].uitleg
                 if strategie(row) in by_code(options.STRATEGIEEN) else "")
                for row in rows]


# --- Plan and check page ----------------------------------------------------------------------

def strategie(row):
    """K21 strategy of a stakeholder row (override first), via steps.derived."""
    return derived.stakeholder_strategie(row)


def stakeholder_naam(row):
    return chosen_label(STAKEHOLDER_TYPES, EIGEN_STAKEHOLDER, derived.as_code(row.get("stakeholder")), row)


OPDRACHT_ZIN = {
    "raadsopdracht": "een opdracht van de gemeenteraad",
    "collegebesluit": "een besluit van het college (bestuursopdracht)",
    "coalitieakkoord": "een afspraak in het coalitieakkoord of de programmabegroting",
    "ambtelijke_opdracht": "een ambtelijke opdracht van het management",
    "eigen_initiatief": "eigen initiatief; er is nog geen formele opdracht",
}
BUDGET_ZIN = {
    "ja_begroting": "Het budget voor de uitvoering is vastgelegd in de begroting.",
    "ja_incidenteel": "Voor de uitvoering is eenmalig budget vastgelegd.",
    "aangevraagd": "Het budget voor de uitvoering is aangevraagd, maar nog niet vastgelegd.",
    "nee": "Er is nog geen budget voor de uitvoering vastgelegd.",
}
STRATEGIE_ZIN = {
    "nauw_betrekken": "Sleutelspelers met veel belang en veel invloed betrekt de gemeente nauw: {}.",
    "tevreden_houden": "Partijen met veel invloed maar minder belang houdt de gemeente actief op de hoogte: {}.",
    "betrokken_houden": "Partijen met veel belang maar weinig invloed betrekt de gemeente en maakt zij sterker: {}.",
    "monitoren": "Overige partijen houdt de gemeente op de hoogte: {}.",
}


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    blocks = []

    # Opdracht en mandaat
    blocks.append(Heading("Opdracht en mandaat"))
    zinnen = []
    opdracht = answers.get("opdracht_type")
    if opdracht:
        zinnen.append(f"De gemeente werkt op basis van "
                      f"{OPDRACHT_ZIN.get(opdracht, label(options.OPDRACHT_TYPES, opdracht).lower())}.")
    if answers.get("bestuurlijk_opdrachtgever"):
        zinnen.append(f"Bestuurlijk opdrachtgever is {answers['bestuurlijk_opdrachtgever']}.")
    if answers.get("budget_vastgelegd") in BUDGET_ZIN:
        zinnen.append(BUDGET_ZIN[answers["budget_vastgelegd"]])
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    blocks.append(Paragraph(f"Wat de beleidsmedewerker zelf mag beslissen en toezeggen: "
                            f"{text_or_open(answers.get('mandaat_omschrijving'))}"))

    kernteam = derived.table(answers, "kernteam")
    if kernteam:
        terreinen = list(dict.fromkeys(in_sentence(label(options.BELEIDSTERREINEN, row.get("beleidsterrein")))
                                       for row in kernteam if row.get("beleidsterrein")))
        uren = sum(derived.as_number(row.get("uren_per_week")) or 0 for row in kernteam)
        zin = f"In het kernteam werken {count_text(len(kernteam), 'collega', 'collega’s')} samen"
        if terreinen:
            zin += f", van {join_words(terreinen)}"
        zin += f". Samen zijn dat {dutch_number(uren)} uur per week." if uren else "."
        blocks.append(Paragraph(zin))
        blocks.append(Table(
            caption="Kernteam",
            headers=["Naam", "Beleidsterrein", "Rol", "Uren per week"],
            rows=[[derived.as_text(row.get("naam")), label(options.BELEIDSTERREINEN, row.get("beleidsterrein")),
                   derived.as_text(row.get("rol")), dutch_number(row.get("uren_per_week"))] for row in kernteam],
        ))

    # Stakeholders
    stakeholders = derived.table(answers, "stakeholders")
    if stakeholders:
        blocks.append(Heading("Krachtenveld: wie bepalen het draagvlak?"))
        blocks.append(Paragraph(
            f"De gemeente bracht {count_text(len(stakeholders), 'partij', 'partijen')} in kaart, met hun "
            "belang bij en hun invloed op het mantelzorgbeleid. Daaruit volgt hoe zij elke partij "
            "betrekt."))
        zinnen = []
        for code, zin in STRATEGIE_ZIN.items():
            namen = [in_sentence(stakeholder_naam(row)) for row in stakeholders if strategie(row) == code]
            if namen:
                zinnen.append(zin.format(join_words(namen)))
        kritisch = [in_sentence(stakeholder_naam(row)) for row in stakeholders if row.get("houding") == "kritisch"]
        if kritisch:
            zinnen.append(f"Kritisch zijn nu: {join_words(kritisch)}. Met hen gaat de gemeente gericht in gesprek.")
        blocks.append(Paragraph(" ".join(zinnen)))
        blocks.append(FigureSlot("F10"))  # the field of forces, above the strategy per stakeholder
        blocks.append(Table(
            caption="Stakeholders en hoe de gemeente ze betrekt",
            headers=["Partij", "Belang / invloed", "Houding", "Strategie", "Samenwerking nu → gewenst",
                     "Actie", "Wie en wanneer"],
            rows=[[
                stakeholder_naam(row) + (f" ({row['naam_contact']})" if row.get("naam_contact") else ""),
                f"{row.get('belang') or '–'} / {row.get('invloed') or '–'}",
                label(options.HOUDING, row.get("houding")),
                label(options.STRATEGIEEN, strategie(row)),
                _samenwerking(row),
                derived.as_text(row.get("actie")),
                " – ".join(part for part in (derived.as_text(row.get("eigenaar")),
                                             dutch_date(row.get("wanneer"))) if part),
            ] for row in stakeholders],
        ))

    # Acties
    acties = derived.table(answers, "acties")
    if acties:
        blocks.append(Heading("Actieplan"))
        geld = sum(derived.as_number(row.get("middelen_euro")) or 0 for row in acties)
        uren = sum(derived.as_number(row.get("middelen_uren")) or 0 for row in acties)
        zin = f"De gemeente start met {count_text(len(acties), 'actie', 'acties')}."
        if geld or uren:
            zin += f" Daarvoor is samen {euro(geld)} en {dutch_number(uren)} uur nodig."
        per_v = [(option.label.lower(), sum(1 for row in acties if row.get("v_gebied") == option.code))
                 for option in options.V_GEBIEDEN]
        per_v = [f"{naam} {aantal}" for naam, aantal in per_v if aantal]
        if per_v:
            zin += f" Aantal acties per V-gebied: {join_words(per_v)}."
        blocks.append(Paragraph(zin))
        volgorde = {option.code: index for index, option in enumerate(options.V_GEBIEDEN)}
        ordered = sorted(acties, key=lambda r: (volgorde.get(r.get("v_gebied"), 99), r.get("start") or "9999"))
        blocks.append(Table(
            caption="Acties per V-gebied, op startdatum",
            headers=["V-gebied", "Actie", "Doel", "Trekker (partners)", "Periode", "Middelen",
                     "Resultaat", "Status"],
            rows=[[
                label(options.V_GEBIEDEN, row.get("v_gebied")),
                derived.as_text(row.get("actie")),
                derived.as_text(row.get("doel")),
                derived.as_text(row.get("wie_trekker")) + (f" ({row['partners']})" if row.get("partners") else ""),
                " t/m ".join(part for part in (dutch_date(row.get("start")), dutch_date(row.get("eind"))) if part),
                ", ".join(part for part in (
                    euro(row["middelen_euro"]) if row.get("middelen_euro") is not None else "",
                    f"{dutch_number(row['middelen_uren'])} uur" if row.get("middelen_uren") is not None else "",
                ) if part),
                derived.as_text(row.get("resultaat_indicator")),
                label(options.ACTIE_STATUS, row.get("status")),
            ] for row in ordered],
        ))
    if derived.as_text(answers.get("quick_wins")):
        blocks.append(Heading("Quick wins: wat mantelzorgers snel merken"))
        blocks.append(Paragraph(answers["quick_wins"]))

    # Communicatie
    communicatie = derived.table(answers, "communicatie")
    if communicatie:
        blocks.append(Heading("Communicatie en terugkoppeling aan deelnemers"))
        terug = [dutch_date(datum) for datum in sorted(
            row.get("datum") or "" for row in communicatie if row.get("type") == "terugkoppeling")]
        zin = f"De gemeente plant {count_text(len(communicatie), 'communicatiemoment', 'communicatiemomenten')}."
        if terug:
            zin += (f" {count_text(len(terug), 'keer', 'keer')} laat zij deelnemers weten wat er met hun "
                    f"inbreng is gebeurd ({join_words([d for d in terug if d])}).")
        zin += " Ook als zij iets niet overneemt, legt zij uit waarom."
        blocks.append(Paragraph(zin))
        blocks.append(Table(
            caption="Communicatie- en terugkoppelplan",
            headers=["Datum", "Soort", "Voor wie", "Middel", "Boodschap", "Wie"],
            rows=[[
                dutch_date(row.get("datum")), label(options.COMMUNICATIE_TYPES, row.get("type")),
                derived.as_text(row.get("doelgroep")), label(options.COMMUNICATIE_MIDDELEN, row.get("middel")),
                derived.as_text(row.get("boodschap")), derived.as_text(row.get("verantwoordelijke")),
            ] for row in sorted(communicatie, key=lambda r: r.get("datum") or "9999")],
        ))

    # Inbreng-logboek: counted here, listed in full in its appendix
    inbreng = derived.table(answers, "inbreng_log")
    logboek = {}
    if inbreng:
        blocks.append(Heading("Wat de gemeente met de inbreng deed"))
        tellingen = [(option, sum(1 for row in inbreng if row.get("besluit") == option.code))
                     for option in options.BESLUITEN]
        delen = [f"{aantal} {option.label.lower()}" for option, aantal in tellingen if aantal]
        zin = f"De gemeente legde {count_text(len(inbreng), 'punt', 'punten')} van deelnemers vast."
        if delen:
            zin += f" Wat zij ermee deed: {join_words(delen)}."
        if any(row.get("besluit") in VEREIST_MOTIVERING for row in inbreng):
            zin += " Bij alles wat zij niet of deels overnam, staat waarom."
        blocks.append(Paragraph(zin))
        blocks.append(AppendixRef("inbreng", "Het volledige overzicht staat in bijlage {letter}."))
        logboek["inbreng"] = [Table(
            caption="Inbreng-logboek",
            headers=["Inbreng", "Bron", "Besluit", "Waarom", "Verwerkt in", "Teruggekoppeld op"],
            rows=[[
                derived.as_text(row.get("inbreng")),
                ", ".join(derived.instrument_label(code, as_choice=True)
                          for code in derived.as_codes(row.get("bron_instrument"))),
                label(options.BESLUITEN, row.get("besluit")),
                derived.as_text(row.get("motivering")),
                derived.as_text(row.get("verwerkt_in")),
                dutch_date(row.get("teruggekoppeld_op")),
            ] for row in inbreng],
        )]

    if "pitch" in (plan_answers or {}):  # Verdieping 2 is on: its pitches per audience say it better
        blocks.append(AppendixRef("pitches", "De korte pitches waarmee de gemeente bestuurders en partners "
                                             "in één minuut overtuigt, staan per doelgroep in bijlage {letter}."))
    elif derived.as_text(answers.get("elevator_pitch")):
        blocks.append(Heading("Elevator pitch"))
        blocks.append(Paragraph("Met deze korte tekst vertelt de gemeente bestuurders en partners in één "
                                "minuut waarom dit belangrijk is:"))
        blocks.append(Paragraph(f"“{answers['elevator_pitch']}”"))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks, appendix_blocks=logboek)


def _samenwerking(row):
    nu = label(TREDEN, row.get("huidige_samenwerking_trede"))
    gewenst = label(TREDEN, row.get("gewenste_samenwerking_trede"))
    if nu and gewenst:
        return f"{nu} → {gewenst}"
    return nu or gewenst


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers, summaries={
        "kernteam": lambda row: derived.as_text(row.get("naam")),
        "stakeholders": stakeholder_naam,
        "acties": lambda row: derived.as_text(row.get("actie")),
        "communicatie": lambda row: " ".join(part for part in (
            label(options.COMMUNICATIE_TYPES, row.get("type")),
            dutch_date(row.get("datum"))) if part),
        "inbreng_log": lambda row: shorten(derived.as_text(row.get("inbreng"))),
    })
