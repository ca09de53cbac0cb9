"""The SVG figures of the plan: drawn from the answers, accessible, safe with typed text."""
import copy
import re
from xml.etree import ElementTree

import pytest

from planner.document.assemble import with_figures
from planner.document.layout import column_widths
from steps import demo_data, derived, figures
from steps.appendices import term_variants
from steps.document import Figure, FigureSlot, Heading, Paragraph

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
    assert figures.text_width("Coproduceren", 9, bold=True) > figures.text_width("Coproduceren", 9)
    assert len(figures.fit("Coproduceren", 64, 9, bold=True)) < len(figures.fit("Coproduceren", 64, 9))


def test_wrapped_labels_keep_their_tail():
    lines = figures._wrap("Advies (deels) niet overgenomen → teleurstelling " * 3, 200, 10, most=2, tail="(6)")
    assert len(lines) == 2 and lines[-1].endswith("… (6)")
    assert all(figures.text_width(each, 10) <= 200 for each in lines)
    assert figures._wrap("helpers (> 3 mnd)", 60, 10)[-1].startswith("(> 3")  # a sign stays with its word


def texts(figure):
    return [(float(t.get("x")), float(t.get("y")), t.text or "") for t in parsed(figure).iter(f"{SVG}text")]


def stakeholders(*scores, houding="voorstander"):
    return {"draagvlak": {"stakeholders": [{"stakeholder": "wethouder_zorg", "belang": belang, "invloed": invloed,
                                            "houding": houding} for belang, invloed in scores]}}


@pytest.mark.parametrize("belang", range(1, 6))
@pytest.mark.parametrize("invloed", range(1, 6))
def test_the_force_field_shades_exactly_the_key_players(belang, invloed):
    answers = stakeholders((belang, invloed))
    svg = parsed(figures.f10_krachtenveld(answers, COLOUR))
    shade = next(r for r in svg.iter(f"{SVG}rect") if r.get("fill") == figures.mix(COLOUR, figures.PAPER, 0.88))
    x, y, w, h = (float(shade.get(key)) for key in ("x", "y", "width", "height"))
    dot = next(svg.iter(f"{SVG}circle"))
    cx, cy = float(dot.get("cx")), float(dot.get("cy"))
    inside = x < cx < x + w and y < cy < y + h
    key_player = derived.stakeholder_strategie(answers["draagvlak"]["stakeholders"][0]) == "nauw_betrekken"
    assert inside == key_player  # influence 3 and interest 3 is "nauw betrekken", as in the table


def test_markers_on_one_score_stay_inside_their_cell():
    svg = parsed(figures.f10_krachtenveld(stakeholders(*[(3, 3)] * 9), COLOUR))
    x0, y0, step = 44, 10, 290 / 5  # belang 3 is the third column, invloed 3 the third row from the top
    for dot in svg.iter(f"{SVG}circle"):
        cx, cy, r = (float(dot.get(key)) for key in ("cx", "cy", "r"))
        if cy < y0 + 290:  # not the legend
            assert x0 + 2 * step < cx - r and cx + r < x0 + 3 * step
            assert y0 + 2 * step < cy - r and cy + r < y0 + 3 * step


def test_the_timeline_shows_every_label_whole(answers):
    groups, _besluiten, _evaluaties = figures.timeline_rows(answers)
    labels = [label for _name, rows in groups for label, _start, _end in rows]
    shown = [words for x, _y, words in texts(figures.f7_tijdlijn(answers, COLOUR)) if x == 8]
    assert not any("…" in words for words in shown)
    assert " ".join(shown) == " ".join(labels)  # long labels wrap, so distinct labels stay distinct
    assert len(set(labels)) == len(labels)


def test_the_timeline_keeps_close_decisions_apart(answers):
    svg = parsed(figures.f7_tijdlijn(answers, COLOUR))
    diamonds = []
    for shape in svg.iter(f"{SVG}polygon"):
        points = [tuple(map(float, point.split(","))) for point in shape.get("points").split()]
        diamonds.append((points[0][0], (points[0][1] + points[2][1]) / 2, points[1][0] - points[0][0]))
    assert len(diamonds) >= 4
    for index, (x, y, r) in enumerate(diamonds):
        for other_x, other_y, _r in diamonds[index + 1:]:
            assert abs(x - other_x) + abs(y - other_y) >= 2 * r  # diamonds touch at most at a corner


def test_the_group_matrix_names_the_group_without_recruitment_in_full(answers):
    shown = texts(figures.f9_doelgroep_vindplaats(answers, COLOUR))
    assert any(words == "Mantelzorgers op afstand" for _x, _y, words in shown)
    assert not any("…" in words for _x, _y, words in shown)  # the slanted headers are not cut either


@pytest.mark.parametrize("breedte", ["breed", "gemengd", "smal"])
@pytest.mark.parametrize("sturing", ["dirigent", "tussenvorm", "regisseur_op_afstand"])
def test_the_typetest_name_stays_clear_of_the_quadrant_names(answers, breedte, sturing):
    visie = dict(answers["visie"], breedte_beleid=breedte, sturing=sturing)
    shown = texts(figures.f2_typetest({"visie": visie}, COLOUR))
    name_y = next(y for _x, y, words in shown if words == "Lindewaarde")
    quadrants = [y for _x, y, words in shown if words in {name for _c, _r, name in figures.QUADRANTS}]
    assert len(quadrants) == 4 and all(abs(name_y - y) >= 14 for y in quadrants)


def test_the_risk_list_always_shows_the_score(answers):
    answers = copy.deepcopy(answers)
    answers["comfortzone"]["risicos"][0].update(risico="anders", risico_eigen="Een heel lang eigen risico " * 8)
    shown = " ".join(words for _x, _y, words in texts(figures.f4_risicomatrix(answers, COLOUR)))
    for row in figures.risk_rows(answers):
        assert f"({derived.risicoscore(row)})" in shown
    assert "Advies (deels) niet overgenomen → teleurstelling (6)" in shown  # on two lines, not cut


def test_bold_column_headers_of_the_phase_matrix_keep_apart(answers):
    svg = parsed(figures.f6_fase_trede(answers, COLOUR))
    cw = (figures.WIDTH - 168 - 6) / len(figures.ladder_rungs(answers))
    heads = [t for t in svg.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert heads and all(figures.text_width(t.text, float(t.get("font-size")), True) <= cw - 8 for t in heads)


def test_column_widths_leave_room_for_the_longest_word_and_fill_the_page():
    widths = [float(w) for w in column_widths(["Code", "Doel", "Termijn"],
                                             [["D1", "Een lang doel " * 20, "31 december 2030"]])]
    assert sum(widths) == pytest.approx(100, abs=0.5)
    assert widths[1] > widths[2] > widths[0]
    assert widths[0] / 100 * 170 >= 4 * 2.0 + 4  # "Code" in bold fits in millimetres


def test_glossary_terms_match_their_variants():
    assert term_variants("Sociaal (wijk)team / Wmo-loket") == ["Sociaal team", "Sociaal wijkteam", "Wmo-loket"]
    assert "Langdurige en intensieve helpers" in term_variants("Langdurige en intensieve helpers")


def test_the_figures_by_id_are_f1_to_f10_and_each_carries_its_id(answers):
    # F11 and up belong to the Verdieping modules; their own test files draw them.
    steps_figures = [f"F{number}" for number in range(1, 11)]
    assert list(figures.FIGURES)[:10] == steps_figures
    assert [figures.FIGURES[figure_id] for figure_id in steps_figures] == list(ALL)
    for figure_id in steps_figures:
        assert figures.draw(figure_id, answers, COLOUR).figure_id == figure_id


def test_a_figure_slot_becomes_its_figure_in_place_or_goes_when_it_cannot_be_drawn(answers):
    blocks = [Heading("A"), FigureSlot("F3"), Paragraph("tekst"), FigureSlot("F10")]
    without_stakeholders = {**answers, "draagvlak": {}}
    drawn = with_figures(blocks, without_stakeholders, COLOUR)
    assert [block.kind for block in drawn] == ["heading", "figure", "paragraph"]
    assert drawn[1].figure_id == "F3" and drawn[0] is blocks[0] and drawn[2] is blocks[2]


def test_an_instrument_with_a_long_own_title_is_labelled_by_its_kind():
    from steps.figures import instrument_name

    assert instrument_name({"instrument": "focusgroep", "titel": "Focusgroep jonge mantelzorgers"}) == \
        "Focusgroep jonge mantelzorgers"
    pasted = {"instrument": "focusgroep", "titel": "https://www.example.invalid/" + "x" * 60}
    assert instrument_name(pasted) == "Focusgroep"
    without_kind = {"titel": "Een eigen naam die langer is dan een label " * 2}
    assert instrument_name(without_kind) == without_kind["titel"].strip()
