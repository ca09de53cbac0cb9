"""What the plan says about itself is the same everywhere (issue 13, "what the plan says").

The overview, the check page, the wizard's step page, the summary and the PDF's check chapter all
read `steps.facts`; these tests hold them to it, on the plans of the bug report and on plans
Hypothesis makes from the demo answers.
"""
import re

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.document.assemble import build
from planner.models import Plan, StepAnswer
from steps import advisor, demo_data, facts, s3_voorwaarden
from steps.catalogs.voorwaarden import VOORWAARDEN
from steps.registry import ALWAYS_ON as SECTIONS_ALWAYS_ON, STEPS
from steps.summary import summary_chapter

ALL = [step.SLUG for step in STEPS]
OP_ORDE = "De voorwaarden zijn op orde"


def store(plan, answers, done=(), drafts=()):
    for slug, step_answers in answers.items():
        StepAnswer.objects.create(plan=plan, step=slug, answers=step_answers, is_answered=True,
                                  is_done=slug in done, version=1,
                                  draft={f"{slug}-x": ["?"]} if slug in drafts else None)


def block_text(block):
    parts = [getattr(block, name, "") for name in ("text", "caption", "title")]
    parts += [str(item) for item in getattr(block, "items", []) or []]
    parts += [" ".join(map(str, row)) for row in getattr(block, "rows", []) or []]
    if getattr(block, "sentence", ""):
        parts.append(block.sentence.replace("{letter}", block.letter))
    return " ".join(part for part in parts if isinstance(part, str) and part)


def chapter_text(chapter):
    return " ".join(block_text(block) for block in chapter.blocks)


def check_chapter_rows(document):
    """{step number: (status, light, fouten, waarschuwingen, tips)} from the PDF's check chapter."""
    chapter = next(each for each in document.chapters if each.anchor == "aandachtspunten")
    table = next(block for block in chapter.blocks if block.kind == "table")
    rows = {}
    for row in table.rows:
        number = int(re.match(r"Stap (\d+)\.", row[0]).group(1))
        rows[number] = (row[1], row[2], *map(int, row[3:]))
    return rows


def page_statuses(page):
    """{slug: (status, number of findings)} from the overview or the check page."""
    result = {}
    for slug in (section.SLUG for section in SECTIONS_ALWAYS_ON):  # the steps and the Beleid sections (these tests switch no module on)
        status = re.search(rf'id="status-{slug}">([^<]+)<', page)
        count = re.search(rf'id="hint-{slug}" data-findings="(\d+)"', page)
        result[slug] = (status.group(1), int(count.group(1)) if count else 0)
    return result


def demo_with(**changes):
    answers = demo_data.answers()
    for slug, values in changes.items():
        answers[slug] = {**answers[slug], **values}
    return answers


def scores(value):
    return {f"voorwaarde_{voorwaarde.code}_score": value for voorwaarde in VOORWAARDEN}


# --- The bugs of the report --------------------------------------------------------------------

@pytest.mark.django_db
def test_the_check_chapter_counts_a_finding_with_every_step_it_involves(plan_a):
    # Without instruments, R03 (fixed in step 5) also concerns step 4: the overview showed step 4
    # with its findings while the PDF's check chapter called it green.
    answers = demo_data.answers()
    answers.pop("instrumenten")
    store(plan_a, answers)
    r03 = [f for f in advisor.findings(answers) if f.rule == "R03"]
    assert r03 and all(f.step == "instrumenten" and "beleidsfasen" in f.steps for f in r03)

    rows = check_chapter_rows(build(plan_a))
    assert rows[4][1] == "Rood: fouten"
    assert rows[4][2] == len(r03)


@pytest.mark.django_db
def test_eight_steps_marked_klaar_with_findings_are_eight_steps_klaar(redacteur_client, plan_a):
    answers = demo_data.answers()
    answers.pop("instrumenten")  # R03: steps 4 and 5 get a fout
    store(plan_a, {slug: answers.get(slug, {"stap_notities": "x"}) for slug in ALL}, done=ALL)
    page = redacteur_client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()
    assert "8 van de 10 onderdelen zijn klaar." in page  # the Beleid sections are not filled in
    assert page_statuses(page)["beleidsfasen"][0] == "Klaar, let op"
    assert page_statuses(page)["visie"][0] == "Klaar"


@pytest.mark.django_db
def test_the_dashboard_counts_klaar_as_the_facts_do(redacteur_client, plan_a):
    answers = demo_data.answers()
    answers.pop("instrumenten")
    store(plan_a, {slug: answers.get(slug, {"stap_notities": "x"}) for slug in ALL}, done=ALL, drafts=["visie"])
    page = redacteur_client.get(reverse("planner:dashboard")).content.decode()
    assert "7 van 8 stappen klaar" in page  # step 1 has unsaved input: Bezig until it is saved


def test_the_summary_keeps_the_capital_of_a_name_that_starts_typed_text():
    answers = demo_with(voorwaarden={"visie_betrekken": "Brakelveen vraagt inwoners mee te denken. Verder."})
    text = chapter_text(summary_chapter(answers))
    assert "Waarom de gemeente mantelzorgers betrekt: Brakelveen vraagt inwoners mee te denken." in text


def test_the_summary_keeps_a_typed_group_name_as_typed():
    groups = [{"doelgroep": "eigen", "eigen_naam": "Brakelveense mantelzorgers (noord)", "prioriteit": 5},
              {"doelgroep": "jonge_mantelzorgers", "prioriteit": 5}]
    text = chapter_text(summary_chapter(demo_with(doelgroepen={"doelgroepen": groups})))
    assert "Voorrang krijgen Brakelveense mantelzorgers (noord) en jonge mantelzorgers." in text


def test_one_evaluation_moment_has_one_date():
    moment = {"moment": "Eindevaluatie", "type": "eind_proces", "datum": "2030-06-30", "wie": "Kernteam",
              "met_deelnemers": True}
    text = chapter_text(summary_chapter(demo_with(evaluatie={"evaluatiemomenten": [moment]})))
    assert "1 moment, op 30 juni 2030" in text
    assert "van 30 juni 2030 tot 30 juni 2030" not in text


def test_two_v_gebieden_with_the_highest_priority_get_a_plural_verb():
    # The demo gives vinden and verlichten both priority 5.
    def text(answers):
        return " ".join(block_text(block) for block in STEPS[0].plan_section(answers["visie"], answers).blocks)

    assert "De hoogste prioriteit krijgen vinden en verlichten." in text(demo_data.answers())
    assert "De hoogste prioriteit krijgt vinden." in text(demo_with(visie={"prioriteit_verlichten": 4}))


def test_the_lowest_score_of_one_is_not_called_not_filled_in():
    answers = {**demo_data.answers()["voorwaarden"], "voorwaarde_capaciteit_en_middelen_score": 1}
    rows = {name: value for name, value, _uitleg in s3_voorwaarden.derived_rows(answers)}
    assert rows["Laagste score"] == "Capaciteit en middelen (1 – niet geregeld)"


def test_the_summary_never_says_the_conditions_are_in_order_when_r32_fires():
    answers = demo_with(evaluatie={"scenario_gekozen": "trede_omhoog"}, voorwaarden=scores(2))
    assert "R32" in {f.rule for f in advisor.findings(answers)}
    text = chapter_text(summary_chapter(answers))
    assert OP_ORDE not in text
    assert "De voorwaarden zijn nog niet op orde (gemiddelde score 2,0)" in text
    # An average of exactly 3 is in order: no R32, and the summary may say so.
    answers = demo_with(evaluatie={"scenario_gekozen": "trede_omhoog"}, voorwaarden=scores(3))
    assert "R32" not in {f.rule for f in advisor.findings(answers)}
    assert OP_ORDE in chapter_text(summary_chapter(answers))


def test_findings_text_names_each_severity():
    found = [advisor.Finding("R99", advisor.FOUT, ("visie",), "."),
             advisor.Finding("R98", advisor.WAARSCHUWING, ("visie",), "."),
             advisor.Finding("R97", advisor.WAARSCHUWING, ("comfortzone", "visie"), ".")]
    known = facts.plan_facts({"visie": {"a": 1}}, None, found)
    assert known.step("visie").findings_text == "1 fout en 2 waarschuwingen"
    assert known.step("comfortzone").findings_text == "1 waarschuwing"
    assert known.step("comfortzone").status == facts.NIET_BEGONNEN


@pytest.mark.django_db
def test_the_step_page_shows_the_status_and_findings_of_the_facts(redacteur_client, plan_a):
    answers = demo_data.answers()
    answers.pop("instrumenten")
    store(plan_a, answers, done=["beleidsfasen"])
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "beleidsfasen"])).content.decode()
    count = facts.plan_facts(answers).step("beleidsfasen").findings_text
    assert f'data-status="Klaar, let op">Klaar, let op · {count}<' in page


# --- Generated plans ---------------------------------------------------------------------------

def _r32(answers):
    answers["evaluatie"] = {**answers.get("evaluatie", {}), "scenario_gekozen": "trede_omhoog"}
    answers["voorwaarden"] = {**answers.get("voorwaarden", {}), **scores(2)}


def _average_three(answers):
    answers["evaluatie"] = {**answers.get("evaluatie", {}), "scenario_gekozen": "trede_omhoog"}
    answers["voorwaarden"] = {**answers.get("voorwaarden", {}), **scores(3)}


def _no_instruments(answers):
    answers.pop("instrumenten", None)


def _no_privacy(answers):
    if "doelgroepen" in answers:
        answers["doelgroepen"] = {**answers["doelgroepen"], "privacy_afspraken": ""}


def _one_scenario(answers):
    if "evaluatie" in answers:
        answers["evaluatie"] = {**answers["evaluatie"], "scenarios_overwogen": ["verankeren"]}


def _low_comfort_zone(answers):
    if "comfortzone" in answers:
        answers["comfortzone"] = {**answers["comfortzone"], "comfortzone_hoogste_trede": "informeren"}


PERTURBATIONS = [_r32, _average_three, _no_instruments, _no_privacy, _one_scenario, _low_comfort_zone]
DEMO = demo_data.answers()


@st.composite
def generated_plans(draw):
    answers, done, drafts = {}, set(), set()
    for slug in ALL:
        if not draw(st.booleans()):
            continue
        keys = sorted(DEMO[slug])
        kept = draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))
        answers[slug] = {key: DEMO[slug][key] for key in keys if key in kept}
        if draw(st.booleans()):
            answers[slug] = dict(DEMO[slug])  # often the whole step, so the cross-step rules fire
        if draw(st.booleans()):
            done.add(slug)
        if draw(st.integers(0, 5)) == 0:
            drafts.add(slug)
    for perturb in draw(st.lists(st.sampled_from(PERTURBATIONS), unique=True, max_size=3)):
        perturb(answers)
    return answers, done & set(answers), drafts & set(answers), draw(st.sampled_from(ALL))


@pytest.mark.django_db
# Each example stores a new plan; the signed-in client and the gemeente may be shared.
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=generated_plans())
def test_every_page_and_the_document_tell_the_same_facts(plan, redacteur, plan_a, client):
    answers, done, drafts, shown_step = plan
    client.force_login(redacteur)
    subject = Plan.objects.create(gemeente=plan_a.gemeente, titel="Gegenereerd", periode_start=2027,
                                  periode_eind=2030)
    store(subject, answers, done=done, drafts=drafts)
    known = facts.plan_facts(answers, {slug: facts.StepState(True, slug in done, slug in drafts)
                                       for slug in answers})
    expected = {each.slug: (each.status, len(each.findings)) for each in known.steps}
    event(f"{len(answers)} steps, {'some' if known.findings else 'no'} findings, {known.steps_done} klaar")

    overview = client.get(reverse("planner:plan", args=[subject.pk])).content.decode()
    check = client.get(reverse("planner:check", args=[subject.pk])).content.decode()
    assert page_statuses(overview) == expected
    assert page_statuses(check) == expected
    total = known.step_count
    done_text = (f"Alle {total} onderdelen zijn klaar." if known.steps_done == total else
                 f"{known.steps_done} van de {total} onderdelen {'is' if known.steps_done == 1 else 'zijn'} klaar.")
    assert done_text in overview

    step_page = client.get(reverse("planner:step", args=[subject.pk, shown_step])).content.decode()
    step = known.step(shown_step)
    assert f'data-status="{step.status}">{step.status}{" · " + step.findings_text if step.findings else ""}<' in step_page

    document = build(subject)
    rows = check_chapter_rows(document)
    for each in known.steps:
        if each.step.KIND != "stap":
            continue  # the plan van aanpak's check covers its own chapters: the steps (and modules)
        status, light, fouten, waarschuwingen, tips = rows[each.step.NUMBER]
        assert status == each.status
        assert (fouten, waarschuwingen, tips) == tuple(each.counts.values())
        assert fouten + waarschuwingen + tips == len(each.findings)
        if each.findings:
            assert light.lower().startswith(each.light)

    if "R32" in {f.rule for f in known.findings}:
        assert OP_ORDE not in chapter_text(document.summary)
