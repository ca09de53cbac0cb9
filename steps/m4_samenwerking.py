"""Verdieping 4: Lokale samenwerking (domain.md 6, M4; MantelzorgNL's six steps "Samen sterker").

Six questions in order: the gemeente's own role, what cooperation should achieve, the existing
network (and where cooperation is missing), the partners with their priority and their place on
the samenwerkingsladder (the participatieladder used for cooperation: the rung now and the rung
wanted), shared ambitions, and how the cooperation is evaluated. The plan draws the ladder as
figure F13 (steps/figures.py). Rule R45 checks that a partner far below its wanted rung has an
action in step 7.
"""
import re
import unicodedata
from dataclasses import dataclass

from steps import derived
from steps import forms as f
from steps.advisor.finding import WAARSCHUWING, Finding
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.ladder import TREDEN
from steps.choices import ladder_options
from steps.document import BulletList, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import answer_rows, count_text, dutch_date, gemeente_naam, in_sentence, join_words, shorten

NUMBER = 4
LABEL = "Verdieping 4"
KIND = "verdieping"
SLUG = "samenwerking"
TITLE = "Werk samen met lokale partners"
SHORT_TITLE = "Lokale samenwerking"
PLAN_TITLE = "Lokale samenwerking"
INTRO = (
    "Samen met partners vindt en steunt u meer mantelzorgers dan alleen. In zes vragen bepaalt u "
    "uw eigen rol, wat de samenwerking moet opleveren en met welke partners u eerst aan de slag "
    "gaat. Per partner kiest u hoe nauw u nu samenwerkt en hoe nauw u wilt samenwerken."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = ("Wilt u dat huisartsen, scholen, werkgevers en buurtinitiatieven mantelzorgers beter zien "
            "en doorverwijzen? Plan met wie u eerst samenwerkt en hoe nauw.")
TIPS = (
    "U kunt niet alles tegelijk. Kies twee of drie partners die u eerst aanpakt.",
    "Denk ook aan partners buiten de zorg: werkgevers, scholen en leerplicht, de arbodienst, "
    "de bibliotheek en buurtinitiatieven zien mantelzorgers vaak het eerst.",
    "Zoek het gezamenlijke belang. Een werkgever wil minder verzuim, een school wil dat een "
    "leerling meekomt. Begin daar het gesprek.",
    "Hoger op de ladder is niet altijd beter. Met sommige partners is goed informeren genoeg.",
    "Het Kwaliteitskompas van MantelzorgNL helpt om samen met partners te bespreken wat goede "
    "ondersteuning is.",
)


# --- Lists of this module --------------------------------------------------------------------

EIGEN_ROLLEN = (
    Option("mantelzorgondersteuner", "Mantelzorgondersteuner",
           "u ondersteunt mantelzorgers zelf, bijvoorbeeld met consulenten of een loket"),
    Option("belangenbehartiger", "Belangenbehartiger",
           "u komt op voor de belangen van mantelzorgers bij bestuur en partners"),
    Option("expertisecentrum", "Expertisecentrum",
           "u deelt kennis over mantelzorg met partners, zodat zij mantelzorgers beter helpen"),
    Option("regisseur", "Regisseur",
           "u brengt partners samen, maakt afspraken en let erop dat ze worden nagekomen"),
)

SAMENWERKINGSDOELEN = (
    Option("eerder_signaleren", "Mantelzorgers eerder herkennen",
           "Partners zien eerder dat iemand mantelzorger is, ook als die het zelf niet zo noemt."),
    Option("meer_doorverwijzingen", "Meer doorverwijzingen naar ondersteuning",
           "Partners weten waar ze een mantelzorger naartoe kunnen sturen, en doen dat ook."),
    Option("aandacht_professionals", "Meer aandacht van professionals voor de mantelzorger",
           "Thuiszorg, huisarts en sociaal team vragen ook hoe het met de mantelzorger gaat."),
    Option("aanbod_afstemmen", "Aanbod beter op elkaar afstemmen",
           "Minder losse eindjes en dubbel werk tussen organisaties."),
    Option("kennis_delen", "Kennis en signalen delen",
           "Partners vertellen elkaar wat ze zien, zodat knelpunten sneller boven komen."),
    Option("samen_aanbod", "Samen nieuw aanbod maken",
           "Partners bedenken en organiseren samen iets nieuws, bijvoorbeeld respijt aan huis."),
    Option("werk_en_school", "Zorg en werk of school beter combineren",
           "Werkgevers en scholen maken ruimte voor zorgtaken."),
)


@dataclass(frozen=True)
class PartnerSoort:
    """A kind of partner in the network map: formal organisation or informal initiative."""

    code: str
    naam: str
    netwerk: str  # "formeel" or "informeel"

    @property
    def label(self):
        return f"{self.netwerk.capitalize()}: {self.naam}"


FORMEEL, INFORMEEL = "formeel", "informeel"
PARTNER_SOORTEN = (
    PartnerSoort("thuiszorg", "thuiszorg of wijkverpleging", FORMEEL),
    PartnerSoort("huisarts", "huisarts, POH of zorggroep", FORMEEL),
    PartnerSoort("sociaal_team", "sociaal (wijk)team of Wmo-loket", FORMEEL),
    PartnerSoort("steunpunt_welzijn", "steunpunt mantelzorg of welzijnsorganisatie", FORMEEL),
    PartnerSoort("zorgaanbieder", "zorgaanbieder (VVT, GGZ, gehandicaptenzorg)", FORMEEL),
    PartnerSoort("ziekenhuis_apotheek", "ziekenhuis of apotheek", FORMEEL),
    PartnerSoort("werkgever", "werkgever of ondernemersvereniging", FORMEEL),
    PartnerSoort("school_leerplicht", "school of leerplicht", FORMEEL),
    PartnerSoort("arbodienst", "arbodienst of bedrijfsarts", FORMEEL),
    PartnerSoort("woningcorporatie", "woningcorporatie", FORMEEL),
    PartnerSoort("zorgverzekeraar", "zorgverzekeraar of zorgkantoor", FORMEEL),
    PartnerSoort("formeel_anders", "andere organisatie", FORMEEL),
    PartnerSoort("buurtinitiatief", "buurtinitiatief of zorgcoöperatie", INFORMEEL),
    PartnerSoort("vrijwilligers", "vrijwilligersorganisatie", INFORMEEL),
    PartnerSoort("religieus_migranten", "kerk, moskee of migrantenorganisatie", INFORMEEL),
    PartnerSoort("belangenorganisatie", "patiënten- of naastenvereniging", INFORMEEL),
    PartnerSoort("vereniging", "sport-, buurt- of ouderenvereniging", INFORMEEL),
    PartnerSoort("informeel_anders", "ander initiatief van inwoners", INFORMEEL),
)

#: What each role means, for the plan (the gemeente in the third person).
ROL_ZIN = {
    "mantelzorgondersteuner": "zij ondersteunt mantelzorgers zelf",
    "belangenbehartiger": "zij komt bij bestuur en partners op voor de belangen van mantelzorgers",
    "expertisecentrum": "zij deelt kennis over mantelzorg, zodat partners mantelzorgers beter helpen",
    "regisseur": "zij brengt partners samen, maakt afspraken en let erop dat die worden nagekomen",
}

PRIORITEITEN = ((1, "eerst"), (2, "daarna"), (3, "later"))
PRIORITEIT_WOORD = dict(PRIORITEITEN)

#: Step 7 stakeholder types that are the gemeente itself: not a local partner to suggest.
INTERN = {"wethouder_zorg", "wethouder_wonen", "college", "gemeenteraad", "management",
          "collega_beleidsterreinen"}
#: The kind of partner a step 7 stakeholder type suggests.
SOORT_VAN_STAKEHOLDER = {
    "steunpunt": "steunpunt_welzijn", "welzijnsorganisatie": "steunpunt_welzijn",
    "wijkteam": "sociaal_team", "zorgaanbieders": "zorgaanbieder", "huisartsen": "huisarts",
    "ziekenhuis": "ziekenhuis_apotheek", "zorgverzekeraar_zorgkantoor": "zorgverzekeraar",
    "woningcorporatie": "woningcorporatie", "werkgevers": "werkgever", "onderwijs": "school_leerplicht",
    "vrijwilligerscentrale": "vrijwilligers", "belangenorganisaties": "belangenorganisatie",
    "religieus_migranten": "religieus_migranten", "burgerinitiatieven": "buurtinitiatief",
    "mantelzorgers": "informeel_anders",
}


# --- The form --------------------------------------------------------------------------------

class PartnerRow(f.ContextRow):
    partner = f.short_text(
        "Partner", required=True, required_message="Vul de naam van de partner in.",
        help_text="Met welke organisatie of welk initiatief wilt u samenwerken? Bijvoorbeeld: "
                  "'Huisartsenkring Lindewaarde'.",
    )
    soort = f.single_choice(
        "Soort partner", PARTNER_SOORTEN, widget="select",
        help_text="Is het een formele organisatie of een informeel initiatief? Bijvoorbeeld: "
                  "'Formeel: school of leerplicht'.",
    )
    prioriteit = f.scale(
        "Prioriteit", PRIORITEITEN, required=True, widget="select",
        required_message="Kies of u met deze partner eerst, daarna of later aan de slag gaat.",
        help_text="U kunt niet alles tegelijk. Kies 1 voor de partners waar u eerst mee begint.",
    )
    huidige_trede = f.single_choice(
        "Samenwerking nu", TREDEN, widget="select",
        help_text="Hoe nauw werkt u nu samen? Gebruik de treden van de participatieladder. "
                  "Bijvoorbeeld: 'Informeren' als u de partner alleen op de hoogte houdt.",
    )
    gewenste_trede = f.single_choice(
        "Samenwerking gewenst", TREDEN, widget="select",
        help_text="Hoe nauw wilt u samenwerken? Bijvoorbeeld: 'Coproduceren' als u samen iets "
                  "wilt maken.",
    )
    wat_samen_doen = f.long_text(
        "Wat doet u samen?", rows=2,
        help_text="Wat gaat u samen doen, en wat is het belang van de partner? Bijvoorbeeld: "
                  "'Verwijskaart voor de praktijkondersteuner; minder spreekuurbezoek door "
                  "overbelaste mantelzorgers.'",
    )


class Form(f.StepForm):
    eigen_rol = f.single_choice(
        "Welke rol neemt u zelf in de samenwerking?", EIGEN_ROLLEN, required=True,
        required_message="Kies welke rol u zelf neemt in de samenwerking.",
        help_text="Uw rol bepaalt wat partners van u mogen verwachten. Een gemeente is vaak "
                  "regisseur: zij brengt partners samen en maakt afspraken.",
    )
    eigen_rol_toelichting = f.long_text(
        "Toelichting op uw rol",
        help_text="Wat doet u zelf, en wat laat u aan partners? Bijvoorbeeld: 'Wij maken de "
                  "afspraken, het steunpunt voert de ondersteuning uit.'",
    )
    samenwerkingsdoelen = f.multiple_choice(
        "Wat moet de samenwerking opleveren?", SAMENWERKINGSDOELEN,
        help_text="Kies wat u met partners wilt bereiken. Bijvoorbeeld: meer doorverwijzingen "
                  "naar het steunpunt.",
    )
    samenwerkingsdoelen_toelichting = f.long_text(
        "Voor welke thema's en groepen?",
        help_text="Noem de thema's en groepen mantelzorgers waar de samenwerking om draait. "
                  "Bijvoorbeeld: 'Jonge mantelzorgers op school; respijt voor mensen die voor "
                  "iemand met dementie zorgen.'",
    )
    bestaand_netwerk = f.long_text(
        "In welke netwerken staat mantelzorg al op de agenda, of zou het moeten staan?",
        help_text="Denk aan overleggen die er al zijn. Bijvoorbeeld: 'Het netwerk informele zorg "
                  "komt elk kwartaal bij elkaar. In het overleg van de scholen staat mantelzorg "
                  "nog niet op de agenda.'",
    )
    ontbrekende_samenwerking = f.long_text(
        "Waar ontbreekt samenwerking nog?",
        help_text="Waar zien mantelzorgers een gat tussen organisaties? Bijvoorbeeld: 'Huisartsen "
                  "en het steunpunt kennen elkaar nauwelijks.'",
    )
    gezamenlijke_ambities = f.long_text(
        "Welke ambities heeft u samen met de partners?",
        help_text="Wat willen u en de partners samen bereiken? Wat is het belang van elke partij, "
                  "en waarin vult u elkaar aan? Bijvoorbeeld: 'Samen met huisartsen en het "
                  "sociaal team: geen mantelzorger meer die pas in beeld komt als het te laat is.'",
    )
    evaluatie_samenwerking = f.long_text(
        "Hoe bespreekt u of de samenwerking werkt?",
        help_text="Wanneer en met wie kijkt u terug? Wat meet u? Bijvoorbeeld: 'Eén keer per jaar "
                  "met elke partner: aantal doorverwijzingen en wat er beter kan.'",
    )
    evaluatie_moment = f.date_field(
        "Eerste evaluatie van de samenwerking",
        help_text="Wanneer kijkt u voor het eerst terug? Bijvoorbeeld: 31-10-2027.",
    )
    tables = {
        "partnerprioritering": f.table(
            PartnerRow, label="Partners en prioriteiten",
            help_text="Met welke partners werkt u samen, en met wie begint u? Geef per partner aan "
                      "hoe nauw u nu samenwerkt en hoe nauw u wilt samenwerken. Bijvoorbeeld: "
                      "huisartsen, prioriteit 1, nu informeren, gewenst adviseren.",
            min_rows=1, max_rows=20, min_rows_message="Vul minstens één partner in.",
        ),
    }
    sections = (
        ("1. Uw eigen rol", ["eigen_rol", "eigen_rol_toelichting"]),
        ("2. Doelen van de samenwerking", ["samenwerkingsdoelen", "samenwerkingsdoelen_toelichting"]),
        ("3. Het netwerk dat er al is", ["bestaand_netwerk", "ontbrekende_samenwerking"]),
        ("4. Partners en de samenwerkingsladder", ["partnerprioritering"]),
        ("5. Gezamenlijke ambities", ["gezamenlijke_ambities"]),
        ("6. Evaluatie van de samenwerking", ["evaluatie_samenwerking", "evaluatie_moment"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        treden = ladder_options(self.plan_answers)
        f.configure_table(self.formsets["partnerprioritering"], options={
            "huidige_trede": treden, "gewenste_trede": treden,
        })

    def suggestions(self):
        result = []
        eigen = partner_rows(self.current_answers())
        voorstellen = stakeholder_suggesties(self.plan_answers)
        if voorstellen:
            items = []
            for naam, soort, nu, gewenst in voorstellen:
                zin = naam
                if soort:
                    zin += f" ({by_code(PARTNER_SOORTEN)[soort].netwerk}: {by_code(PARTNER_SOORTEN)[soort].naam})"
                ladder = _ladder_zin(nu, gewenst)
                if ladder:
                    zin += f": {ladder}"
                if any(same_partner(derived.as_text(row.get("partner")), naam) for row in eigen):
                    zin += " (staat al in uw tabel)"
                items.append(zin + ".")
            result.append(("Partners uit stap 7 (stakeholders)", items))
        else:
            result.append(("Partners uit stap 7 (stakeholders)", [
                "In stap 7 staan nog geen partijen buiten de gemeente. Vult u daar de "
                "stakeholders in, dan ziet u ze hier als voorstel."]))
        result.append(("Partners die mantelzorgers kunnen herkennen", [
            "Formeel: " + ", ".join(s.naam for s in PARTNER_SOORTEN if s.netwerk == FORMEEL
                                    and not s.code.endswith("_anders")) + ".",
            "Informeel: " + ", ".join(s.naam for s in PARTNER_SOORTEN if s.netwerk == INFORMEEL
                                      and not s.code.endswith("_anders")) + ".",
        ]))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        rows = [row for row in partner_rows(self.current_answers()) if _both_rungs(row)]
        if not rows:
            return [("Samenwerkingsladder", "Nog niet te bepalen",
                     "Vul bij een partner in hoe nauw u nu samenwerkt en hoe nauw u wilt samenwerken.")]
        acties = step7_acties(self.plan_answers)
        result = []
        for row in rows:
            naam = derived.as_text(row.get("partner"))
            gap = kloof(row)
            uitleg = "De samenwerking blijft zoals ze is."
            if gap >= 2:
                actie = matching_actie(naam, acties, self.plan_answers)
                uitleg = (f"In stap 7 hoort bij deze partner de actie '{shorten(actie, 70)}'." if actie else
                          "Een grote stap. In het actieplan van stap 7 staat nog geen actie met deze "
                          "partner als trekker of partner.")
            elif gap == 1:
                uitleg = "Eén trede hoger: een kleine stap."
            elif gap < 0:
                uitleg = "U wilt minder nauw samenwerken dan nu."
            result.append((naam or "Partner zonder naam", _ladder_zin(row.get("huidige_trede"),
                                                                     row.get("gewenste_trede")), uitleg))
        return result


# --- Reading the answers -----------------------------------------------------------------------

def partner_rows(answers):
    """The filled rows of the partner table."""
    return [row for row in derived.table(answers, "partnerprioritering") if not derived.is_blank(row)]


def _both_rungs(row):
    return derived.niveau(row.get("huidige_trede")) and derived.niveau(row.get("gewenste_trede"))


def kloof(row):
    """Rungs between the cooperation now and the cooperation wanted (negative: less close); 0 when
    either is unknown."""
    if not _both_rungs(row):
        return 0
    return derived.niveau(row.get("gewenste_trede")) - derived.niveau(row.get("huidige_trede"))


def kloof_woorden(gap):
    """'2 treden hoger', '1 trede lager', 'gelijk'."""
    if gap == 0:
        return "gelijk"
    return f"{count_text(abs(gap), 'trede', 'treden')} {'hoger' if gap > 0 else 'lager'}"


def _ladder_zin(nu, gewenst):
    """'nu informeren, gewenst adviseren (2 treden hoger)'."""
    nu_label, gewenst_label = label(TREDEN, derived.as_code(nu)), label(TREDEN, derived.as_code(gewenst))
    if nu_label and gewenst_label:
        gap = derived.niveau(gewenst) - derived.niveau(nu)
        return f"nu {nu_label.lower()}, gewenst {gewenst_label.lower()} ({kloof_woorden(gap)})"
    if nu_label:
        return f"nu {nu_label.lower()}"
    return f"gewenst {gewenst_label.lower()}" if gewenst_label else ""


def stakeholder_suggesties(plan_answers):
    """(name, partner kind or "", rung now, rung wanted) for every party in step 7 outside the
    gemeente, the largest gap first."""
    rows = derived.table(derived.step_answers(plan_answers, "draagvlak"), "stakeholders")
    result = []
    for row in rows:
        code = derived.as_code(row.get("stakeholder"))
        if not code or code in INTERN:
            continue
        naam = derived.stakeholder_label(code, row)
        contact = derived.as_text(row.get("naam_contact"))
        if contact and code != "eigen":
            naam = f"{naam} ({contact})"
        result.append((naam, SOORT_VAN_STAKEHOLDER.get(code, ""),
                       derived.as_code(row.get("huidige_samenwerking_trede")),
                       derived.as_code(row.get("gewenste_samenwerking_trede"))))
    def gap(item):
        nu, gewenst = derived.niveau(item[2]), derived.niveau(item[3])
        return gewenst - nu if nu and gewenst else -99

    return sorted(result, key=gap, reverse=True)


# --- Does a step 7 action mention a partner? ----------------------------------------------------
#
# A partner counts as "in an action" when the Trekker or Partners column of an action in step 7
# names it. Two ways, both after normalising (lower case, accents and punctuation dropped):
#   1. the partner's name, without little words and words like "stichting", appears as a
#      whole phrase, also without the gemeente's name ("Sociaal team Lindewaarde" in "Sociaal
#      team, steunpunt");
#   2. or a distinctive word of the name appears: a word of 3 letters or more that is not a
#      little word, not a general word (stichting, gemeente, team, mantelzorg ...) and not part of
#      the gemeente's name. Words match when equal, or when the shorter one (6 letters or more)
#      starts the longer one: "huisarts" matches "Huisartsenkring", "werkgever" "werkgevers".
# The officer can always make the match by naming the partner in the action.

LITTLE_WORDS = {"de", "het", "een", "van", "en", "voor", "in", "op", "met", "te", "der", "den", "of",
                "aan", "bij", "t", "s", "incl", "via", "en/of"}
ORG_WORDS = {"stichting", "vereniging", "organisatie", "organisaties", "bv", "nv", "vof"}
GENERAL_WORDS = ORG_WORDS | {
    "gemeente", "gemeentelijk", "gemeentelijke", "team", "teams", "afdeling", "lokaal", "lokale",
    "regio", "regionaal", "regionale", "centrum", "mantelzorg", "mantelzorgers", "mantelzorger",
    "zorg", "welzijn", "partner", "partners", "samen", "alle", "andere", "overige", "groep",
    "sociaal", "sociale", "domein", "noord", "zuid", "oost", "west",
}


def words(text):
    """Lower-case words without accents or punctuation: 'Zorggroep "Dé Linde"' -> ['zorggroep', 'de', 'linde']."""
    text = unicodedata.normalize("NFKD", derived.as_text(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.findall(r"[a-z0-9]+", text)


def _same_word(a, b):
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 6 and long.startswith(short)


def mentions(text, naam, ignore=()):
    """True when `text` (an action's trekker and partners) names the partner `naam` (see above).
    `ignore`: more words that do not tell partners apart (the gemeente's name)."""
    tekst, kern, ignore = words(text), _kern(naam), set(ignore)
    if not tekst or not kern:
        return False
    zonder_gemeente = [word for word in kern if word not in ignore]
    for phrase in (kern, zonder_gemeente):
        if phrase and f" {' '.join(phrase)} " in f" {' '.join(tekst)} ":
            return True
    kenmerkend = [word for word in kern if len(word) >= 3 and word not in GENERAL_WORDS and word not in ignore]
    return any(_same_word(key, word) for key in kenmerkend for word in tekst)


def _kern(text):
    return [word for word in words(text) if word not in LITTLE_WORDS and word not in ORG_WORDS]


def same_partner(naam, beschrijving):
    """True when a partner name and a description of a party (label and contact of step 7) name
    the same party: one's words, without little words, appear as a phrase in the other."""
    a, b = " ".join(_kern(naam)), " ".join(_kern(beschrijving))
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def step7_acties(plan_answers):
    return [row for row in derived.table(derived.step_answers(plan_answers, "draagvlak"), "acties")
            if not derived.is_blank(row)]


def gemeente_woorden(plan_answers):
    return set(words(derived.step_answers(plan_answers, "visie").get("gemeente_naam")))


def matching_actie(naam, acties, plan_answers):
    """The name of the first step 7 action whose trekker or partners mention the partner, or ""."""
    ignore = gemeente_woorden(plan_answers)
    for row in acties:
        text = f"{derived.as_text(row.get('wie_trekker'))}, {derived.as_text(row.get('partners'))}"
        if mentions(text, naam, ignore):
            return derived.as_text(row.get("actie")) or "actie zonder naam"
    return ""


# --- Plan ---------------------------------------------------------------------------------------

def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    naam = gemeente_naam(plan_answers)
    wie = "de gemeente" if naam == "De gemeente" else naam
    blocks = []

    rol = derived.as_code(answers.get("eigen_rol"))
    zinnen = []
    if rol:
        zin = f"In de samenwerking met lokale partners is {wie} {in_sentence(label(EIGEN_ROLLEN, rol))}"
        zinnen.append(f"{zin}: {ROL_ZIN[rol]}." if rol in ROL_ZIN else f"{zin}.")
    if derived.as_text(answers.get("eigen_rol_toelichting")):
        zinnen.append(derived.as_text(answers["eigen_rol_toelichting"]))
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))

    doelen = [label(SAMENWERKINGSDOELEN, code) for code in derived.as_codes(answers.get("samenwerkingsdoelen"))]
    toelichting = derived.as_text(answers.get("samenwerkingsdoelen_toelichting"))
    if doelen or toelichting:
        blocks.append(Heading("Wat de samenwerking moet opleveren"))
        if doelen:
            blocks.append(Paragraph(f"Met de samenwerking wil {wie} dit bereiken:"))
            blocks.append(BulletList(doelen))
        if toelichting:
            blocks.append(Paragraph(f"Thema's en groepen: {in_sentence(toelichting)}"))

    netwerk = derived.as_text(answers.get("bestaand_netwerk"))
    ontbreekt = derived.as_text(answers.get("ontbrekende_samenwerking"))
    if netwerk or ontbreekt:
        blocks.append(Heading("Het netwerk van nu"))
        if netwerk:
            blocks.append(Paragraph(netwerk))
        if ontbreekt:
            blocks.append(Paragraph(f"Waar samenwerking nog ontbreekt: {ontbreekt}"))

    rows = partner_rows(answers)
    if rows:
        blocks.append(Heading("Partners en prioriteiten"))
        blocks.append(Paragraph(_partners_zin(rows, wie)))
        volgorde = sorted(rows, key=lambda row: (derived.as_number(row.get("prioriteit")) or 9))
        blocks.append(Table(
            caption="Partners, prioriteit en samenwerking",
            headers=["Partner", "Soort", "Prioriteit", "Samenwerking nu → gewenst", "Wat ze samen doen"],
            rows=[[
                derived.as_text(row.get("partner")),
                _soort_label(row.get("soort")),
                _prioriteit(row.get("prioriteit")),
                _nu_gewenst(row),
                derived.as_text(row.get("wat_samen_doen")),
            ] for row in volgorde],
        ))
        ladder = [row for row in rows if _both_rungs(row)]
        if ladder:
            blocks.append(Heading("Samenwerkingsladder"))
            blocks.append(Paragraph(_ladder_alinea(ladder, wie)))
            blocks.append(FigureSlot("F13"))

    if derived.as_text(answers.get("gezamenlijke_ambities")):
        blocks.append(Heading("Gezamenlijke ambities"))
        blocks.append(Paragraph(derived.as_text(answers["gezamenlijke_ambities"])))

    evaluatie = derived.as_text(answers.get("evaluatie_samenwerking"))
    moment = dutch_date(answers.get("evaluatie_moment"))
    if evaluatie or moment:
        blocks.append(Heading("Evaluatie van de samenwerking"))
        zinnen = [evaluatie] if evaluatie else []
        if moment:
            zinnen.append(f"De eerste evaluatie van de samenwerking is uiterlijk {moment}.")
        blocks.append(Paragraph(" ".join(zinnen)))
    if not blocks:  # only answers the plan does not tell (a choice not in the list, say)
        blocks.append(Paragraph("De samenwerking met lokale partners is nog niet verder uitgewerkt."))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def _soort_label(code):
    soort = by_code(PARTNER_SOORTEN).get(derived.as_code(code))
    return soort.label if soort else derived.as_code(code)


def _prioriteit(value):
    number = derived.as_number(value)
    if number in PRIORITEIT_WOORD:
        return f"{number} ({PRIORITEIT_WOORD[number]})"
    return derived.as_text(value)


def _nu_gewenst(row):
    nu, gewenst = label(TREDEN, derived.as_code(row.get("huidige_trede"))), \
        label(TREDEN, derived.as_code(row.get("gewenste_trede")))
    if nu and gewenst:
        return f"{nu} → {gewenst}"
    return nu or gewenst


def _partners_zin(rows, wie):
    soorten = by_code(PARTNER_SOORTEN)
    netwerken = [getattr(soorten.get(derived.as_code(row.get("soort"))), "netwerk", "") for row in rows]
    formeel, informeel = netwerken.count(FORMEEL), netwerken.count(INFORMEEL)
    zin = f"{wie[:1].upper() + wie[1:]} werkt samen met {count_text(len(rows), 'partner', 'partners')}"
    delen = []
    if formeel:
        delen.append(count_text(formeel, "formele organisatie", "formele organisaties"))
    if informeel:
        delen.append(count_text(informeel, "informeel initiatief", "informele initiatieven"))
    zin += f": {join_words(delen)}." if delen else "."
    eerst = [derived.as_text(row.get("partner")) for row in rows if derived.as_number(row.get("prioriteit")) == 1]
    eerst = [name for name in eerst if name]
    if eerst:
        zin += f" Eerst komt de samenwerking met {join_words(eerst)}."
    zin += " Niet alles kan tegelijk: de andere partners volgen daarna."
    return zin


def _ladder_alinea(rows, wie):
    zin = (f"Voor de samenwerking gebruikt {wie} de treden van de participatieladder als "
           "samenwerkingsladder: van elkaar informeren tot samen beslissen. Per partner staat hoe "
           "nauw de samenwerking nu is en hoe nauw die moet worden.")
    hoger = [(kloof(row), derived.as_text(row.get("partner"))) for row in rows if kloof(row) > 0]
    gelijk = [derived.as_text(row.get("partner")) for row in rows if kloof(row) == 0]
    if hoger:
        grootste = max(gap for gap, _name in hoger)
        namen = [name for gap, name in hoger if gap == grootste]
        zin += (f" Met {count_text(len(hoger), 'partner', 'partners')} wil {wie} nauwer samenwerken. "
                f"De grootste stap ({kloof_woorden(grootste)}) is bij {join_words(namen)}.")
    if gelijk:
        zin += f" Met {join_words(gelijk)} blijft de samenwerking zoals ze is."
    return zin


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "partnerprioritering": lambda row: " – ".join(part for part in (
            derived.as_text(row.get("partner")), _nu_gewenst(row)) if part),
    })


# --- Advisor rule --------------------------------------------------------------------------------

def r45_partner_zonder_actie(answers):
    """R45: a partner two or more rungs below the cooperation it should have, without an action in
    step 7 whose trekker or partners name it (see `mentions`)."""
    rows = partner_rows(derived.step_answers(answers, SLUG))
    if not rows:
        return
    acties = step7_acties(answers)
    for row in rows:
        naam = derived.as_text(row.get("partner"))
        gap = kloof(row)
        if not naam or gap < 2 or matching_actie(naam, acties, answers):
            continue
        yield Finding(
            "R45",
            WAARSCHUWING,
            ("draagvlak", SLUG),
            f"Stap 7: met {naam} wilt u veel nauwer samenwerken (van "
            f"{derived.trede_label(row.get('huidige_trede')).lower()} naar "
            f"{derived.trede_label(row.get('gewenste_trede')).lower()}, {kloof_woorden(gap)}). In het "
            f"actieplan staat nog geen actie met deze partner. Voeg een actie toe en noem de partner "
            f"bij 'Trekker' of 'Partners'.",
            "acties",
        )


#: Lindewaarde's answers (domain.md 7), or None when the demo leaves this section empty.
DEMO = {
    "eigen_rol": "regisseur",
    "eigen_rol_toelichting": (
        "Het Steunpunt Mantelzorg voert de ondersteuning uit en is voor partners het vaste "
        "aanspreekpunt. De gemeente legt de afspraken met het steunpunt vast in de "
        "subsidiebeschikking en bespreekt ze elk kwartaal."
    ),
    "samenwerkingsdoelen": ["eerder_signaleren", "meer_doorverwijzingen", "aandacht_professionals",
                            "werk_en_school"],
    "samenwerkingsdoelen_toelichting": (
        "Vooral jonge en werkende mantelzorgers, en mantelzorgers met een migratieachtergrond in "
        "Hazelt. Het gaat om op tijd signaleren, respijt dichtbij en zorg naast werk of school."
    ),
    "bestaand_netwerk": (
        "Het Netwerk Informele Zorg (steunpunt, Welzijn Lindewaarde, sociaal team en "
        "vrijwilligerscentrale) komt elk kwartaal bij elkaar. In de kringvergadering van de "
        "huisartsen, het zorgoverleg van de scholen en het ondernemersontbijt staat mantelzorg "
        "nog niet op de agenda."
    ),
    "ontbrekende_samenwerking": (
        "Huisartsen en het steunpunt kennen elkaar nauwelijks. Scholen en werkgevers weten niet "
        "waar ze een mantelzorger naartoe kunnen sturen. Initiatieven in Hazelt werken los van "
        "het steunpunt."
    ),
    "partnerprioritering": [
        {
            "partner": "Huisartsenkring Lindewaarde",
            "soort": "huisarts",
            "prioriteit": 1,
            "huidige_trede": "informeren",
            "gewenste_trede": "adviseren",
            "wat_samen_doen": (
                "Signaleringsafspraak met het steunpunt en een verwijskaart voor de POH. Belang "
                "van de praktijk: minder spreekuurbezoek door overbelaste mantelzorgers."
            ),
        },
        {
            "partner": "Sociaal team Lindewaarde",
            "soort": "sociaal_team",
            "prioriteit": 1,
            "huidige_trede": "raadplegen",
            "gewenste_trede": "coproduceren",
            "wat_samen_doen": (
                "Samen de mantelzorgparagraaf van het keukentafelgesprek uitwerken en elk "
                "kwartaal de signalen bespreken."
            ),
        },
        {
            "partner": "Scholen en leerplichtambtenaar",
            "soort": "school_leerplicht",
            "prioriteit": 1,
            "huidige_trede": "informeren",
            "gewenste_trede": "coproduceren",
            "wat_samen_doen": (
                "Een aandachtsfunctionaris jonge mantelzorgers op elke school; leerplicht kijkt "
                "bij verzuim ook naar zorgtaken thuis."
            ),
        },
        {
            "partner": "Ondernemersvereniging Lindewaarde",
            "soort": "werkgever",
            "prioriteit": 2,
            "huidige_trede": "informeren",
            "gewenste_trede": "raadplegen",
            "wat_samen_doen": (
                "Ontbijtsessies over zorg en werk en een afsprakenkaart voor werkgevers. Belang "
                "van de werkgever: minder verzuim."
            ),
        },
        {
            "partner": "Stichting Samen Hazelt",
            "soort": "religieus_migranten",
            "prioriteit": 2,
            "huidige_trede": "raadplegen",
            "gewenste_trede": "coproduceren",
            "wat_samen_doen": (
                "Sleutelfiguren in de ambassadeursgroep; samen bijeenkomsten in eigen taal "
                "organiseren."
            ),
        },
    ],
    "gezamenlijke_ambities": (
        "Geen mantelzorger in Lindewaarde komt pas in beeld als het te laat is. Huisartsen, "
        "sociaal team en scholen zien de mantelzorger, het steunpunt biedt de steun. Iedere "
        "partner heeft er zelf belang bij: minder uitval van patiënten, leerlingen en "
        "werknemers. De partners vullen elkaar aan: de een signaleert, de ander ondersteunt."
    ),
    "evaluatie_samenwerking": (
        "Eén keer per jaar bespreekt de gemeente met elke partner hoe de samenwerking gaat: "
        "het aantal doorverwijzingen naar het steunpunt, wat mantelzorgers ervan merken en waar "
        "de samenwerking op de ladder nu staat. Het Kwaliteitskompas van MantelzorgNL is de "
        "leidraad voor dat gesprek."
    ),
    "evaluatie_moment": "2027-10-31",
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r45_partner_zonder_actie,)
