"""Figure F14 Uitvoeringsagenda (issue 15): the agenda of Beleid 2 over the years of the policy
period, one lane per kind and one mark per item, with a text alternative that says per year what
happens. The items come from `b2_financien.agenda_items`, the one reading of the agenda.
"""
import re
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.document.assemble import with_figures
from steps import b2_financien, figures, money, outlines
from steps.document import Figure, FigureSlot, Heading, Table

SVG = "{http://www.w3.org/2000/svg}"
COLOUR = "#154273"
YEARS = [2027, 2028, 2029, 2030]


def parsed(figure):
    return ElementTree.fromstring(figure.svg)  # well-formed XML, so also valid inline SVG in HTML


def marks(figure):
    """The marks of the items, in the order drawn: (soort, the <g> that holds the mark)."""
    return [(group.get("data-agenda"), group) for group in parsed(figure).iter(f"{SVG}g")
            if group.get("data-agenda")]


def texts(figure):
    return [element.text or "" for element in parsed(figure).iter(f"{SVG}text")]


def unique_items(answers):
    """Each item of the agenda once (an action over three years is on the agenda three times)."""
    once = {}
    for item in b2_financien.agenda_items(answers, money.period_years(answers)):
        once.setdefault(item.bron, item)
    return list(once.values())


def draw(answers):
    return figures.draw("F14", answers, COLOUR)


# --- The demo ----------------------------------------------------------------------------------------

def test_the_demo_agenda_is_drawn_as_an_accessible_figure(full_plan):
    figure = draw(full_plan)
    assert isinstance(figure, Figure) and figure.figure_id == "F14"
    svg = parsed(figure)
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    assert title is not None and svg.get("aria-labelledby") == title.get("id") == "figuur-uitvoeringsagenda-titel"
    assert title.text == figure.alt
    assert not re.search(r"\bclass=", figure.svg)  # attributes only: same look in preview and PDF
    assert figure.caption.startswith("Uitvoeringsagenda 2027–2030: wat er in het aanbod verandert")
    assert "toont" not in figure.caption  # everything fits: no word about items left out


def test_one_mark_per_item_in_a_lane_per_kind(full_plan):
    figure = draw(full_plan)
    items = unique_items(full_plan)
    drawn = marks(figure)
    assert len(drawn) == len(items) == 22  # 7 offer changes, 8 actions, 3 instruments, 4 evaluation moments
    assert sorted(soort for soort, _group in drawn) == sorted(item.soort for item in items)
    # The lanes in their order, each headed with its number of items.
    headings = [words for words in texts(figure) if re.fullmatch(r"[A-Z][\w -]+ \(\d+\)", words)]
    assert headings == ["Veranderingen in het aanbod (7)", "Acties (8)", "Participatie-instrumenten (3)",
                        "Evaluatiemomenten (4)"]
    order = [soort for soort, _group in drawn]
    assert order == sorted(order, key=lambda soort: [lane for lane, (_h, soorten) in
                                                       enumerate(figures.AGENDA_LANES) if soort in soorten][0])
    # Each kind has its own shape, so colour is never the only cue.
    shapes = {soort: group[0].tag.replace(SVG, "") for soort, group in drawn}
    assert shapes == {"Nieuw aanbod": "line", "Aanbod wordt aangepast": "line", "Aanbod stopt": "line",
                      "Actie": "rect", "Participatie": "rect", "Evaluatie": "text"}
    assert {group[1].tag.replace(SVG, "") for soort, group in drawn if soort == "Nieuw aanbod"} == {"circle"}
    assert {group[1].tag.replace(SVG, "") for soort, group in drawn if soort == "Aanbod wordt aangepast"} == {"rect"}
    assert [group[0].text for soort, group in drawn if soort == "Evaluatie"] == ["★"] * 4


def test_the_years_of_the_period_are_on_the_axis_and_bars_span_their_dates(full_plan):
    figure = draw(full_plan)
    svg = parsed(figure)
    years = {int(element.text): float(element.get("x")) for element in svg.iter(f"{SVG}text")
             if re.fullmatch(r"\d{4}", element.text or "")}
    assert list(years) == YEARS
    width = years[2028] - years[2027]  # the labels stand in the middle of equal columns
    assert width > 90 and all(abs(years[y + 1] - years[y] - width) < 0.2 for y in YEARS[:-1])
    start_2027 = years[2027] - width / 2
    # 'Uitbreiding logeerhuis' runs 1 januari – 31 december 2027: exactly the column of 2027.
    items = unique_items(full_plan)
    drawn = marks(figure)
    index = next(i for i, item in enumerate(items_in_drawn_order(items))
                 if item.wat == "Uitbreiding logeerhuis + flexibele thuisoppas")
    soort, group = drawn[index]
    bar = group[0]
    assert soort == "Actie"
    assert float(bar.get("x")) == pytest.approx(start_2027, abs=0.2)
    assert float(bar.get("width")) == pytest.approx(width, abs=0.5)
    # An action that started before the period starts at the axis, not left of it.
    assert min(float(group[0].get("x")) for soort, group in drawn if soort == "Actie") == pytest.approx(
        start_2027, abs=0.2)
    # The regional respite weekend stops in 2028: its cross stands at the start of 2028.
    index = next(i for i, item in enumerate(items_in_drawn_order(items)) if item.soort == "Aanbod stopt")
    cross = drawn[index][1]
    assert float(cross[1].get("x1")) + 4.5 == pytest.approx(start_2027 + width, abs=0.2)


def items_in_drawn_order(items):
    lanes = [soorten for _heading, soorten in figures.AGENDA_LANES]
    return sorted(items, key=lambda item: ([i for i, soorten in enumerate(lanes) if item.soort in soorten][0],
                                           item.start, item.end, item.wat))


def test_the_text_alternative_names_every_item_and_year(full_plan):
    figure = draw(full_plan)
    for item in unique_items(full_plan):
        assert item.wat in figure.alt, item.wat
    for year in YEARS:
        assert f" {year}: " in figure.alt
    # Per year what happens: a three-year action is named in each of its years, with when.
    years = re.split(r" (?=20\d\d: )", figure.alt)
    assert [part[:5] for part in years[1:]] == [f"{year}:" for year in YEARS]
    name = "Ambassadeursgroep opzetten (incl. sleutelfiguren Hazelt)"
    assert f"Actie: {name} (start 1 februari 2027)" in years[1]
    assert f"Actie: {name} (het hele jaar)" in years[2]
    assert f"Actie: {name} (loopt tot 31 december 2030)" in years[4]
    assert "Aanbod stopt: Regionaal respijtweekend" in years[2] and "Aanbod stopt" not in years[1]
    assert "Evaluatie: Eindevaluatie beleidsperiode (28 februari 2030)" in years[4]


def test_every_item_has_a_label_in_its_row(full_plan):
    figure = draw(full_plan)
    labels = " ".join(texts(figure))
    for item in unique_items(full_plan):
        assert item.wat.split()[0] in labels


def test_communication_in_the_period_gets_its_own_lane(full_plan):
    full_plan["draagvlak"]["communicatie"].append({
        "type": "resultaat", "doelgroep": "alle mantelzorgers", "middel": "website",
        "boodschap": "Wat het eerste jaar opleverde", "datum": "2028-11-10", "verantwoordelijke": "A. Yilmaz"})
    figure = draw(full_plan)
    drawn = [group for soort, group in marks(figure) if soort == "Communicatie"]
    assert len(drawn) == 1 and drawn[0][0].tag == f"{SVG}polygon"  # a triangle
    assert "Communicatie (1)" in texts(figure)
    assert "Communicatie: Zichtbaar resultaat / quick win – Wat het eerste jaar opleverde (10 november 2028)" \
        in figure.alt
    assert "communicatie" in texts(figure)  # and in the legend


def test_a_quiet_year_says_so(full_plan):
    full_plan["visie"]["beleidsperiode_eind"] = 2032
    figure = draw(full_plan)
    assert "2031: nog niets gepland." in figure.alt and "2032: nog niets gepland." in figure.alt
    assert [int(t) for t in texts(figure) if re.fullmatch(r"\d{4}", t)] == list(range(2027, 2033))


# --- Nothing to draw -----------------------------------------------------------------------------------

def test_it_draws_nothing_without_a_period_or_without_items(full_plan):
    assert draw({}) is None
    no_period = dict(full_plan, visie={**full_plan["visie"], "beleidsperiode_start": None,
                                       "beleidsperiode_eind": None})
    assert draw(no_period) is None
    elsewhere = dict(full_plan, visie={**full_plan["visie"], "beleidsperiode_start": 2040,
                                       "beleidsperiode_eind": 2041})
    assert draw(elsewhere) is None


# --- Garbage, full tables, hostile text ------------------------------------------------------------------

GARBAGE = [None, "", "x", 0, -1, 3.5, 1e308, float("nan"), [], {}, ["a"], {"a": 1}, True, "2028-13-45",
           "0001-01-01", "9999-12-31", "2028", 2028, "2028-06-01T10:00:00", "nieuw", "stopt", " ", "\x00"]


def garbage_plan(full_plan, value):
    plan = dict(full_plan)
    plan["aanbod"] = {"aanbod": [{"status": value, "jaar_start": value, "voorziening": value}, value,
                                 {"status": "nieuw", "jaar_start": value, "voorziening": value, "verandering": value}]}
    plan["draagvlak"] = {**full_plan["draagvlak"], "acties": [{"actie": value, "start": value, "eind": "2028-03-01"},
                                                              value, {"start": "2027-05-01", "eind": value}],
                         "communicatie": value}
    plan["instrumenten"] = {"instrumenten": [{"instrument": value, "titel": value, "start": value, "eind": value}]}
    plan["evaluatie"] = {"evaluatiemomenten": [{"moment": value, "type": value, "datum": value}, value]}
    return plan


@pytest.mark.parametrize("value", GARBAGE, ids=repr)
def test_garbage_in_the_tables_never_breaks_the_figure(full_plan, value):
    figure = draw(garbage_plan(full_plan, value))
    assert figure is not None  # the actions with one good date are still there
    parsed(figure)
    assert len(marks(figure)) == len(unique_items(garbage_plan(full_plan, value)))


@pytest.mark.parametrize("value", GARBAGE, ids=repr)
def test_garbage_answers_draw_nothing_or_a_sound_figure(value):
    answers = {"visie": {"beleidsperiode_start": value, "beleidsperiode_eind": value}, "aanbod": value,
               "draagvlak": {"acties": value, "communicatie": [value]}, "evaluatie": value, "instrumenten": value,
               "financien": value}
    figure = draw(answers)
    assert figure is None or parsed(figure) is not None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.dates().map(str) | st.sampled_from(["nieuw", "aanpassen", "stopt", "2028-02-29", 2027, 2030]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
row = st.fixed_dictionaries({}, optional={key: json_values for key in (
    "status", "jaar_start", "voorziening", "verandering", "actie", "start", "eind", "datum", "moment", "type",
    "boodschap", "instrument", "titel")})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=json_values, eind=json_values, rows=st.lists(row | json_values, max_size=6))
def test_any_answers_draw_nothing_or_a_sound_figure(start, eind, rows):
    answers = {"visie": {"beleidsperiode_start": start, "beleidsperiode_eind": eind},
               "aanbod": {"aanbod": rows}, "draagvlak": {"acties": rows, "communicatie": rows},
               "instrumenten": {"instrumenten": rows}, "evaluatie": {"evaluatiemomenten": rows}}
    figure = draw(answers)
    if figure is not None:
        assert len(marks(figure)) <= len(unique_items(answers))
        assert figure.caption and figure.alt


LONG = "Een heel lange omschrijving van wat hier gebeurt, met woorden als mantelzorgondersteuning erin"


def full_tables(full_plan):
    """Every table of the agenda at its maximum of 30 rows, all in the period, all long."""
    plan = dict(full_plan)
    plan["aanbod"] = {"aanbod": [{"status": ("nieuw", "aanpassen", "stopt")[n % 3], "jaar_start": 2027 + n % 4,
                                  "voorziening": f"Voorziening {n} {LONG}", "verandering": LONG}
                                 for n in range(30)]}
    plan["draagvlak"] = {
        **full_plan["draagvlak"],
        "acties": [{"actie": f"Actie {n} {LONG}", "start": f"{2027 + n % 4}-0{1 + n % 9}-01", "eind": "2030-12-31"}
                   for n in range(30)],
        "communicatie": [{"type": "aankondiging", "boodschap": f"Bericht {n} {LONG}",
                          "datum": f"{2027 + n % 4}-0{1 + n % 9}-15"} for n in range(30)],
    }
    plan["instrumenten"] = {"instrumenten": [{"instrument": "enquete", "titel": f"Instrument {n}",
                                              "start": "2027-03-01", "eind": f"{2027 + n % 4}-11-30"}
                                             for n in range(30)]}
    plan["evaluatie"] = {"evaluatiemomenten": [{"moment": f"Evaluatie {n} {LONG}", "type": "tussentijds",
                                                "datum": f"{2027 + n % 4}-10-31"} for n in range(20)]}
    return plan


def test_thirty_rows_per_table_stay_on_one_page_and_say_what_is_left_out(full_plan):
    plan = full_tables(full_plan)
    figure = draw(plan)
    svg = parsed(figure)
    height = float(svg.get("height"))
    assert height <= figures.AGENDA_MAX_HEIGHT  # 640 px is the 170 mm of the text width: at most 228 mm high
    drawn = marks(figure)
    total = len(unique_items(plan))
    assert total == 140 and 20 < len(drawn) < total
    # Every lane keeps some rows: a long list does not push the evaluation off the page.
    assert {soort for soort, _group in drawn} == {"Nieuw aanbod", "Aanbod wordt aangepast", "Aanbod stopt",
                                                  "Actie", "Participatie", "Communicatie", "Evaluatie"}
    more = [words for words in texts(figure) if words.startswith("en nog ")]
    assert len(more) == 5
    assert sum(int(words.split()[2]) for words in more) == total - len(drawn)
    assert f"De figuur toont {len(drawn)} van de {total} onderdelen" in figure.caption
    # The text alternative still names every item and every year.
    for item in unique_items(plan):
        assert item.wat in figure.alt
    for year in YEARS:
        assert f" {year}: " in figure.alt
    # A long label is cut to two lines that stay left of the axis.
    label_lines = [element for element in svg.iter(f"{SVG}text") if (element.text or "").startswith("Actie 0 ")]
    assert len(label_lines) == 1
    assert figures.text_width(label_lines[0].text, 9) <= 226 - 18 + 0.01


def test_typed_text_stays_text(full_plan):
    hostile = '<script>alert("x")</script> & "quotes" <img src=http://127.0.0.1:9/x>'
    full_plan["draagvlak"]["acties"][0]["actie"] = hostile
    full_plan["aanbod"]["aanbod"].append({"status": "nieuw", "jaar_start": 2028, "voorziening": hostile})
    full_plan["evaluatie"]["evaluatiemomenten"][0].update(moment=hostile, datum="2029-05-01")
    figure = draw(full_plan)
    svg = parsed(figure)
    assert not any(element.tag.replace(SVG, "") in ("script", "img") for element in svg.iter())
    assert "<script>" not in figure.svg and "&lt;script&gt;" in figure.svg
    assert figure.alt.count(hostile) >= 3  # the alternative keeps the typed text as it is; figure() escapes it
    assert svg.find(f"{SVG}title").text == figure.alt


# --- In the beleidsplan ----------------------------------------------------------------------------------

def test_the_agenda_chapter_places_the_figure_above_the_tables(full_plan):
    section = b2_financien.agenda_section(full_plan["financien"], full_plan)
    kinds = [block.kind for block in section.blocks]
    slot = next(i for i, block in enumerate(section.blocks) if isinstance(block, FigureSlot))
    assert section.blocks[slot].figure_id == "F14"
    assert slot < kinds.index("heading") and isinstance(section.blocks[slot + 1], Heading)
    drawn = with_figures(section.blocks, full_plan, COLOUR)
    assert [block.figure_id for block in drawn if block.kind == "figure"] == ["F14"]
    assert [block.caption for block in drawn if isinstance(block, Table)][0] == "Uitvoeringsagenda 2027"


def test_the_demo_beleidsplan_outline_has_the_figure_with_a_caption(full_plan):
    blocks = [block for part in outlines.BELEIDSPLAN.parts for section in part.sections(full_plan)
              for block in section.blocks]
    drawn = [block for block in with_figures(blocks, full_plan, COLOUR) if block.kind == "figure"]
    agenda = [block for block in drawn if block.figure_id == "F14"]
    assert len(agenda) == 1 and agenda[0].caption.startswith("Uitvoeringsagenda 2027–2030")
    # The plan van aanpak has no agenda chapter, so no F14 (its golden PDF stays the same).
    aanpak = [block for part in outlines.PLAN_VAN_AANPAK.parts for section in part.sections(full_plan)
              for block in section.blocks if isinstance(block, FigureSlot)]
    assert "F14" not in [slot.figure_id for slot in aanpak]


@pytest.mark.django_db
def test_the_stored_demo_beleidsplan_numbers_the_figure_in_the_agenda_chapter():
    from planner import demo
    from planner.document.assemble import build

    _user, complete, _half = demo.load_demo()
    document = build(complete, document="beleidsplan")
    chapter = next(chapter for chapter in document.contents if chapter.title == "Uitvoeringsagenda per jaar")
    agenda = [block for block in chapter.blocks if block.kind == "figure"]
    assert len(agenda) == 1 and agenda[0].figure_id == "F14"
    assert re.fullmatch(r"Figuur \d+\. Uitvoeringsagenda 2027–2030: .+", agenda[0].caption)
    aanpak = build(complete, document="plan-van-aanpak")
    assert "F14" not in [block.figure_id for chapter in aanpak.contents for block in chapter.blocks
                         if block.kind == "figure"]
