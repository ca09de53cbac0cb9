"""Stap 8: evalueer het interactieve proces en de resultaten."""
from decimal import Decimal

from django import forms

from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label, plan_text
from steps.choices import doel_options, doel_rows, saved_codes
from steps.document import Heading, Paragraph, Section, Table, is_empty, open_section, text_or_open
from steps.text import answer_rows, count_text, dutch_date, dutch_number, in_sentence, join_words, shorten

NUMBER = 8
LABEL = "Stap 8"
KIND = "stap"
SLUG = "evaluatie"
TITLE = "Evalueer het interactieve proces en de resultaten"
SHORT_TITLE = "Evaluatie en vervolg"
PLAN_TITLE = "Evaluatie en vervolg"
INTRO = (
    "Plan nu al hoe u het traject en de resultaten evalueert. Zo weet u straks of u de goede "
    "mantelzorgers heeft bereikt, of zij tevreden waren en wat er met hun inbreng is gebeurd. "
    "Na de evaluatie vult u hier de uitkomsten in en kiest u hoe u verder gaat."
)
TIPS = (
    "Bedenk voor elk doel uit stap 1 een indicator, met een nulmeting en een streefwaarde.",
    "Vraag deelnemers zelf hoe zij het traject vonden. Ook dat is meedoen.",
    "Gebruik bestaande metingen, zoals de GGD-gezondheidsmonitor, in plaats van een nieuwe "
    "vragenlijst.",
    "Kies het vervolg pas als u ten minste twee mogelijkheden heeft vergeleken.",
)

MODI = (
    Option("plannen", "Plannen", "De evaluatie moet nog gebeuren. U legt vast hoe u gaat evalueren."),
    Option("invullen", "Invullen", "De evaluatie is gedaan. U vult de uitkomsten en conclusies in."),
)
OORDEEL = ((1, "slecht"), (2, "matig"), (3, "voldoende"), (4, "goed"), (5, "heel goed"))
PROCES = "proces"

# One proposed indicator per V-gebied, for goals of step 1 that have none yet (own wording).
VOORSTELLEN = {
    "vinden": ("Aantal mantelzorgers dat bij het steunpunt bekend is", "output", "registratie_steunpunt"),
    "versterken": ("Percentage mantelzorgers dat weet waar ze met vragen terechtkunnen", "effect",
                   "gezondheidsmonitor_ggd"),
    "verlichten": ("Percentage mantelzorgers dat zich zwaar belast voelt", "effect", "gezondheidsmonitor_ggd"),
    "verbinden": ("Percentage keukentafelgesprekken waarin de mantelzorger aan bod kwam", "output", "cto_wmo"),
}
METING_ZIN = {
    "korte_enquete": "De gemeente meet de tevredenheid van deelnemers met een korte vragenlijst na elke bijeenkomst.",
    "evaluatiegesprek": "De gemeente meet de tevredenheid van deelnemers in een evaluatiegesprek met (een deel van) "
                        "de deelnemers.",
    "beide": "De gemeente meet de tevredenheid van deelnemers op twee manieren: met een korte vragenlijst na elke "
             "bijeenkomst en in een evaluatiegesprek.",
    "niet": "De gemeente meet de tevredenheid van deelnemers niet apart.",
}


class ScoreField(forms.DecimalField):
    """A mark from 1 to 10 with one decimal; accepts a comma ("7,5")."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


class EvaluatiemomentRow(f.ContextRow):
    moment = f.short_text(
        "Moment", required=True, required_message="Geef het evaluatiemoment een naam.",
        help_text="Bijvoorbeeld: 'Evaluatie van de inventarisatie'.",
    )
    type = f.single_choice(
        "Soort", options.EVALUATIEMOMENT_TYPES, widget="select",
        help_text="Is het een tussentijds moment, het einde van het traject of een jaarlijkse meting?",
    )
    datum = f.date_field("Datum", required=True, required_message="Vul de datum van dit evaluatiemoment in.")
    wie = f.short_text("Wie evalueert?", help_text="Bijvoorbeeld: 'Kernteam en klankbordgroep'.")
    met_deelnemers = f.yes_no(
        "Met deelnemers?", widget="select",
        help_text="Doen mantelzorgers zelf mee aan dit evaluatiemoment?",
    )


class ProcesvraagRow(f.ContextRow):
    vraag = f.short_text("Vraag", max_length=300, help_text="Wat wilt u weten over het proces?")
    meetwijze = f.short_text(
        "Hoe meet u dit?", help_text="Bijvoorbeeld: 'Korte vragenlijst na elke bijeenkomst'.",
    )
    antwoord = f.long_text("Antwoord", rows=2, help_text="Na de evaluatie invullen.")
    oordeel = f.scale("Oordeel", OORDEEL, widget="select", help_text="Na de evaluatie invullen: hoe ging het?")

    def completeness(self, data):
        if any(data.get(name) not in (None, "") for name in ("meetwijze", "antwoord", "oordeel")):
            self.require("vraag", "Vul de vraag in, of maak de hele rij leeg.")


class IndicatorRow(f.ContextRow):
    doel = f.single_choice(
        "Doel (stap 1)", (), widget="select",
        help_text="Bij welk doel uit stap 1 hoort deze indicator? Leeg laten mag alleen bij een "
                  "procesindicator.",
    )
    indicator = f.short_text(
        "Indicator", required=True, required_message="Beschrijf wat u meet.",
        help_text="Wat meet u? Bijvoorbeeld: 'Aantal scholen met een aandachtsfunctionaris'.",
    )
    soort = f.single_choice(
        "Soort", options.INDICATOR_SOORTEN, required=True, widget="select",
        required_message="Kies de soort indicator: proces, output of effect.",
        help_text="Meet u het proces, wat er is gedaan (output) of wat er echt veranderde (effect)?",
    )
    bron = f.single_choice(
        "Bron", options.INDICATOR_BRONNEN, widget="select", help_text="Waar haalt u de cijfers vandaan?",
    )
    nulmeting = f.short_text("Nulmeting", help_text="Hoe is het nu? Bijvoorbeeld: '38%'.")
    streefwaarde = f.short_text(
        "Streefwaarde", required=True,
        required_message="Vul de streefwaarde in: welke uitkomst wilt u bereiken?",
        help_text="Wat wilt u bereiken? Bijvoorbeeld: '60%'.",
    )
    meetmoment = f.date_field("Meetmoment")
    realisatie = f.short_text("Realisatie", help_text="Na de meting invullen: wat is bereikt?")

    # An output or effect indicator without a goal is the advisor's finding R16.


class Form(f.StepForm):
    modus = f.single_choice(
        "Plant u de evaluatie, of vult u de uitkomsten in?", MODI, required=True,
        required_message="Kies of u de evaluatie plant of de uitkomsten invult.",
        help_text="Vóór de uitvoering plant u de evaluatie. Na de evaluatie vult u de uitkomsten "
                  "in. Bijvoorbeeld: kies 'Plannen' als het traject nog moet beginnen.",
    )
    evaluatievorm = f.multiple_choice(
        "Hoe evalueert u?", options.EVALUATIEVORMEN, required=True,
        required_message="Kies minstens één manier waarop u evalueert.",
        help_text="Wie kijkt terug en op welke manier? Meerdere manieren samen geven een eerlijker "
                  "beeld. Bijvoorbeeld: een zelfevaluatie en een evaluatie met deelnemers.",
    )
    tevredenheid_meting = f.single_choice(
        "Hoe meet u de tevredenheid van deelnemers?", options.TEVREDENHEID_METING,
        help_text="Hoe vraagt u deelnemers wat zij van het traject vonden? Dat is een kernvraag "
                  "van de evaluatie. Bijvoorbeeld: een korte vragenlijst na elke bijeenkomst.",
    )
    tevredenheid_score = ScoreField(
        label="Gemiddelde tevredenheid (cijfer 1 tot 10)",
        required=False, min_value=Decimal("1"), max_value=Decimal("10"),
        max_digits=3, decimal_places=1,
        help_text="Na de evaluatie invullen. Welk cijfer gaven deelnemers gemiddeld? Bijvoorbeeld 7,5.",
        error_messages={
            "invalid": "Vul een cijfer in tussen 1 en 10, bijvoorbeeld 7,5.",
            "min_value": "Vul een cijfer in van 1 of hoger.",
            "max_value": "Vul een cijfer in van 10 of lager.",
            "max_digits": "Vul een cijfer in tussen 1 en 10, bijvoorbeeld 7,5.",
            "max_decimal_places": "Gebruik hoogstens één cijfer achter de komma.",
            "max_whole_digits": "Vul een cijfer in tussen 1 en 10, bijvoorbeeld 7,5.",
        },
        widget=forms.TextInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input",
                                      "inputmode": "decimal"}),
    )
    bereik_toelichting = f.long_text(
        "Bereik: hoeveel en welke mantelzorgers deden mee?",
        help_text="Na de evaluatie invullen. Hebt u de groepen uit stap 6 bereikt? Welke niet, en "
                  "waarom? Bijvoorbeeld: 'Jongeren bereikten we goed via school; werkenden minder.'",
    )
    conclusies = f.long_text(
        "Conclusies en lessen",
        help_text="Wat heeft het traject opgeleverd en wat doet u de volgende keer anders? Verplicht "
                  "als u de uitkomsten invult. Bijvoorbeeld: 'De focusgroepen gaven de beste "
                  "ideeën; de enquête was te lang.'",
    )
    scenarios_overwogen = f.multiple_choice(
        "Welke vervolgscenario's heeft u overwogen?", options.SCENARIOS, required=True,
        required_message="Kies minstens twee scenario's die u heeft overwogen.",
        help_text="Vergelijk minstens twee mogelijkheden voor het vervolg. Zo kiest u bewust. "
                  "Bijvoorbeeld: 'Bijstellen' en 'Structureel verankeren'.",
    )
    scenario_gekozen = f.single_choice(
        "Welk vervolgscenario kiest u?", options.SCENARIOS, required=True,
        required_message="Kies het vervolgscenario.",
        help_text="Kies één van de scenario's die u hierboven heeft aangevinkt. Bij 'Plannen' is "
                  "dit uw voorlopige keuze.",
    )
    scenario_motivering = f.long_text(
        "Motivering en eerste vervolgstappen", required=True,
        required_message="Leg uit waarom u dit scenario kiest en wat de eerste stappen zijn.",
        help_text="Waarom kiest u dit vervolg en wat gebeurt er als eerste? Bijvoorbeeld: 'Het "
                  "panel wordt vast onderdeel van de beleidscyclus. Eerste stap: afspraken met de "
                  "adviesraad.'",
    )
    tables = {
        "evaluatiemomenten": f.table(
            EvaluatiemomentRow, label="Evaluatiemomenten",
            help_text="Wanneer kijkt u terug, en wie doen er mee? Plan ook een moment met deelnemers. "
            "Bijvoorbeeld: een evaluatie aan het einde van het traject, met de klankbordgroep.",
            min_rows=1, max_rows=20, min_rows_message="Plan minstens één evaluatiemoment.",
        ),
        "procesvragen": f.table(
            ProcesvraagRow, label="Evaluatievragen over het proces",
            help_text="Tien vragen staan al klaar. U kunt ze aanpassen, leegmaken of een eigen vraag "
            "toevoegen. Geef per vraag aan hoe u het antwoord vindt. Bijvoorbeeld: 'Vragenlijst "
            "na elke bijeenkomst'.",
            fixed=True, min_rows=1, max_rows=20,
            min_rows_message="Houd minstens één evaluatievraag over het proces.",
        ),
        "indicatoren": f.table(
            IndicatorRow, label="Indicatoren per doel",
            help_text="Hoe meet u of de doelen uit stap 1 zijn gehaald? Geef per doel minstens één "
            "indicator, met een nulmeting en een streefwaarde. Bijvoorbeeld: 'Bekendheid "
            "steunpunt: nu 38%, doel 60%'.",
            min_rows=1, max_rows=30, min_rows_message="Vul minstens één indicator in.",
        ),
    }
    # The ten questions are filled in, and one empty row is ready for an own question.
    tables["procesvragen"].extra = 1

    sections = (
        ("Plannen of invullen", ["modus"]),
        ("Hoe en wanneer evalueert u?", ["evaluatievorm", "evaluatiemomenten"]),
        ("Evaluatie van het proces", ["procesvragen", "tevredenheid_meting", "tevredenheid_score",
                                      "bereik_toelichting"]),
        ("Evaluatie van de resultaten", ["indicatoren", "conclusies"]),
        ("Vervolg", ["scenarios_overwogen", "scenario_gekozen", "scenario_motivering"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.configure_table(self.formsets["indicatoren"], options={
            "doel": doel_options(self.plan_answers, saved_codes(self.initial, "indicatoren", "doel")),
        })

    def fixed_rows(self, name, saved_rows):
        if name == "procesvragen" and not saved_rows:
            return [{"vraag": vraag, "meetwijze": "", "antwoord": "", "oordeel": None}
                    for vraag in options.PROCESVRAGEN]
        return saved_rows

    # Fewer than two scenarios considered, or a chosen one that was not considered (R31), and a
    # satisfaction score while satisfaction is not measured (R40) are the advisor's findings.

    def completeness(self, data):
        if data.get("modus") == "invullen":
            self.require("conclusies", "U vult de uitkomsten van de evaluatie in. Schrijf ook de "
                                       "conclusies en lessen op.")

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        if not derived.bereik_behaald(self.plan_answers):
            return [("Bereik volgens het wervingsplan", "Nog niet bekend",
                     "Vul in stap 6 het wervingsplan in, met beoogde en behaalde aantallen.")]
        beoogd, behaald = derived.bereik_totaal(self.plan_answers)
        per_groep = "; ".join(f"{groep}: {tekst}" for groep, tekst in bereik_regels(self.plan_answers))
        return [("Bereik volgens het wervingsplan", f"{dutch_number(behaald or 0)} van {dutch_number(beoogd)} "
                 "beoogde deelnemers", f"Per groep (behaald van beoogd): {per_groep}.")]

    def suggestions(self):
        doelen = doel_rows(self.plan_answers)
        if not doelen:
            return [("Eerst doelen in stap 1", [
                "Vul in stap 1 de doelen in. Dan stellen we hier per doel een indicator voor.",
            ])]
        met_indicator = set(saved_codes(self.initial, "indicatoren", "doel"))
        result = []
        for code, row in doelen:
            if code in met_indicator:
                continue
            voorstel = VOORSTELLEN.get(derived.as_code(row.get("v_gebied")))
            teksten = []
            if voorstel:
                indicator, soort, bron = voorstel
                teksten.append(f"Voorstel: {indicator} ({label(options.INDICATOR_SOORTEN, soort).lower()}).")
                teksten.append(f"Mogelijke bron: {label(options.INDICATOR_BRONNEN, bron)}.")
            else:
                teksten.append("Voorstel: meet het beoogde resultaat van dit doel.")
            if derived.as_text(row.get("beoogd_resultaat")):
                teksten.append(f"Streefwaarde uit stap 1: {derived.as_text(row['beoogd_resultaat'])}")
            if dutch_date(row.get("termijn")):
                teksten.append(f"Meetmoment: {dutch_date(row.get('termijn'))}.")
            omschrijving = derived.as_text(row.get("omschrijving"))
            result.append((f"{code} – {omschrijving}" if omschrijving else code, teksten))
        return result


# --- Plan and check page ----------------------------------------------------------------------

def bereik_regels(plan_answers):
    """(group, "behaald van beoogd") per group of the step 6 recruitment plan (field 8.6)."""
    regels = []
    for code, totalen in derived.bereik_behaald(plan_answers).items():
        beoogd, behaald = totalen.get("beoogd"), totalen.get("behaald")
        if beoogd is None and behaald is None:
            continue
        tekst = f"{dutch_number(behaald) if behaald is not None else '–'} van {dutch_number(beoogd) if beoogd is not None else '–'}"
        regels.append((derived.doelgroep_label(code), tekst))
    return regels


def _doel_volgorde(plan_answers):
    return {code: index for index, (code, _row) in enumerate(doel_rows(plan_answers))}


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    invullen = answers.get("modus") == "invullen"
    blocks = []

    if invullen:
        intro = ("Dit hoofdstuk laat zien hoe de gemeente het participatietraject en de resultaten heeft "
                 "geëvalueerd, wat daaruit kwam en hoe zij verder gaat.")
    else:
        intro = ("Dit hoofdstuk beschrijft hoe de gemeente het participatietraject en de resultaten gaat "
                 "evalueren, en welk vervolg zij nu voor ogen heeft. De evaluatie zelf volgt later.")
    vormen = [in_sentence(label(options.EVALUATIEVORMEN, code))
              for code in derived.as_codes(answers.get("evaluatievorm"))]
    if vormen:
        intro += f" Zij evalueert op {count_text(len(vormen), 'manier', 'manieren')}: {join_words(vormen)}."
    blocks.append(Paragraph(intro))

    momenten = sorted(derived.table(answers, "evaluatiemomenten"), key=lambda r: r.get("datum") or "9999")
    if momenten:
        blocks.append(Heading("Evaluatiemomenten"))
        zin = f"De gemeente plant {count_text(len(momenten), 'evaluatiemoment', 'evaluatiemomenten')}"
        eerste, laatste = dutch_date(momenten[0].get("datum")), dutch_date(momenten[-1].get("datum"))
        if eerste and laatste and eerste != laatste:
            zin += f", van {eerste} tot en met {laatste}"
        zin += "."
        met = sum(1 for row in momenten if row.get("met_deelnemers") is True)
        if met == len(momenten):
            zin += " Bij elk moment doen deelnemers zelf mee."
        elif met:
            zin += f" Bij {met} daarvan doen deelnemers zelf mee."
        else:
            zin += " Deelnemers doen daar nog niet zelf aan mee."
        blocks.append(Paragraph(zin))
        blocks.append(Table(
            caption="Evaluatiemomenten",
            headers=["Datum", "Moment", "Soort", "Wie", "Met deelnemers"],
            rows=[[dutch_date(row.get("datum")), derived.as_text(row.get("moment")),
                   label(options.EVALUATIEMOMENT_TYPES, row.get("type")), derived.as_text(row.get("wie")),
                   {True: "Ja", False: "Nee"}.get(row.get("met_deelnemers"), "")] for row in momenten],
        ))

    vragen = [row for row in derived.table(answers, "procesvragen") if row.get("vraag")]
    if vragen:
        blocks.append(Heading("Evaluatie van het proces"))
        blocks.append(Paragraph("Over het participatietraject zelf stelt de gemeente zich deze vragen. "
                                "Per vraag staat hoe zij het antwoord vindt."))
        uitkomsten = any(row.get("antwoord") or row.get("oordeel") for row in vragen)
        headers = ["Vraag", "Hoe het gemeten wordt"] + (["Antwoord", "Oordeel (1–5)"] if uitkomsten else [])
        blocks.append(Table(
            caption="Evaluatievragen over het proces",
            headers=headers,
            rows=[[derived.as_text(row.get("vraag")), derived.as_text(row.get("meetwijze"))]
                  + ([derived.as_text(row.get("antwoord")), str(row.get("oordeel") or "")] if uitkomsten else [])
                  for row in vragen],
        ))
    zinnen = []
    if answers.get("tevredenheid_meting") in METING_ZIN:
        zinnen.append(METING_ZIN[answers["tevredenheid_meting"]])
    if answers.get("tevredenheid_score") is not None:
        zinnen.append(f"Deelnemers gaven het traject gemiddeld een {cijfer(answers['tevredenheid_score'])}.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))

    bereik = bereik_regels(plan_answers)
    toelichting = derived.as_text(answers.get("bereik_toelichting"))
    if bereik or toelichting:
        blocks.append(Heading("Bereik"))
        beoogd, behaald = derived.bereik_totaal(plan_answers)
        if beoogd:
            zin = f"Via het wervingsplan wil de gemeente {dutch_number(beoogd)} mensen bereiken."
            if behaald is not None:
                zin += f" Tot nu toe deden {dutch_number(behaald)} mensen mee."
            blocks.append(Paragraph(zin))
        if bereik:
            blocks.append(Table(caption="Bereik per groep", headers=["Groep", "Behaald van beoogd"],
                                rows=[[groep, tekst] for groep, tekst in bereik]))
        if toelichting:
            blocks.append(Paragraph(toelichting))

    indicatoren = derived.table(answers, "indicatoren")
    doelen = doel_rows(plan_answers)
    if indicatoren or doelen:
        blocks.append(Heading("Indicatoren per doel"))
        gedekt = {row.get("doel") for row in indicatoren if row.get("doel")}
        zin = ""
        if doelen:
            zin = (f"Voor {len([c for c, _r in doelen if c in gedekt])} van de "
                   f"{count_text(len(doelen), 'doel', 'doelen')} van dit plan is er een indicator "
                   "met een streefwaarde.")
            open_doelen = [code for code, _row in doelen if code not in gedekt]
            if open_doelen:
                zin += f" Voor {join_words(open_doelen)} moet nog een indicator komen."
        if any(row.get("soort") == PROCES and not row.get("doel") for row in indicatoren):
            zin += " Daarnaast meet de gemeente hoe het participatietraject zelf verloopt."
        if zin:
            blocks.append(Paragraph(zin.strip()))
        if indicatoren:
            volgorde = _doel_volgorde(plan_answers)
            realisatie = any(row.get("realisatie") for row in indicatoren)
            ordered = sorted(indicatoren, key=lambda r: (volgorde.get(r.get("doel"), 999) if r.get("doel") else 1000))
            blocks.append(Table(
                caption="Evaluatiekader: doel, indicator, nulmeting en streefwaarde",
                headers=["Doel", "Indicator", "Soort", "Bron", "Nulmeting", "Streefwaarde", "Meetmoment"]
                + (["Realisatie"] if realisatie else []),
                rows=[[
                    derived.as_text(row.get("doel")) or "Proces",
                    derived.as_text(row.get("indicator")),
                    label(options.INDICATOR_SOORTEN, row.get("soort")),
                    label(options.INDICATOR_BRONNEN, row.get("bron")),
                    derived.as_text(row.get("nulmeting")),
                    derived.as_text(row.get("streefwaarde")),
                    dutch_date(row.get("meetmoment")),
                ] + ([derived.as_text(row.get("realisatie"))] if realisatie else []) for row in ordered],
            ))

    conclusies = derived.as_text(answers.get("conclusies"))
    if conclusies or invullen:
        blocks.append(Heading("Conclusies en lessen"))
        blocks.append(Paragraph(text_or_open(conclusies)))

    blocks.append(Heading("Vervolg"))
    scenarios = by_code(options.SCENARIOS)
    overwogen = [in_sentence(label(options.SCENARIOS, code)) for code in derived.as_codes(answers.get("scenarios_overwogen"))]
    gekozen = answers.get("scenario_gekozen")
    zinnen = []
    if overwogen:
        zinnen.append(f"De gemeente heeft {count_text(len(overwogen), 'scenario', 'scenario’s')} voor het vervolg "
                      f"overwogen: {join_words(overwogen)}.")
    if gekozen:
        keuze = in_sentence(label(options.SCENARIOS, gekozen))
        zinnen.append(f"Zij kiest voor: {keuze}." if invullen else f"Zij is van plan te kiezen voor: {keuze}.")
        if gekozen in scenarios and plan_text(scenarios[gekozen]):
            zinnen.append(plan_text(scenarios[gekozen]))
    blocks.append(Paragraph(" ".join(zinnen) if zinnen else text_or_open("")))
    if derived.as_text(answers.get("scenario_motivering")):
        blocks.append(Paragraph(answers["scenario_motivering"]))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    extra = {}
    if plan_answers:
        extra["bereik_toelichting"] = [(f"Bereik: {groep}", tekst) for groep, tekst in bereik_regels(plan_answers)]
    rows = answer_rows(Form, answers, summaries={
        "evaluatiemomenten": lambda row: derived.as_text(row.get("moment")),
        "procesvragen": lambda row: shorten(derived.as_text(row.get("vraag"))),
        "indicatoren": lambda row: shorten(derived.as_text(row.get("indicator"))),
    }, extra=extra)
    score = answers.get("tevredenheid_score")
    if score is not None:
        label_score = str(Form.base_fields["tevredenheid_score"].label)
        rows = [(text, cijfer(score) if text == label_score else value)
                for text, value in rows]
    return rows


def cijfer(value):
    """A mark as written in Dutch: 7.5 -> "7,5", 8.0 -> "8"."""
    number = derived.as_number(value)
    return "" if number is None else f"{number:g}".replace(".", ",")

