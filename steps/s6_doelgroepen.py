"""Stap 6: welke mantelzorgers betrekt u, waar vindt u ze en hoe werft u ze?"""
from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, label
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.catalogs.vindplaatsen import VINDPLAATSEN, vindplaatsen_voor
from steps.choices import chosen_label, instrument_options, saved_codes
from steps.document import FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section, text_or_open
from steps.text import answer_rows, count_text, dutch_date, dutch_number, in_sentence, join_words, labels

NUMBER = 6
LABEL = "Stap 6"
KIND = "stap"
SLUG = "doelgroepen"
TITLE = "Bepaal welke mantelzorgers u wilt betrekken"
SHORT_TITLE = "Doelgroepen en werving"
PLAN_TITLE = "Welke mantelzorgers, waar de gemeente ze vindt en hoe zij werft"
INTRO = (
    "'De' mantelzorger bestaat niet. Mantelzorgers verschillen in leeftijd, werk, achtergrond en "
    "in de zorg die ze geven. Veel mensen noemen zichzelf ook geen mantelzorger. Kies daarom welke "
    "groepen u zeker wilt horen, waar u ze kunt vinden en hoe u ze uitnodigt."
)
TIPS = (
    "Nodig niet 'mantelzorgers' uit, maar 'mensen die zorgen voor een naaste'.",
    "Een persoonlijke uitnodiging via een huisarts, mentor of sleutelfiguur werkt veel beter "
    "dan een flyer.",
    "Begin 4 tot 8 weken voor de bijeenkomst of enquête met werven.",
    "Betrekt u jongeren onder de 16? Regel dan vooraf toestemming van een ouder.",
)

EIGEN_DOELGROEP = Option("eigen", "Eigen groep (niet in de lijst)")
EIGEN_VINDPLAATS = Option("eigen", "Eigen vindplaats (niet in de lijst)")
GROEP_KEUZES = DOELGROEPEN + (EIGEN_DOELGROEP,)
VINDPLAATS_KEUZES = VINDPLAATSEN + (EIGEN_VINDPLAATS,)
PRIORITEIT = ((1, "laag"), (2, "beperkt"), (3, "gemiddeld"), (4, "hoog"), (5, "hoogste"))
JONGE_MANTELZORGERS = "jonge_mantelzorgers"

VRAAG_GROEPEN = "Welke groepen mantelzorgers wilt u betrekken?"
VRAAG_VINDPLAATSEN = "Belangrijkste vindplaatsen"


class DoelgroepRow(f.ContextRow):
    doelgroep = f.single_choice(
        "Groep", GROEP_KEUZES, required=True, widget="select",
        required_message="Kies een groep uit de lijst. Staat de groep er niet bij? "
                         "Kies dan 'Eigen groep'.",
        help_text="Welke groep wilt u zeker horen? Bijvoorbeeld werkende mantelzorgers.",
    )
    eigen_naam = f.short_text(
        "Naam eigen groep",
        help_text="Alleen invullen bij een eigen groep. Bijvoorbeeld: 'Mantelzorgers in Hazelt'.",
    )
    reden = f.short_text(
        "Waarom deze groep?",
        help_text="Bijvoorbeeld: 'Nauwelijks in beeld' of 'Focusgroep van ons beleid'.",
    )
    prioriteit = f.scale(
        "Prioriteit", PRIORITEIT, widget="select",
        help_text="Hoe belangrijk is het dat deze groep meedoet? 5 is het belangrijkst.",
    )
    geschat_aantal = f.number(
        "Geschat aantal", help_text="Hoeveel van deze mantelzorgers zijn er ongeveer in uw gemeente?",
    )
    specifieke_drempels = f.short_text(
        "Drempels om mee te doen",
        help_text="Wat maakt meedoen moeilijk? Bijvoorbeeld: 'Alleen 's avonds tijd'.",
    )
    benodigde_faciliteiten = f.multiple_choice(
        "Wat hebben zij nodig?", options.FACILITEITEN, widget="select",
        help_text="Wat regelt u zodat deze groep kan meedoen? Bijvoorbeeld vervangende zorg.",
    )

    def completeness(self, data):
        if data.get("doelgroep") == EIGEN_DOELGROEP.code:
            self.require("eigen_naam", "Geef uw eigen groep een naam.")


class VindplaatsRow(f.ContextRow):
    vindplaats = f.single_choice(
        "Vindplaats", VINDPLAATS_KEUZES, required=True, widget="select",
        required_message="Kies een vindplaats uit de lijst. Staat hij er niet bij? "
                         "Kies dan 'Eigen vindplaats'.",
        help_text="Waar of via wie vindt u deze mantelzorgers? Bijvoorbeeld de huisarts of school.",
    )
    eigen_naam = f.short_text(
        "Naam eigen vindplaats",
        help_text="Alleen invullen bij een eigen vindplaats. Bijvoorbeeld: 'Wijkcentrum De Linde'.",
    )
    contactpersoon_organisatie = f.short_text(
        "Contactpersoon of organisatie",
        help_text="Met wie neemt u contact op? Bijvoorbeeld: 'Zorgcoördinator van het Dalton College'.",
    )
    doelgroepen = f.multiple_choice(
        "Voor welke groepen?", (ALLE,) + GROEP_KEUZES, widget="select",
        help_text="Welke van uw gekozen groepen vindt u hier?",
    )
    bestaande_relatie = f.single_choice(
        "Heeft u al contact?", options.BESTAANDE_RELATIE, widget="select",
        help_text="Kent u deze vindplaats al goed? Dan is werven makkelijker.",
    )

    def completeness(self, data):
        if data.get("vindplaats") == EIGEN_VINDPLAATS.code:
            self.require("eigen_naam", "Geef uw eigen vindplaats een naam.")


class WervingRow(f.ContextRow):
    doelgroep = f.single_choice(
        "Groep", GROEP_KEUZES, required=True, widget="select",
        required_message="Kies voor welke groep deze werving is.",
        help_text="Kies een groep die u hierboven bij de groepen heeft gezet.",
    )
    vindplaats = f.single_choice(
        "Vindplaats", VINDPLAATS_KEUZES, required=True, widget="select",
        required_message="Kies via welke vindplaats u werft.",
        help_text="Kies een vindplaats die u hierboven bij de vindplaatsen heeft gezet.",
    )
    wervingsaanpak = f.single_choice(
        "Aanpak", options.WERVINGSAANPAK, required=True, widget="select",
        required_message="Kies hoe u mensen uitnodigt.",
        help_text="Hoe nodigt u mensen uit? Een persoonlijke uitnodiging werkt het best.",
    )
    instrument = f.single_choice(
        "Voor welk instrument?", (), widget="select",
        help_text="Voor welk instrument uit stap 5 zoekt u deelnemers? Bijvoorbeeld de focusgroep.",
    )
    verantwoordelijke = f.short_text(
        "Wie werft?", required=True,
        required_message="Vul in wie deze werving doet.",
        help_text="Wie zorgt voor de werving? Bijvoorbeeld: 'Jongerenwerker S. Demir'.",
    )
    start_werving = f.date_field(
        "Start werving", required=True,
        required_message="Vul in wanneer de werving begint.",
        help_text="Begin 4 tot 8 weken voordat het instrument start.",
    )
    deadline = f.date_field("Deadline", help_text="Wanneer moeten de deelnemers bekend zijn?")
    beoogd_aantal = f.number("Beoogd aantal", help_text="Hoeveel mensen wilt u zo vinden?")
    status = f.single_choice("Status", options.WERVING_STATUS, widget="select")
    behaald_aantal = f.number(
        "Behaald aantal", help_text="Later invullen: hoeveel mensen deden echt mee?",
    )

    # A deadline before the start of the recruitment is the advisor's finding R35.


class Form(f.StepForm):
    wervingsboodschap = f.long_text(
        "Wervingsboodschap: hoe spreekt u mensen aan?",
        help_text="Schrijf de tekst waarmee u mensen uitnodigt. Veel mensen noemen zichzelf geen "
                  "mantelzorger. Beschrijf daarom hun situatie. Bijvoorbeeld: 'Zorgt u voor uw "
                  "partner, ouder of kind? Praat dan mee.'",
    )
    spreiding_toelichting = f.long_text(
        "Hoe zorgt u voor spreiding en representativiteit?",
        help_text="Hoe zorgt u dat niet alleen de bekende mantelzorgers meedoen? Bijvoorbeeld: "
                  "'Per wijk en per groep kijken we na 3 weken hoeveel reacties er zijn.'",
    )
    privacy_afspraken = f.long_text(
        "Privacy en toestemming",
        help_text="Hoe gaat u om met gegevens van deelnemers (AVG)? Bij jongeren onder de 16 is "
                  "toestemming van een ouder nodig. Verplicht als u jonge mantelzorgers betrekt. "
                  "Bijvoorbeeld: 'Geen namen in verslagen; ouders tekenen een toestemmingsformulier.'",
    )
    tables = {
        "doelgroepen": f.table(
            DoelgroepRow, label=VRAAG_GROEPEN,
            help_text="Kies de groepen die u zeker wilt horen. Zo voorkomt u dat alleen de mantelzorgers "
            "meedoen die u al kent. Bijvoorbeeld: jonge mantelzorgers, omdat u er maar weinig "
            "van kent.",
            min_rows=1, max_rows=25, min_rows_message="Kies minstens één groep mantelzorgers.",
        ),
        "vindplaatsen": f.table(
            VindplaatsRow, label=VRAAG_VINDPLAATSEN,
            help_text="Waar kunt u deze groepen vinden en bereiken? Mensen komen eerder als iemand die ze "
            "vertrouwen hen uitnodigt. Bijvoorbeeld: de huisarts voor oudere mantelzorgers.",
            min_rows=1, max_rows=30, min_rows_message="Vul minstens één vindplaats in.",
        ),
        "wervingsplan": f.table(
            WervingRow, label="Wervingsplan",
            help_text="Plan per groep hoe, waar en wanneer u deelnemers werft, en wie dat doet. Zo werft u "
            "gericht en niet op goed geluk. Bijvoorbeeld: jonge mantelzorgers via school, met een "
            "persoonlijke uitnodiging van de mentor.",
            min_rows=1, max_rows=30, min_rows_message="Plan minstens één wervingsactie.",
        ),
    }
    sections = (
        ("Welke groepen wilt u betrekken?", ["doelgroepen"]),
        ("Waar vindt u deze mantelzorgers?", ["vindplaatsen"]),
        ("Hoe werft u deelnemers?", ["wervingsplan", "wervingsboodschap", "spreiding_toelichting"]),
        ("Privacy en toestemming", ["privacy_afspraken"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.configure_table(self.formsets["wervingsplan"], options={
            "instrument": instrument_options(
                self.plan_answers, saved_codes(self.initial, "wervingsplan", "instrument")),
        })

    # Format only. A group twice (R39), a vindplaats or wervingsactie for a group or vindplaats
    # that is not in the tables above (R39) and young carers without privacy_afspraken (R33)
    # compare answers: the advisor's findings.

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        answers = self.current_answers()
        gepland = {row.get("doelgroep") for row in answers.get("wervingsplan") or []}
        zonder = [groep_naam(row) for row in answers.get("doelgroepen") or []
                  if row.get("doelgroep") and row.get("doelgroep") not in gepland]
        return [("Groepen zonder wervingsactie", join_words(zonder) or "Geen",
                 "Plan voor elke groep minstens één wervingsactie." if zonder
                 else "Voor elke groep staat een wervingsactie in het plan.")]

    def suggestions(self):
        saved = self.initial or {}
        groepen = saved_codes(saved, "doelgroepen", "doelgroep")
        visie = derived.step_answers(self.plan_answers, "visie")
        focus = derived.as_codes(visie.get("smal_focus_doelgroepen"))
        result = []
        ontbrekend = [code for code in focus if code not in groepen]
        if ontbrekend:
            result.append(("Groepen uit uw beleidskeuze in stap 1", [
                f"{label(DOELGROEPEN, code)}: uw beleid richt zich op deze groep. "
                "Voeg de groep toe als u haar ook bij de beleidsvorming wilt horen."
                for code in ontbrekend
            ]))
        codes = list(dict.fromkeys(groepen + focus))
        if not codes:
            result.append(("Voorgestelde vindplaatsen", [
                "Kies eerst de groepen die u wilt betrekken en sla de stap op. Dan stellen we "
                "vindplaatsen voor die bij die groepen passen.",
            ]))
            return result
        bekend = set(saved_codes(saved, "vindplaatsen", "vindplaats"))
        teksten = []
        for plek in vindplaatsen_voor(codes):
            if plek.code in bekend:
                continue
            if plek.voor_alle:
                teksten.append(f"{plek.label}: bereikt mantelzorgers uit alle groepen.")
            else:
                passend = [label(DOELGROEPEN, code) for code in codes if code in plek.doelgroepen]
                teksten.append(f"{plek.label}: geschikt voor {join_words(passend)}.")
        if teksten:
            result.append(("Voorgestelde vindplaatsen", teksten))
        return result


# --- Plan and check page ----------------------------------------------------------------------

def groep_naam(row):
    return derived.doelgroep_label(row.get("doelgroep"), row) if row.get("doelgroep") else ""


def vindplaats_naam(row):
    return chosen_label(VINDPLAATSEN, EIGEN_VINDPLAATS, derived.as_code(row.get("vindplaats")), row)


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    groepen = derived.table(answers, "doelgroepen")
    plekken = derived.table(answers, "vindplaatsen")
    werving = derived.table(answers, "wervingsplan")
    blocks = []

    # Groups
    tekst = [f"De gemeente wil {count_text(len(groepen), 'groep', 'groepen')} mantelzorgers betrekken."]
    prioriteiten = [derived.as_number(row.get("prioriteit")) for row in groepen]
    hoogste = max([p for p in prioriteiten if p is not None], default=None)
    if hoogste is not None:
        top = [groep_naam(row) for row in groepen if derived.as_number(row.get("prioriteit")) == hoogste]
        tekst.append(f"De hoogste prioriteit ({hoogste} van 5) hebben: {join_words([in_sentence(t) for t in top])}.")
    tekst.append("Voor elke groep staat hieronder waarom de gemeente haar wil horen, wat meedoen moeilijk "
                 "maakt en wat de gemeente regelt zodat ze toch kan meedoen.")
    blocks.append(Paragraph(" ".join(tekst)))
    if groepen:
        blocks.append(Table(
            caption="Groepen mantelzorgers die de gemeente betrekt",
            headers=["Groep", "Waarom", "Prioriteit", "Geschat aantal", "Drempels", "Wat de gemeente regelt"],
            rows=[[
                groep_naam(row),
                derived.as_text(row.get("reden")),
                str(row.get("prioriteit") or ""),
                dutch_number(row.get("geschat_aantal")) or "onbekend",
                derived.as_text(row.get("specifieke_drempels")),
                ", ".join(label(options.FACILITEITEN, code)
                          for code in derived.as_codes(row.get("benodigde_faciliteiten"))),
            ] for row in sorted(groepen, key=lambda r: -(derived.as_number(r.get("prioriteit")) or 0))],
        ))

    # Vindplaatsen
    if plekken:
        blocks.append(Heading("Waar de gemeente deze mantelzorgers vindt"))
        relaties = [derived.as_code(row.get("bestaande_relatie")) for row in plekken]
        zin = f"De gemeente zoekt mantelzorgers op via {count_text(len(plekken), 'vindplaats', 'vindplaatsen')}."
        goed, geen = relaties.count("ja"), relaties.count("nee")
        if goed:
            zin += f" Met {goed} daarvan heeft zij al goed contact."
        if geen:
            zin += f" Met {geen} heeft zij nog geen contact; dat legt zij eerst."
        blocks.append(Paragraph(zin))
        blocks.append(Table(
            caption="Vindplaatsen",
            headers=["Vindplaats", "Contact", "Voor welke groepen", "Contact nu"],
            rows=[[
                vindplaats_naam(row),
                derived.as_text(row.get("contactpersoon_organisatie")),
                ", ".join(labels((ALLE,) + GROEP_KEUZES, derived.as_codes(row.get("doelgroepen")))),
                label(options.BESTAANDE_RELATIE, row.get("bestaande_relatie")),
            ] for row in plekken],
        ))

    # Werving
    blocks.append(Heading("Hoe de gemeente deelnemers werft"))
    zinnen = []
    if werving:
        zinnen.append(f"De gemeente werft niet op goed geluk, maar volgens een plan met "
                      f"{count_text(len(werving), 'wervingsactie', 'wervingsacties')}.")
        persoonlijk = sum(1 for row in werving if row.get("wervingsaanpak") in {
            "persoonlijke_uitnodiging_professional", "warme_overdracht", "sleutelfiguur",
            "aanhaken_bijeenkomst", "straat_outreach"})
        if persoonlijk:
            zinnen.append(f"Bij {persoonlijk} daarvan nodigt zij mensen persoonlijk uit.")
        beoogd, behaald = derived.bereik_totaal({SLUG: answers})
        if beoogd:
            zinnen.append(f"Samen moeten die {dutch_number(beoogd)} mensen bereiken.")
        if behaald is not None:
            zinnen.append(f"Tot nu toe deden {dutch_number(behaald)} mensen mee.")
    zonder = [groep_naam(row) for row in groepen
              if row.get("doelgroep") not in {w.get("doelgroep") for w in werving}]
    if zonder:
        zinnen.append(f"Voor {join_words([in_sentence(z) for z in zonder])} is nog geen werving gepland. "
                      "Dat regelt de gemeente nog.")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    if werving:
        blocks.append(Table(
            caption="Wervingsplan",
            headers=["Groep", "Vindplaats", "Aanpak", "Voor", "Wie", "Start", "Deadline",
                     "Beoogd", "Status", "Behaald"],
            rows=[[
                label(GROEP_KEUZES, row.get("doelgroep")),
                label(VINDPLAATS_KEUZES, row.get("vindplaats")),
                label(options.WERVINGSAANPAK, row.get("wervingsaanpak")),
                derived.instrument_label(row.get("instrument"), as_choice=True),
                derived.as_text(row.get("verantwoordelijke")),
                dutch_date(row.get("start_werving")),
                dutch_date(row.get("deadline")),
                dutch_number(row.get("beoogd_aantal")),
                label(options.WERVING_STATUS, row.get("status")),
                dutch_number(row.get("behaald_aantal")),
            ] for row in sorted(werving, key=lambda r: r.get("start_werving") or "9999")],
        ))
    blocks.append(FigureSlot("F9"))  # per group where we recruit and where else we can find them

    boodschap = derived.as_text(answers.get("wervingsboodschap"))
    if boodschap:
        blocks.append(Heading("Hoe de gemeente mensen aanspreekt"))
        blocks.append(Paragraph("De gemeente noemt mensen niet alleen 'mantelzorger', want veel mensen "
                                "herkennen zich daar niet in. De uitnodiging luidt:"))
        blocks.append(Paragraph(f"“{boodschap}”"))
    spreiding = derived.as_text(answers.get("spreiding_toelichting"))
    if spreiding:
        blocks.append(Heading("Spreiding over groepen en wijken"))
        blocks.append(Paragraph(spreiding))
    privacy = derived.as_text(answers.get("privacy_afspraken"))
    jong = any(row.get("doelgroep") == JONGE_MANTELZORGERS for row in groepen)
    if privacy or jong:
        blocks.append(Heading("Privacy en toestemming"))
        blocks.append(Paragraph(text_or_open(privacy)))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers, summaries={
        "doelgroepen": groep_naam,
        "vindplaatsen": vindplaats_naam,
        "wervingsplan": lambda row: (f"{label(GROEP_KEUZES, row.get('doelgroep'))} via "
                                     f"{label(VINDPLAATS_KEUZES, row.get('vindplaats'))}"),
    })

