"""Stap 4: in welke beleidsfasen mantelzorgers meedoen, en op welke trede."""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import label
from steps.catalogs.fasen import FASEN
from steps.catalogs.ladder import TREDEN, niveau
from steps.choices import ladder_options
from steps.document import (
    NOT_ANSWERED, BulletList, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section,
)
from steps.text import answer_rows, dutch_date, gemeente_naam, join_words, one_decimal, period_text
from steps.typetest import typetest

NUMBER = 4
LABEL = "Stap 4"
KIND = "stap"
SLUG = "beleidsfasen"
TITLE = "Bepaal in welke beleidsfase(n) u mantelzorgers wilt betrekken"
SHORT_TITLE = "Beleidsfasen"
PLAN_TITLE = "Participatie per beleidsfase"
INTRO = (
    "Mantelzorgers betrekken is niet één moment. Per fase van de beleidscyclus kiest u of "
    "mantelzorgers meedoen, op welke trede en met welk doel. Wie vroeg begint, bij de inventarisatie "
    "en de visie, krijgt de meeste inbreng met de minste wrijving. Wie alleen aan het eind vraagt, "
    "geeft snel het gevoel dat het een formaliteit is."
)
TIPS = (
    "Per fase een andere trede is heel normaal. Bijvoorbeeld: raadplegen bij de inventarisatie, "
    "adviseren bij de beleidsvoorbereiding en coproduceren bij de uitvoering.",
    "Zet eerst de vaste besluitmomenten van college en raad in de planning. Plan de participatie daarvoor.",
    "Begin vroeg. Mantelzorgers die al bij de inventarisatie meedoen, herkennen zich later in het plan.",
    "Kiest u een trede boven uw comfortzone uit stap 2? Schrijf dan op hoe u dat waarmaakt.",
)

FASEN_IN_ORDE = tuple(sorted(FASEN, key=lambda fase: fase.volgorde))

# How the plan describes each rung in a sentence ("In de inventarisatie <...>").
_TREDE_ZIN = {
    "informeren": "informeert de gemeente mantelzorgers",
    "raadplegen": "vraagt de gemeente mantelzorgers naar hun mening en ervaringen (raadplegen)",
    "adviseren": "geven mantelzorgers advies, en de gemeente legt uit wat zij ermee doet (adviseren)",
    "coproduceren": "werken gemeente en mantelzorgers samen aan oplossingen (coproduceren)",
    "meebeslissen": "beslissen mantelzorgers mee, binnen vooraf gestelde grenzen (meebeslissen)",
    "zelfbeheer": "regelen en beheren mantelzorgers zelf iets, met steun van de gemeente (zelfbeheer)",
}


class FaseRow(f.FixedRowForm):
    fixed_field = "fase"
    fixed_items = FASEN_IN_ORDE

    fase = f.fixed_column("Fase", FASEN_IN_ORDE)
    betrekken = f.yes_no(
        "Betrekken?", required=True, widget="select",
        required_message="Kies of u mantelzorgers in deze fase betrekt.",
        help_text="Doen mantelzorgers in deze fase mee?",
    )
    trede = f.single_choice(
        "Trede", TREDEN, widget="select",
        help_text="Hoeveel invloed krijgen mantelzorgers in deze fase?",
    )
    doel_in_fase = f.short_text(
        "Wat wilt u van mantelzorgers?",
        help_text="Bijvoorbeeld: behoeften en knelpunten per groep ophalen.",
    )
    start = f.date_field("Start", help_text="Wanneer begint de participatie in deze fase?")
    eind = f.date_field("Eind", help_text="Wanneer is deze fase klaar?")
    opmerking = f.short_text("Opmerking", help_text="Iets wat u nog wilt noteren.")

    # An end before the start compares two answers: the advisor's finding R19.

    def completeness(self, data):
        if data.get("betrekken"):
            naam = label(FASEN, data.get("fase")).lower() or "deze fase"
            self.require("trede", f"Kies op welke trede u mantelzorgers bij de {naam} betrekt.")
            self.require("doel_in_fase", f"Beschrijf wat u bij de {naam} van mantelzorgers wilt.")
            self.require("eind", f"Vul in wanneer de {naam} klaar is.")


class BeslismomentRow(f.RowForm):
    omschrijving = f.short_text(
        "Besluit", required=True, required_message="Beschrijf het besluit.",
        help_text="Bijvoorbeeld: college stemt in met het concept-beleidsplan.",
    )
    orgaan = f.single_choice(
        "Wie besluit of adviseert?", options.ORGANEN, required=True, widget="select",
        required_message="Kies wie het besluit neemt of het advies geeft.",
    )
    datum = f.date_field("Datum", help_text="De datum van de vergadering.")


class Form(f.StepForm):
    toelichting_buiten_comfortzone = f.long_text(
        "Toelichting op keuzes boven uw comfortzone",
        help_text="Kiest u in een fase een hogere trede dan uw comfortzone uit stap 2? Leg dan uit hoe u "
                  "dat waarmaakt. Dan is deze toelichting verplicht. Bijvoorbeeld: 'De wethouder opent de sessies en "
                  "belooft vooraf de uitkomst over te nemen binnen het budget.'",
    )
    tables = {
        "fasen": f.table(
            FaseRow, fixed=True, max_rows=len(FASEN), label="Per fase: betrekt u mantelzorgers, op welke trede, "
                                                            "wanneer en met welk doel?",
            help_text="Kies per fase of mantelzorgers meedoen. Zo ja: kies de trede, schrijf op wat u van "
                      "hen wilt en wanneer de fase klaar is. Bijvoorbeeld: inventarisatie – raadplegen – "
                      "behoeften ophalen – februari tot april.",
        ),
        "beslismomenten": f.table(
            BeslismomentRow, max_rows=15, label="Formele besluitmomenten",
            help_text="Wanneer besluiten het college en de raad, en wanneer adviseert de adviesraad? Plan de "
                      "participatie ruim daarvoor. Bijvoorbeeld: raad stelt het beleidsplan vast op 17 december.",
        ),
    }
    sections = (
        ("Participatie per fase", ["fasen", "toelichting_buiten_comfortzone"]),
        ("Besluitmomenten", ["beslismomenten"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        treden = ladder_options(self.plan_answers)
        for row in self.formsets["fasen"].forms:
            field = row.fields["trede"]
            f.set_options(field, treden)
            fase = row.fixed_item()
            if fase:
                typisch = [label(TREDEN, code).lower() for code in self.typische_treden(fase)]
                if typisch:
                    field.help_text = f"Past vaak: {join_words(typisch)}."
                row.fields["doel_in_fase"].help_text = f"Voorbeeldvraag: {fase.voorbeeldvraag}"

    # --- Earlier steps ----------------------------------------------------------------

    def typische_treden(self, fase):
        offered = {trede.code for trede in ladder_options(self.plan_answers)}
        return [code for code in fase.typische_treden if code in offered]

    def comfortzone(self):
        """(step 2 answered?, highest rung without reservations or None)."""
        step2 = self.plan_answers.get("comfortzone") or {}
        return bool(step2), derived.comfortzone_hoogste_trede(self.plan_answers)

    # --- Validation -------------------------------------------------------------------

    def clean(self):
        # Format only: the fixed table must hold every phase once. A rung above the comfort zone
        # without toelichting is the advisor's finding R01.
        cleaned = super().clean()
        rows = self.formsets["fasen"].forms
        valid = [row.cleaned_data for row in rows if row.is_valid()]
        if len(valid) == len(rows) and sorted(row.get("fase") for row in valid) != sorted(fase.code for fase in FASEN):
            self.add_error(None, "De tabel met fasen is niet compleet. Laad de pagina opnieuw.")
        return cleaned

    def completeness(self, data):
        rows = [row.cleaned_data for row in self.formsets["fasen"].forms if hasattr(row, "cleaned_data")]
        if not any(row.get("betrekken") for row in rows):
            self.add_error(None, "Kies minstens één fase waarin u mantelzorgers betrekt.")

    # --- Shown on the page --------------------------------------------------------------

    def suggestions(self):
        answered, cz = self.comfortzone()
        comfort = self.plan_answers.get("comfortzone") or {}
        if not answered:
            eerst = ["Stap 2 is nog niet ingevuld. Vul die eerst in, dan ziet u hier uw comfortzone."]
        else:
            eerst = [f"Stap 2: uw comfortzone loopt tot {label(TREDEN, cz).lower()}." if cz
                     else "Stap 2: u heeft nog geen trede als comfortabel aangemerkt."]
            ambitie = comfort.get("ambitie_hoogste_trede")
            if ambitie:
                eerst.append(f"Stap 2: uw ambitie is {label(TREDEN, ambitie).lower()}.")
            eerst.append("Kiest u een hogere trede dan uw comfortzone? Licht dan toe hoe u dat waarmaakt.")
        mean = derived.voorwaarden_gemiddelde(self.plan_answers)
        if mean is not None and mean < 3:
            eerst.append(f"Stap 3: de voorwaarden scoren gemiddeld {one_decimal(mean)}. "
                         "Wees voorzichtig met hoge treden.")
        visie = self.plan_answers.get("visie") or {}
        if visie.get("sturing") in ("dirigent", "regisseur_op_afstand"):
            _code, name, _uitleg = typetest(visie)
            tip = ("dirigenten voelen zich vaak het prettigst bij informeren tot adviseren"
                   if visie["sturing"] == "dirigent"
                   else "regisseurs laten mantelzorgers makkelijker coproduceren in de uitvoering")
            eerst.append(f"Stap 1: uw beleidstype is '{name}': {tip}.")

        per_fase = []
        for fase in FASEN_IN_ORDE:
            treden = []
            for code in self.typische_treden(fase):
                text = label(TREDEN, code).lower()
                if answered and niveau(code) > niveau(cz):
                    text += " (boven uw comfortzone)"
                treden.append(text)
            per_fase.append(f"{fase.label}: {join_words(treden) or 'geen vaste trede'}. {fase.waarom}")
        return [("Uw comfortzone", eerst), ("Treden die vaak passen per fase", per_fase)]

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        answered, cz = self.comfortzone()
        boven = fasen_boven_comfortzone(self.current_answers(), cz) if answered else []
        return [(
            "Fasen boven uw comfortzone",
            join_words([label(FASEN, code) for code in boven]) or "Geen",
            "In deze fasen kiest u een hogere trede dan uw comfortzone uit stap 2." if boven
            else "Alle gekozen treden passen binnen uw comfortzone." if answered
            else "Vul eerst stap 2 in.",
        )]


# --- Derived values ----------------------------------------------------------------------

def betrokken_rijen(answers):
    order = {fase.code: fase.volgorde for fase in FASEN}
    rows = [row for row in derived.table(answers or {}, "fasen") if row.get("betrekken") is True]
    return sorted(rows, key=lambda row: order.get(row.get("fase"), 99))


def fasen_boven_comfortzone(answers, cz):
    """Phase codes whose chosen rung lies above the comfort zone `cz` (a rung code or None)."""
    return [row.get("fase") for row in betrokken_rijen(answers) if niveau(row.get("trede")) > niveau(cz)]


def _periode(row):
    return period_text(row.get("start"), row.get("eind"))


# --- Check page --------------------------------------------------------------------------

def _fase_summary(row):
    naam = label(FASEN, row.get("fase"))
    if row.get("betrekken") is True:
        return f"{naam}: {label(TREDEN, row.get('trede')).lower() or 'trede nog niet gekozen'}"
    if row.get("betrekken") is False:
        return f"{naam}: niet betrekken"
    return f"{naam}: {NOT_ANSWERED.lower()}"


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    extra = {}
    if plan_answers and plan_answers.get("comfortzone"):
        boven = fasen_boven_comfortzone(answers, derived.comfortzone_hoogste_trede(plan_answers))
        extra["fasen"] = [("Fasen boven uw comfortzone", join_words([label(FASEN, c) for c in boven]) or "Geen")]
    return answer_rows(
        Form, answers,
        summaries={
            "fasen": _fase_summary,
            "beslismomenten": lambda row: " ".join(part for part in (
                dutch_date(row.get("datum")), row.get("omschrijving", ""),
                f"({label(options.ORGANEN, row.get('orgaan'))})" if row.get("orgaan") else "") if part),
        },
        extra=extra,
    )


# --- Plan chapter 6 -------------------------------------------------------------------------

def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    plan_answers = plan_answers or {}
    gemeente = gemeente_naam(plan_answers)
    rows = {row.get("fase"): row for row in derived.table(answers, "fasen")}
    betrokken = betrokken_rijen(answers)
    blocks = []
    if betrokken:
        blocks.append(Paragraph(
            f"{gemeente} betrekt mantelzorgers in {len(betrokken)} van de {len(FASEN)} fasen van de "
            "beleidscyclus. Per fase kiest de gemeente hoeveel invloed mantelzorgers krijgen."))
        items = []
        for row in betrokken:
            fase = label(FASEN, row.get("fase"))
            zin = _TREDE_ZIN.get(row.get("trede"), "doen mantelzorgers mee")
            periode = _periode(row)
            text = f"{fase}{f' ({periode})' if periode else ''}: hier {zin}."
            if row.get("doel_in_fase"):
                text += f" Doel: {row['doel_in_fase']}"
                text += "" if row["doel_in_fase"].endswith(".") else "."
            items.append(text)
        blocks.append(BulletList(items))
    else:
        blocks.append(Paragraph(f"{gemeente} heeft nog geen fase gekozen waarin mantelzorgers meedoen."))

    niet = [label(FASEN, fase.code).lower() for fase in FASEN_IN_ORDE
            if (rows.get(fase.code) or {}).get("betrekken") is False]
    if niet:
        blocks.append(Paragraph(f"Bij de {join_words(niet)} betrekt de gemeente mantelzorgers niet."))

    step2 = plan_answers.get("comfortzone") or {}
    cz = derived.comfortzone_hoogste_trede(plan_answers) if step2 else None
    blocks.append(Table(
        caption="Participatie per fase",
        headers=["Fase", "Trede", "Wat de gemeente van mantelzorgers vraagt", "Periode"]
        + (["Boven comfortzone"] if step2 else []),
        rows=[[fase.label,
               label(TREDEN, row.get("trede")) if row.get("betrekken") is True else "Niet betrokken",
               row.get("doel_in_fase") or "–" if row.get("betrekken") is True else "–",
               _periode(row) or "–" if row.get("betrekken") is True else "–"]
              + ([("Ja" if niveau(row.get("trede")) > niveau(cz) else "Nee")
                  if row.get("betrekken") is True else "–"] if step2 else [])
              for fase in FASEN_IN_ORDE for row in [rows.get(fase.code) or {}]],
    ))
    blocks.append(FigureSlot("F6"))  # the same choices as a matrix of phase and rung

    blocks.append(Heading("Keuzes boven de comfortzone"))
    boven = fasen_boven_comfortzone(answers, cz) if step2 else []
    if not step2:
        blocks.append(Paragraph("De comfortzone (stap 2) is nog niet bepaald."))
    elif boven:
        grens = label(TREDEN, cz).lower() if cz else "nog geen enkele trede"
        blocks.append(Paragraph(
            f"De comfortzone van de gemeente loopt tot en met {grens}. Bij de "
            f"{join_words([label(FASEN, code).lower() for code in boven])} kiest {gemeente} bewust een hogere "
            "trede. Zo maakt de gemeente dat waar:"))
        blocks.append(Paragraph(answers.get("toelichting_buiten_comfortzone") or NOT_ANSWERED))
    else:
        blocks.append(Paragraph(f"Alle gekozen treden passen binnen de comfortzone van de gemeente "
                                f"(tot en met {label(TREDEN, cz).lower()})." if cz else
                                "Alle gekozen treden passen binnen de comfortzone van de gemeente."))
        if answers.get("toelichting_buiten_comfortzone"):
            blocks.append(Paragraph(answers["toelichting_buiten_comfortzone"]))

    momenten = derived.table(answers, "beslismomenten")
    if momenten:
        blocks.append(Heading("Besluitmomenten"))
        blocks.append(Paragraph("Deze formele momenten liggen vast. De participatie is zo gepland dat de "
                                "inbreng van mantelzorgers op tijd klaar is."))
        ordered = sorted(momenten, key=lambda row: row.get("datum") or "9999")
        blocks.append(Table(
            caption="Besluitmomenten van college, raad en adviesraad",
            headers=["Datum", "Besluit", "Wie"],
            rows=[[dutch_date(row.get("datum")) or "Nog niet bekend", row.get("omschrijving", ""),
                   label(options.ORGANEN, row.get("orgaan"))] for row in ordered],
        ))
    blocks.append(FigureSlot("F7"))  # the timeline of phases, instruments, recruitment and decisions
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)
