"""The chapters only the beleidsplan has (domain.md 5.3), written from the same answers.

The beleidsplan is the policy itself. Most of its chapters come from the sections that also
write the plan van aanpak (step 1's context, vision and goals; the support offer; the money and
law of `b2_financien`). What this module writes:

* `aanleiding_section`, `visie_section`, `doelen_section`: step 1's three chapters, one writer
  each, so that the Verdieping modules on principles and SOFA can stand right after the vision.
* `meegedaan_section`: "Zo hebben mantelzorgers meegedaan", steps 2–8 in a page or two and
  what was heard and done with it (the full inbreng-logboek goes to its appendix).
* `monitoring_section`: indicators, moments and the follow-up, shorter than step 8's chapter.
* `summary_chapter`: the beleidsplan's own summary (the plan van aanpak's is about the process).

Every sentence speaks of the gemeente in the third person; text the officer typed is quoted as
typed.
"""
from steps import derived, s1_visie, s7_draagvlak
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label, plan_text
from steps.document import (
    AppendixRef, BulletList, Chapter, Facts, Heading, Paragraph, Section, Table, is_empty, open_section,
)
from steps.summary import key_instruments, rungs_per_phase, target_groups, top_goals, vision_lines
from steps.text import count_text, dutch_date, dutch_number, euro, in_sentence, join_words, labels

#: The slugs of the sections the chapter "Zo hebben mantelzorgers meegedaan" summarises.
PARTICIPATIE_STAPPEN = ("comfortzone", "voorwaarden", "beleidsfasen", "instrumenten", "doelgroepen",
                        "draagvlak", "evaluatie")
#: How many rows of the inbreng-logboek the chapter shows; the appendix has them all.
INBRENG_IN_HOOFDSTUK = 6


def gemeente_of(plan_answers):
    return derived.as_text(derived.step_answers(plan_answers, "visie").get("gemeente_naam")) or "De gemeente"


def periode_of(plan_answers):
    """'2027–2030' from step 1, or '' while the period is not filled in."""
    visie = derived.step_answers(plan_answers, "visie")
    start, eind = derived.as_number(visie.get("beleidsperiode_start")), derived.as_number(visie.get("beleidsperiode_eind"))
    if start and eind:
        return f"{int(start)}–{int(eind)}"
    return str(int(start or eind)) if (start or eind) else ""


# --- Chapters 1–3: step 1, one writer per chapter ------------------------------------------------

def _step1_chapter(answers, title, write):
    if is_empty(answers):
        return open_section(s1_visie.NUMBER, s1_visie.SLUG, title)
    gemeente = derived.as_text(answers.get("gemeente_naam")) or "De gemeente"
    return Section(number=s1_visie.NUMBER, slug=s1_visie.SLUG, title=title, blocks=write(answers, gemeente))


def aanleiding_section(answers, plan_answers):
    return _step1_chapter(answers, "Aanleiding en context", s1_visie._chapter_context)


def visie_section(answers, plan_answers):
    return _step1_chapter(answers, "Visie op mantelzorg en mantelzorgondersteuning", s1_visie._chapter_visie)


def doelen_section(answers, plan_answers):
    return _step1_chapter(answers, "Doelen", s1_visie._chapter_doelen)


# --- Chapter 6: Zo hebben mantelzorgers meegedaan -------------------------------------------------

#: Stakeholders inside the gemeente's own organisation: they decide, they do not "think along".
INTERN = {"wethouder_zorg", "wethouder_wonen", "college", "gemeenteraad", "management",
          "collega_beleidsterreinen", "mantelzorgers"}


def partij_namen(partijen, limit=3):
    """The first partners outside the gemeente that it involves most closely (the adviesraad
    first, then strategy "nauw betrekken"), in lower case for inside a sentence."""
    def rank(row):
        return (0 if derived.as_code(row.get("stakeholder")) == "adviesraad" else 1,
                0 if derived.stakeholder_strategie(row) == "nauw_betrekken" else 1)
    rows = sorted((row for row in partijen if derived.as_code(row.get("stakeholder")) not in INTERN), key=rank)[:limit]
    return [in_sentence(derived.stakeholder_label(row.get("stakeholder"), row)) for row in rows]


def _invloed(plan_answers, gemeente):
    blocks = []
    cz = derived.comfortzone_hoogste_trede(plan_answers)
    ambitie = derived.as_code(derived.step_answers(plan_answers, "comfortzone").get("ambitie_hoogste_trede"))
    zinnen = []
    if cz:
        zinnen.append(f"{gemeente} kan mantelzorgers zonder extra maatregelen laten meedoen tot en met de trede "
                      f"{derived.trede_label(cz).lower()} van de participatieladder.")
    if ambitie:
        zin = f"In dit traject ging de ambitie tot en met {derived.trede_label(ambitie).lower()}"
        if cz and derived.niveau(ambitie) > derived.niveau(cz):
            zin += ", een stap verder dan wat vertrouwd is"
        zinnen.append(zin + ".")
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    if derived.fasen_per_code(plan_answers) and derived.betrokken_fasen(plan_answers):
        blocks.append(Paragraph("Zo veel invloed hadden mantelzorgers in elke fase van het beleid:"))
        blocks.append(rungs_per_phase(plan_answers))
    return blocks


def _wie_en_hoe(plan_answers, gemeente):
    blocks = []
    zinnen = []
    rijen = derived.instrument_rijen(plan_answers)
    if rijen:
        zinnen.append(f"{gemeente} zette {count_text(len(rijen), 'werkvorm', 'werkvormen')} in: "
                      f"{key_instruments(plan_answers, limit=6)}")
    groepen = target_groups(plan_answers)
    if groepen:
        zinnen.append(groepen)
    beoogd, behaald = derived.bereik_totaal(plan_answers)
    if beoogd:
        zin = f"Het doel was {dutch_number(beoogd)} mensen te bereiken"
        zinnen.append(zin + (f"; {dutch_number(behaald)} mensen deden mee." if behaald is not None else "."))
    if zinnen:
        blocks += [Heading("Wie meededen en hoe"), Paragraph(" ".join(zinnen))]
    partijen = derived.table(derived.step_answers(plan_answers, "draagvlak"), "stakeholders")
    if partijen:
        namen = partij_namen(partijen)
        zin = (f"Naast mantelzorgers dachten {count_text(len(partijen), 'andere partij', 'andere partijen')} mee"
               + (f", onder wie {join_words(namen)}" if namen else "") + ". ")
        blocks.append(Paragraph(zin + "Het plan van aanpak beschrijft hoe de gemeente elke partij betrekt."))
    return blocks


def _inbreng(plan_answers, gemeente):
    draagvlak = derived.step_answers(plan_answers, "draagvlak")
    inbreng = derived.table(draagvlak, "inbreng_log")
    if not inbreng:
        return [Heading("Wat mantelzorgers inbrachten"),
                Paragraph("Er is nog geen inbreng vastgelegd. Dit deel vult zich zodra mantelzorgers hebben "
                          "meegedaan.")]
    blocks = [Heading("Wat mantelzorgers inbrachten en wat de gemeente ermee deed")]
    tellingen = [(option, sum(1 for row in inbreng if row.get("besluit") == option.code))
                 for option in options.BESLUITEN]
    delen = [f"{aantal} {option.label.lower()}" for option, aantal in tellingen if aantal]
    zin = f"Mantelzorgers en partners brachten {count_text(len(inbreng), 'punt', 'punten')} in."
    if delen:
        zin += f" {gemeente} besliste over elk punt: {join_words(delen)}."
    blocks.append(Paragraph(zin))
    shown = inbreng[:INBRENG_IN_HOOFDSTUK]
    blocks.append(Table(
        caption="Wat er gehoord is en wat ermee gebeurde",
        headers=["Wat mantelzorgers inbrachten", "Besluit", "Waarom of waar verwerkt"],
        rows=[[derived.as_text(row.get("inbreng")), label(options.BESLUITEN, row.get("besluit")) or "–",
               derived.as_text(row.get("motivering")) or derived.as_text(row.get("verwerkt_in")) or "–"]
              for row in shown],
    ))
    rest = len(inbreng) - len(shown)
    sentence = ("Het volledige logboek staat in bijlage {letter}." if not rest else
                f"Nog {count_text(rest, 'punt staat', 'punten staan')} in het volledige logboek in bijlage {{letter}}.")
    blocks.append(AppendixRef("inbreng", sentence))
    terug = sorted(d for d in (derived.as_date(row.get("datum")) for row in derived.table(draagvlak, "communicatie")
                               if row.get("type") == "terugkoppeling") if d)
    if terug:
        blocks.append(Paragraph(
            f"Deelnemers hoorden {count_text(len(terug), 'keer', 'keer')} wat er met hun inbreng gebeurde "
            f"({join_words([dutch_date(d) for d in terug])}). Ook als de gemeente iets niet overnam, legde zij "
            "uit waarom."))
    return blocks


def meegedaan_section(answers, plan_answers):
    """Chapter 6 of the beleidsplan: how mantelzorgers took part (steps 2–8) and the inbreng.

    Reads the plan's answers; its part is step 7's (the inbreng-logboek is step 7's), and like
    step 7 it fills the appendix "inbreng" with the full log."""
    title = "Zo hebben mantelzorgers meegedaan"
    if all(is_empty(derived.step_answers(plan_answers, slug)) for slug in PARTICIPATIE_STAPPEN):
        return open_section(s7_draagvlak.NUMBER, "meegedaan", title)
    gemeente = gemeente_of(plan_answers)
    blocks = [Paragraph(
        f"{gemeente} heeft dit beleid niet alleen voor, maar ook samen met mantelzorgers gemaakt. Het plan van "
        "aanpak participatie beschrijft hoe. Dit hoofdstuk vat het samen.")]
    blocks += _invloed(plan_answers, gemeente)
    blocks += _wie_en_hoe(plan_answers, gemeente)
    blocks += _inbreng(plan_answers, gemeente)
    logboek = {}
    if not is_empty(answers):
        logboek = dict(s7_draagvlak.plan_section(answers, plan_answers).appendix_blocks)
    return Section(number=s7_draagvlak.NUMBER, slug="meegedaan", title=title, blocks=blocks,
                   appendix_blocks=logboek)


# --- Chapter 10: Monitoring en evaluatie -----------------------------------------------------------

def monitoring_section(answers, plan_answers):
    """Chapter 10: how the gemeente follows the policy: indicators per goal, the moments, the
    follow-up. Step 8's chapter in the plan van aanpak also evaluates the participation itself."""
    title = "Monitoring en evaluatie"
    if is_empty(answers):
        return open_section(10, "monitoring", title)
    gemeente = gemeente_of(plan_answers)
    blocks = []
    indicatoren = [row for row in derived.table(answers, "indicatoren") if derived.as_text(row.get("indicator"))]
    doel_indicatoren = [row for row in indicatoren if derived.as_text(row.get("doel"))]
    if doel_indicatoren:
        blocks.append(Paragraph(
            f"{gemeente} volgt elk doel met een indicator: waar staat de gemeente nu (nulmeting) en waar wil zij "
            "aan het einde van de beleidsperiode staan (streefwaarde)."))
        blocks.append(Table(
            caption="Indicatoren per doel",
            headers=["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Meetmoment"],
            rows=[[derived.as_text(row.get("doel")), derived.as_text(row.get("indicator")),
                   derived.as_text(row.get("nulmeting")) or "–", derived.as_text(row.get("streefwaarde")) or "–",
                   dutch_date(row.get("meetmoment")) or "–"] for row in doel_indicatoren],
        ))
    momenten = sorted((row for row in derived.table(answers, "evaluatiemomenten") if derived.as_date(row.get("datum"))),
                      key=lambda row: derived.as_date(row.get("datum")))
    beleid = [row for row in momenten if row.get("type") in ("jaarlijks", "eind_beleidsperiode")] or momenten
    if beleid:
        blocks.append(Heading("Meetmomenten"))
        blocks.append(Paragraph(f"{gemeente} meet en evalueert op deze momenten:"))
        blocks.append(BulletList([
            f"{dutch_date(row.get('datum'))}: {derived.as_text(row.get('moment')) or label(options.EVALUATIEMOMENT_TYPES, row.get('type'))}"
            + (f" ({derived.as_text(row.get('wie'))})" if derived.as_text(row.get("wie")) else "")
            for row in beleid]))
        if any(row.get("met_deelnemers") is True for row in beleid):
            blocks.append(Paragraph("Mantelzorgers doen mee aan de evaluatie, net als bij het maken van dit beleid."))
    gekozen = derived.as_code(answers.get("scenario_gekozen"))
    if gekozen:
        scenario = by_code(options.SCENARIOS).get(gekozen)
        blocks.append(Heading("Na de evaluatie"))
        zin = f"Na de evaluatie is de gemeente van plan: {in_sentence(label(options.SCENARIOS, gekozen))}."
        uitleg = plan_text(scenario)
        blocks.append(Paragraph(f"{zin} {uitleg}".strip()))
    if not blocks:
        blocks.append(Paragraph("De indicatoren en meetmomenten zijn nog niet ingevuld."))
    return Section(number=10, slug="monitoring", title=title, blocks=blocks)


# --- The beleidsplan's summary ---------------------------------------------------------------------

def _aanbod_line(plan_answers):
    rows = [row for row in derived.table(derived.step_answers(plan_answers, "aanbod"), "aanbod")
            if derived.as_text(row.get("voorziening"))]
    if not rows:
        return ""
    gebieden = derived.unique(derived.as_code(row.get("vraaggebied")) for row in rows)
    nieuw = sum(1 for row in rows if row.get("status") in ("nieuw", "aanpassen"))
    zin = (f"Het ondersteuningsaanbod telt {count_text(len(rows), 'voorziening', 'voorzieningen')} in "
           f"{count_text(len(gebieden), 'vraaggebied', 'vraaggebieden')}.")
    if nieuw:
        zin += f" {count_text(nieuw, 'voorziening is', 'voorzieningen zijn')} nieuw of {'verandert' if nieuw == 1 else 'veranderen'}."
    return zin


def _waardering_line(plan_answers):
    financien = derived.step_answers(plan_answers, "financien")
    vormen = [in_sentence(v) for v in labels(WAARDERING_VORMEN, derived.as_codes(financien.get("waardering_vorm")))]
    if not vormen:
        return ""
    zin = f"Mantelzorgers krijgen elk jaar een blijk van waardering: {join_words(vormen)}"
    bedrag = derived.as_number(financien.get("waardering_bedrag"))
    return zin + (f" ({euro(bedrag)} per mantelzorger)." if bedrag else ".")


#: The forms of waardering (domain.md 5.3, A.3): the catalogue's list (steps.catalogs.beleid).
try:
    from steps.catalogs.beleid import WAARDERING_VORMEN
except ImportError:  # until b2_financien's catalogue is there
    WAARDERING_VORMEN = (
        Option("geldbedrag", "Geldbedrag"),
        Option("cadeaubon", "Cadeaubon"),
        Option("activiteit", "Activiteit of uitje"),
        Option("dag_van_de_mantelzorg", "Dag van de Mantelzorg"),
        Option("anders", "Anders"),
    )


def _money(plan_answers):
    """steps.money's overview of the plan (b2_financien's engineer writes it); None without it."""
    try:
        from steps import money
    except ImportError:
        return None
    overview = getattr(money, "overview", None)
    return overview(plan_answers) if overview else None


def _plain(amount):
    return int(amount) if amount == int(amount) else float(amount)


def budget_per_jaar(plan_answers):
    """{year: budget} of the plan (steps.money; before it exists, the budget rows of b2)."""
    overview = _money(plan_answers)
    if overview is not None:
        return {year: _plain(amount) for year, amount in overview.budget_per_year().items()} if overview.has_budget else {}
    result = {}
    for row in derived.table(derived.step_answers(plan_answers, "financien"), "budget"):
        jaar, bedrag = derived.as_number(row.get("jaar")), derived.as_number(row.get("bedrag"))
        if jaar and bedrag is not None:
            result[int(jaar)] = result.get(int(jaar), 0) + bedrag
    return dict(sorted(result.items()))


def kosten_per_jaar(plan_answers):
    """{year: costs} of the plan: offer, waardering, instruments and actions (steps.money);
    before steps.money exists, the offer's yearly cost in every year of the period."""
    overview = _money(plan_answers)
    if overview is not None:
        costs = {year: _plain(amount) for year, amount in overview.costs_per_year().items()}
        return costs if any(costs.values()) else {}
    visie = derived.step_answers(plan_answers, "visie")
    start, eind = derived.as_number(visie.get("beleidsperiode_start")), derived.as_number(visie.get("beleidsperiode_eind"))
    if not start or not eind or eind < start or eind - start > 10:
        return {}
    aanbod = sum(derived.as_number(row.get("kosten_per_jaar")) or 0
                 for row in derived.table(derived.step_answers(plan_answers, "aanbod"), "aanbod")
                 if row.get("status") != "stopt")
    return {jaar: aanbod for jaar in range(int(start), int(eind) + 1)} if aanbod else {}


def summary_chapter(answers, facts=None):
    """The beleidsplan's summary: vision, top goals, offer, waardering, money, participation and
    evaluation, each a line or two drawn from the answers."""
    visie = derived.step_answers(answers, "visie")
    blocks = []
    lines = [line for line in vision_lines(answers) if not line.startswith("Waarom")]
    if lines:
        blocks += [Heading("Visie in het kort"), BulletList(lines)]
    goals = top_goals(visie)
    if goals:
        blocks += [Heading("Doelen met de hoogste prioriteit"), BulletList(goals)]
    aanbod = [line for line in (_aanbod_line(answers), _waardering_line(answers)) if line]
    if aanbod:
        blocks += [Heading("Ondersteuning en waardering"), Paragraph(" ".join(aanbod))]
    budget = budget_per_jaar(answers)
    if budget:
        blocks += [Heading("Geld"), Facts([(str(jaar), euro(bedrag)) for jaar, bedrag in budget.items()])]
    rijen = derived.instrument_rijen(answers)
    inbreng = derived.table(derived.step_answers(answers, "draagvlak"), "inbreng_log")
    if rijen or inbreng:
        delen = []
        if rijen:
            delen.append(f"met {count_text(len(rijen), 'werkvorm', 'werkvormen')}")
        zin = f"Mantelzorgers hebben meegedaan {join_words(delen)}".strip() + "."
        if inbreng:
            over = sum(1 for row in inbreng if row.get("besluit") in ("overgenomen", "deels"))
            zin += (f" Van hun {count_text(len(inbreng), 'punt', 'punten')} {'is' if over == 1 else 'zijn'} er "
                    f"{over} (deels) overgenomen.")
        blocks += [Heading("Samen met mantelzorgers"), Paragraph(zin)]
    evaluatie = derived.step_answers(answers, "evaluatie")
    momenten = sorted(d for d in (derived.as_date(row.get("datum")) for row in derived.table(evaluatie, "evaluatiemomenten")
                                  if row.get("type") in ("jaarlijks", "eind_beleidsperiode")) if d)
    if momenten:
        blocks += [Heading("Evaluatie"), Paragraph(
            f"De gemeente meet {count_text(len(momenten), 'keer', 'keer')} hoe het beleid werkt, de laatste keer op "
            f"{dutch_date(momenten[-1])}.")]
    if not blocks:
        blocks = [Paragraph("De samenvatting volgt zodra de vragen zijn ingevuld.")]
    return Chapter("samenvatting", "", "Samenvatting", blocks, kind="summary")
