"""Stap 1: de visie van de gemeente op mantelzorg en mantelzorgondersteuning."""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import by_code
from steps.catalogs.doelgroepen import DOELGROEPEN
from steps.document import (
    NOT_ANSWERED, BulletList, ChapterStart, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section,
)
from steps.text import answer_rows, count_text, dutch_date, dutch_number, in_sentence, join_words, labels
from steps.typetest import typetest

NUMBER = 1
LABEL = "Stap 1"
KIND = "stap"
SLUG = "visie"
TITLE = "Bepaal uw visie op mantelzorg en mantelzorgondersteuning"
SHORT_TITLE = "Visie op mantelzorg"
PLAN_TITLE = "Aanleiding, visie en doelen"
INTRO = (
    "Voordat u mantelzorgers om hun mening vraagt, moet duidelijk zijn wat de gemeente onder "
    "mantelzorg verstaat. En waarom zij mantelzorgers wil steunen en wat zij wil bereiken. "
    "Die keuzes bepalen welke mantelzorgers u later betrekt en hoeveel invloed u hen kunt geven. "
    "Uw antwoorden vormen de hoofdstukken over aanleiding, visie en doelen van het plan."
)
TIPS = (
    "Gebruik lokale cijfers, bijvoorbeeld uit de gezondheidsmonitor van de GGD of de registratie "
    "van het steunpunt mantelzorg.",
    "Vraag collega's van wonen, werk en jeugd om mee te denken.",
    "Heeft uw gemeente nog geen visie? Dan kunt u die in de volgende stappen samen met "
    "mantelzorgers maken.",
    "Schrijf doelen zo concreet mogelijk op: wat wilt u bereiken, bij wie en wanneer?",
    "Vijf tot acht leidende principes zijn genoeg. Kies principes die bij elkaar passen.",
)


# --- The questions --------------------------------------------------------------------------

PRIORITEIT = (
    (1, "geen prioriteit"),
    (2, "lage prioriteit"),
    (3, "gemiddelde prioriteit"),
    (4, "hoge prioriteit"),
    (5, "hoogste prioriteit"),
)
SOFA_SCHAAL = (
    (1, "nauwelijks"),
    (2, "een beetje"),
    (3, "voor een deel"),
    (4, "grotendeels"),
    (5, "volledig"),
)


class PrincipeRow(f.RowForm):
    principe = f.short_text(
        "Principe", required=True, required_message="Schrijf het principe op.",
        help_text="Een korte zin, bijvoorbeeld: De mantelzorger telt mee.",
    )
    toelichting = f.long_text(
        "Toelichting", max_length=1000, rows=2,
        help_text="Wat betekent dit principe in de praktijk?",
    )


class DoelRow(f.RowForm):
    omschrijving = f.long_text(
        "Doel", required=True, max_length=1000, rows=2, required_message="Beschrijf het doel.",
        help_text="Wat wilt u bereiken? Bijvoorbeeld: meer mantelzorgers op tijd in beeld.",
    )
    v_gebied = f.single_choice(
        "V-gebied", options.V_GEBIEDEN, required=True, widget="select",
        required_message="Kies bij welk V-gebied dit doel hoort.",
        help_text="Vinden, versterken, verlichten of verbinden.",
    )
    vraaggebied = f.multiple_choice(
        "Vraaggebied", options.VRAAGGEBIEDEN, widget="select",
        help_text="Op welke vragen van mantelzorgers gaat dit doel? Niet verplicht.",
    )
    doelgroep = f.multiple_choice(
        "Doelgroep", DOELGROEPEN, widget="select",
        help_text="Voor welke groepen is dit doel? Leeg laten betekent: alle mantelzorgers.",
    )
    beoogd_resultaat = f.short_text(
        "Beoogd resultaat", required=True,
        required_message="Beschrijf het resultaat dat u wilt bereiken.",
        help_text="Maak het meetbaar, bijvoorbeeld: van 1.150 naar 1.800 geregistreerde mantelzorgers.",
    )
    termijn = f.date_field("Termijn", help_text="Wanneer wilt u het resultaat bereikt hebben?")


class Form(f.StepForm):
    # 1A. Algemene gegevens
    gemeente_naam = f.short_text(
        "Naam gemeente", required=True, required_message="Vul de naam van de gemeente in.",
        help_text="Voor welke gemeente maakt u dit plan? De naam komt ook op de voorkant van het plan. "
                  "Bijvoorbeeld: Lindewaarde.",
    )
    beleidsperiode_start = f.year(
        "Eerste jaar van de beleidsperiode", required=True,
        required_message="Vul het eerste jaar van de beleidsperiode in.",
        help_text="In welk jaar gaat het nieuwe beleid in? Dit jaartal staat in de titel van het plan. "
                  "Bijvoorbeeld: 2027.",
    )
    beleidsperiode_eind = f.year(
        "Laatste jaar van de beleidsperiode", required=True,
        required_message="Vul het laatste jaar van de beleidsperiode in.",
        help_text="Tot en met welk jaar loopt het beleid? Dan weet iedereen wanneer u evalueert. "
                  "Bijvoorbeeld: 2030.",
    )
    aantal_inwoners = f.number(
        "Aantal inwoners", required=True, required_message="Vul het aantal inwoners in.",
        help_text="Hoeveel mensen wonen er in uw gemeente? Zo kunt u de andere cijfers goed lezen. "
                  "Bijvoorbeeld: 42.300.",
    )
    aantal_mantelzorgers_geschat = f.number(
        "Geschat aantal mantelzorgers (18 jaar en ouder)",
        help_text="Hoeveel volwassenen zorgen voor een naaste? Dit laat zien hoe groot de groep is. "
                  "U vindt het aandeel vaak in de gezondheidsmonitor van de GGD. Bijvoorbeeld: 5.100.",
    )
    aantal_intensief = f.number(
        "Waarvan langdurig en intensief",
        help_text="Hoeveel van hen zorgen langer dan drie maanden én meer dan acht uur per week? "
                  "Deze groep loopt meer risico. Bijvoorbeeld: 1.900.",
    )
    aantal_zwaarbelast = f.number(
        "Waarvan zwaarbelast",
        help_text="Hoeveel mantelzorgers voelen zich zwaar belast? Zij hebben vaak snel hulp nodig. "
                  "Bijvoorbeeld: 560.",
    )
    aantal_jonge_mantelzorgers = f.number(
        "Geschat aantal jonge mantelzorgers",
        help_text="Hoeveel kinderen en jongeren zorgen thuis mee? Zij blijven vaak onzichtbaar. "
                  "Een schatting is goed genoeg. Bijvoorbeeld: 1.300.",
    )
    bronnen_cijfers = f.multiple_choice(
        "Bronnen van deze cijfers", options.BRONNEN_CIJFERS,
        help_text="Waar komen de cijfers vandaan? Dan kunnen lezers ze controleren en later vergelijken. "
                  "Bijvoorbeeld: de GGD-gezondheidsmonitor.",
    )
    bronnen_cijfers_overig = f.short_text(
        "Andere bron",
        help_text="Koos u 'Anders'? Noem dan hier de bron. Bijvoorbeeld: enquête onder huisartsen 2025.",
    )
    huidig_beleid = f.long_text(
        "Huidig beleid en aanbod voor mantelzorgers", required=True,
        required_message="Beschrijf kort het huidige beleid en aanbod.",
        help_text="Wat is er nu al voor mantelzorgers? Dan bouwt het plan voort op wat er is. "
                  "Denk aan het steunpunt, respijtzorg, de mantelzorgwaardering en het vorige plan.",
    )
    bekende_knelpunten = f.long_text(
        "Bekende knelpunten en signalen",
        help_text="Welke problemen hoort u nu al? Die geven richting aan de vragen die u mantelzorgers "
                  "stelt. Bijvoorbeeld: lange wachttijd voor het logeerhuis, signalen van de adviesraad.",
    )

    # 1B. Definitie en afbakening
    definitie_type = f.single_choice(
        "Welke definitie van mantelzorg gebruikt u?", options.DEFINITIE_TYPES,
        required=True, required_message="Kies welke definitie u gebruikt.",
        help_text="De definitie bepaalt wie wel en wie niet onder uw beleid valt. "
                  "Bijvoorbeeld: de onderzoeksdefinitie (langer dan drie maanden of meer dan acht uur per week).",
    )
    definitie_tekst = f.long_text(
        "Onze definitie van mantelzorg, in eigen woorden", required=True,
        required_message="Schrijf uw definitie van mantelzorg op.",
        help_text="Schrijf de definitie op zoals die in het plan moet komen. Gebruik woorden die "
                  "inwoners begrijpen. Bijvoorbeeld: 'Iedereen die langer dan drie maanden onbetaald "
                  "zorgt voor iemand uit de eigen omgeving.'",
    )
    afbakening = f.multiple_choice(
        "Welke afbakening hoort erbij?", options.AFBAKENING,
        help_text="Welke groepen rekent u er uitdrukkelijk wel of niet bij? Dit voorkomt discussie later. "
                  "Bijvoorbeeld: ook jonge mantelzorgers onder de 18.",
    )
    inclusief_zorgvrijwilligers = f.yes_no(
        "Neemt u zorgvrijwilligers mee in dit beleid?", required=True,
        required_message="Kies of zorgvrijwilligers bij dit beleid horen.",
        help_text="Zorgvrijwilligers helpen iemand die ze niet eerder kenden, bijvoorbeeld als maatje. "
                  "Kiest u ja, dan gaat het plan over mantelzorg én informele zorg.",
    )

    # 1C. Redenen en doelen
    redenen = f.multiple_choice(
        "Waarom vindt u mantelzorgondersteuning belangrijk?", options.REDENEN,
        required=True, required_message="Kies minstens één reden.",
        help_text="Kies de redenen die voor uw gemeente het zwaarst wegen. Ze vormen de aanleiding "
                  "van het plan. Bijvoorbeeld: overbelasting voorkomen.",
    )
    redenen_toelichting = f.long_text(
        "Toelichting op de redenen",
        help_text="Waarom juist nu? Een korte uitleg maakt de keuze begrijpelijk voor raad en inwoners. "
                  "Bijvoorbeeld: het aantal 75-plussers stijgt snel.",
    )
    prioriteit_vinden = f.scale(
        "Prioriteit voor vinden", PRIORITEIT, required=True,
        required_message="Kies de prioriteit voor vinden.",
        help_text="Hoe belangrijk is het om mantelzorgers op tijd te vinden, ook verborgen mantelzorgers? "
                  "5 betekent: dit gaat voor alles.",
    )
    prioriteit_versterken = f.scale(
        "Prioriteit voor versterken", PRIORITEIT, required=True,
        required_message="Kies de prioriteit voor versterken.",
        help_text="Hoe belangrijk is het om mantelzorgers sterker te maken, bijvoorbeeld met informatie "
                  "en cursussen? 1 betekent: geen prioriteit.",
    )
    prioriteit_verlichten = f.scale(
        "Prioriteit voor verlichten", PRIORITEIT, required=True,
        required_message="Kies de prioriteit voor verlichten.",
        help_text="Hoe belangrijk is het om de zorg lichter te maken, bijvoorbeeld met respijtzorg? "
                  "Zo ziet u waar het geld en de tijd heen moeten.",
    )
    prioriteit_verbinden = f.scale(
        "Prioriteit voor verbinden", PRIORITEIT, required=True,
        required_message="Kies de prioriteit voor verbinden.",
        help_text="Hoe belangrijk is samenwerking tussen mantelzorgers en professionals, zoals het "
                  "wijkteam en de huisarts?",
    )

    # 1D. Breed of smal, dirigent of regisseur
    breedte_beleid = f.single_choice(
        "Kiest u voor breed of voor smal beleid?", options.BREEDTE_BELEID,
        required=True, required_message="Kies breed, smal of een brede basis met accenten.",
        help_text="Breed beleid is er voor alle mantelzorgers. Smal beleid richt zich op een paar groepen "
                  "of soorten steun. Veel gemeenten kiezen een brede basis met extra aandacht voor een "
                  "paar groepen.",
    )
    smal_focus_doelgroepen = f.multiple_choice(
        "Op welke groepen richt u zich extra?", DOELGROEPEN,
        help_text="Alleen invullen bij smal beleid of een brede basis met accenten. Kies de groepen die "
                  "extra aandacht krijgen. Bijvoorbeeld: werkende mantelzorgers.",
    )
    smal_focus_ondersteuning = f.multiple_choice(
        "Op welke soorten steun richt u zich extra?", options.VRAAGGEBIEDEN,
        help_text="Alleen invullen bij smal beleid of een brede basis met accenten. Kies de soorten "
                  "steun die voorrang krijgen. Bijvoorbeeld: respijtzorg.",
    )
    sturing = f.single_choice(
        "Welke mate van sturing past bij uw gemeente?", options.STURING,
        required=True, required_message="Kies hoe sterk de gemeente stuurt.",
        help_text="Stuurt de gemeente zelf (dirigent), of schept zij vooral ruimte voor anderen "
                  "(regisseur op afstand)? Dit bepaalt ook hoeveel invloed u mantelzorgers makkelijk geeft.",
    )
    gemeente_rollen = f.multiple_choice(
        "Welke rollen neemt de gemeente in?", options.GEMEENTE_ROLLEN,
        help_text="Een gemeente kan meer rollen tegelijk hebben. Bijvoorbeeld: opdrachtgever van het "
                  "steunpunt én regisseur van het veld.",
    )
    sturing_toelichting = f.long_text(
        "Toelichting op de gekozen sturing",
        help_text="Leg uit hoe u stuurt en waar u uitzonderingen maakt. Bijvoorbeeld: 'We laten veel "
                  "over aan partners, maar op wachttijden voor respijtzorg sturen we zelf.'",
    )

    # 1E. SOFA
    sofa_samenwerken = f.scale(
        "Mantelzorger als partner in de zorg (samenwerken)", SOFA_SCHAAL,
        help_text="Werken professionals echt samen met de mantelzorger? Bijvoorbeeld: het wijkteam "
                  "praat in het keukentafelgesprek ook met de mantelzorger.",
    )
    sofa_ondersteunen = f.scale(
        "Mantelzorger als hulpvrager (ondersteunen)", SOFA_SCHAAL,
        help_text="Krijgt de mantelzorger zelf op tijd steun als het zwaar wordt? Bijvoorbeeld: een "
                  "mantelzorgconsulent of respijtzorg.",
    )
    sofa_faciliteren = f.scale(
        "Mantelzorger als naaste (faciliteren)", SOFA_SCHAAL,
        help_text="Is er ook ruimte voor de band tussen mantelzorger en zorgvrager, en niet alleen voor "
                  "taken? Bijvoorbeeld: samen een dag weg kunnen.",
    )
    sofa_afstemmen = f.scale(
        "Mantelzorger als expert (afstemmen)", SOFA_SCHAAL,
        help_text="Wordt de kennis van de mantelzorger gebruikt, in de zorg en in het beleid? "
                  "Dit stappenplan is daar een voorbeeld van.",
    )
    sofa_prioriteit = f.multiple_choice(
        "Welke rol wilt u de komende periode versterken?", options.SOFA_ROLLEN,
        help_text="Kies de rollen waar uw beleid nu tekortschiet. Bijvoorbeeld: de mantelzorger als "
                  "partner in de zorg.",
    )

    tables = {
        "leidende_principes": f.table(
            PrincipeRow, max_rows=10, label="Leidende principes",
            help_text="Welke principes sturen uw beleid? Principes helpen later bij elke keuze. "
                      "Advies: kies er vijf tot acht die goed bij elkaar passen. "
                      "Bijvoorbeeld: 'Vroeg erbij: we zoeken mantelzorgers op voordat ze vastlopen.'",
        ),
        "doelen": f.table(
            DoelRow, min_rows=1, max_rows=15, label="Doelen",
            min_rows_message="Vul minstens één doel in.",
            help_text="Wat wilt u met het beleid bereiken? Elk doel krijgt vanzelf een code (D1, D2 …). "
                      "Die code gebruikt u later bij acties en de evaluatie.",
        ),
    }
    sections = (
        ("Algemene gegevens", [
            "gemeente_naam", "beleidsperiode_start", "beleidsperiode_eind", "aantal_inwoners",
            "aantal_mantelzorgers_geschat", "aantal_intensief", "aantal_zwaarbelast",
            "aantal_jonge_mantelzorgers", "bronnen_cijfers", "bronnen_cijfers_overig",
            "huidig_beleid", "bekende_knelpunten",
        ]),
        ("Definitie en afbakening", [
            "definitie_type", "definitie_tekst", "afbakening", "inclusief_zorgvrijwilligers",
        ]),
        ("Redenen en doelen", [
            "redenen", "redenen_toelichting", "leidende_principes", "doelen",
            "prioriteit_vinden", "prioriteit_versterken", "prioriteit_verlichten", "prioriteit_verbinden",
        ]),
        ("Breed of smal, dirigent of regisseur", [
            "breedte_beleid", "smal_focus_doelgroepen", "smal_focus_ondersteuning", "sturing",
            "gemeente_rollen", "sturing_toelichting",
        ]),
        ("De mantelzorger in vier rollen", [
            "sofa_samenwerken", "sofa_ondersteunen", "sofa_faciliteren", "sofa_afstemmen",
            "sofa_prioriteit",
        ]),
    )

    def clean(self):
        # Format only. The period and the numbers compared with each other (R35, R36) and a
        # contradictory afbakening (R37) are the advisor's findings.
        cleaned = super().clean()
        if cleaned.get("breedte_beleid") == "breed":
            # The focus only exists for smal/gemengd beleid; do not keep a stale choice.
            cleaned["smal_focus_doelgroepen"] = []
            cleaned["smal_focus_ondersteuning"] = []
        return cleaned

    def completeness(self, data):
        if "anders" in (data.get("bronnen_cijfers") or []):
            self.require("bronnen_cijfers_overig", "U koos 'Anders'. Noem de andere bron van de cijfers.")
        if data.get("breedte_beleid") in ("smal", "gemengd") \
                and not data.get("smal_focus_doelgroepen") and not data.get("smal_focus_ondersteuning"):
            message = ("U kiest voor gericht beleid. Kies minstens één groep of één soort steun "
                       "waar u zich op richt.")
            self.require("smal_focus_doelgroepen", message)
            self.require("smal_focus_ondersteuning", message)

    def answers(self):
        result = super().answers()
        result["doelen"] = [{"doel_code": f"D{index}", **row}
                            for index, row in enumerate(result.get("doelen", []), start=1)]
        return result

    def suggestions(self):
        result = [(
            "Voorbeelden van definities",
            [f"{option.label}: {option.uitleg}" for option in options.DEFINITIE_TYPES],
        )]
        # Verdieping 5 (when on) is where the principles are worked out with others: offer those
        # that step 1 does not have yet.
        hier = {derived.as_text(row.get("principe")).casefold().rstrip(".")
                for row in derived.table(self.initial or {}, "leidende_principes")}
        uit_verdieping = [row for row in derived.table(derived.step_answers(self.plan_answers, "principes"),
                                                       "leidende_principes")
                          if derived.as_text(row.get("principe"))
                          and derived.as_text(row.get("principe")).casefold().rstrip(".") not in hier]
        if uit_verdieping:
            result.append(("Leidende principes uit Verdieping 5", [
                " – ".join(part for part in (derived.as_text(row.get("principe")),
                                             derived.as_text(row.get("uitleg"))) if part)
                for row in uit_verdieping
            ]))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        _code, name, uitleg = typetest(self.current_answers())
        return [("Uw beleidstype (typetest)", name, uitleg)]


# --- Check page ------------------------------------------------------------------------------

def _doel_summary(row):
    text = row.get("omschrijving", "")
    code = row.get("doel_code")
    return f"{code} {text}" if code else text


def check_rows(answers, plan_answers=None):
    _code, name, _uitleg = typetest(answers)
    return answer_rows(
        Form, answers,
        summaries={
            "leidende_principes": lambda row: row.get("principe", ""),
            "doelen": _doel_summary,
        },
        extra={"sturing": [("Uw beleidstype (typetest)", name)]},
    )


# --- Plan chapters 1–3 --------------------------------------------------------------------

def _figures_text(answers):
    gemeente = answers.get("gemeente_naam") or "De gemeente"
    parts = []
    if answers.get("aantal_inwoners"):
        parts.append(f"{gemeente} heeft {dutch_number(answers['aantal_inwoners'])} inwoners.")
    totaal = answers.get("aantal_mantelzorgers_geschat")
    if totaal:
        zin = f"Naar schatting zorgen {dutch_number(totaal)} volwassenen voor een naaste"
        extra = []
        if answers.get("aantal_intensief"):
            extra.append(f"{dutch_number(answers['aantal_intensief'])} van hen doen dat langdurig en intensief")
        if answers.get("aantal_zwaarbelast"):
            extra.append(f"{dutch_number(answers['aantal_zwaarbelast'])} voelen zich zwaarbelast")
        parts.append(zin + (": " + join_words(extra) if extra else "") + ".")
    if answers.get("aantal_jonge_mantelzorgers"):
        parts.append(f"Daarnaast zijn er ongeveer {dutch_number(answers['aantal_jonge_mantelzorgers'])} "
                     "jonge mantelzorgers.")
    bronnen = labels(options.BRONNEN_CIJFERS, [c for c in answers.get("bronnen_cijfers") or [] if c != "anders"])
    if answers.get("bronnen_cijfers_overig"):
        bronnen.append(answers["bronnen_cijfers_overig"])
    if bronnen:
        parts.append(f"Deze cijfers komen uit: {join_words(bronnen)}.")
    return " ".join(parts)


def _chapter_context(answers, gemeente):
    blocks = [ChapterStart("hoofdstuk-aanleiding-en-context", "Aanleiding en context")]
    redenen = labels(options.REDENEN, answers.get("redenen"))
    if redenen:
        blocks.append(Paragraph(f"{gemeente} vindt ondersteuning van mantelzorgers belangrijk. "
                                "Dit zijn de belangrijkste redenen:"))
        blocks.append(BulletList(redenen))
    if answers.get("redenen_toelichting"):
        blocks.append(Paragraph(answers["redenen_toelichting"]))
    blocks.append(Paragraph(
        "De Wet maatschappelijke ondersteuning 2015 (Wmo) vraagt gemeenten om mantelzorgers te "
        "ondersteunen en hen elk jaar te waarderen. De gemeente legt haar beleid vast in een "
        "beleidsplan en de regels in een verordening. Ook moet zij inwoners bij het beleid betrekken."
    ))
    figures = _figures_text(answers)
    if figures:
        blocks.append(Paragraph(figures))
    if answers.get("huidig_beleid"):
        blocks += [Heading("Wat er nu is"), Paragraph(answers["huidig_beleid"])]
    if answers.get("bekende_knelpunten"):
        blocks += [Heading("Knelpunten die nu al bekend zijn"), Paragraph(answers["bekende_knelpunten"])]
    return blocks


def _typetest_prose(answers, gemeente):
    breedte, sturing = answers.get("breedte_beleid"), answers.get("sturing")
    if not breedte or not sturing:
        return ""
    code, name, _uitleg = typetest(answers)
    note = (" Een brede basis met gerichte accenten telt in de typetest als breed beleid."
            if breedte == "gemengd" else "")
    if code:
        kwadrant = by_code(options.TYPETEST_KWADRANTEN)[code]
        return (f"In de typetest Wmo en mantelzorg valt {gemeente} daarmee in het kwadrant "
                f"'{kwadrant.label}': {in_sentence(kwadrant.uitleg)}{note}")
    return (f"In de typetest Wmo en mantelzorg ligt {gemeente} daarmee op de lijn tussen twee "
            f"kwadranten: {in_sentence(name)}. De gemeente stuurt op sommige onderwerpen zelf en laat "
            f"andere over aan partners.{note}")


def _chapter_visie(answers, gemeente):
    blocks = [ChapterStart("hoofdstuk-visie-op-mantelzorg-en-mantelzorgondersteuning",
                           "Visie op mantelzorg en mantelzorgondersteuning")]
    definitie = by_code(options.DEFINITIE_TYPES).get(answers.get("definitie_type"))
    if definitie and definitie.code == "eigen":
        blocks.append(Paragraph(f"{gemeente} gebruikt een eigen definitie van mantelzorg:"))
    elif definitie:
        blocks.append(Paragraph(f"{gemeente} gebruikt de {in_sentence(definitie.label)}. "
                                f"{definitie.uitleg} In eigen woorden:"))
    if answers.get("definitie_tekst"):
        blocks.append(Paragraph(answers["definitie_tekst"]))
    afbakening = labels(options.AFBAKENING, answers.get("afbakening"))
    if afbakening:
        blocks.append(Paragraph("Bij deze definitie hoort de volgende afbakening:"))
        blocks.append(BulletList(afbakening))
    if answers.get("inclusief_zorgvrijwilligers") is True:
        blocks.append(Paragraph("Dit beleid gaat ook over zorgvrijwilligers. Het gaat dus over "
                                "mantelzorg en informele zorg."))
    elif answers.get("inclusief_zorgvrijwilligers") is False:
        blocks.append(Paragraph("Zorgvrijwilligers vallen niet onder dit beleid. Het gaat over mantelzorgers."))

    principes = answers.get("leidende_principes") or []
    if principes:
        blocks.append(Heading("Leidende principes"))
        blocks.append(Paragraph("Deze principes sturen de keuzes in dit beleid:"))
        blocks.append(Table(caption="Leidende principes", headers=["Principe", "Wat het betekent"],
                            rows=[[row.get("principe", ""), row.get("toelichting", "")] for row in principes]))

    blocks.append(Heading("Breed of smal, dirigent of regisseur"))
    breedte = by_code(options.BREEDTE_BELEID).get(answers.get("breedte_beleid"))
    if breedte:
        article = "een " if breedte.code == "gemengd" else ""
        text = (f"{gemeente} kiest voor {article}{in_sentence(breedte.label)}. "
                f"Dat betekent: {in_sentence(breedte.uitleg)}")
        blocks.append(Paragraph(text))
        if answers.get("breedte_beleid") in ("smal", "gemengd"):
            groepen = labels(DOELGROEPEN, answers.get("smal_focus_doelgroepen"))
            steun = labels(options.VRAAGGEBIEDEN, answers.get("smal_focus_ondersteuning"))
            focus = []
            if groepen:
                focus.append(f"Extra aandacht gaat naar deze groepen: {join_words([in_sentence(g) for g in groepen])}.")
            if steun:
                focus.append(f"Voorrang krijgen deze soorten steun: {join_words([in_sentence(s) for s in steun])}.")
            if focus:
                blocks.append(Paragraph(" ".join(focus)))
    sturing = by_code(options.STURING).get(answers.get("sturing"))
    if sturing and sturing.code == "tussenvorm":
        blocks.append(Paragraph(f"Bij de sturing kiest {gemeente} voor een tussenvorm. {sturing.uitleg}"))
    elif sturing:
        blocks.append(Paragraph(f"Bij de sturing kiest {gemeente} voor de rol van "
                                f"{in_sentence(sturing.label)}. {sturing.uitleg}"))
    if answers.get("sturing_toelichting"):
        blocks.append(Paragraph(answers["sturing_toelichting"]))
    prose = _typetest_prose(answers, gemeente)
    if prose:
        blocks.append(Paragraph(prose))
    rollen = [in_sentence(r) for r in labels(options.GEMEENTE_ROLLEN, answers.get("gemeente_rollen"))]
    if rollen:
        blocks.append(Paragraph(f"De gemeente is in dit beleid {join_words(rollen)}."))
    blocks.append(FigureSlot("F2"))  # the typetest quadrant, after the choices it shows

    sofa = [(rol, answers.get(f"sofa_{rol.code}")) for rol in options.SOFA_ROLLEN]
    prioriteit = answers.get("sofa_prioriteit") or []
    if any(score for _rol, score in sofa) or prioriteit:
        blocks.append(Heading("De mantelzorger in vier rollen"))
        blocks.append(Paragraph(
            "Een mantelzorger is partner in de zorg, soms zelf hulpvrager, een naaste en een "
            "deskundige. Zo ziet de gemeente nu hoe haar beleid die rollen erkent:"))
        schaal = dict(SOFA_SCHAAL)
        blocks.append(Table(
            caption="Erkenning van de vier rollen (1 = nauwelijks, 5 = volledig)",
            headers=["Rol", "Score", "Versterken"],
            rows=[[rol.label, f"{score} – {schaal[score]}" if score else NOT_ANSWERED,
                   "Ja" if rol.code in prioriteit else "Nee"] for rol, score in sofa],
        ))
        if prioriteit:
            namen = [in_sentence(n) for n in labels(options.SOFA_ROLLEN, prioriteit)]
            blocks.append(Paragraph(f"De komende periode versterkt {gemeente} vooral de rol van "
                                    f"{join_words(namen)}."))
    return blocks


def _chapter_doelen(answers, gemeente):
    blocks = [ChapterStart("hoofdstuk-doelen", "Doelen")]
    prioriteit = {v.code: answers.get(f"prioriteit_{v.code}") for v in options.V_GEBIEDEN}
    doelen = answers.get("doelen") or []
    filled = [p for p in prioriteit.values() if p]
    if filled:
        top = max(filled)
        hoogste = [in_sentence(v.label) for v in options.V_GEBIEDEN if prioriteit[v.code] == top]
        blocks.append(Paragraph(f"{gemeente} werkt met de vier V's: vinden, versterken, verlichten en "
                                f"verbinden. De hoogste prioriteit {'krijgt' if len(hoogste) == 1 else 'krijgen'} "
                                f"{join_words(hoogste)}."))
        blocks.append(FigureSlot("F3"))  # the priority per V-gebied with its number of goals
    if doelen:
        blocks.append(Paragraph(f"{gemeente} wil in de beleidsperiode "
                                f"{count_text(len(doelen), 'doel', 'doelen')} bereiken. "
                                "Per V-gebied staan ze hieronder."))
        for v in options.V_GEBIEDEN:
            rows = [d for d in doelen if d.get("v_gebied") == v.code]
            if not rows:
                continue
            caption = v.label
            if prioriteit.get(v.code):
                caption += f" (prioriteit {prioriteit[v.code]})"
            blocks.append(Table(
                caption=caption,
                headers=["Code", "Doel", "Beoogd resultaat", "Voor wie", "Vraaggebied", "Termijn"],
                rows=[[d.get("doel_code", ""), d.get("omschrijving", ""), d.get("beoogd_resultaat", ""),
                       ", ".join(labels(DOELGROEPEN, d.get("doelgroep"))) or "Alle mantelzorgers",
                       ", ".join(labels(options.VRAAGGEBIEDEN, d.get("vraaggebied"))) or "–",
                       dutch_date(d.get("termijn")) or "–"] for d in rows],
            ))
    return blocks


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    gemeente = answers.get("gemeente_naam") or "De gemeente"
    # Three chapters of the plan; the gemeente and the period are on the cover.
    blocks = _chapter_context(answers, gemeente)
    blocks += _chapter_visie(answers, gemeente)
    blocks += _chapter_doelen(answers, gemeente)
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)

