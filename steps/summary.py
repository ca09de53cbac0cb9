"""The one-page summary of the plan (domain.md 5.1): vision, top goals, rungs per phase, main
instruments, target groups, planning and the chosen follow-up, each drawn from the answers."""
import re

from steps import derived
from steps.catalogs.base import by_code, label, plan_text
from steps.catalogs.options import BREEDTE_BELEID, SCENARIOS, STURING, TYPETEST_KWADRANTEN, V_GEBIEDEN
from steps.document import BulletList, Chapter, Facts, Heading, Paragraph, Table
from steps.facts import plan_facts
from steps.figures import instrument_name
from steps.text import dutch_date, join_words, one_decimal


def summary_chapter(answers, facts=None):
    """The summary; `facts` (steps.facts.PlanFacts) back every claim it makes about the plan."""
    facts = plan_facts(answers) if facts is None else facts
    visie = derived.step_answers(answers, "visie")
    blocks = []
    lines = vision_lines(answers)
    if lines:
        blocks += [Heading("Visie in het kort"), BulletList(lines)]
    goals = top_goals(visie)
    if goals:
        blocks += [Heading("Doelen met de hoogste prioriteit"), BulletList(goals)]
    if derived.fasen_per_code(answers):
        blocks += [Heading("Invloed van mantelzorgers per beleidsfase"), rungs_per_phase(answers)]
        zone = zone_line(answers)
        if zone:
            blocks.append(Paragraph(zone))
    instruments = key_instruments(answers)
    if instruments:
        blocks += [Heading("Belangrijkste instrumenten"), Paragraph(instruments)]
    groups = target_groups(answers)
    if groups:
        blocks += [Heading("Doelgroepen"), Paragraph(groups)]
    planning = planning_facts(answers)
    if planning:
        blocks += [Heading("Planning"), Facts(planning)]
    scenario = derived.as_code(derived.step_answers(answers, "evaluatie").get("scenario_gekozen"))
    if scenario:
        uitleg = scenario_uitleg(scenario, facts)
        blocks += [Heading("Vervolg"), Paragraph(f"Gekozen vervolgscenario: {label(SCENARIOS, scenario)}. {uitleg}")]
    if not blocks:
        blocks = [Paragraph("De samenvatting volgt zodra de stappen zijn ingevuld.")]
    return Chapter("samenvatting", "", "Samenvatting", blocks, kind="summary")


def scenario_uitleg(scenario, facts):
    """The chosen scenario's explanation. "Meer invloed geven" says the conditions are in order
    only when they are (`facts.voorwaarden_op_orde`; rule R32 fires when they are not)."""
    if scenario != "trede_omhoog" or facts.voorwaarden_op_orde:
        return plan_text(by_code(SCENARIOS).get(scenario))
    gemiddelde = facts.voorwaarden_gemiddelde
    stand = ("De voorwaarden hebben nog geen score" if gemiddelde is None else
             f"De voorwaarden zijn nog niet op orde (gemiddelde score {one_decimal(gemiddelde)})")
    return (f"Mantelzorgers krijgen meer invloed, bijvoorbeeld coproduceren in plaats van adviseren. "
            f"{stand}: die verbetert de gemeente eerst.")


def rungs_per_phase(answers):
    chosen = derived.betrokken_fasen(answers)
    fasen = derived.fase_codes()
    return Table(
        caption="Gekozen trede per fase",
        headers=[derived.fase_label(fase) for fase in fasen],
        rows=[[derived.trede_label(chosen[fase]) if fase in chosen else "niet betrokken" for fase in fasen]],
    )


def _first_sentence(text):
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def _lower_first(text):
    """Lower case for a catalogue label inside a sentence, unless it starts with an abbreviation
    (GGZ). Never for typed text: that may start with a name."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _short(text):
    """A catalogue label without its explanation in brackets."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def vision_lines(answers):
    visie = derived.step_answers(answers, "visie")
    gemeente = derived.as_text(visie.get("gemeente_naam")) or "De gemeente"
    lines = []
    breedte = label(BREEDTE_BELEID, visie.get("breedte_beleid")).lower()
    sturing = visie.get("sturing")
    if breedte and sturing in ("dirigent", "regisseur_op_afstand", "tussenvorm"):
        breedte = f"een {breedte}" if visie.get("breedte_beleid") == "gemengd" else breedte
        rol = (f"stuurt als {label(STURING, sturing).lower()}" if sturing != "tussenvorm"
               else "stuurt op sommige onderwerpen zelf")
        kwadrant = label(TYPETEST_KWADRANTEN, derived.typetest_kwadrant(visie))
        line = f"{gemeente} kiest voor {breedte} en {rol}"
        lines.append(f"{line}: beleidstype {kwadrant.lower()}." if kwadrant else f"{line}.")
    principes = [derived.as_text(row.get("principe")) for row in derived.table(visie, "leidende_principes")]
    principes = [principe for principe in principes if principe]
    if principes:
        shown = principes[:3] + ([f"nog {len(principes) - 3} andere"] if len(principes) > 3 else [])
        lines.append(f"Leidende principes: {join_words([f'‘{each}’' for each in shown[:3]] + shown[3:])}.")
    betrekken = derived.as_text(derived.step_answers(answers, "voorwaarden").get("visie_betrekken"))
    if betrekken:
        # Typed text keeps its capitals: it may start with a name ("Brakelveen vraagt ...").
        lines.append(f"Waarom de gemeente mantelzorgers betrekt: {_first_sentence(betrekken)}")
    return lines


def top_goals(visie, limit=4):
    priority = {v.code: derived.as_number(visie.get(f"prioriteit_{v.code}")) or 0 for v in V_GEBIEDEN}
    doelen = [row for row in derived.table(visie, "doelen") if derived.as_text(row.get("omschrijving"))]
    doelen.sort(key=lambda row: -priority.get(row.get("v_gebied"), 0))
    return [f"{derived.as_text(row.get('doel_code'))} {derived.as_text(row.get('omschrijving'))} "
            f"({label(V_GEBIEDEN, row.get('v_gebied')).lower() or 'geen V-gebied'})".strip()
            for row in doelen[:limit]]


def zone_line(answers):
    cz = derived.comfortzone_hoogste_trede(answers)
    ambitie = derived.as_code(derived.step_answers(answers, "comfortzone").get("ambitie_hoogste_trede"))
    parts = []
    if cz:
        parts.append(f"De comfortzone loopt tot en met {derived.trede_label(cz).lower()}")
    if ambitie:
        parts.append(f"de ambitie is {derived.trede_label(ambitie).lower()}")
    return (join_words(parts) + ".").capitalize() if parts else ""


def key_instruments(answers, limit=8):
    """The instruments in the order they start, named with their phase."""
    rows = sorted(derived.instrument_rijen(answers), key=lambda row: row.get("start") or "9999")
    names = []
    for row in rows[:limit]:
        fasen = [derived.fase_label(code).lower() for code in derived.as_codes(row.get("fasen"))]
        names.append(f"{instrument_name(row)} ({join_words(fasen)})" if fasen else instrument_name(row))
    if len(rows) > limit:
        names.append(f"nog {len(rows) - limit} andere")
    return f"{join_words(names)}." if names else ""


def target_groups(answers):
    rows = derived.table(derived.step_answers(answers, "doelgroepen"), "doelgroepen")
    if not rows:
        return ""
    rows = sorted(rows, key=lambda row: -(derived.as_number(row.get("prioriteit")) or 0))
    names = [group_name(row) for row in rows]
    top = [name for row, name in zip(rows, names) if (derived.as_number(row.get("prioriteit")) or 0) >= 4]
    rest = [name for name in names if name not in top]
    if not top:
        return f"De gemeente betrekt {join_words(names)}."
    text = f"Voorrang krijgen {join_words(top)}."
    return text + (f" Verder betrekt zij {join_words(rest)}." if rest else "")


def group_name(row):
    """A catalogue label in lower case and without its explanation, for inside a sentence; the
    name of an own group ("eigen") as the officer typed it."""
    name = derived.doelgroep_label(row.get("doelgroep"), row)
    if derived.as_code(row.get("doelgroep")) == "eigen" and name != derived.doelgroep_label("eigen"):
        return name
    return _lower_first(_short(name))


def planning_facts(answers):
    per_fase = derived.fasen_per_code(answers)
    chosen = derived.betrokken_fasen(answers)
    facts = []
    process = [code for code in chosen if code not in ("uitvoering", "evaluatie")]
    starts = [d for d in (derived.as_date(per_fase[c].get("start")) for c in process) if d]
    ends = [d for d in (derived.as_date(per_fase[c].get("eind")) for c in process) if d]
    if starts and ends:
        facts.append(("Participatietraject", f"{dutch_date(min(starts))} tot {dutch_date(max(ends))}"))
    momenten = derived.table(derived.step_answers(answers, "beleidsfasen"), "beslismomenten")
    raad = sorted((derived.as_date(row.get("datum")), derived.as_text(row.get("omschrijving")))
                  for row in momenten if row.get("orgaan") == "raad" and derived.as_date(row.get("datum")))
    if raad:
        facts.append(("Besluit van de gemeenteraad", f"{dutch_date(raad[-1][0])}: {raad[-1][1]}"))
    uitvoering = per_fase.get("uitvoering") or {}
    if "uitvoering" in chosen and derived.as_date(uitvoering.get("start")):
        end = derived.as_date(uitvoering.get("eind"))
        facts.append(("Uitvoering", f"{dutch_date(derived.as_date(uitvoering.get('start')))}"
                                    f"{' tot ' + dutch_date(end) if end else ''}"))
    evaluaties = sorted(d for d in (derived.as_date(row.get("datum")) for row in derived.table(
        derived.step_answers(answers, "evaluatie"), "evaluatiemomenten")) if d)
    if evaluaties:
        when = (f"op {dutch_date(evaluaties[0])}" if evaluaties[0] == evaluaties[-1]
                else f"van {dutch_date(evaluaties[0])} tot {dutch_date(evaluaties[-1])}")
        facts.append(("Evaluatie", f"{len(evaluaties)} {'moment' if len(evaluaties) == 1 else 'momenten'}, {when}"))
    return facts
