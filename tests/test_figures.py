"""The SVG figures of the plan: drawn from the answers, accessible, safe with typed text."""
import copy
import re
from xml.etree import ElementTree

import pytest

from planner import figures
from planner.plan import column_widths, insert_figure, term_variants
from steps import demo_data
from steps.document import Figure, Heading, Paragraph, Table

SVG = "{http://www.w3.org/2000/svg}"
COLOUR = "#154273"
ALL = (figures.f1_ladder, figures.f2_typetest, figures.f3_prioriteit, figures.f4_risicomatrix,
       figures.f5_voorwaarden, figures.f6_fase_trede, figures.f7_tijdlijn, figures.f8_instrument_fase,
       figures.f9_doelgroep_vindplaats, figures.f10_krachtenveld)


@pytest.fixture(scope="module")
def answers():
    return demo_data.answers()


def parsed(figure):
    return ElementTree.fromstring(figure.svg)


@pytest.mark.parametrize("draw", ALL, ids=lambda draw: draw.__name__)
def test_it_draws_each_figure_as_accessible_svg(draw, answers):
    figure = draw(answers, COLOUR)
    assert isinstance(figure, Figure) and figure.caption and len(figure.alt) > 40
    svg = parsed(figure)  # well-formed XML, so also valid inline SVG in HTML
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    assert title is not None and svg.get("aria-labelledby") == title.get("id")
    assert title.text == figure.alt  # WeasyPrint copies this <title> into the PDF as /Alt
    assert not re.search(r"\bclass=", figure.svg)  # attributes only: same look in preview and PDF


@pytest.mark.parametrize("draw", ALL, ids=lambda draw: draw.__name__)
def test_it_draws_nothing_without_answers(draw):
    assert draw({}, COLOUR) is None


def test_figures_have_unique_title_ids(answers):
    ids = [parsed(draw(answers, COLOUR)).find(f"{SVG}title").get("id") for draw in ALL]
    assert len(set(ids)) == len(ids)


def test_typed_text_stays_text(answers):
    answers = copy.deepcopy(answers)
    hostile = '<script>alert("x")</script> & "quotes" <img src=http://127.0.0.1:9/x>'
    answers["draagvlak"]["stakeholders"][0]["stakeholder"] = "eigen"
    answers["draagvlak"]["stakeholders"][0]["eigen_naam"] = hostile
    answers["doelgroepen"]["doelgroepen"][0]["doelgroep"] = "eigen"
    answers["doelgroepen"]["doelgroepen"][0]["eigen_naam"] = hostile
    for draw in (figures.f10_krachtenveld, figures.f9_doelgroep_vindplaats):
        figure = draw(answers, COLOUR)
        svg = parsed(figure)
        assert svg.find(f".//{SVG}script") is None and svg.find(f".//{SVG}img") is None
        assert "<script>" not in figure.svg and "&lt;script&gt;" in figure.svg


def test_the_ladder_marks_comfort_zone_and_ambition(answers):
    figure = figures.f1_ladder(answers, COLOUR)
    assert "6 treden" in figure.alt
    assert "comfortzone loopt tot en met adviseren" in figure.alt
    assert "ambitie is coproduceren" in figure.alt
    assert "comfortabel" in figure.svg and "twijfel · ambitie" in figure.svg


def test_the_phase_matrix_outlines_every_choice_above_the_comfort_zone(answers):
    figure = figures.f6_fase_trede(answers, COLOUR)
    outlined = re.findall(r'<rect [^>]*stroke="#b3261e"[^>]*stroke-dasharray', figure.svg)
    assert len(outlined) == 2 + 1  # beleidsvoorbereiding and uitvoering, plus the legend swatch
    assert "Boven de comfortzone: beleidsvoorbereiding en uitvoering." in figure.alt


def test_the_typetest_dot_sits_on_the_line_for_a_tussenvorm(answers):
    visie = dict(answers["visie"], breedte_beleid="breed", sturing="tussenvorm")
    figure = figures.f2_typetest({"visie": visie}, COLOUR)
    assert "op de lijn tussen twee kwadranten" in figure.alt
    dot = [c for c in parsed(figure).iter(f"{SVG}circle")][0]
    assert float(dot.get("cx")) == pytest.approx(170 + 200)  # the middle line of the grid


def test_the_group_matrix_highlights_groups_without_recruitment(answers):
    figure = figures.f9_doelgroep_vindplaats(answers, COLOUR)
    assert "Zonder werving: Mantelzorgers op afstand" in figure.alt
    assert ">geen werving</text>" in figure.svg


def test_the_risk_matrix_places_every_risk(answers):
    figure = figures.f4_risicomatrix(answers, COLOUR)
    risks = len(answers["comfortzone"]["risicos"])
    for number in range(1, risks + 1):
        assert f"R{number}:" in figure.alt


def test_the_timeline_gives_a_busy_year_more_room():
    from datetime import date

    days = [date(2026, month, 1) for month in range(1, 13)] * 3 + [date(2029, 6, 1)]
    _x_of, years = figures.year_scale(days, 0, 600)
    widths = {year: width for year, _x, width in years}
    assert [year for year, _x, _w in years] == [2026, 2027, 2028, 2029]
    assert widths[2026] > 2 * widths[2027]
    assert sum(widths.values()) == pytest.approx(600)


def test_labels_are_cut_to_their_room():
    assert figures.fit("Kort", 100) == "Kort"
    cut = figures.fit("Een heel lange naam van een vindplaats die niet past", 60, 10)
    assert cut.endswith("…") and len(cut) <= 10


def test_column_widths_leave_room_for_the_longest_word_and_fill_the_page():
    widths = [float(w) for w in column_widths(["Code", "Doel", "Termijn"],
                                             [["D1", "Een lang doel " * 20, "31 december 2030"]])]
    assert sum(widths) == pytest.approx(100, abs=0.5)
    assert widths[1] > widths[2] > widths[0]
    assert widths[0] / 100 * 170 >= 4 * 2.0 + 4  # "Code" in bold fits in millimetres


def test_glossary_terms_match_their_variants():
    assert term_variants("Sociaal (wijk)team / Wmo-loket") == ["Sociaal team", "Sociaal wijkteam", "Wmo-loket"]
    assert "Langdurige en intensieve helpers" in term_variants("Langdurige en intensieve helpers")


def test_a_figure_whose_anchor_is_gone_goes_to_the_end_of_its_chapter():
    figure = Figure(svg="<svg/>", alt="x")
    blocks = [Heading("A"), Paragraph("tekst"), Table(caption="T", headers=["a"], rows=[])]
    assert insert_figure(blocks, figure, "before", "Bestaat niet")[-1] is figure
    assert insert_figure(blocks, figure, "after", "A")[1] is figure
    replaced = insert_figure(blocks, figure, "replace", "T")
    assert replaced[-1] is figure and len(replaced) == 3
