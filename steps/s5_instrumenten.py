"""Stap 5: welke instrumenten zet u in, en hoe vullen ze elkaar aan?"""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import by_code, label, plan_text
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.catalogs.fasen import FASEN
from steps.catalogs.instruments import EIGEN_INSTRUMENT, INSTRUMENTEN, instrumenten_voor
from steps.catalogs.ladder import TREDEN, niveau
from steps.choices import ladder_options, saved_codes
from steps.document import (
    AppendixRef, BulletList, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section,
)
from steps.text import answer_rows, count_text, dutch_number, euro, instrument_name, join_words, labels, period_text

NUMBER = 5
LABEL = "Stap 5"
KIND = "stap"
SLUG = "instrumenten"
TITLE = "Bepaal welke instrumenten u wilt inzetten en hoe ze elkaar aanvullen"
SHORT_TITLE = "Instrumenten"
PLAN_TITLE = "Instrumenten"
INTRO = (
    "In stap 4 koos u in welke fasen u mantelzorgers betrekt en op welke trede. Nu kiest u per "
    "fase de werkvormen: de instrumenten. Elk instrument heeft sterke en zwakke punten. "
    "Als u instrumenten combineert, krijgt u een vollediger en betrouwbaarder beeld."
)
TIPS = (
    "De voorstellen hiernaast passen bij de fasen en treden die u in stap 4 koos.",
    "Kies altijd ook een instrument voor mensen die geen vragenlijst invullen, "
    "bijvoorbeeld een gesprek aan huis.",
    "Combineer breed en diep: een vragenlijst voor de cijfers, gesprekken voor de verhalen.",
    "Plan bij elk instrument een moment om deelnemers te laten weten wat u met hun inbreng doet.",
)


class InstrumentRow(f.ContextRow):
    instrument = f.single_choice(
        "Instrument", INSTRUMENTEN + (EIGEN_INSTRUMENT,), required=True, widget="select",
        required_message="Kies een instrument uit de lijst. Staat het er niet bij? "
                         "Kies dan 'Eigen instrument'.",
        help_text="Welke werkvorm zet u in? Bijvoorbeeld een enquête of een focusgroep.",
    )
    eigen_naam = f.short_text(
        "Naam eigen instrument",
        help_text="Alleen invullen bij een eigen instrument. Bijvoorbeeld: 'Wandelgesprek'.",
    )
    titel = f.short_text(
        "Eigen titel (optioneel)",
        help_text="De naam die u zelf gebruikt, bijvoorbeeld 'De Mantelzorgtafel'.",
    )
    fasen = f.multiple_choice(
        "Fase(n)", FASEN, required=True, widget="select",
        required_message="Kies in welke fase of fasen u dit instrument inzet.",
        help_text="In welke beleidsfase(n) gebruikt u dit instrument?",
    )
    trede = f.single_choice(
        "Trede", TREDEN, widget="select",
        help_text="Hoeveel invloed hebben deelnemers? Laat u dit leeg, dan nemen we de trede "
                  "die u in stap 4 voor deze fase koos.",
    )
    doelgroepen = f.multiple_choice(
        "Voor welke groepen?", (ALLE,) + DOELGROEPEN, widget="select",
        help_text="Voor wie is dit instrument bedoeld? Kies 'Alle mantelzorgers' als het voor "
                  "iedereen is.",
    )
    beoogd_aantal_deelnemers = f.number(
        "Beoogd aantal deelnemers", help_text="Hoeveel mensen wilt u bereiken? Bijvoorbeeld 20.",
    )
    start = f.date_field("Start")
    eind = f.date_field(
        "Eind", required=True,
        required_message="Vul in wanneer dit instrument klaar is.",
        help_text="Wanneer is het instrument klaar? Bij één bijeenkomst is dat de datum ervan.",
    )
    geraamde_kosten = f.amount(
        "Geraamde kosten (€)", help_text="Wat kost het ongeveer? Bijvoorbeeld: 3.000.",
    )
    geraamde_uren = f.number(
        "Geraamde uren", help_text="Hoeveel ambtelijke uren kost het ongeveer?",
    )
    verantwoordelijke = f.short_text(
        "Verantwoordelijke", required=True,
        required_message="Vul in wie verantwoordelijk is voor dit instrument.",
        help_text="Wie zorgt dat het gebeurt? Bijvoorbeeld: 'M. Brinkman'.",
    )
    uitvoerder = f.short_text(
        "Uitvoerder", help_text="Wie voert het uit? Bijvoorbeeld het steunpunt mantelzorg.",
    )
    terugkoppeling_gepland = f.yes_no(
        "Terugkoppeling gepland?", widget="select",
        help_text="Laat u deelnemers na afloop weten wat u met hun inbreng doet?",
    )
    opmerking = f.short_text("Opmerking")

    def clean(self):
        # Format only; an end before the start is the advisor's finding R35.
        data = super().clean()
        if not data.get("trede") and "trede" not in self.errors:
            fase_treden = self.context.get("fase_treden", {})
            default = next((fase_treden[fase] for fase in data.get("fasen") or []
                            if fase_treden.get(fase)), "")
            if default:
                data["trede"] = default
        return data

    def completeness(self, data):
        if data.get("instrument") == EIGEN_INSTRUMENT.code:
            self.require("eigen_naam", "Geef uw eigen instrument een naam.")
        self.require("trede", "Kies op welke trede van de participatieladder u dit instrument inzet.")


class Form(f.StepForm):
    combinatie_toelichting = f.long_text(
        "Hoe vullen de instrumenten elkaar aan?",
        help_text="Leg uit waarom u juist deze instrumenten samen inzet. Zo ziet iedereen dat "
                  "de keuze doordacht is. Bijvoorbeeld: 'De enquête geeft cijfers; in de "
                  "gesprekken horen we wat erachter zit.' Verplicht als u twee of meer "
                  "instrumenten kiest.",
    )
    combinatieprincipes = f.multiple_choice(
        "Welke combinatieprincipes past u toe?", options.COMBINATIEPRINCIPES,
        help_text="Vink aan welke principes u gebruikt. Ze helpen om niemand te missen. "
                  "Bijvoorbeeld 'Online én fysiek'.",
    )
    tables = {
        "instrumenten": f.table(
            InstrumentRow, label="Gekozen instrumenten",
            help_text="Zet hier elk instrument dat u inzet, met planning, kosten en wie het doet. "
                      "Zo ziet u of u elke fase uit stap 4 heeft gedekt. Bijvoorbeeld: een enquête "
                      "in de inventarisatie, op de trede raadplegen.",
            min_rows=1, max_rows=30, min_rows_message="Kies minstens één instrument.",
        ),
    }
    sections = (
        ("Gekozen instrumenten", ["instrumenten"]),
        ("Hoe vullen de instrumenten elkaar aan?", ["combinatieprincipes", "combinatie_toelichting"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.configure_table(
            self.formsets["instrumenten"],
            options={"trede": ladder_options(self.plan_answers)},
            context={"fase_treden": derived.betrokken_fasen(self.plan_answers)},
        )

    def completeness(self, data):
        if len(self.formsets["instrumenten"].filled_rows()) >= 2:
            self.require("combinatie_toelichting",
                         "U kiest twee of meer instrumenten. Leg uit hoe ze elkaar aanvullen.")

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        totaal, budget = kosten(self.current_answers(), self.plan_answers)
        if budget is None:
            uitleg = "De som van de geraamde kosten. Vul in stap 3 het budget in om te vergelijken."
        elif totaal <= budget:
            uitleg = f"Dat past binnen het budget voor participatie uit stap 3 ({euro(budget)})."
        else:
            uitleg = (f"Dat is {euro(totaal - budget)} meer dan het budget voor participatie uit "
                      f"stap 3 ({euro(budget)}).")
        return [("Totale geraamde kosten instrumenten", euro(totaal), uitleg)]

    def suggestions(self):
        betrokken = derived.betrokken_fasen(self.plan_answers)
        if not betrokken:
            return [("Eerst stap 4 invullen", [
                "Kies in stap 4 in welke fasen u mantelzorgers betrekt en op welke trede. "
                "Dan stellen we hier instrumenten voor die daarbij passen.",
            ])]
        gekozen = set(saved_codes(self.initial, "instrumenten", "instrument"))
        result = []
        for fase, trede in betrokken.items():
            if not trede:
                continue
            passend = [item for item in instrumenten_voor([trede], [fase]) if item.code not in gekozen]
            if not passend:
                continue
            title = f"{label(FASEN, fase)} – trede {label(TREDEN, trede).lower()}"
            result.append((title, [
                f"{item.label}. Sterk: {item.sterk} Let op: {item.zwak} "
                f"(kosten {item.kosten}, bereik {item.bereik}, diepgang {item.diepgang})"
                for item in passend
            ]))
        return result


# --- Plan and check page ----------------------------------------------------------------------

def kosten(answers, plan_answers):
    """(total estimated cost of the instruments (5.5), participation budget of step 3 or None)."""
    totaal = derived.kosten_instrumenten_totaal({SLUG: answers or {}})
    budget = derived.as_number(derived.step_answers(plan_answers, "voorwaarden").get("budget_participatie"))
    return totaal, budget


def _fasen_in_volgorde(rows):
    gebruikt = {fase for row in rows for fase in derived.as_codes(row.get("fasen"))}
    return [fase.code for fase in FASEN if fase.code in gebruikt]


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    rows = derived.table(answers, "instrumenten")
    blocks = []

    fasen = _fasen_in_volgorde(rows)
    treden = sorted({row.get("trede") for row in rows if row.get("trede")}, key=niveau)
    intro = [f"De gemeente zet {count_text(len(rows), 'instrument', 'instrumenten')} in om "
             f"mantelzorgers te betrekken."]
    if fasen:
        intro.append(f"Ze zijn verdeeld over {count_text(len(fasen), 'beleidsfase', 'beleidsfasen')}: "
                     f"{join_words([label(FASEN, code).lower() for code in fasen])}.")
    if treden:
        woord = "de trede" if len(treden) == 1 else "de treden"
        intro.append(f"Zij werkt daarbij op {woord} "
                     f"{join_words([label(TREDEN, code).lower() for code in treden])} "
                     "van de participatieladder.")
    blocks.append(Paragraph(" ".join(intro)))

    totaal, budget = kosten(answers, plan_answers)
    uren = derived.uren_instrumenten_totaal({SLUG: answers})
    zin = f"De instrumenten kosten samen naar schatting {euro(totaal)}"
    zin += f" en {dutch_number(uren)} uur ambtelijke inzet." if uren else "."
    if budget is not None:
        if totaal <= budget:
            zin += f" Dat past binnen het budget van {euro(budget)} voor het participatietraject."
        else:
            zin += (f" Dat is {euro(totaal - budget)} meer dan het budget van {euro(budget)}. "
                       "Daarvoor zoekt de gemeente nog een oplossing.")
    blocks.append(Paragraph(zin))

    zonder = [instrument_name(row) for row in rows if row.get("terugkoppeling_gepland") is not True]
    if rows and not zonder:
        blocks.append(Paragraph("Na elk instrument laat de gemeente de deelnemers weten wat zij met hun "
                                "inbreng heeft gedaan."))
    elif zonder:
        blocks.append(Paragraph(
            f"Na {len(rows) - len(zonder)} van de {len(rows)} instrumenten laat de gemeente de deelnemers "
            f"weten wat zij met hun inbreng heeft gedaan. Voor {join_words(zonder)} is dat nog niet gepland."))

    if rows:
        blocks.append(Heading("Overzicht van de instrumenten"))
        ordered = sorted(rows, key=lambda row: (row.get("start") or row.get("eind") or "9999"))
        blocks.append(Table(
            caption="Gekozen instrumenten: wat, wanneer, wie en wat het kost",
            headers=["Instrument", "Fase(n)", "Trede", "Voor wie", "Wanneer", "Wie", "Kosten"],
            rows=[[
                instrument_name(row),
                ", ".join(label(FASEN, code) for code in derived.as_codes(row.get("fasen"))),
                label(TREDEN, row.get("trede")),
                ", ".join(labels((ALLE,) + DOELGROEPEN, derived.as_codes(row.get("doelgroepen")))),
                period_text(row.get("start"), row.get("eind"), moment=True),
                " / ".join(part for part in (derived.as_text(row.get("verantwoordelijke")),
                                             derived.as_text(row.get("uitvoerder"))) if part),
                euro(row.get("geraamde_kosten")) if row.get("geraamde_kosten") is not None else "",
            ] for row in ordered],
        ))
        # Right under the overview: where the strengths and weaknesses of the catalogue's
        # instruments are (bijlage B, written from the catalogue).
        if any(row.get("instrument") in by_code(INSTRUMENTEN) for row in rows):
            blocks.append(AppendixRef("instrumenten", "Sterke en zwakke punten van de gekozen instrumenten: "
                                                      "zie bijlage {letter}."))
        blocks.append(Heading("Instrumenten per beleidsfase"))
        blocks.append(FigureSlot("F8"))  # per instrument the phases and the rung

    toelichting = derived.as_text(answers.get("combinatie_toelichting"))
    principes = derived.as_codes(answers.get("combinatieprincipes"))
    if toelichting or principes:
        blocks.append(Heading("Hoe de instrumenten elkaar aanvullen"))
        if toelichting:
            blocks.append(Paragraph(toelichting))
        if principes:
            catalogus = by_code(options.COMBINATIEPRINCIPES)
            blocks.append(Paragraph("Bij het kiezen houdt de gemeente zich aan deze principes:"))
            blocks.append(BulletList([
                f"{catalogus[code].label}: {plan_text(catalogus[code])}" if code in catalogus and catalogus[code].uitleg
                else label(options.COMBINATIEPRINCIPES, code)
                for code in principes
            ]))

    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    totaal, budget = kosten(answers, plan_answers or {})
    extra = [("Totale geraamde kosten instrumenten", euro(totaal))]
    if budget is not None:
        extra.append(("Budget voor participatie (stap 3)", euro(budget)))
    return answer_rows(Form, answers, summaries={"instrumenten": instrument_name},
                       extra={"instrumenten": extra})
