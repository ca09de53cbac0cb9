"""Verdieping 6: SOFA- en 4V-verdieping (domain.md 6, M6).

Three parts: the SOFA model as a policy lens (per role of the mantelzorger what measure exists and
what measure is wanted: `sofa_maatregelen`), the check that vinden comes first (read from the V
priorities and goals of step 1, with the officer's explanation), and the decentralisation
checklist for the uitvoering (what people do themselves, then their network, then volunteers,
then professionals). Rule R46 gives a tip when vinden has the lowest priority while the goals are
about the other three V's.
"""
from steps import derived
from steps import forms as f
from steps.advisor.finding import TIP, Finding
from steps.catalogs.base import label
from steps.catalogs.options import SOFA_ROLLEN, V_GEBIEDEN
from steps.document import BulletList, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import answer_rows, count_text, gemeente_naam, join_words, shorten

NUMBER = 6
LABEL = "Verdieping 6"
KIND = "verdieping"
SLUG = "sofa"
TITLE = "Verdiep de SOFA-rollen en de vier V's"
SHORT_TITLE = "SOFA en vier V's"
PLAN_TITLE = "De mantelzorger in vier rollen (SOFA)"
INTRO = (
    "Het SOFA-model laat zien dat een mantelzorger vier rollen heeft: collega in de zorg, iemand "
    "die zelf steun nodig kan hebben, naaste en expert. Per rol legt u vast wat er al is en wat er "
    "nog moet komen. Daarna kijkt u of vinden echt voorop staat, en in welke volgorde hulp "
    "geregeld wordt."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = ("Wilt u per rol van de mantelzorger weten wat er is en wat er nog moet komen? Gebruik "
            "het SOFA-model en de vier V's als toets.")
TIPS = (
    "Begin bij de rol die in stap 1 het laagst scoort. Daar is vaak het meest te winnen.",
    "De rol 'expert' geldt ook voor uw beleid: mantelzorgers kennen hun situatie het best. Dat "
    "is precies waarom u ze bij dit plan betrekt.",
    "Vinden komt eerst. Een mantelzorger die niemand kent, kunt u niet versterken, ontlasten of "
    "verbinden.",
    "Bij een hulpvraag kijkt u eerst wat iemand zelf kan, dan wat het netwerk kan, dan wat "
    "vrijwilligers kunnen. Pas daarna komt de professional.",
)

#: What a professional or the policy does for each role: the verb of the SOFA model.
WERKWOORD = {"samenwerken": "samenwerken", "ondersteunen": "ondersteunen", "faciliteren": "faciliteren",
             "afstemmen": "afstemmen"}
#: Examples of measures per role, for the suggestions.
VOORBEELDEN = {
    "samenwerken": "de mantelzorger zit standaard aan tafel bij het keukentafelgesprek en het zorgplan",
    "ondersteunen": "een mantelzorgconsulent, respijtzorg of een mantelzorgmakelaar als de zorg zwaar wordt",
    "faciliteren": "tijd en ruimte voor de band zelf, zoals respijt om samen iets leuks te doen",
    "afstemmen": "professionals vragen naar de kennis van de mantelzorger; mantelzorgers denken mee over beleid",
}
#: The decentralisation checklist: (field, the layer, the question on the page).
LAGEN = (
    ("decentraal_zelf", "Zelf", "Wat kunnen mensen zelf?"),
    ("decentraal_netwerk", "Netwerk", "Wat kan het eigen netwerk doen?"),
    ("decentraal_vrijwilligers", "Vrijwilligers", "Wat kunnen vrijwilligers doen?"),
    ("decentraal_professional", "Professional", "Wanneer komt de professional?"),
)
ANDERE_V = ("versterken", "verlichten", "verbinden")


class MaatregelRow(f.ContextRow):
    rol = f.single_choice(
        "Rol van de mantelzorger", SOFA_ROLLEN, required=True, widget="select",
        required_message="Kies over welke rol van de mantelzorger deze maatregel gaat.",
        help_text="Over welke rol gaat het? Bijvoorbeeld: 'Expert' als het gaat om de kennis "
                  "van de mantelzorger.",
    )
    bestaande_maatregel = f.long_text(
        "Wat er al is", rows=2,
        help_text="Welke maatregel is er nu al voor deze rol? Bijvoorbeeld: 'Mantelzorgconsulenten "
                  "van het steunpunt'.",
    )
    gewenste_maatregel = f.long_text(
        "Wat er bij moet komen", rows=2,
        help_text="Wat wilt u toevoegen of veranderen? Bijvoorbeeld: 'Respijt binnen twee weken'.",
    )

    def completeness(self, data):
        if not derived.as_text(data.get("bestaande_maatregel")) and not derived.as_text(data.get("gewenste_maatregel")):
            self.require("gewenste_maatregel", "Vul in wat er al is of wat er bij moet komen.")


class Form(f.StepForm):
    vinden_toelichting = f.long_text(
        "Hoe zorgt u dat vinden voorop staat?",
        help_text="Doelen voor versterken, verlichten en verbinden bereikt u alleen bij mantelzorgers "
                  "die u kent. Hoe zorgt u dat u ze eerst vindt? Bijvoorbeeld: 'Eerst afspraken "
                  "met huisartsen en scholen over signaleren, daarna meer respijt.'",
    )
    decentraal_zelf = f.long_text(
        "Zelf: wat kunnen mensen zelf, en hoe helpt de gemeente daarbij?", rows=3,
        help_text="Bijvoorbeeld: 'Informatie op de website en in de bibliotheek, zodat mantelzorgers "
                  "zelf de weg vinden.'",
    )
    decentraal_netwerk = f.long_text(
        "Netwerk: wat kan het eigen netwerk doen?", rows=3,
        help_text="Familie, buren en vrienden. Bijvoorbeeld: 'In het keukentafelgesprek samen kijken "
                  "wie kan bijspringen.'",
    )
    decentraal_vrijwilligers = f.long_text(
        "Vrijwilligers: wat kunnen vrijwilligers doen?", rows=3,
        help_text="Bijvoorbeeld: 'Vrijwillige thuisoppas en maatjes via de vrijwilligerscentrale.'",
    )
    decentraal_professional = f.long_text(
        "Professional: wanneer komt de professional in beeld?", rows=3,
        help_text="Bijvoorbeeld: 'Als de mantelzorger overbelast raakt: consulent van het steunpunt "
                  "en respijtzorg.'",
    )
    decentraal_in_uitvoering = f.yes_no(
        "Gebruikt u deze volgorde als checklist bij de uitvoering?",
        help_text="Kies 'Ja' als partners bij elke hulpvraag deze volgorde aanhouden. Dan staat de "
                  "checklist in het plan bij de uitvoering.",
    )
    tables = {
        "sofa_maatregelen": f.table(
            MaatregelRow, label="Maatregelen per rol (SOFA)",
            help_text="Kies een rol van de mantelzorger en vul in wat er al is en wat er bij moet "
                      "komen. Een rol mag vaker voorkomen. Bijvoorbeeld: rol 'Collega / partner in "
                      "de zorg', er is al een mantelzorgparagraaf in het keukentafelgesprek.",
            min_rows=1, max_rows=20, min_rows_message="Vul minstens één maatregel voor een rol in.",
        ),
    }
    sections = (
        ("De mantelzorger in vier rollen", ["sofa_maatregelen"]),
        ("Vinden komt eerst", ["vinden_toelichting"]),
        ("Eerst zelf, dan het netwerk: de volgorde bij een hulpvraag",
         ["decentraal_zelf", "decentraal_netwerk", "decentraal_vrijwilligers", "decentraal_professional",
          "decentraal_in_uitvoering"]),
    )

    def suggestions(self):
        visie = derived.step_answers(self.plan_answers, "visie")
        items = []
        for rol in SOFA_ROLLEN:
            zin = f"{rol.label} ({WERKWOORD[rol.code]}): bijvoorbeeld {VOORBEELDEN[rol.code]}."
            score = derived.as_number(visie.get(f"sofa_{rol.code}"))
            if score is not None:
                zin += f" Stap 1: uw beleid erkent deze rol met {derived.as_text(score)} van 5."
            items.append(zin)
        result = [("Voorbeelden per rol", items)]
        prioriteit = [label(SOFA_ROLLEN, code) for code in derived.as_codes(visie.get("sofa_prioriteit"))]
        if prioriteit:
            result.append(("Uit stap 1", [f"Deze rollen wilt u versterken: {join_words(prioriteit)}."]))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        status, uitleg = vinden_check(self.plan_answers)
        result = [("Vinden komt eerst", status, uitleg)]
        scores = v_scores(self.plan_answers)
        if any(score is not None for score in scores.values()):
            result.append(("Prioriteit per V-gebied (stap 1)", _scores_text(scores),
                           "1 is geen prioriteit, 5 de hoogste. U past dit aan in stap 1."))
        return result


# --- The vinden check --------------------------------------------------------------------------

def v_scores(plan_answers):
    """{V code: priority of step 1 or None}, in the order of the four V's."""
    visie = derived.step_answers(plan_answers, "visie")
    return {code: derived.as_number(visie.get(f"prioriteit_{code}")) for code in derived.V_GEBIED_CODES}


def doel_v_gebieden(plan_answers):
    """{V code: number of goals of step 1 on it}."""
    counts = {code: 0 for code in derived.V_GEBIED_CODES}
    for row in derived.table(derived.step_answers(plan_answers, "visie"), "doelen"):
        code = derived.as_code(row.get("v_gebied"))
        if not derived.is_blank(row) and code in counts:
            counts[code] += 1
    return counts


def _v_label(code):
    return label(V_GEBIEDEN, code).lower()


def _scores_text(scores):
    return ", ".join(f"{_v_label(code)} {derived.as_text(score) if score is not None else '–'}"
                     for code, score in scores.items())


def vinden_laatst(plan_answers):
    """The V's with goals in step 1 (versterken, verlichten, verbinden) whose priority is above
    vinden's, when vinden has the lowest priority of the four (a tie counts); else []. R46."""
    scores = v_scores(plan_answers)
    vinden = scores.get("vinden")
    anderen = {code: score for code, score in scores.items() if code != "vinden" and score is not None}
    if vinden is None or not anderen or any(score < vinden for score in anderen.values()):
        return []
    doelen = doel_v_gebieden(plan_answers)
    return [code for code in ANDERE_V if doelen.get(code) and code in anderen and anderen[code] > vinden]


def vinden_check(plan_answers):
    """(verdict, explanation) of "vinden komt eerst", from the priorities and goals of step 1."""
    scores = v_scores(plan_answers)
    vinden = scores.get("vinden")
    if vinden is None:
        return ("Nog niet te bepalen", "Vul in stap 1 de prioriteit per V-gebied in.")
    doelen = doel_v_gebieden(plan_answers)
    hoger = [code for code, score in scores.items() if code != "vinden" and score is not None and score > vinden]
    doel_zin = (f" In stap 1 {'gaat' if doelen['vinden'] == 1 else 'gaan'} "
                f"{count_text(doelen['vinden'], 'doel', 'doelen')} over vinden.")
    if not hoger:
        return ("Vinden staat voorop",
                f"Vinden heeft in stap 1 prioriteit {derived.as_text(vinden)}, niet lager dan de andere "
                f"V's.{doel_zin}")
    laatst = vinden_laatst(plan_answers)
    if laatst:
        return ("Vinden komt niet eerst",
                f"Vinden heeft in stap 1 de laagste prioriteit ({derived.as_text(vinden)}), maar u heeft "
                f"doelen voor {join_words([_v_label(code) for code in laatst])}. Die haalt u alleen als u "
                f"mantelzorgers eerst vindt.")
    return ("Vinden staat niet voorop",
            f"Vinden heeft in stap 1 prioriteit {derived.as_text(vinden)}; hoger "
            f"{'staat' if len(hoger) == 1 else 'staan'} {join_words([_v_label(code) for code in hoger])}.{doel_zin}")


# --- Plan -------------------------------------------------------------------------------------

def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    naam = gemeente_naam(plan_answers)
    wie = "de gemeente" if naam == "De gemeente" else naam
    Wie = wie[:1].upper() + wie[1:]
    blocks = [Paragraph(
        f"{Wie} gebruikt het SOFA-model om te kijken hoe beleid en professionals de mantelzorger "
        "zien. Het model onderscheidt vier rollen, elk met een eigen opdracht voor wie met de "
        "mantelzorger werkt: de mantelzorger als collega in de zorg (samenwerken), als iemand die "
        "zelf steun nodig kan hebben (ondersteunen), als naaste met een eigen band met de "
        "zorgvrager (faciliteren) en als expert op de zorgvrager (afstemmen).")]
    stap1 = _stap1_zin(plan_answers, wie)
    if stap1:
        blocks.append(Paragraph(stap1))

    rows = [row for row in derived.table(answers, "sofa_maatregelen") if not derived.is_blank(row)]
    if rows:
        blocks.append(Heading("Maatregelen per rol"))
        rollen = [code for code in (rol.code for rol in SOFA_ROLLEN)
                  if any(derived.as_code(row.get("rol")) == code for row in rows)]
        zin = (f"Per rol in het SOFA-model staat hieronder wat er al is en wat er bij komt, in "
               f"{count_text(len(rows), 'maatregel', 'maatregelen')}.")
        ontbreekt = [label(SOFA_ROLLEN, rol.code).lower() for rol in SOFA_ROLLEN if rol.code not in rollen]
        if ontbreekt:
            zin += (f" Voor de {'rol' if len(ontbreekt) == 1 else 'rollen'} {join_words(ontbreekt)} zijn nog "
                    "geen maatregelen beschreven.")
        blocks.append(Paragraph(zin))
        volgorde = {rol.code: index for index, rol in enumerate(SOFA_ROLLEN)}
        blocks.append(Table(
            caption="Maatregelen per rol van de mantelzorger (SOFA-model)",
            headers=["Rol (SOFA)", "Wat er al is", "Wat er bij komt"],
            rows=[[
                _rol_naam(row.get("rol")),
                derived.as_text(row.get("bestaande_maatregel")) or "–",
                derived.as_text(row.get("gewenste_maatregel")) or "–",
            ] for row in sorted(rows, key=lambda row: volgorde.get(derived.as_code(row.get("rol")), 99))],
        ))

    vinden = _vinden_alinea(plan_answers, wie)
    toelichting = derived.as_text(answers.get("vinden_toelichting"))
    if vinden or toelichting:
        blocks.append(Heading("Vinden komt eerst"))
        blocks.append(Paragraph(" ".join(part for part in (vinden, toelichting) if part)))

    lagen = [(laag, derived.as_text(answers.get(name))) for name, laag, _vraag in LAGEN]
    lagen = [(laag, tekst) for laag, tekst in lagen if tekst]
    if lagen:
        blocks.append(Heading("Eerst zelf, dan het netwerk"))
        zin = ("Bij een hulpvraag kijken partners eerst wat iemand zelf kan, dan wat het eigen netwerk "
               "kan, dan wat vrijwilligers kunnen. Pas daarna komt de professional.")
        if derived.as_bool(answers.get("decentraal_in_uitvoering")):
            zin += f" In de uitvoering gebruikt {wie} deze volgorde als checklist:"
        else:
            zin += f" Zo regelt {wie} elke stap:"
        blocks.append(Paragraph(zin))
        blocks.append(BulletList([f"{laag}: {tekst}" for laag, tekst in lagen]))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def _rol_naam(code):
    code = derived.as_code(code)
    if code in WERKWOORD:
        return f"{label(SOFA_ROLLEN, code)} ({WERKWOORD[code]})"
    return code


def _stap1_zin(plan_answers, wie):
    """What step 1 says about the four roles: the scores and the roles to strengthen."""
    visie = derived.step_answers(plan_answers, "visie")
    scores = [(rol, derived.as_number(visie.get(f"sofa_{rol.code}"))) for rol in SOFA_ROLLEN]
    scores = [(rol, score) for rol, score in scores if score is not None]
    zinnen = []
    if scores:
        delen = [f"{rol.label.lower()} {derived.as_text(score)}" for rol, score in scores]
        zinnen.append(f"In de visie gaf {wie} aan in hoeverre het beleid de mantelzorger nu in elke rol "
                      f"erkent (1 is nauwelijks, 5 volledig): {join_words(delen)}.")
    versterken = [label(SOFA_ROLLEN, code).lower() for code in derived.as_codes(visie.get("sofa_prioriteit"))]
    if versterken:
        zinnen.append(f"Versterken wil {wie} vooral de {'rol' if len(versterken) == 1 else 'rollen'} "
                      f"{join_words(versterken)}.")
    return " ".join(zinnen)


def _vinden_alinea(plan_answers, wie):
    scores = v_scores(plan_answers)
    vinden = scores.get("vinden")
    if vinden is None:
        return ""
    zin = ("Doelen voor versterken, verlichten en verbinden haalt een gemeente alleen bij "
           "mantelzorgers die zij kent. Daarom hoort vinden voorop te staan.")
    zin += f" {wie[:1].upper() + wie[1:]} gaf vinden prioriteit {derived.as_text(vinden)} van 5"
    hoger = [code for code, score in scores.items() if code != "vinden" and score is not None and score > vinden]
    zin += (f"; alleen {join_words([_v_label(code) for code in hoger])} "
            f"{'staat' if len(hoger) == 1 else 'staan'} hoger." if hoger else ", niet lager dan de andere V's.")
    aantal = doel_v_gebieden(plan_answers)["vinden"]
    if aantal:
        zin += f" Er {'gaat' if aantal == 1 else 'gaan'} {count_text(aantal, 'doel', 'doelen')} over vinden."
    return zin


def check_rows(answers, plan_answers=None):
    status, _uitleg = vinden_check(plan_answers or {})
    return answer_rows(Form, answers or {}, summaries={
        "sofa_maatregelen": lambda row: " – ".join(part for part in (
            label(SOFA_ROLLEN, derived.as_code(row.get("rol"))),
            shorten(derived.as_text(row.get("gewenste_maatregel")) or derived.as_text(row.get("bestaande_maatregel"))),
        ) if part),
    }, extra={"vinden_toelichting": [("Vinden komt eerst (uit stap 1)", status)]} if plan_answers else None)


# --- Advisor rule --------------------------------------------------------------------------------

def r46_vinden_laagste_prioriteit(answers):
    """R46: goals on versterken, verlichten or verbinden while vinden has the lowest priority of the
    four V's in step 1 (see `vinden_laatst`). Only while this module is switched on."""
    if not isinstance(answers, dict) or SLUG not in answers:
        return
    laatst = vinden_laatst(answers)
    if not laatst:
        return
    vinden = v_scores(answers)["vinden"]
    yield Finding(
        "R46",
        TIP,
        ("visie", SLUG),
        f"Stap 1: vinden heeft de laagste prioriteit ({derived.as_text(vinden)}), maar u heeft doelen "
        f"voor {join_words([_v_label(code) for code in laatst])}. Die doelen haalt u alleen als u "
        f"mantelzorgers eerst vindt. Geef vinden meer prioriteit, of leg in 'SOFA en vier V's' uit hoe "
        f"u mantelzorgers toch eerst vindt.",
        "prioriteit_vinden",
    )


#: Lindewaarde's answers (domain.md 7), or None when the demo leaves this section empty.
DEMO = {
    "vinden_toelichting": (
        "Eerst komen de afspraken met huisartsen, scholen en werkgevers over signaleren. Zo bereikt "
        "de extra respijtzorg ook mantelzorgers die nu nog niet in beeld zijn."
    ),
    "decentraal_zelf": (
        "Informatie op de website en in de bibliotheek, zodat mantelzorgers zelf de weg vinden."
    ),
    "decentraal_netwerk": (
        "In het keukentafelgesprek kijkt het sociaal team samen met de mantelzorger wie in de "
        "familie of buurt kan bijspringen."
    ),
    "decentraal_vrijwilligers": (
        "Vrijwillige thuisoppas en maatjes via de vrijwilligerscentrale; sleutelfiguren in Hazelt "
        "als eerste aanspreekpunt."
    ),
    "decentraal_professional": (
        "Als de zorg te zwaar wordt: een consulent van het steunpunt, het logeerhuis in Oosterbroek "
        "of dagbesteding."
    ),
    "decentraal_in_uitvoering": True,
    "sofa_maatregelen": [
        {
            "rol": "samenwerken",
            "bestaande_maatregel": "Mantelzorgparagraaf in het keukentafelgesprek (sinds april 2026).",
            "gewenste_maatregel": (
                "Thuiszorg en wijkverpleging nemen de mantelzorger op in het zorgplan als vaste "
                "gesprekspartner."
            ),
        },
        {
            "rol": "ondersteunen",
            "bestaande_maatregel": (
                "Consulenten van het steunpunt; logeerhuis in Oosterbroek; vrijwillige thuisoppas."
            ),
            "gewenste_maatregel": (
                "Respijt binnen twee weken en een mantelzorgmakelaar voor zwaarbelaste mantelzorgers."
            ),
        },
        {
            "rol": "faciliteren",
            "bestaande_maatregel": "Activiteit of cadeaubon op de Dag van de Mantelzorg.",
            "gewenste_maatregel": (
                "Respijt ook inzetten voor tijd samen, zoals een dagje uit met de zorgvrager, en "
                "niet alleen om bij te komen."
            ),
        },
        {
            "rol": "afstemmen",
            "bestaande_maatregel": "Twee mantelzorgers in de klankbordgroep van dit traject.",
            "gewenste_maatregel": (
                "Mantelzorgpanel en ambassadeursgroep als vaste gesprekspartners; professionals "
                "vragen standaard naar de kennis van de mantelzorger."
            ),
        },
    ],
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r46_vinden_laagste_prioriteit,)
