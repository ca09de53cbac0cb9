"""The tagged PDF's structure tree, walked as a screen reader and a PDF/UA checker walk it (issue 18).

For the demo plan, a plan with every table at its maximum number of rows and every text at its
maximum length, and an empty plan, in both variants (PDF/UA-1 and the tagged PDF/A-3u), it fails on:
- an LI outside an L, anything but an LI (or a nested L, a Caption) in an L, anything but a Lbl
  or an LBody in an LI (ISO 14289-1 7.6, Matterhorn 16);
- running headers and footers as content: every marked content in a page must belong to an
  element in the tree, and the header ("Gemeente … · titel") and "pagina X van Y" must be in a
  /Pagination artifact, gone from the page's text once the artifacts are taken out (Matterhorn 18);
- a Figure without alternative text, a Table without TH cells, a TH without a Scope;
- a heading level that skips (H1 then H3), or a first heading that is not H1.
"""
import copy
import io
import re

import pikepdf
import pytest
from pypdf import PdfReader

from planner.document import pdf
from planner.document.assemble import build
from steps import demo_data
from tests.golden.pages import demo_plan
from tests.test_pdf_document import maximal_answers

HEADING = re.compile(r"/H([1-6])$")
PAGE_NUMBER = re.compile(r"pagina \d+ van \d+")


def largest_answers():
    """Every growing table at its maximum number of rows (as an officer could save it), and every
    text at its maximum length."""
    from tests.test_queries import full_tables

    answers = copy.deepcopy(full_tables())
    longest = maximal_answers()
    for slug, step_answers in longest.items():
        for name, value in step_answers.items():
            if isinstance(value, str):
                answers[slug][name] = value
    return answers


PLANS = {
    "demo": lambda: demo_data.answers(),
    "grootst": largest_answers,
    "leeg": lambda: {},
}


@pytest.fixture(scope="module")
def rendered(django_db_blocker):
    cache = {}

    def get(plan, variant):
        if (plan, variant) not in cache:
            with django_db_blocker.unblock():
                answers = PLANS[plan]()
            cache[plan, variant] = pdf.render_plan(build(demo_plan(), answers), variant=variant)
        return cache[plan, variant]

    return get


CASES = [(plan, variant) for plan in PLANS for variant in pdf.VARIANTS]


# --- Walking the tree ------------------------------------------------------------------------------

def is_element(value):
    return isinstance(value, pikepdf.Object) and value._type_code == pikepdf.ObjectType.dictionary and "/S" in value


def children(element):
    kids = element.get("/K")
    if kids is None:
        return []
    if not (isinstance(kids, pikepdf.Object) and kids._type_code == pikepdf.ObjectType.array):
        kids = [kids]
    return [kid for kid in kids if is_element(kid)]


def elements(document):
    """(element, parent kind) for every element of the tree, in reading order."""
    found = []

    def walk(element, parent):
        found.append((element, parent))
        for kid in children(element):
            walk(kid, str(element.S))

    for top in children(document.Root.StructTreeRoot):
        walk(top, "/StructTreeRoot")
    return found


def tree_problems(content):
    """Every broken rule of the tree, as readable lines."""
    problems = []
    with pikepdf.open(io.BytesIO(content)) as document:
        levels = []
        for element, parent in elements(document):
            kind = str(element.S)
            kinds = [str(kid.S) for kid in children(element)]
            if kind == "/LI" and parent != "/L":
                problems.append(f"LI in {parent}")
            if kind == "/L":
                problems += [f"{kid} in L" for kid in kinds if kid not in ("/LI", "/L", "/Caption")]
            if kind == "/LI":
                problems += [f"{kid} in LI" for kid in kinds if kid not in ("/Lbl", "/LBody")]
            if kind == "/Figure" and not str(element.get("/Alt", "")).strip():
                problems.append("Figure without Alt")
            if kind == "/Table" and not any(str(each.S) == "/TH" for each, _ in descendants(element)):
                problems.append("Table without TH")
            if kind == "/TH" and "/Scope" not in element.get("/A", {}):
                problems.append("TH without Scope")
            if HEADING.match(kind):
                level = int(HEADING.match(kind).group(1))
                if level > (levels[-1] if levels else 0) + 1:
                    problems.append(f"H{level} after {'H%d' % levels[-1] if levels else 'the start'}")
                levels.append(level)
    return problems


def descendants(element):
    found = []

    def walk(each, parent):
        for kid in children(each):
            found.append((kid, parent))
            walk(kid, str(kid.S))

    walk(element, str(element.S))
    return found


def untagged_marked_content(content):
    """Per page, the MCIDs in the page's content whose element is not in the structure tree."""
    found = {}
    with pikepdf.open(io.BytesIO(content)) as document:
        in_tree = {element.objgen for element, _ in elements(document)}
        nums = document.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for number, page in enumerate(document.pages, start=1):
            marked = [int(operands[1].MCID) for operands, operator in pikepdf.parse_content_stream(page, "BDC")
                      if len(operands) == 2 and "/MCID" in operands[1]]
            key = page.obj.get("/StructParents")
            mapping = parents.get(int(key)) if key is not None else []
            lost = [mcid for mcid in marked
                    if mcid >= len(mapping) or not is_element(mapping[mcid]) or mapping[mcid].objgen not in in_tree]
            if lost:
                found[number] = lost
    return found


def without_artifacts(content, pages=12):
    """The first pages of the PDF with everything marked as an Artifact taken out (what a tagged
    reader reads); the rest of the pages are left out to keep the test quick."""
    with pikepdf.open(io.BytesIO(content)) as document:
        del document.pages[pages:]
        for page in document.pages:
            kept, depth = [], 0
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    if depth or str(operands[0]) == "/Artifact":
                        depth += 1
                        continue
                elif name == "EMC" and depth:
                    depth -= 1
                    continue
                if not depth:
                    kept.append((operands, operator))
            page.obj.Contents = document.make_stream(pikepdf.unparse_content_stream(kept))
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def page_texts(content):
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


def pagination_subtypes(content):
    with pikepdf.open(io.BytesIO(content)) as document:
        page = document.pages[2]
        return [str(operands[1].get("/Subtype")) for operands, _ in pikepdf.parse_content_stream(page, "BDC")
                if str(operands[0]) == "/Artifact" and operands[1].get("/Type") == "/Pagination"]


# --- Tests -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("plan, variant", CASES)
def test_the_structure_tree_breaks_no_rule(rendered, plan, variant):
    assert tree_problems(rendered(plan, variant)) == []


@pytest.mark.parametrize("plan, variant", CASES)
def test_headers_footers_and_page_numbers_are_pagination_artifacts(rendered, plan, variant):
    content = rendered(plan, variant)
    assert untagged_marked_content(content) == {}
    everything, read = page_texts(content)[:12], page_texts(without_artifacts(content))
    assert len(read) == min(12, len(PdfReader(io.BytesIO(content)).pages))
    assert PAGE_NUMBER.search(everything[2]) and " · " in everything[2]  # they are on the page ...
    for number, text in enumerate(read, start=1):  # ... but not in what is read as content
        assert not PAGE_NUMBER.search(text), f"pagina {number}: {text[-80:]}"
        assert "Gemeente Lindewaarde · " not in text, f"pagina {number}"
    assert pagination_subtypes(content) == ["/Header", "/Footer", "/Footer"]


@pytest.mark.parametrize("variant", list(pdf.VARIANTS))
def test_a_term_list_is_a_list_of_terms_with_their_meaning(rendered, variant):
    """The cover's facts and the glossary: each term a Lbl, its meaning the LBody of one LI."""
    with pikepdf.open(io.BytesIO(rendered("demo", variant))) as document:
        items = [element for element, _ in elements(document) if str(element.S) == "/LI"]
        labelled = [item for item in items if [str(kid.S) for kid in children(item)] == ["/Lbl", "/LBody"]]
        assert len(labelled) >= 40  # the bullets and the terms


def test_the_checks_catch_what_weasyprint_writes_by_itself():
    """Without planner.document.tagging the same plan breaks the rules this module checks."""
    document = build(demo_plan(), demo_data.answers())
    raw = pdf.layout(document).write_pdf(custom_metadata=True, **pdf.VARIANTS[pdf.DEFAULT_VARIANT])
    problems = tree_problems(raw)
    assert "Div in L" in " ".join(problems) and "LI in /Div" in problems
    assert untagged_marked_content(raw)
