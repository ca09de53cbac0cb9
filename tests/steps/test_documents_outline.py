"""The three documents of one plan (issue 15, domain.md 5.3): their parts in order, the
beleidsplan's own chapters, and the raadsvoorstel's headings, beslispunten and kanttekeningen."""
import pytest

from steps import (
    advisor, b1_aanbod, b2_financien, beleidsplan, demo_data, m4_samenwerking, m5_principes, m6_sofa,
    m7_wonen, m8_personas, outlines, raadsvoorstel, s1_visie, s7_draagvlak, s8_evaluatie,
)
from steps.appendices import block_text
from steps.registry import SECTIONS


def demo_answers():
    answers = demo_data.answers()
    for section in SECTIONS:
        if getattr(section, "DEMO", None):
            answers[section.SLUG] = section.DEMO
    return answers


def steps_only():
    """The demo with only the eight steps: no offer, no money, no modules."""
    return demo_data.answers()


def texts(sections):
    return [block_text(block) for section in sections for block in section.blocks]


def writer_name(part):
    write = part.write or part.section.plan_section
    return getattr(write, "__name__", "")


# --- Outlines ------------------------------------------------------------------------------------

def test_the_beleidsplan_has_its_parts_in_the_order_of_domain_md():
    parts = [(part.section, writer_name(part)) for part in outlines.BELEIDSPLAN.parts]
    assert parts == [
        (s1_visie, "aanleiding_section"),
        (s1_visie, "visie_section"),
        (m5_principes, "plan_section"),
        (m6_sofa, "plan_section"),
        (s1_visie, "doelen_section"),
        (b1_aanbod, "plan_section"),
        (m7_wonen, "plan_section"),
        (m4_samenwerking, "plan_section"),
        (b2_financien, "waardering_section"),
        (s7_draagvlak, "meegedaan_section"),
        (m8_personas, "plan_section"),
        (b2_financien, "agenda_section"),
        (b2_financien, "financien_section"),
        (b2_financien, "juridisch_section"),
        (s8_evaluatie, "monitoring_section"),
    ]
    assert outlines.BELEIDSPLAN.appendices == ("begrippen", "aanbod", "inbreng", "personas", "bronnen")
    assert not outlines.BELEIDSPLAN.check_chapter


def test_the_raadsvoorstel_has_no_contents_summary_check_or_appendices():
    outline = outlines.RAADSVOORSTEL
    assert [writer_name(part) for part in outline.parts] == ["raadsvoorstel_sections"]
    assert (outline.contents, outline.summary, outline.check_chapter, outline.appendices) == (False, None, False, ())
    assert outlines.BELEIDSPLAN.summary is beleidsplan.summary_chapter


def test_each_document_has_its_own_cover_title():
    titles = [outline.cover_title("Eigen titel", "Lindewaarde", "2027–2030") for outline in outlines.OUTLINES]
    assert titles == [
        "Eigen titel",  # the plan van aanpak keeps the title the officer gave the plan
        "Mantelzorgbeleid Lindewaarde 2027–2030",
        "Raadsvoorstel: vaststelling mantelzorgbeleid 2027–2030",
    ]
    assert outlines.Outline(key="x", name="x", parts=()).cover_title("Eigen titel", "L", "2027") == "Eigen titel"
    assert outlines.BELEIDSPLAN.cover_title("", "", "") == "Mantelzorgbeleid"


def test_the_beleidsplan_chapters_of_the_demo_stand_in_order():
    answers = demo_answers()
    titles = [section.title for part in outlines.BELEIDSPLAN.parts for section in part.sections(answers)]
    order = ["Aanleiding en context", "Visie op mantelzorg en mantelzorgondersteuning", "Doelen",
             "Zo hebben mantelzorgers meegedaan", "Monitoring en evaluatie"]
    assert [title for title in titles if title in order] == order
    # The Verdieping modules stand where they fit: principles and SOFA after the vision.
    if "principes" in answers:
        assert titles.index(m5_principes.plan_section(answers["principes"], answers).title) == 2


def test_a_module_switched_off_leaves_no_chapter_in_the_beleidsplan():
    answers = steps_only()
    slugs = [section.slug for part in outlines.BELEIDSPLAN.parts for section in part.sections(answers)]
    assert not {"principes", "sofa", "wonen", "samenwerking", "personas"} & set(slugs)


def test_every_document_of_the_demo_and_of_an_empty_plan_is_written_without_errors():
    for answers in (demo_answers(), steps_only(), {}):
        for outline in outlines.OUTLINES:
            for part in outline.parts:
                for section in part.sections(answers):
                    assert section.title
                    assert all(hasattr(block, "kind") for block in section.blocks)


# --- Beleidsplan chapters ------------------------------------------------------------------------

def test_meegedaan_summarises_the_participation_and_fills_the_inbreng_appendix():
    answers = demo_answers()
    section = beleidsplan.meegedaan_section(answers["draagvlak"], answers)
    text = " ".join(texts([section]))
    assert section.title == "Zo hebben mantelzorgers meegedaan"
    assert "tot en met de trede adviseren" in text  # the comfort zone of step 2
    assert "Gekozen trede per fase" in text  # the phases of step 4
    assert "12 werkvormen" in text  # the instruments of step 5
    assert "Voorrang krijgen werkende mantelzorgers" in text  # the target groups of step 6
    assert "Wmo-raad / adviesraad sociaal domein" in text  # draagvlak of step 7
    assert "brachten 5 punten in" in text and "3 overgenomen" in text  # the inbreng-logboek
    assert "inbreng" in section.appendix_blocks
    refs = [block for block in section.blocks if getattr(block, "appendix", "") == "inbreng"]
    assert refs, "the chapter points to the full log in its appendix"


def test_meegedaan_of_a_plan_without_participation_is_open():
    section = beleidsplan.meegedaan_section({}, {"visie": demo_data.answers()["visie"]})
    assert section.is_open


def test_monitoring_is_shorter_than_step_8s_chapter_and_names_indicators_moments_and_scenario():
    answers = demo_answers()
    section = beleidsplan.monitoring_section(answers["evaluatie"], answers)
    text = " ".join(texts([section]))
    assert "Indicatoren per doel" in text
    assert "31 oktober 2027" in text
    assert "Na de evaluatie" in text
    assert len(section.blocks) < len(s8_evaluatie.plan_section(answers["evaluatie"], answers).blocks)


def test_the_beleidsplan_summary_covers_vision_goals_offer_and_participation():
    answers = demo_answers()
    chapter = beleidsplan.summary_chapter(answers)
    headings = [block.text for block in chapter.blocks if block.kind == "heading"]
    assert chapter.kind == "summary"
    assert {"Visie in het kort", "Doelen met de hoogste prioriteit", "Samen met mantelzorgers"} <= set(headings)
    assert beleidsplan.summary_chapter({}).blocks[0].text.startswith("De samenvatting volgt")


# --- Raadsvoorstel ---------------------------------------------------------------------------------

RAADSVOORSTEL_HEADINGS = ["Onderwerp", "Voorgesteld besluit", "Inleiding", "Beoogd effect", "Argumenten",
                          "Kanttekeningen", "Financiën", "Juridische grondslag", "Communicatie en participatie",
                          "Vervolg"]


def test_the_raadsvoorstel_has_the_usual_headings_in_order_and_is_signed_by_the_college():
    answers = demo_answers()
    sections = outlines.RAADSVOORSTEL.parts[0].sections(answers)
    assert [section.title for section in sections] == RAADSVOORSTEL_HEADINGS
    assert len({section.slug for section in sections}) == len(sections)
    text = texts(sections)
    assert "Vaststelling mantelzorgbeleid Lindewaarde 2027–2030" in text
    assert "Het college van burgemeester en wethouders van Lindewaarde," in text
    assert any("de secretaris" in each and "de burgemeester" in each for each in text)
    assert any("Artikel 2.1.6 Wmo 2015" in each for each in text)


def test_beslispunten_are_proposed_from_the_answers_when_the_officer_wrote_none():
    answers = demo_answers()
    answers["financien"] = {**(answers.get("financien") or {}), "beslispunten": []}
    answers["financien"]["budget"] = [{"jaar": 2027, "bron": "wmo", "bedrag": 500000, "vastgelegd": True},
                                      {"jaar": 2028, "bron": "wmo", "bedrag": 520000, "vastgelegd": False}]
    answers["financien"]["waardering_vorm"] = ["cadeaubon"]
    answers["financien"]["waardering_bedrag"] = 50
    punten = raadsvoorstel.beslispunten(answers)
    # One source: what Beleid 2 proposes on its page is what the raadsvoorstel asks.
    assert punten == b2_financien.proposed_beslispunten(answers["financien"], answers)
    assert punten[0].startswith("Het beleidsplan mantelzorg Lindewaarde") and punten[0].endswith("vast te stellen.")
    assert any("€ 500.000 in 2027 en € 520.000 in 2028" in punt for punt in punten)
    assert any("cadeaubon" in punt and "€ 50 per mantelzorger" in punt for punt in punten)
    sections = raadsvoorstel.raadsvoorstel_sections(answers.get("financien"), answers)
    besluit = texts([sections[1]])
    assert besluit[0] == "De raad besluit:"
    assert besluit[1].startswith("1. Het beleidsplan")
    assert len(besluit) == 1 + len(punten)


def test_the_officers_own_beslispunten_come_first():
    answers = demo_answers()
    answers["financien"] = {**(answers.get("financien") or {}),
                            "beslispunten": [{"tekst": "Het plan vast te stellen."}, {"tekst": ""}]}
    assert raadsvoorstel.beslispunten(answers) == ["Het plan vast te stellen."]


def test_proposed_beslispunten_for_a_plan_with_only_the_eight_steps():
    punten = raadsvoorstel.beslispunten(steps_only())
    assert punten and punten[0].endswith("vast te stellen.")  # no budget, no waardering: still the plan itself
    assert not any("beschikbaar te stellen" in punt for punt in punten)
    assert raadsvoorstel.beslispunten({})[0] == "Het beleidsplan mantelzorg vast te stellen."


def test_kanttekeningen_include_the_open_findings_in_the_third_person_and_the_top_risks():
    answers = demo_answers()
    open_findings = [f for f in advisor.findings(answers) if f.severity in (advisor.FOUT, advisor.WAARSCHUWING)]
    assert open_findings, "the demo has at least one open waarschuwing (R11)"
    text = " ".join(block_text(block) for block in raadsvoorstel.kanttekeningen_blocks(answers))
    assert f"{len(open_findings)} waarschuwing" in text
    assert "Mantelzorgers op afstand is nog geen wervingsaanpak gepland" in text
    assert "Alleen de mondige mantelzorger doet mee (kans × impact 9)" in text  # the largest risk of step 2
    assert "Stap 6:" not in text


def test_a_fout_becomes_a_kanttekening_without_addressing_the_reader():
    finding = advisor.Finding("R03", advisor.FOUT, ("instrumenten",),
                              "Stap 5: voor de fase Uitvoering heeft u nog geen instrument gekozen. Kies er een.")
    assert raadsvoorstel.kanttekening(finding) == (
        "Voor de fase Uitvoering heeft de gemeente nog geen instrument gekozen.")
    finding = advisor.Finding("R99", advisor.FOUT, (), "Stap 2: dat is hoger dan uw comfortzone. U bent klaar.")
    assert raadsvoorstel.kanttekening(finding) == "Dat is hoger dan de comfortzone."


def test_kanttekeningen_without_findings_or_risks_say_so():
    text = " ".join(block_text(block) for block in raadsvoorstel.kanttekeningen_blocks({}))
    assert "geen kanttekeningen" in text


def test_financien_totals_per_year_add_up():
    answers = demo_answers()
    budget, kosten = beleidsplan.budget_per_jaar(answers), beleidsplan.kosten_per_jaar(answers)
    table = next(block for block in raadsvoorstel.financien_blocks(answers) if block.kind == "table")
    if budget or kosten:
        years = sorted(set(budget) | set(kosten))
        assert [row[0] for row in table.rows] == [str(year) for year in years] + ["Totaal"]


def test_financien_flags_a_year_with_costs_above_budget():
    answers = steps_only()
    answers["financien"] = {"budget": [{"jaar": 2027, "bron": "wmo", "bedrag": 1000, "vastgelegd": True}]}
    answers["aanbod"] = {"aanbod": [{"vraaggebied": "respijtzorg", "voorziening": "Logeerhuis", "status": "bestaand",
                                     "kosten_per_jaar": 5000}]}
    text = " ".join(block_text(block) for block in raadsvoorstel.financien_blocks(answers))
    assert "2027 € 1.000" in text and "− € " in text
    assert "hoger dan het budget" in text


@pytest.mark.parametrize("garbage", [None, "x", [], {"visie": "x", "financien": {"beslispunten": "x", "budget": 3}}])
def test_the_raadsvoorstel_survives_garbage(garbage):
    answers = garbage if isinstance(garbage, dict) else {}
    sections = raadsvoorstel.raadsvoorstel_sections(garbage, answers)
    assert [section.title for section in sections] == RAADSVOORSTEL_HEADINGS
