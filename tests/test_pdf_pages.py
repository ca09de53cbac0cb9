"""No near-empty pages in the PDF (issue 18): a landscape page or an appendix page is at least a
quarter full unless it ends a chapter, and a small wide table stays on a portrait page.

How full a page is comes from WeasyPrint's own layout: the lowest text, cell or figure in the page
body (the running header and footer left out), as part of the body's height.
"""
import copy

import pytest

from planner.document import pdf
from planner.document.assemble import build
from planner.document.layout import SizedTable
from steps import demo_data
from tests.golden.pages import demo_plan

QUARTER = 0.25
CONTENT = ("TextBox", "ReplacedBox", "TableCellBox")


def pages_of(answers):
    """Per page: (how full, landscape, the chapter heading on it or the one it continues, whether a
    chapter starts on the next page or this is the last page)."""
    found, chapter = [], ""
    for page in pdf.layout(build(demo_plan(), answers)).pages:
        box = page._page_box
        top, bottom, starts = box.content_box_y(), box.content_box_y(), False
        for area in box.children:
            if type(area).__name__ == "MarginBox":
                continue
            for each in area.descendants():
                if getattr(each, "element_tag", None) == "h2" and type(each).__name__ == "BlockBox":
                    starts = True
                    chapter = " ".join(text.text for text in each.descendants() if type(text).__name__ == "TextBox")
                if type(each).__name__ in CONTENT:
                    bottom = max(bottom, each.position_y + each.margin_height())
        found.append([(bottom - top) / box.height, page.width > page.height, chapter, starts])
    return [(fill, landscape, heading, index + 1 == len(found) or found[index + 1][3])
            for index, (fill, landscape, heading, _starts) in enumerate(found)]


def near_empty(answers):
    return [(number, round(fill, 2), heading) for number, (fill, landscape, heading, ends_chapter)
            in enumerate(pages_of(answers), start=1)
            if (landscape or heading.startswith("Bijlage")) and fill < QUARTER and not ends_chapter]


def with_rows(table_step, table, count):
    answers = copy.deepcopy(demo_data.answers())
    answers[table_step][table] = answers[table_step][table][:count]
    return answers


@pytest.mark.parametrize("answers", [demo_data.answers(), {}, with_rows("doelgroepen", "wervingsplan", 2)],
                         ids=["demo", "leeg", "wervingsplan van twee rijen"])
def test_no_landscape_or_appendix_page_is_less_than_a_quarter_full(answers):
    assert near_empty(answers) == []


def test_a_long_wide_table_gets_a_landscape_page():
    """The demo's recruitment plan (ten columns, thirteen rows) needs the width."""
    pages = pages_of(demo_data.answers())
    assert [heading[:2] for _fill, landscape, heading, _ends in pages if landscape] == ["8.", "8."]


def test_short_appendices_share_a_page():
    """An empty plan: appendices B, C and D are a sentence each and follow A on its page."""
    pages = pages_of({})
    appendix_pages = [heading for _fill, _landscape, heading, _ends in pages if heading.startswith("Bijlage")]
    assert len(appendix_pages) <= 3


def test_a_small_wide_table_stays_on_a_portrait_page():
    """Ten columns of short words in two rows fit a portrait page in small type. (The
    recruitment plan's headers, 'Deadline', 'Beoogd', 'Behaald', do not fit ten columns of 17 cm
    whole, so it stays landscape even with two rows: its heading and introduction go with it.)"""
    headers = ["Groep", "Vindplaats", "Aanpak", "Instrument", "Wie", "Start", "Deadline", "Aantal", "Status", "Behaald"]
    short = [["Werkenden", "werk", "mail", "tafel", "Piet", "1 feb", "1 jun", "10", "gepland", "0"]] * 2
    assert SizedTable(caption="", headers=headers, rows=short).size == "small"
    assert SizedTable(caption="", headers=headers, rows=short * 10).size == "landscape"  # too high
    unbreakable = [[*row[:-1], "04171643000417164300041716430004"] for row in short]  # cannot fit whole
    assert SizedTable(caption="", headers=headers, rows=unbreakable).size == "landscape"
    assert SizedTable(caption="", headers=headers[:8], rows=short).size == "small"  # 8 columns: never landscape
