"""Stap 3: de visie op het betrekken van mantelzorgers en de voorwaarden daarvoor."""
from django import forms

from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import by_code, label
from steps.catalogs.ladder import TREDEN, niveau
from steps.catalogs.voorwaarden import SCORE_LABELS, VOORWAARDEN
from steps.document import (
    NOT_ANSWERED, BulletList, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section,
)
from steps.text import answer_rows, dutch_date, euro, gemeente_naam, in_sentence, join_words, labels, one_decimal

NUMBER = 3
LABEL = "Stap 3"
KIND = "stap"
SLUG = "voorwaarden"
TITLE = "Bepaal uw visie op betrekken en de voorwaarden die daaraan verbonden zijn"
SHORT_TITLE = "Visie op betrekken en voorwaarden"
PLAN_TITLE = "Hoe de gemeente mantelzorgers betrekt: visie en voorwaarden"
INTRO = (
    "Waarom en hoe wilt u mantelzorgers betrekken? Dat schrijft u hier op. Daarna controleert u of "
    "de voorwaarden voor goede participatie op orde zijn, zoals openheid, duidelijkheid en genoeg "
    "tijd en geld. Scoort een voorwaarde laag, dan bedenkt u een verbeteractie voordat u begint."
)
TIPS = (
    "Mantelzorgers hebben weinig tijd over. Meedoen moet de moeite waard zijn en passen bij hun zorgtaken.",
    "Regel vooraf vervangende zorg en een vergoeding. Dat maakt meedoen mogelijk en laat respect zien.",
    "Schrijf op wat vastligt (budget, wet, keuzes van de raad). Dan weten deelnemers waar ze invloed op hebben.",
    "Betrek de adviesraad vroeg. Dat voorkomt dat het formele advies aan het eind alles nog omgooit.",
)

SCORES = tuple(sorted(SCORE_LABELS.items()))
LOW_SCORE = 2


def _voorwaarde_fields():
    """Six questions per condition: voorwaarde_<code>_score, _checks, _toelichting, ..."""
    fields = {}
    for voorwaarde in VOORWAARDEN:
        naam = voorwaarde.label.lower()
        prefix = f"voorwaarde_{voorwaarde.code}"
        fields[f"{prefix}_score"] = f.scale(
            f"Score voor {naam}", SCORES, required=True,
            required_message=f"Kies een score voor {naam}.",
            help_text=f"{voorwaarde.betekenis} Hoe goed is dit nu geregeld? Een lage score is een signaal "
                      "om eerst iets te verbeteren. Bijvoorbeeld: 3 als de basis er is, maar nog niet alles.",
        )
        fields[f"{prefix}_checks"] = f.multiple_choice(
            f"{voorwaarde.label}: wat is al geregeld?", voorwaarde.checks,
            help_text="Vink aan wat nu al klopt. Dat helpt u bij het kiezen van de score.",
        )
        fields[f"{prefix}_toelichting"] = f.long_text(
            f"Toelichting bij {naam}",
            help_text="Waarom deze score? Verplicht bij score 1 of 2. Bijvoorbeeld: 'De planning is nog "
                      "niet met deelnemers gedeeld.'",
        )
        fields[f"{prefix}_verbeteractie"] = f.short_text(
            f"Verbeteractie voor {naam}",
            help_text="Wat doet u om dit te verbeteren? Nodig bij score 1 of 2. Bijvoorbeeld: "
                      "'Spelregels opstellen met de adviesraad.'",
        )
        fields[f"{prefix}_actie_wie"] = f.short_text(
            f"{voorwaarde.label}: wie voert de actie uit?",
            help_text="Noem een persoon of functie. Bijvoorbeeld: de wethouder.",
        )
        fields[f"{prefix}_actie_wanneer"] = f.date_field(
            f"{voorwaarde.label}: wanneer is de actie klaar?",
            help_text="Liefst voordat u mantelzorgers uitnodigt.",
        )
    return fields


_VoorwaardeFields = type("_VoorwaardeFields", (forms.Form,), _voorwaarde_fields())


def voorwaarde_fields(code):
    prefix = f"voorwaarde_{code}"
    return [f"{prefix}_{part}" for part in
            ("score", "checks", "toelichting", "verbeteractie", "actie_wie", "actie_wanneer")]


class Form(f.StepForm, _VoorwaardeFields):
    # 3A. Visie op betrekken
    doel_betrekken = f.multiple_choice(
        "Waarom wilt u mantelzorgers betrekken?", options.DOEL_BETREKKEN,
        required=True, required_message="Kies minstens één reden om mantelzorgers te betrekken.",
        help_text="Wat wilt u bereiken met hun inbreng? Dat bepaalt welke werkvormen passen. "
                  "Bijvoorbeeld: ervaringskennis benutten.",
    )
    visie_betrekken = f.long_text(
        "Onze visie op het betrekken van mantelzorgers", required=True,
        required_message="Schrijf uw visie op het betrekken van mantelzorgers op.",
        help_text="Beschrijf in eigen woorden hoe u met mantelzorgers wilt samenwerken. Deze tekst komt in "
                  "het plan. Bijvoorbeeld: 'Mantelzorgers zijn deskundig over hun eigen situatie. We "
                  "betrekken hen vanaf het begin.'",
    )
    vorm_betrokkenheid = f.single_choice(
        "Betrekt u mantelzorgers direct, via vertegenwoordigers, of allebei?", options.VORM_BETROKKENHEID,
        required=True, required_message="Kies direct, via vertegenwoordigers of beide.",
        help_text="Direct: mantelzorgers doen zelf mee. Via vertegenwoordigers: bijvoorbeeld via de "
                  "adviesraad of het steunpunt. Een combinatie geeft het meest complete beeld.",
    )
    rol_deelnemers = f.multiple_choice(
        "Als wie doen mantelzorgers mee?", options.ROL_DEELNEMERS,
        help_text="Spreken deelnemers voor zichzelf of namens een groep? Dat bepaalt hoe u hun inbreng "
                  "weegt. Bijvoorbeeld: als ambassadeur.",
    )
    open_onderwerpen = f.long_text(
        "Welke onderwerpen liggen open voor inbreng?", required=True,
        required_message="Beschrijf over welke onderwerpen mantelzorgers mogen meepraten.",
        help_text="Waar kunnen mantelzorgers echt invloed op hebben? Bijvoorbeeld: de vorm van respijtzorg "
                  "of de manier van informeren.",
    )
    vaste_kaders = f.long_text(
        "Wat ligt vast?", required=True,
        required_message="Beschrijf wat vastligt, zoals budget en wettelijke taken.",
        help_text="Noem de grenzen waar niet over te praten valt, zoals het budget, wettelijke taken of "
                  "lopende contracten. Zo voorkomt u teleurstelling. Bijvoorbeeld: 'Het budget is "
                  "maximaal € 640.000 per jaar.'",
    )
    rol_adviesraad = f.single_choice(
        "Welke rol geeft u de Wmo-raad of adviesraad sociaal domein?", options.ROL_ADVIESRAAD,
        required=True, required_message="Kies welke rol de adviesraad krijgt.",
        help_text="De adviesraad heeft een wettelijke adviesrol. Vroeg betrekken werkt vaak beter dan alleen "
                  "advies op het eind. Bijvoorbeeld: twee leden in de klankbordgroep.",
    )
    rol_adviesraad_toelichting = f.long_text(
        "Toelichting op de rol van de adviesraad", required=True,
        required_message="Licht toe hoe u de adviesraad betrekt.",
        help_text="Wat doet de adviesraad precies, en wanneer? Bijvoorbeeld: 'Advies op het concept in "
                  "november en hulp bij het werven van deelnemers.'",
    )

    # 3C. Capaciteit en middelen in detail
    budget_participatie = f.amount(
        "Budget voor het participatietraject (in euro)", required=True,
        required_message="Vul het budget in. Is er geen budget? Vul dan 0 in.",
        help_text="Hoeveel geld is er voor het betrekken van mantelzorgers, zoals zaalhuur, vergoedingen "
                  "en procesbegeleiding? Dit bepaalt welke werkvormen haalbaar zijn. Bijvoorbeeld: 38.000.",
    )
    uren_per_week = f.number(
        "Ambtelijke inzet (uren per week)", required=True, max_value=200,
        required_message="Vul in hoeveel uur per week de gemeente aan dit traject besteedt.",
        help_text="Hoeveel uur per week werken medewerkers van de gemeente aan dit traject? Zo ziet u of "
                  "uw plannen haalbaar zijn. Bijvoorbeeld: 14.",
    )
    procesbegeleiding = f.single_choice(
        "Wie begeleidt het proces?", options.PROCESBEGELEIDING,
        required=True, required_message="Kies wie het proces begeleidt.",
        help_text="Goede begeleiding zorgt dat iedereen aan bod komt en dat afspraken worden nagekomen. "
                  "Bijvoorbeeld: het steunpunt mantelzorg.",
    )
    faciliteiten_deelnemers = f.multiple_choice(
        "Wat biedt u deelnemers?", options.FACILITEITEN,
        help_text="Wat maakt het voor mantelzorgers mogelijk om mee te doen? Bijvoorbeeld: vervangende zorg "
                  "tijdens een bijeenkomst.",
    )
    ontbrekende_expertise = f.short_text(
        "Welke kennis mist u nog?",
        help_text="Welke kennis of ervaring moet u nog inschakelen? Bijvoorbeeld: werken met jongeren.",
    )
    sections = (
        ("Visie op betrekken", [
            "doel_betrekken", "visie_betrekken", "vorm_betrokkenheid", "rol_deelnemers",
            "open_onderwerpen", "vaste_kaders", "rol_adviesraad", "rol_adviesraad_toelichting",
        ]),
        *((f"Voorwaarde: {v.label}", voorwaarde_fields(v.code)) for v in VOORWAARDEN),
        ("Capaciteit en middelen in detail", [
            "budget_participatie", "uren_per_week", "procesbegeleiding", "faciliteiten_deelnemers",
            "ontbrekende_expertise",
        ]),
    )

    def completeness(self, data):
        # A low score without a verbeteractie is the advisor's finding R10; the toelichting
        # ("Req. if score ≤ 2", no advisor rule) is asked when the step is marked klaar.
        for voorwaarde in VOORWAARDEN:
            prefix = f"voorwaarde_{voorwaarde.code}"
            score = data.get(f"{prefix}_score")
            if score is not None and score <= LOW_SCORE:
                self.require(f"{prefix}_toelichting",
                             f"De score voor {voorwaarde.label.lower()} is laag. Leg uit waarom.")

    def suggestions(self):
        comfort = self.plan_answers.get("comfortzone") or {}
        if not comfort:
            return [("Uit stap 2", ["Stap 2 is nog niet ingevuld. Daar bepaalt u hoeveel invloed u "
                                    "mantelzorgers wilt geven."])]
        cz = derived.comfortzone_hoogste_trede(self.plan_answers)
        ambitie = comfort.get("ambitie_hoogste_trede")
        items = []
        if cz:
            items.append(f"Stap 2: uw comfortzone loopt tot en met {label(TREDEN, cz).lower()}.")
        if ambitie:
            items.append(f"Stap 2: uw ambitie is {label(TREDEN, ambitie).lower()}.")
        if ambitie and cz and niveau(ambitie) > niveau(cz):
            items.append("U wilt boven uw comfortzone werken. Zorg dan dat de voorwaarden gemiddeld "
                         "minstens voldoende (3) scoren.")
        if niveau(ambitie) >= niveau("coproduceren"):
            items.append("Bij coproduceren en hoger kost het proces veel tijd. Let extra op capaciteit en "
                         "middelen.")
        if niveau(ambitie) >= niveau("meebeslissen"):
            items.append("Bij meebeslissen of zelfbeheer moeten mandaat en budget vooraf bestuurlijk vastliggen.")
        if niveau(ambitie) >= niveau("adviseren"):
            items.append("Vraagt u om advies of meer? Dan is openheid nodig: de uitkomst mag nog niet vastliggen.")
        return [("Uit stap 2: uw comfortzone en ambitie", items)] if items else []

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        return derived_rows(self.current_answers())


# --- Derived values ----------------------------------------------------------------------

def gemiddelde(answers):
    return derived.voorwaarden_gemiddelde({SLUG: answers or {}})


def laagste(answers):
    return derived.voorwaarden_laagste({SLUG: answers or {}})


def derived_rows(answers):
    answers = answers or {}
    mean = gemiddelde(answers)
    if mean is None:
        return [("Gemiddelde score van de voorwaarden", "Nog niet te bepalen",
                 "Geef elke voorwaarde een score. Dan ziet u hier het gemiddelde.")]
    oordeel = "voldoende" if mean >= 3 else "onvoldoende"
    rows = [("Gemiddelde score van de voorwaarden", f"{one_decimal(mean)} ({oordeel})",
             "Een gemiddelde onder 3 betekent: verbeter eerst de voorwaarden voordat u mantelzorgers "
             "veel invloed geeft.")]
    code = laagste(answers)
    if code:
        score = answers.get(f"voorwaarde_{code}_score")
        rows.append(("Laagste score", f"{label(VOORWAARDEN, code)} ({score} – {SCORE_LABELS.get(score, '').lower()})",
                     "Begin bij deze voorwaarde met verbeteren."))
    return rows


# --- Check page --------------------------------------------------------------------------

def check_rows(answers, plan_answers=None):
    answers = answers or {}
    derived_extra = [(name, value) for name, value, _uitleg in derived_rows(answers)]
    last = f"voorwaarde_{VOORWAARDEN[-1].code}_actie_wanneer"
    return answer_rows(Form, answers, extra={last: derived_extra})


# --- Plan chapter 5 -------------------------------------------------------------------------

def _score_text(score):
    return f"{score} – {SCORE_LABELS[score].lower()}" if score in SCORE_LABELS else NOT_ANSWERED


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    gemeente = gemeente_naam(plan_answers)
    blocks = [Heading("Waarom en hoe de gemeente mantelzorgers betrekt")]
    if answers.get("visie_betrekken"):
        blocks.append(Paragraph(answers["visie_betrekken"]))
    doelen = labels(options.DOEL_BETREKKEN, answers.get("doel_betrekken"))
    if doelen:
        blocks.append(Paragraph(f"{gemeente} betrekt mantelzorgers om deze redenen:"))
        blocks.append(BulletList(doelen))

    vorm = answers.get("vorm_betrokkenheid")
    zinnen = []
    if vorm == "direct":
        zinnen.append("Mantelzorgers doen zelf mee.")
    elif vorm == "indirect":
        zinnen.append("Mantelzorgers doen mee via vertegenwoordigers, zoals de adviesraad, het steunpunt "
                      "en belangenorganisaties.")
    elif vorm == "beide":
        zinnen.append("Mantelzorgers doen zelf mee én via vertegenwoordigers, zoals de adviesraad en het steunpunt.")
    rollen = [in_sentence(r) for r in labels(options.ROL_DEELNEMERS, answers.get("rol_deelnemers"))]
    if rollen:
        zinnen.append(f"Zij doen mee als {join_words(rollen)}.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))

    adviesraad = by_code(options.ROL_ADVIESRAAD).get(answers.get("rol_adviesraad"))
    if adviesraad:
        blocks.append(Heading("De rol van de adviesraad"))
        text = {
            "formeel_advies": "De adviesraad sociaal domein geeft gevraagd advies op het concept.",
            "vanaf_start": "De adviesraad sociaal domein is vanaf de start betrokken en denkt in alle fasen mee.",
            "mede_organisator": "De adviesraad sociaal domein organiseert de participatie mee.",
            "ongevraagd": "De adviesraad sociaal domein doet niet actief mee, maar kan ongevraagd advies geven.",
            "geen": "De adviesraad sociaal domein heeft in dit traject geen rol.",
        }.get(adviesraad.code, adviesraad.label)
        blocks.append(Paragraph(text))
        if answers.get("rol_adviesraad_toelichting"):
            blocks.append(Paragraph(answers["rol_adviesraad_toelichting"]))

    if answers.get("open_onderwerpen") or answers.get("vaste_kaders"):
        blocks.append(Heading("Wat ligt open en wat ligt vast"))
        if answers.get("open_onderwerpen"):
            blocks.append(Paragraph("Hierover kunnen mantelzorgers meepraten en invloed hebben:"))
            blocks.append(Paragraph(answers["open_onderwerpen"]))
        if answers.get("vaste_kaders"):
            blocks.append(Paragraph("Dit ligt vast. Deelnemers horen dit vooraf:"))
            blocks.append(Paragraph(answers["vaste_kaders"]))

    blocks.append(Heading("Voorwaarden"))
    mean, code = gemiddelde(answers), laagste(answers)
    if mean is not None:
        text = (f"{gemeente} heeft zes voorwaarden voor goede participatie gescoord, van 1 (niet ingevuld) "
                f"tot 5 (volledig geregeld). Gemiddeld is de score {one_decimal(mean)}: "
                f"{'voldoende' if mean >= 3 else 'onvoldoende'}.")
        if code:
            text += (f" De laagste score is voor {label(VOORWAARDEN, code).lower()} "
                     f"({_score_text(answers.get(f'voorwaarde_{code}_score'))}).")
        blocks.append(Paragraph(text))
    blocks.append(FigureSlot("F5"))  # the profile of the scores, above the table that explains them
    blocks.append(Table(
        caption="Voorwaarden voor participatie",
        headers=["Voorwaarde", "Score", "Wat al geregeld is", "Toelichting"],
        rows=[[v.label, _score_text(answers.get(f"voorwaarde_{v.code}_score")),
               "; ".join(labels(v.checks, answers.get(f"voorwaarde_{v.code}_checks"))) or "–",
               answers.get(f"voorwaarde_{v.code}_toelichting") or "–"] for v in VOORWAARDEN],
    ))
    acties = [v for v in VOORWAARDEN if answers.get(f"voorwaarde_{v.code}_verbeteractie")]
    if acties:
        blocks.append(Paragraph("Waar het nog beter moet, neemt de gemeente deze acties:"))
        blocks.append(Table(
            caption="Verbeteracties",
            headers=["Voorwaarde", "Actie", "Wie", "Wanneer klaar"],
            rows=[[v.label, answers.get(f"voorwaarde_{v.code}_verbeteractie"),
                   answers.get(f"voorwaarde_{v.code}_actie_wie") or "–",
                   dutch_date(answers.get(f"voorwaarde_{v.code}_actie_wanneer")) or "–"] for v in acties],
        ))

    blocks.append(Heading("Capaciteit en middelen"))
    zinnen = []
    if answers.get("budget_participatie") is not None:
        if answers["budget_participatie"]:
            bedrag = euro(answers["budget_participatie"])
            zinnen.append(f"Voor het betrekken van mantelzorgers is {bedrag} beschikbaar.")
        else:
            zinnen.append("Voor het betrekken van mantelzorgers is geen apart budget beschikbaar.")
    if answers.get("uren_per_week") is not None:
        zinnen.append(f"De gemeente zet er {answers['uren_per_week']} uur per week voor in.")
    begeleiding = answers.get("procesbegeleiding")
    if begeleiding == "geen":
        zinnen.append("De procesbegeleiding is nog niet geregeld.")
    elif begeleiding == "intern":
        zinnen.append("De beleidsmedewerker begeleidt het proces zelf.")
    elif begeleiding:
        zinnen.append(f"Procesbegeleiding: {in_sentence(label(options.PROCESBEGELEIDING, begeleiding))}.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    faciliteiten = labels(options.FACILITEITEN, answers.get("faciliteiten_deelnemers"))
    if faciliteiten:
        blocks.append(Paragraph("Zo maakt de gemeente meedoen makkelijker voor mantelzorgers:"))
        blocks.append(BulletList(faciliteiten))
    if answers.get("ontbrekende_expertise"):
        blocks.append(Paragraph(f"Deze kennis haalt de gemeente er nog bij: {answers['ontbrekende_expertise']}"))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)
