"""Verdieping 3: Lobbyplan (domain.md 6, M3).

A lobby for money, mandate or priority, inside the gemeente or by the steunpunt as partner:
what must change, at which body and with whom (step 7's stakeholders with invloed 4 or 5 are
offered), the message split into facts and opinions with its evidence, the allies (step 7's
stakeholders in favour), the moment and the means. The plan gets a short paragraph and a
one-page lobby plan in an annex (`Section.appendix_blocks["lobbyplan"]`).
"""
import re
from collections.abc import Iterator

from steps import derived
from steps import forms as f
from steps.advisor.finding import WAARSCHUWING, Finding
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.stakeholders import STAKEHOLDER_TYPES
from steps.document import AppendixRef, Facts, Heading, Paragraph, Section, is_empty, open_section
from steps.text import answer_rows, dutch_number, in_sentence, join_words, labels, stakeholder_with_contact

NUMBER = 3
LABEL = "Verdieping 3"
KIND = "verdieping"
SLUG = "lobby"
TITLE = "Maak een lobbyplan"
SHORT_TITLE = "Lobbyplan"
PLAN_TITLE = "Lobbyplan"
INTRO = (
    "Met een lobbyplan zorgt u voor geld, mandaat of voorrang voor mantelzorg: wat moet er anders, "
    "bij wie, met welke boodschap en wanneer. Dat kan binnen de gemeente zijn, of samen met het "
    "steunpunt als partner."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Heeft u geld of steun van bestuur of raad nodig? Maak een lobbyplan."
TIPS = (
    "Maak uw vraag zo concreet mogelijk: wat moet er anders, hoeveel kost het en vanaf wanneer.",
    "Houd feiten en meningen uit elkaar. Feiten overtuigen, een mening laat zien waar u staat.",
    "Een persoonlijk verhaal van een mantelzorger blijft beter hangen dan een tabel met cijfers.",
    "Geld voor volgend jaar wordt dit najaar verdeeld, en de keuzes vallen al in het voorjaar "
    "(voorjaarsnota of kadernota). Begin dus op tijd.",
    "Zoek medestanders: een gezamenlijke boodschap van gemeente, steunpunt en mantelzorgers weegt zwaarder.",
)

TIMING = (
    Option("begrotingsbehandeling", "Begrotingsbehandeling in de raad (najaar)",
           "De raad verdeelt het geld voor volgend jaar."),
    Option("dag_van_de_mantelzorg", "Dag van de Mantelzorg (10 november)",
           "Veel aandacht voor mantelzorgers, ook van bestuurders."),
    Option("week_jonge_mantelzorger", "Week van de Jonge Mantelzorger",
           "Aandacht voor jongeren die zorgen voor een naaste."),
    Option("verkiezingen", "Verkiezingen en coalitievorming",
           "Partijen schrijven hun plannen en het coalitieakkoord."),
    Option("media", "Actueel nieuws in de media",
           "Een bericht in het nieuws maakt een onderwerp urgent."),
    Option("eigen_moment", "Eigen moment",
           "Bijvoorbeeld een werkbezoek of een commissievergadering."),
)
MIDDELEN = (
    Option("inspreken", "Inspreken in de raad of een commissie"),
    Option("lobbybrief", "Lobbybrief"),
    Option("petitie", "Petitie"),
    Option("mediabericht", "Bericht in de media"),
    Option("debat", "Debat organiseren"),
    Option("werkbezoek", "Werkbezoek"),
    Option("kennismakingsgesprek", "Kennismakingsgesprek"),
    Option("manifest", "Manifest"),
)
#: How the plan writes a chosen moment inside a sentence.
TIMING_ZIN = {
    "begrotingsbehandeling": "de begrotingsbehandeling in de raad",
    "dag_van_de_mantelzorg": "de Dag van de Mantelzorg",
    "week_jonge_mantelzorger": "de Week van de Jonge Mantelzorger",
    "verkiezingen": "de verkiezingen en de coalitievorming",
    "media": "een moment waarop mantelzorg in het nieuws is",
    "eigen_moment": "een eigen moment",
}
#: The code of an own stakeholder of step 7 ('eigen') is this prefix plus its name.
EIGEN = "eigen:"


# --- Step 7's stakeholders as choices ----------------------------------------------------------

def stakeholder_code(row):
    """The code of a stakeholder row of step 7 as a choice here: its type, or 'eigen:<name>'."""
    code = derived.as_code(row.get("stakeholder"))
    if code == "eigen" or not code:
        naam = derived.as_text(row.get("eigen_naam"))
        return f"{EIGEN}{naam}" if naam else ""
    return code


def _stakeholders(plan_answers, keep):
    """{code: row} of step 7's stakeholders for which keep(row) holds, in step 7's order."""
    result = {}
    for row in derived.table(derived.step_answers(plan_answers, "draagvlak"), "stakeholders"):
        code = stakeholder_code(row)
        if code and keep(row) and code not in result:
            result[code] = row
    return result


def invloedrijk(plan_answers):
    """Step 7's stakeholders with invloed 4 or 5, by code."""
    return _stakeholders(plan_answers, lambda row: (derived.as_number(row.get("invloed")) or 0) >= 4)


def voorstanders(plan_answers):
    """Step 7's stakeholders whose houding is voorstander, by code."""
    return _stakeholders(plan_answers, lambda row: derived.as_code(row.get("houding")) == "voorstander")


def partij_naam(code, plan_answers):
    """The name of a chosen stakeholder code in a sentence, also when step 7 no longer has it."""
    row = _stakeholders(plan_answers, lambda row: True).get(code)
    if row is not None:
        return stakeholder_with_contact(row)
    if code.startswith(EIGEN):
        return code[len(EIGEN):]
    return in_sentence(re.sub(r"\s*\([^)]*\)$", "", derived.stakeholder_label(code)))


def is_stakeholder_code(code):
    return code in by_code(STAKEHOLDER_TYPES) or (code.startswith(EIGEN) and len(code) > len(EIGEN))


def partij_options(offered, plan_answers, kept, why_not):
    """Choices: the stakeholders `offered` ({code: row}), then codes chosen before that are no
    longer offered (`kept`), marked with `why_not`, so an old answer never blocks saving."""
    result = []
    for code, row in offered.items():
        invloed = derived.as_number(row.get("invloed"))
        houding = label(options.HOUDING, derived.as_code(row.get("houding"))).lower()
        extra = [f"invloed {dutch_number(invloed)}" if invloed is not None else "",
                 f"houding {houding}" if houding else ""]
        extra = ", ".join(part for part in extra if part)
        naam = stakeholder_with_contact(row)
        result.append(Option(code, f"{naam[:1].upper()}{naam[1:]}" + (f" – {extra}" if extra else "")))
    for code in kept:
        if code not in offered and is_stakeholder_code(code):
            naam = partij_naam(code, plan_answers)
            result.append(Option(code, f"{naam[:1].upper()}{naam[1:]} ({why_not})"))
    return tuple(dict((item.code, item) for item in result).values())


class Form(f.StepForm):
    lobby_doelwit = f.short_text(
        "Bij welke instantie of organisatie lobbyt u?", required=True,
        required_message="Vul in bij welke instantie of organisatie u lobbyt.",
        help_text="Wie moet het besluit nemen? Dat kan ook binnen uw eigen gemeente zijn. "
                  "Bijvoorbeeld: 'College en gemeenteraad (begroting 2027)'.",
    )
    wat_moet_anders = f.long_text(
        "Wat moet er anders?", required=True, rows=3,
        required_message="Beschrijf wat er anders moet.",
        help_text="Wat vraagt u precies: geld, een besluit, voorrang? Hoe concreter, hoe beter. "
                  "Bijvoorbeeld: 'Vanaf 2027 elk jaar € 95.000 voor meer respijtzorg.'",
    )
    bij_wie = f.multiple_choice(
        "Bij wie lobbyt u?", (),
        help_text="Kies de personen met veel invloed. De lijst komt uit stap 7: de partijen met "
                  "invloed 4 of 5. Bijvoorbeeld de wethouder zorg.",
    )
    bij_wie_anders = f.short_text(
        "Bij wie nog meer?",
        help_text="Staat iemand niet in de lijst? Schrijf het hier. Bijvoorbeeld: "
                  "'de fractievoorzitters van de coalitie'.",
    )
    boodschap = f.short_text(
        "Uw boodschap in één zin",
        help_text="Wat moet de luisteraar onthouden? Bijvoorbeeld: 'Wie even op adem komt, houdt "
                  "het langer vol.'",
    )
    boodschap_feiten = f.long_text(
        "Feiten", rows=3,
        help_text="Wat is aantoonbaar waar? Bijvoorbeeld: 'De wachttijd voor het logeerhuis is "
                  "vijf weken.'",
    )
    boodschap_meningen = f.long_text(
        "Meningen", rows=3,
        help_text="Wat vindt u ervan? Zeg er eerlijk bij dat het een mening is. Bijvoorbeeld: "
                  "'Respijt moet er zijn vóórdat het misgaat.'",
    )
    onderbouwing_cijfers = f.long_text(
        "Onderbouwing: cijfers", rows=2,
        help_text="Welke cijfers steunen uw vraag? Noem de bron. Bijvoorbeeld: 'Uit de enquête "
                  "2026: 4 op de 10 mantelzorgers willen vaker respijt.'",
    )
    onderbouwing_signalen = f.long_text(
        "Onderbouwing: signalen", rows=2,
        help_text="Wat horen professionals en partners? Bijvoorbeeld: 'Het sociaal team ziet vaker "
                  "mantelzorgers die vastlopen.'",
    )
    onderbouwing_verhaal = f.long_text(
        "Onderbouwing: persoonlijk verhaal", rows=2,
        help_text="Welk verhaal van een ervaringsdeskundige maakt het concreet? Vraag altijd "
                  "toestemming. Bijvoorbeeld: 'Een mantelzorger vertelt wat drie dagen logeerhuis "
                  "voor haar betekenden.'",
    )
    medestanders = f.multiple_choice(
        "Medestanders", (),
        help_text="Wie steunen uw vraag? De lijst komt uit stap 7: de partijen die voorstander "
                  "zijn. Bijvoorbeeld het steunpunt mantelzorg.",
    )
    medestanders_anders = f.short_text(
        "Andere medestanders",
        help_text="Wie steunen u nog meer? Bijvoorbeeld: 'mantelzorgers uit de klankbordgroep'.",
    )
    timing = f.single_choice(
        "Welk moment kiest u?", TIMING,
        help_text="Een goed moment vergroot de kans op succes. Geld voor volgend jaar verdeelt de "
                  "raad bij de begrotingsbehandeling in het najaar.",
    )
    timing_toelichting = f.short_text(
        "Welk moment precies?",
        help_text="Bijvoorbeeld: 'werkbezoek in september, inspreken bij de begroting in november'.",
    )
    timing_jaar = f.year(
        "In welk jaar lobbyt u?",
        help_text="Het jaar van het gekozen moment. Bijvoorbeeld: 2026.",
    )
    geld_nodig_in_jaar = f.year(
        "In welk jaar is het geld nodig?",
        help_text="Vanaf welk jaar moet het geld er zijn? Bijvoorbeeld: 2027. De raad besluit "
                  "daarover in het najaar van het jaar ervoor.",
    )
    middel = f.multiple_choice(
        "Welke middelen zet u in?", MIDDELEN,
        help_text="Kies een of meer middelen. Bijvoorbeeld een werkbezoek en een lobbybrief.",
    )
    lobby_trekker = f.short_text(
        "Wie voert de lobby?",
        help_text="Wie trekt de lobby? Bijvoorbeeld: 'Steunpunt Mantelzorg, samen met de "
                  "beleidsmedewerker'.",
    )
    sections = (
        ("Wat moet er anders, en bij wie?", ["lobby_doelwit", "wat_moet_anders", "bij_wie", "bij_wie_anders"]),
        ("De boodschap", ["boodschap", "boodschap_feiten", "boodschap_meningen", "onderbouwing_cijfers",
                          "onderbouwing_signalen", "onderbouwing_verhaal"]),
        ("Medestanders", ["medestanders", "medestanders_anders"]),
        ("Wanneer en hoe", ["timing", "timing_toelichting", "timing_jaar", "geld_nodig_in_jaar", "middel",
                            "lobby_trekker"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.set_options(self.fields["bij_wie"], partij_options(
            invloedrijk(self.plan_answers), self.plan_answers, self._chosen("bij_wie"),
            "niet meer bij de partijen met veel invloed in stap 7"))
        f.set_options(self.fields["medestanders"], partij_options(
            voorstanders(self.plan_answers), self.plan_answers, self._chosen("medestanders"),
            "niet meer als voorstander in stap 7"))
        if not self.fields["bij_wie"].choices:
            self.fields["bij_wie"].help_text = (
                "Hier komen de partijen met invloed 4 of 5 uit stap 7. Die zijn er nog niet: vul "
                "eerst de stakeholders in stap 7 in, of schrijf de namen bij de volgende vraag.")
        if not self.fields["medestanders"].choices:
            self.fields["medestanders"].help_text = (
                "Hier komen de partijen die in stap 7 voorstander zijn. Die zijn er nog niet: vul "
                "eerst de stakeholders in stap 7 in, of schrijf de namen bij de volgende vraag.")

    def _chosen(self, name):
        """Codes saved before or posted now: kept selectable when step 7 no longer offers them."""
        codes = derived.as_codes((self.initial or {}).get(name))
        if self.is_bound:
            key = self.add_prefix(name)
            posted = self.data.getlist(key) if hasattr(self.data, "getlist") else self.data.get(key)
            codes += derived.as_codes(posted)
        return list(dict.fromkeys(codes))

    def derived(self):
        """The last moment to lobby for the money, and whether the chosen moment is in time."""
        answers = self.current_answers()
        nodig = _jaar(answers.get("geld_nodig_in_jaar"))
        if nodig is None:
            return [("Uiterste moment voor het geld", "Nog niet te bepalen",
                     "Vul in in welk jaar het geld nodig is.")]
        result = [(
            "Uiterste moment voor het geld", f"Begrotingsbehandeling najaar {nodig - 1}",
            f"Het geld is nodig in {nodig}. De raad besluit over de begroting voor {nodig} in het "
            f"najaar van {nodig - 1}. De keuzes vallen vaak al eerder, bij de voorjaarsnota of "
            f"kadernota in het voorjaar van {nodig - 1}.",
        )]
        jaar = _jaar(answers.get("timing_jaar"))
        if jaar is not None:
            if te_laat(answers):
                result.append(("Is uw moment op tijd?", "Te laat",
                               f"U lobbyt in {jaar}. Dan is de begroting voor {nodig} al vastgesteld."))
            else:
                result.append(("Is uw moment op tijd?", "Op tijd",
                               f"U lobbyt in {jaar}, vóór het besluit over de begroting voor {nodig}."))
        return result

    def suggestions(self):
        result = []
        invloed = [stakeholder_with_contact(row) for row in invloedrijk(self.plan_answers).values()]
        if invloed:
            result.append(("Partijen met veel invloed (stap 7)", [
                f"{join_words(invloed)[:1].upper()}{join_words(invloed)[1:]}. Kies hieronder bij "
                "wie u lobbyt."]))
        voor = [stakeholder_with_contact(row) for row in voorstanders(self.plan_answers).values()]
        if voor:
            result.append(("Voorstanders (stap 7)", [
                f"{join_words(voor)[:1].upper()}{join_words(voor)[1:]} staan achter de aanpak. "
                "Vraag hen om mee te doen."]))
        budget = derived.as_code(derived.step_answers(self.plan_answers, "draagvlak").get("budget_vastgelegd"))
        if budget in {"aangevraagd", "nee"}:
            result.append(("Budget (stap 7)", [
                "In stap 7 staat dat het budget voor de uitvoering nog niet is vastgelegd. Dat kan "
                "het doel van uw lobby zijn."]))
        start = _jaar(derived.step_answers(self.plan_answers, "visie").get("beleidsperiode_start"))
        if start is not None:
            result.append(("Wanneer is het geld nodig? (stap 1)", [
                f"Uw beleidsperiode begint in {start}. Is het geld dan nodig, dan besluit de raad "
                f"erover in het najaar van {start - 1}."]))
        return result


def _jaar(value):
    number = derived.as_number(value)
    return int(number) if isinstance(number, (int, float)) and number == int(number) else None


def te_laat(answers):
    """True when the lobby's moment falls after the decision on the money (rule R44, below)."""
    answers = answers if isinstance(answers, dict) else {}
    nodig, jaar = _jaar(answers.get("geld_nodig_in_jaar")), _jaar(answers.get("timing_jaar"))
    return nodig is not None and jaar is not None and jaar >= nodig


# --- Plan and check page ----------------------------------------------------------------------------

def _zin(text):
    """A typed text as a sentence: with a capital and a full stop."""
    text = " ".join(derived.as_text(text).split())
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".?!…" else text + "."


#: A typed name that starts with one of these words gets a small letter inside a sentence; any
#: other typed name ("Zorggroep De Linde") stays as typed.
LIDWOORDEN = {"De", "Het", "Een", "Alle", "Onze", "Ons", "Twee", "Drie", "Vier", "Vijf"}


def typed_in_sentence(text):
    """A name the officer typed, inside a sentence: 'De fractievoorzitters' -> 'de fractievoorzitters'."""
    text = derived.as_text(text)
    return text[:1].lower() + text[1:] if text.split(" ", 1)[0] in LIDWOORDEN else text


def _namen(answers, name, plan_answers, extra):
    namen = [partij_naam(code, plan_answers) for code in derived.as_codes(answers.get(name))]
    if derived.as_text(answers.get(extra)):
        namen.append(typed_in_sentence(answers.get(extra)))
    return namen


def _moment(answers):
    """'de begrotingsbehandeling in de raad in 2026 (toelichting)', or ''."""
    code = derived.as_code(answers.get("timing"))
    moment = TIMING_ZIN.get(code) or in_sentence(label(TIMING, code))
    jaar = _jaar(answers.get("timing_jaar"))
    if moment and jaar is not None:
        moment += f" van {jaar}" if code == "begrotingsbehandeling" else f" in {jaar}"
    elif jaar is not None:
        moment = f"een moment in {jaar}"
    toelichting = in_sentence(derived.as_text(answers.get("timing_toelichting")))
    if toelichting:
        moment = f"{moment} ({toelichting})" if moment else toelichting
    return moment


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    zinnen = ["Voor het mantelzorgbeleid is steun nodig van wie beslist over geld, mandaat en "
              "voorrang. Daarom is er een lobbyplan."]
    doelwit = derived.as_text(answers.get("lobby_doelwit"))
    bij_wie = _namen(answers, "bij_wie", plan_answers, "bij_wie_anders")
    if doelwit and bij_wie:
        zinnen.append(f"De lobby richt zich op {in_sentence(doelwit)}, en daar vooral op {join_words(bij_wie)}.")
    elif doelwit or bij_wie:
        zinnen.append(f"De lobby richt zich op {in_sentence(doelwit) if doelwit else join_words(bij_wie)}.")
    if derived.as_text(answers.get("lobby_trekker")):
        zinnen.append(f"De lobby wordt gevoerd door {typed_in_sentence(answers['lobby_trekker'])}.")
    blocks = [Paragraph(" ".join(zinnen))]
    if derived.as_text(answers.get("wat_moet_anders")):
        blocks.append(Paragraph(f"Wat er anders moet: {_zin(answers['wat_moet_anders'])}"))

    zinnen = []
    moment = _moment(answers)
    if moment:
        zinnen.append(f"Het moment is {moment}.")
    nodig = _jaar(answers.get("geld_nodig_in_jaar"))
    if nodig is not None:
        zinnen.append(f"Het geld is nodig in {nodig}; de raad besluit daarover bij de "
                      f"begrotingsbehandeling in het najaar van {nodig - 1}.")
    medestanders = _namen(answers, "medestanders", plan_answers, "medestanders_anders")
    if medestanders:
        zinnen.append(f"Medestanders zijn {join_words(medestanders)}.")
    middelen = [in_sentence(item) for item in labels(MIDDELEN, derived.as_codes(answers.get("middel")))]
    if middelen:
        zinnen.append(f"De middelen: {join_words(middelen)}.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    blocks.append(AppendixRef("lobbyplan", "Het lobbyplan op één pagina staat in bijlage {letter}."))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks,
                   appendix_blocks={"lobbyplan": lobbyplan(answers, plan_answers)})


def lobbyplan(answers, plan_answers):
    """The one-page lobby plan for the annex: three short lists of what, message and how."""
    def text(name):
        return derived.as_text(answers.get(name))

    def upper(items):
        words = join_words(items)
        return words[:1].upper() + words[1:]

    nodig = _jaar(answers.get("geld_nodig_in_jaar"))
    moment = _moment(answers)
    parts = [
        ("Wat en bij wie", [
            ("Doelwit", text("lobby_doelwit")),
            ("Wat moet er anders", text("wat_moet_anders")),
            ("Bij wie", upper(_namen(answers, "bij_wie", plan_answers, "bij_wie_anders"))),
            ("Wie voert de lobby", text("lobby_trekker")),
        ]),
        ("De boodschap", [
            ("In één zin", text("boodschap")),
            ("Feiten", text("boodschap_feiten")),
            ("Meningen", text("boodschap_meningen")),
            ("Cijfers", text("onderbouwing_cijfers")),
            ("Signalen", text("onderbouwing_signalen")),
            ("Persoonlijk verhaal", text("onderbouwing_verhaal")),
        ]),
        ("Met wie, wanneer en hoe", [
            ("Medestanders", upper(_namen(answers, "medestanders", plan_answers, "medestanders_anders"))),
            ("Moment", moment[:1].upper() + moment[1:]),
            ("Geld nodig in", f"{nodig} (besluit bij de begroting, najaar {nodig - 1})" if nodig is not None else ""),
            ("Middelen", upper([in_sentence(item) for item in labels(MIDDELEN, derived.as_codes(answers.get("middel")))])),
        ]),
    ]
    blocks = []
    for kop, feiten in parts:
        feiten = [(term, waarde) for term, waarde in feiten if waarde]
        if feiten:
            blocks += [Heading(kop), Facts(feiten)]
    return blocks or [Paragraph("Het lobbyplan is nog niet ingevuld.")]


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    rows = answer_rows(Form, answers)
    keuzes = {str(Form.base_fields[name].label): name for name in ("bij_wie", "medestanders")}
    result = []
    for vraag, waarde in rows:
        name = keuzes.get(vraag)
        codes = derived.as_codes(answers.get(name)) if name else []
        if codes:
            namen = [partij_naam(code, plan_answers or {}) for code in codes]
            waarde = ", ".join(naam[:1].upper() + naam[1:] for naam in namen)
        result.append((vraag, waarde))
    return result


# --- Advisor rules ------------------------------------------------------------------------------------

def r44_lobby_na_begroting(answers) -> Iterator[Finding]:
    """R44 (waarschuwing): the lobby comes after the decision on the money it asks for.

    Money needed in year N (`geld_nodig_in_jaar`) must be in the begroting for year N, which
    the raad adopts at the begrotingsbehandeling in the autumn of year N-1. A lobby in year T
    (`timing_jaar`) is in time only when T < N, that is T <= N-1; the rule fires when
    T >= N. This holds for the timing `begrotingsbehandeling` (the one of year N decides on
    N+1, too late for N) and for any other moment: all of year N lies after the autumn of N-1.
    Fires only when both years are filled in.
    """
    lobby = derived.step_answers(answers, SLUG)
    if not te_laat(lobby):
        return
    nodig, jaar = _jaar(lobby.get("geld_nodig_in_jaar")), _jaar(lobby.get("timing_jaar"))
    if derived.as_code(lobby.get("timing")) == "begrotingsbehandeling":
        wat = f"u lobbyt bij de begrotingsbehandeling van {jaar}"
    else:
        wat = f"u lobbyt in {jaar}"
    yield Finding(
        rule="R44",
        severity=WAARSCHUWING,
        steps=(SLUG,),
        message=(f"Lobbyplan: {wat}, maar het geld is al in {nodig} nodig. Over de begroting voor "
                 f"{nodig} besluit de raad in het najaar van {nodig - 1}. Kies een eerder moment, "
                 f"zoals de voorjaarsnota of de begrotingsbehandeling van {nodig - 1}, of vraag het "
                 "geld voor een later jaar."),
        field="timing_jaar",
    )


#: Lindewaarde's answers (fictional), not switched on in the demo plan: a lobby for more respite care.
DEMO = {
    "lobby_doelwit": "College en gemeenteraad van Lindewaarde (programmabegroting 2027)",
    "wat_moet_anders": (
        "Vanaf 2027 elk jaar € 95.000 voor uitbreiding van het logeerhuis en flexibele oppas aan "
        "huis, zodat mantelzorgers binnen twee weken respijt krijgen in plaats van na vijf weken."
    ),
    "bij_wie": ["wethouder_zorg", "gemeenteraad"],
    "bij_wie_anders": "De fractievoorzitters van de coalitiepartijen",
    "boodschap": "Wie even op adem kan komen, houdt het langer vol, en dat voorkomt duurdere zorg.",
    "boodschap_feiten": (
        "De wachttijd voor het logeerhuis is gemiddeld vijf weken. In Lindewaarde zorgen ongeveer "
        "1.900 mensen langdurig en intensief voor een naaste."
    ),
    "boodschap_meningen": (
        "Respijt moet er zijn vóórdat het misgaat, niet pas als een mantelzorger uitvalt."
    ),
    "onderbouwing_cijfers": (
        "Inventarisatie voorjaar 2026: respijt op korte termijn is de meest genoemde wens van "
        "intensieve mantelzorgers."
    ),
    "onderbouwing_signalen": (
        "Het sociaal team en de huisartsen zien vaker mantelzorgers die vastlopen; in het eerste "
        "half jaar van 2026 volgden twee spoedopnames na uitval van de mantelzorger."
    ),
    "onderbouwing_verhaal": (
        "Een mantelzorger uit de klankbordgroep vertelt tijdens het werkbezoek wat drie dagen "
        "logeerhuis voor haar man en voor haarzelf betekenden (met haar toestemming)."
    ),
    "medestanders": ["steunpunt", "wijkteam"],
    "medestanders_anders": "Zorggroep De Linde en de mantelzorgers uit de klankbordgroep",
    "timing": "begrotingsbehandeling",
    "timing_toelichting": "Werkbezoek aan het logeerhuis in september, inspreken in november",
    "timing_jaar": 2026,
    "geld_nodig_in_jaar": 2027,
    "middel": ["inspreken", "lobbybrief", "werkbezoek"],
    "lobby_trekker": "Steunpunt Mantelzorg (J. Koster), samen met M. Brinkman",
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r44_lobby_na_begroting,)
