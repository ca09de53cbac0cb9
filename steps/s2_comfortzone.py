"""Stap 2: de comfortzone op de participatieladder en de risico's per trede."""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.ladder import LADDER_TOELICHTING, TREDEN, niveau, treden_voor
from steps.catalogs.risks import RISICOS
from steps.document import NOT_ANSWERED, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import answer_rows, count_text, gemeente_naam, join_words
from steps.typetest import typetest

NUMBER = 2
LABEL = "Stap 2"
KIND = "stap"
SLUG = "comfortzone"
TITLE = "Bepaal uw comfortzone op de participatieladder en inventariseer de risico's"
SHORT_TITLE = "Comfortzone en risico's"
PLAN_TITLE = "Ambitie voor participatie: comfortzone en risico's"
INTRO = (
    "Hoeveel invloed wil en kan de gemeente mantelzorgers echt geven? Dat bepaalt u hier, per trede "
    "van de participatieladder. Binnen uw comfortzone kunt u zonder extra maatregelen werken. "
    "Kiest u een hogere trede, dan kan dat wel, maar dan moet u de risico's kennen en beperken."
)
TIPS = (
    "Wees eerlijk. Minder invloed beloven en die waarmaken is beter dan veel beloven en teleurstellen.",
    "Vraag de wethouder zelf hoeveel invloed hij of zij wil geven. Vaak ligt daar de grens.",
    "Hoger op de ladder is niet altijd beter. Raadplegen en adviseren komen bij mantelzorgbeleid het meest voor.",
    "Noem bij elke trede die u wilt gebruiken minstens één risico, met een maatregel.",
)

ALLE_TREDEN = Option("alle", "Alle treden", "Dit risico speelt bij elke trede.")
ANDERS = Option("anders", "Anders: een eigen risico", "Beschrijf het risico zelf.")
EIGEN_MAATREGEL = Option("eigen", "Eigen maatregel", "Beschrijf de maatregel in de toelichting.")
KANS_IMPACT = tuple((int(option.code), option.label) for option in options.KANS_IMPACT)
HIGH_SCORE = 4


def _grouped(items, code_label):
    """Select choices grouped per rung: [(group label, [(code, label), ...]), ...]."""
    groups = []
    for trede in (ALLE_TREDEN,) + TREDEN:
        members = [code_label(item) for item in items if item.trede == trede.code]
        if members:
            groups.append((trede.label, members))
    return groups


def _risico_field():
    field = f.single_choice(
        "Risico", RISICOS + (ANDERS,), required=True, widget="select",
        required_message="Kies een risico uit de lijst, of kies 'Anders'.",
        help_text="Kies een risico dat bij de trede van deze rij hoort.",
    )
    field.choices = ([("", "Kies…")] + _grouped(RISICOS, lambda r: (r.code, r.label))
                     + [("Eigen risico", [(ANDERS.code, ANDERS.label)])])
    return field


def _maatregel_field():
    field = f.single_choice(
        "Maatregel", RISICOS + (EIGEN_MAATREGEL,), widget="select",
        help_text="Kies de maatregel die bij het risico hoort, of een eigen maatregel.",
    )
    field.choices = ([("", "Kies…")] + _grouped(RISICOS, lambda r: (r.code, r.maatregel))
                     + [("Eigen maatregel", [(EIGEN_MAATREGEL.code, EIGEN_MAATREGEL.label)])])
    return field


def maatregel_label(code):
    if code == EIGEN_MAATREGEL.code:
        return EIGEN_MAATREGEL.label
    risico = by_code(RISICOS).get(code)
    return risico.maatregel if risico else (code or "")


class ComfortRow(f.FixedRowForm):
    fixed_field = "trede"
    fixed_items = TREDEN

    trede = f.fixed_column("Trede", TREDEN)
    comfort = f.single_choice(
        "Comfort", options.COMFORT, widget="select",
        help_text="Comfortabel, twijfel of buiten uw comfortzone?",
    )
    toelichting = f.short_text(
        "Toelichting", help_text="Waarom? Bijvoorbeeld: lukt als kaders en budget vooraf helder zijn.",
    )


class ActorRow(f.RowForm):
    actor = f.single_choice(
        "Actor", options.ACTOREN, required=True, widget="select",
        required_message="Kies om wie het gaat.",
        help_text="Wie binnen of rond de gemeente?",
    )
    hoogste_trede = f.single_choice(
        "Hoogste trede", TREDEN, required=True, widget="select",
        required_message="Kies tot welke trede deze actor wil gaan.",
        help_text="Tot welke trede gaat deze actor zonder voorbehoud mee?",
    )
    bron = f.short_text(
        "Hoe weet u dit?", help_text="Bijvoorbeeld: gesprek, collegebesluit of eigen inschatting.",
    )


class RisicoRow(f.RowForm):
    trede = f.single_choice(
        "Trede", (ALLE_TREDEN,) + TREDEN, required=True, widget="select",
        required_message="Kies bij welke trede dit risico hoort.",
        help_text="Bij welke trede speelt dit risico? Kies 'Alle treden' als het overal speelt.",
    )
    risico = _risico_field()
    risico_eigen = f.short_text(
        "Eigen risico", help_text="Alleen bij 'Anders': beschrijf het risico in een korte zin.",
    )
    kans = f.scale(
        "Kans", KANS_IMPACT, required=True, widget="select", required_message="Kies hoe groot de kans is.",
        help_text="Hoe groot is de kans dat dit gebeurt?",
    )
    impact = f.scale(
        "Impact", KANS_IMPACT, required=True, widget="select", required_message="Kies hoe groot de gevolgen zijn.",
        help_text="Hoe erg is het als het gebeurt?",
    )
    maatregel = _maatregel_field()
    maatregel_toelichting = f.long_text(
        "Toelichting op de maatregel", max_length=1000, rows=2,
        help_text="Wat doet u concreet, en wanneer? Nodig als kans × impact 4 of meer is.",
    )
    eigenaar = f.short_text("Eigenaar", help_text="Wie let op dit risico? Bijvoorbeeld: de beleidsmedewerker.")

    # A risk of another rung (R38) and a high risk without a measure (R20) are the advisor's.

    def completeness(self, data):
        if data.get("risico") == ANDERS.code:
            self.require("risico_eigen", "U koos 'Anders'. Beschrijf het risico in eigen woorden.")


class Form(f.StepForm):
    ladder_variant = f.single_choice(
        "Welke versie van de participatieladder gebruikt u?", options.LADDER_VARIANTEN,
        required=True, required_message="Kies de ladder met vijf of met zes treden.",
        help_text="De ladder laat zien hoeveel invloed mantelzorgers krijgen. De versie met zes treden "
                  "heeft ook zelfbeheer: mantelzorgers regelen dan zelf iets, zoals een eigen "
                  "lotgenotengroep. Weet u het niet? Kies dan vijf treden.",
    )
    comfortzone_toelichting = f.long_text(
        "Toelichting op uw comfortzone",
        help_text="Waarom ligt uw grens hier? Dit helpt lezers de keuze te begrijpen. Bijvoorbeeld: "
                  "'Ambtelijk hebben we ervaring met coproductie, bestuurlijk nog niet.'",
    )
    ambitie_hoogste_trede = f.single_choice(
        "Tot welke trede wilt u in dit traject gaan?", TREDEN,
        required=True, required_message="Kies tot welke trede u wilt gaan.",
        help_text="Dit is uw ambitie. Die mag hoger liggen dan uw comfortzone, maar dan moet u extra "
                  "regelen. Bijvoorbeeld: coproduceren in de uitvoering.",
    )
    eerdere_ervaringen = f.long_text(
        "Eerdere ervaringen met participatie",
        help_text="Wat ging er goed en wat ging er mis bij eerdere trajecten, ook buiten mantelzorg? "
                  "Zo leert u ervan. Bijvoorbeeld: 'Bij de vorige nota deden bijna geen jongeren mee.'",
    )
    tables = {
        "comfort_per_trede": f.table(
            ComfortRow, fixed=True, max_rows=len(TREDEN), label="Hoe comfortabel voelt u zich bij elke trede?",
            help_text="Geef per trede aan of de gemeente dit al goed kan (comfortabel), alleen onder "
                      "voorwaarden (twijfel) of nog niet (buiten comfortzone). De trede zelfbeheer hoort "
                      "alleen bij de ladder met zes treden.",
        ),
        "comfortzone_actoren": f.table(
            ActorRow, max_rows=10, label="Comfortzone per betrokken actor",
            help_text="Niet iedereen wil even ver gaan. Noteer per actor tot welke trede die meegaat. "
                      "Als de wethouder of het college lager zit, bepaalt dat uw comfortzone. "
                      "Bijvoorbeeld: wethouder – adviseren – gesprek in januari.",
        ),
        "risicos": f.table(
            RisicoRow, min_rows=1, max_rows=25, label="Risico's per trede",
            min_rows_message="Noem minstens één risico.",
            help_text="Wat kan er misgaan bij de treden die u wilt gebruiken? Geef de kans en de impact "
                      "een score van 1 tot 3. Scoort een risico 4 of hoger (kans × impact), beschrijf dan "
                      "hoe u het beperkt.",
        ),
    }
    sections = (
        ("De participatieladder", ["ladder_variant"]),
        ("Uw comfortzone", ["comfort_per_trede", "comfortzone_actoren", "comfortzone_toelichting"]),
        ("Uw ambitie", ["ambitie_hoogste_trede", "eerdere_ervaringen"]),
        ("Risico's", ["risicos"]),
    )

    def clean(self):
        # Format only: the fixed table must hold every rung once. Zelfbeheer chosen on the
        # five-rung ladder compares two answers: the advisor's finding R38.
        cleaned = super().clean()
        comfort_rows = self.formsets["comfort_per_trede"].forms
        seen = [row.cleaned_data.get("trede") for row in comfort_rows if row.is_valid()]
        if len(seen) == len(comfort_rows) and sorted(seen) != sorted(t.code for t in TREDEN):
            self.add_error(None, "De tabel met treden is niet compleet. Laad de pagina opnieuw.")
        return cleaned

    def completeness(self, data):
        variant = data.get("ladder_variant")
        for row in self.formsets["comfort_per_trede"].forms:
            trede = row.cleaned_data.get("trede") if hasattr(row, "cleaned_data") else None
            if trede and (trede != "zelfbeheer" or variant == "zes_treden"):
                row.require("comfort", f"Kies hoe comfortabel u zich voelt bij {label(TREDEN, trede).lower()}.")

    def answers(self):
        result = super().answers()
        if result.get("ladder_variant") == "vijf_treden":
            # The zelfbeheer rung is not on a five-rung ladder: it must not count for the comfort zone.
            for row in result.get("comfort_per_trede", []):
                if row.get("trede") == "zelfbeheer":
                    row["comfort"] = ""
        return result

    def suggestions(self):
        result = []
        visie = self.plan_answers.get("visie") or {}
        code, name, uitleg = typetest(visie)
        if code or (visie.get("breedte_beleid") and visie.get("sturing")):
            result.append(("Uit stap 1: uw beleidstype", [f"Stap 1: uw beleidstype is '{name}'.", uitleg]))
        result.append(("Over de participatieladder", [LADDER_TOELICHTING]))
        items = ["Bij elke trede: " + "; ".join(f"{r.label} → {r.maatregel}" for r in RISICOS if r.trede == "alle")]
        for trede in TREDEN:
            risks = [r for r in RISICOS if r.trede == trede.code]
            if risks:
                items.append(f"{trede.label}: " + "; ".join(f"{r.label} → {r.maatregel}" for r in risks))
        result.append(("Risico's die vaak voorkomen, met een maatregel", items))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        cz_label, uitleg = comfortzone_text(self.current_answers())
        return [("Uw comfortzone", cz_label, uitleg)]


# --- Derived values ----------------------------------------------------------------------

def comfortzone(answers):
    """Code of the highest rung without reservations (field 2.4), or None."""
    return derived.comfortzone_hoogste_trede({SLUG: answers or {}})


def _hoogste_comfortabel(answers):
    best = None
    for row in derived.table(answers, "comfort_per_trede"):
        if row.get("comfort") == "comfortabel" and niveau(row.get("trede")) > niveau(best):
            best = row.get("trede")
    return best


def comfortzone_text(answers):
    """(short value, explanation) for the derived comfort zone."""
    answers = answers or {}
    cz = comfortzone(answers)
    if not cz:
        return ("Nog niet te bepalen",
                "Markeer minstens één trede als 'comfortabel'. Dan ziet u hier tot waar uw comfortzone loopt.")
    value = f"Tot en met {label(TREDEN, cz).lower()}"
    uitleg = (f"Uw comfortzone loopt tot en met {label(TREDEN, cz).lower()}: de hoogste trede waarop u "
              "zonder voorbehoud werkt.")
    eigen = _hoogste_comfortabel(answers)
    if eigen and eigen != cz:
        uitleg += (f" U voelt zich zelf comfortabel tot en met {label(TREDEN, eigen).lower()}, maar de "
                   "wethouder of het college gaat minder ver. Hun grens telt.")
    ambitie = answers.get("ambitie_hoogste_trede")
    if ambitie and niveau(ambitie) > niveau(cz):
        uitleg += (f" Uw ambitie ({label(TREDEN, ambitie).lower()}) ligt hoger. Dat kan, maar noem dan bij "
                   "die trede de risico's en de maatregelen.")
    return value, uitleg


def _risk_label(row):
    return derived.risico_label(row.get("risico"), row) or NOT_ANSWERED


def _trede_label(code):
    return ALLE_TREDEN.label if code == ALLE_TREDEN.code else label(TREDEN, code)


# --- Check page --------------------------------------------------------------------------

def check_rows(answers, plan_answers=None):
    answers = answers or {}
    value, _uitleg = comfortzone_text(answers)
    return answer_rows(
        Form, answers,
        summaries={
            "comfort_per_trede": lambda row: f"{label(TREDEN, row.get('trede'))}: "
                                             f"{label(options.COMFORT, row.get('comfort')) or NOT_ANSWERED.lower()}",
            "comfortzone_actoren": lambda row: f"{label(options.ACTOREN, row.get('actor'))}: "
                                               f"{label(TREDEN, row.get('hoogste_trede')).lower()}",
            "risicos": lambda row: f"{_trede_label(row.get('trede'))}: {_risk_label(row)} "
                                   f"(score {derived.risicoscore(row) or '–'})",
        },
        extra={"comfortzone_actoren": [("Uw comfortzone (hoogste trede zonder voorbehoud)", value)]},
    )


# --- Plan chapter 4 -------------------------------------------------------------------------

def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    gemeente = gemeente_naam(plan_answers)
    variant = answers.get("ladder_variant") or "vijf_treden"
    treden = treden_voor(variant)
    blocks = [Paragraph(
        f"{gemeente} gebruikt de participatieladder met {'zes' if variant == 'zes_treden' else 'vijf'} "
        "treden. Hoe hoger de trede, hoe meer invloed mantelzorgers krijgen. Hoger is niet altijd beter: "
        "welke trede past, hangt af van de fase, het onderwerp en de ruimte die er is."
    )]

    comfort = {row.get("trede"): row for row in derived.table(answers, "comfort_per_trede")}
    blocks.append(Table(
        caption="Comfort per trede",
        headers=["Trede", "Wat het betekent", "Comfort", "Toelichting"],
        rows=[[t.label, t.uitleg, label(options.COMFORT, (comfort.get(t.code) or {}).get("comfort")) or NOT_ANSWERED,
               (comfort.get(t.code) or {}).get("toelichting") or "–"] for t in treden],
    ))
    cz = comfortzone(answers)
    zinnen = []
    if cz:
        zinnen.append(f"De comfortzone van de gemeente loopt tot en met {label(TREDEN, cz).lower()}. "
                      "Op die treden kan de gemeente werken zonder extra maatregelen.")
    else:
        zinnen.append("De gemeente heeft nog geen trede als comfortabel aangemerkt.")
    twijfel = [t.label.lower() for t in treden if (comfort.get(t.code) or {}).get("comfort") == "twijfel"]
    buiten = [t.label.lower() for t in treden if (comfort.get(t.code) or {}).get("comfort") == "buiten_comfortzone"]
    if twijfel:
        zinnen.append(f"Bij {join_words(twijfel)} twijfelt de gemeente: dat kan alleen als de voorwaarden goed "
                      "geregeld zijn.")
    if buiten:
        zinnen.append(f"{join_words(buiten).capitalize()} {'valt' if len(buiten) == 1 else 'vallen'} nu buiten "
                      "de comfortzone.")
    blocks.append(Paragraph(" ".join(zinnen)))

    actoren = derived.table(answers, "comfortzone_actoren")
    if actoren:
        blocks.append(Paragraph("Niet iedereen wil even ver gaan. Zo ver gaan de betrokken partijen mee:"))
        blocks.append(Table(
            caption="Comfortzone per actor",
            headers=["Actor", "Hoogste trede", "Waar dit uit blijkt"],
            rows=[[label(options.ACTOREN, row.get("actor")), label(TREDEN, row.get("hoogste_trede")),
                   row.get("bron") or "–"] for row in actoren],
        ))
    if answers.get("comfortzone_toelichting"):
        blocks.append(Paragraph(answers["comfortzone_toelichting"]))

    blocks.append(Heading("Ambitie"))
    ambitie = answers.get("ambitie_hoogste_trede")
    if ambitie:
        text = f"In dit traject wil {gemeente} gaan tot en met de trede {label(TREDEN, ambitie).lower()}."
        if cz and niveau(ambitie) > niveau(cz):
            text += (" Dat is hoger dan de comfortzone. Daarom benoemt de gemeente hieronder de risico's en "
                     "de maatregelen om ze te beperken.")
        elif cz:
            text += " Dat past binnen de comfortzone."
        blocks.append(Paragraph(text))
    if answers.get("eerdere_ervaringen"):
        blocks.append(Paragraph("Dit leerde de gemeente van eerdere participatie:"))
        blocks.append(Paragraph(answers["eerdere_ervaringen"]))
    blocks.append(FigureSlot("F1"))  # the ladder with comfort zone and ambition, before the risks

    risicos = derived.table(answers, "risicos")
    if risicos:
        blocks.append(Heading("Risico's en maatregelen"))
        hoog = [row for row in risicos if (derived.risicoscore(row) or 0) >= 6]
        aantal = count_text(len(risicos), "risico", "risico's")
        text = f"De gemeente heeft {aantal} benoemd."
        if hoog:
            text += (f" {len(hoog)} daarvan {'scoort' if len(hoog) == 1 else 'scoren'} hoog (kans × impact "
                     "6 of meer). Voor elk risico staat erbij wie erop let en wat de gemeente doet.")
        blocks.append(Paragraph(text))
        volgorde = {code: index for index, code in enumerate(["alle"] + [t.code for t in TREDEN])}
        rows = sorted(risicos, key=lambda row: volgorde.get(row.get("trede"), 99))
        schaal = dict(KANS_IMPACT)
        blocks.append(Table(
            caption="Risico's per trede (kans en impact: 1 = klein, 3 = groot)",
            headers=["Trede", "Risico", "Kans", "Impact", "Score", "Maatregel", "Eigenaar"],
            rows=[[_trede_label(row.get("trede")), _risk_label(row),
                   schaal.get(row.get("kans"), "–"), schaal.get(row.get("impact"), "–"),
                   str(derived.risicoscore(row) or "–"),
                   " – ".join(part for part in (maatregel_label(row.get("maatregel")),
                                                row.get("maatregel_toelichting")) if part) or "–",
                   row.get("eigenaar") or "–"] for row in rows],
        ))
    blocks.append(FigureSlot("F4"))  # the risk matrix
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)

