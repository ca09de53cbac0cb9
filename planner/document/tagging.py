"""What WeasyPrint 70 cannot tag, put right in the PDF it wrote (pikepdf), for PDF/UA and PDF/A alike.

WeasyPrint tags our HTML well where the HTML says what a thing is (headings, lists of `<li>`,
tables with `<th>`, figures with a `<title>`), and the templates are written for that. Three
things it cannot express, so they are fixed here after `write_pdf`:

- Running headers and footers (the `@page` margin boxes: gemeente and title, chapter, "pagina X
  van Y") are marked in the page as content (`/Span <</MCID n>> BDC`) whose structure elements
  it leaves out of the tree (an Artifact in the tree needs PDF 2.0). Those marks become
  `/Artifact <</Type /Pagination /Subtype /Header>>` (or `/Footer`, by where the text stands),
  and the orphan elements leave the parent tree (ISO 14289-1 7.8, Matterhorn 18).
- A term list (`<dl>` with a `<div>` per term, as HTML allows) becomes `L > Div > (LI, LI)`: an
  `LI` per `<dt>` and per `<dd>` inside a `Div` (Matterhorn 16: LI outside L, Div in L). Each such
  Div becomes the list item it is: `LI > (Lbl, LBody)`, the term as label ("a dictionary
  headword", ISO 32000-1 14.8.4.3.3) and the meaning as body. The HTML keeps its `<dl>`.
- Header cells get a `/Scope` (Column in a table head, Row elsewhere) and the IDs WeasyPrint
  gives them for the data cells' `/Headers` are registered in the tree's `/IDTree`, where a
  reader looks them up.

Costs about 0.1 s for the demo plan (content streams are searched as bytes, not parsed).
"""
import io
import re

#: A marked-content start as pydyf writes it: `/Span\n<</MCID 62>>\nBDC`.
MARKED = re.compile(rb"/[A-Za-z]+\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC")
TEXT_MATRIX = re.compile(rb"(-?[\d.]+)\s+Tm\b")


def fix(content):
    """The PDF `content` (bytes) with its structure tree and pagination artifacts put right."""
    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as document:
        root = document.Root.get("/StructTreeRoot")
        if root is None:  # an untagged PDF: nothing to put right
            return content
        reachable = set()
        ids = []
        for element in list(_children(root)):
            _walk(element, reachable, ids)
        _mark_pagination_artifacts(document, root, reachable)
        if ids:
            ids.sort(key=lambda pair: bytes(pair[0]))
            names = pikepdf.Array()
            for key, element in ids:
                names.append(key)
                names.append(element)
            root.IDTree = pikepdf.Dictionary(Names=names)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _is(value, kind):
    """Whether a pikepdf value is a dictionary or an array: `isinstance` against pikepdf's type
    shims costs about 50 µs a call, which on the 5,000 elements of the demo plan is 0.25 s."""
    import pikepdf

    return isinstance(value, pikepdf.Object) and value._type_code == getattr(pikepdf.ObjectType, kind)


def _children(element):
    kids = element.get("/K")
    if kids is None:
        return []
    if not _is(kids, "array"):
        kids = [kids]
    return [kid for kid in kids if _is(kid, "dictionary") and "/S" in kid]


def _walk(element, reachable, ids):
    """Every element under `element` into `reachable`; term lists and header cells fixed on the way."""
    import pikepdf

    reachable.add(element.objgen)
    kind = element.get("/S")
    if kind == "/L":
        for kid in _children(element):
            if kid.get("/S") == "/Div":
                _term_to_list_item(kid)
    elif kind == "/TH":
        attributes = element.get("/A")
        if not _is(attributes, "dictionary"):
            attributes = element.A = pikepdf.Dictionary(O=pikepdf.Name.Table)
        in_head = element.get("/P") is not None and element.P.get("/P") is not None and element.P.P.get("/S") == "/THead"
        attributes.Scope = pikepdf.Name.Column if in_head else pikepdf.Name.Row
        if "/ID" in element:
            ids.append((element.ID, element))
    for kid in _children(element):
        _walk(kid, reachable, ids)


def _term_to_list_item(div):
    """`Div > (LI > LBody(term), LI > LBody(meaning))` becomes `LI > (Lbl(term), LBody(meaning))`.

    A row that a page break cut in two leaves one item on each page: the term alone (first and
    only child of the last Div on a page) becomes a label, the rest of a meaning a body.
    """
    import pikepdf

    items = _children(div)
    if not items or any(item.get("/S") != "/LI" for item in items):
        return
    bodies = []
    for item in items:
        for part in _children(item):
            bodies.append(part)
    if not bodies or any(body.get("/S") != "/LBody" for body in bodies):
        return
    div.S = pikepdf.Name.LI
    if len(bodies) > 1 or _is_last_on_its_page(div):
        bodies[0].S = pikepdf.Name.Lbl
    for body in bodies:
        body.P = div
    div.K = pikepdf.Array(bodies)


def _is_last_on_its_page(div):
    siblings = _children(div.P)
    return bool(siblings) and siblings[-1].objgen == div.objgen and len(_children(div)) == 1 and siblings[0].objgen != div.objgen


def _mark_pagination_artifacts(document, root, reachable):
    """Marked content whose element is not in the tree (the margin boxes) becomes a pagination artifact."""

    parent_tree = root.get("/ParentTree")
    if parent_tree is None or "/Nums" not in parent_tree:
        return
    nums = parent_tree.Nums
    by_key = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for page in document.pages:
        key = page.obj.get("/StructParents")
        parents = by_key.get(int(key)) if key is not None else None
        if not _is(parents, "array"):
            continue
        orphans = {mcid for mcid, element in enumerate(parents)
                   if not _is(element, "dictionary") or element.objgen not in reachable}
        if not orphans:
            continue
        height = float(page.mediabox[3]) - float(page.mediabox[1])
        contents = page.obj.Contents
        streams = list(contents) if _is(contents, "array") else [contents]
        for stream in streams:
            data = stream.read_bytes()
            new = _artifacts_in(data, orphans, height)
            if new != data:
                stream.write(new)
        for mcid in sorted(orphans, reverse=True):  # the margin boxes are drawn last: shorten
            if mcid == len(parents) - 1:
                del parents[mcid]
            else:
                parents[mcid] = None


def _artifacts_in(data, orphans, page_height):
    def replace(match):
        if int(match.group(1)) not in orphans:
            return match.group(0)
        position = TEXT_MATRIX.search(data, match.end(), match.end() + 400)
        # WeasyPrint draws with y downwards in CSS pixels (0.75 pt): the top half is the header.
        subtype = b"/Header" if position and float(position.group(1)) * 0.75 < page_height / 2 else b"/Footer"
        return b"/Artifact <</Type /Pagination /Subtype " + subtype + b">> BDC"

    return MARKED.sub(replace, data)
