"""The plan as editable documents: the ODT and DOCX of the demo plan, read back with the libraries
that wrote them (odfdo, python-docx), hold what the preview holds, and open without repair.

"Without repair" is checked three ways: the package structure against the standards (every part
and relationship of a DOCX there, with a content type; an ODT's mimetype and manifest), a round
trip through the writing library, and LibreOffice (Debian's libreoffice-writer-nogui, which
`make test` installs) converting each file to PDF.
"""
import io
import os
import posixpath
import re
import shutil
import subprocess
import zipfile
from urllib.parse import unquote

import docx as python_docx
import odfdo
import pytest
from django.urls import reverse
from django.utils.text import slugify
from lxml import etree
from pypdf import PdfReader

from planner.document import docx, odt
from planner.document.assemble import all_blocks, build
from steps import demo_data
from steps.registry import STEPS
from tests.test_pdf_document import ANSWERS, CHAPTERS, unsaved_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def normal(text):
    """Text as a reader sees it: no-break spaces as spaces, no word joiners or zero-width spaces
    (the print layout's line-breaking hints, `layout`)."""
    return " ".join(text.replace("\u2060", "").replace("\u200b", "").replace("\u00a0", " ").split())


def blocks_of(document, kind):
    return [block for chapter in document.contents for block in all_blocks(chapter.blocks) if block.kind == kind]


@pytest.fixture(scope="module")
def document():
    return build(unsaved_plan(), demo_data.answers())


@pytest.fixture(scope="module")
def half():
    """The first four steps only: open chapters and open errors, so a CONCEPT."""
    answers = {slug: value for slug, value in demo_data.answers().items() if slug in [s.SLUG for s in STEPS[:4]]}
    return build(unsaved_plan(title="Half plan"), answers)


@pytest.fixture(scope="module")
def docx_file(document):
    return docx.write_docx(document)


@pytest.fixture(scope="module")
def odt_file(document):
    return odt.write_odt(document)


@pytest.fixture(scope="module")
def word(docx_file):
    return python_docx.Document(io.BytesIO(docx_file))


@pytest.fixture(scope="module")
def opendocument(odt_file):
    return odfdo.Document(io.BytesIO(odt_file))


# --- DOCX -------------------------------------------------------------------------------------

def headings(word, level):
    return [paragraph.text for paragraph in word.paragraphs if paragraph.style.name == f"Heading {level}"]


def test_docx_chapters_are_level_1_headings_and_block_headings_level_2(word, document):
    assert headings(word, 1) == [chapter.heading for chapter in document.contents] == CHAPTERS[1:]
    assert headings(word, 2) == [block.text for block in blocks_of(document, "heading")]
    assert word.styles["Heading 1"].paragraph_format.page_break_before


def test_docx_tables_have_the_cells_of_the_preview_and_a_repeating_header_row(word, document):
    tables = blocks_of(document, "table")
    assert len(word.tables) == len(tables) == 30
    for table, block in zip(word.tables, tables):
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        assert cells == [list(map(str, block.headers)), *[list(map(str, row)) for row in block.rows]], block.caption
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
        assert table.style.name == "Table Grid"
    captions = [paragraph.text for paragraph in word.paragraphs if paragraph.style.name == "Caption"]
    assert all(block.caption in captions for block in tables)


def test_docx_figures_are_pictures_with_their_text_alternative(word, document):
    figures = blocks_of(document, "figure")
    assert len(figures) == 10
    pictures = word.inline_shapes
    assert [picture._inline.docPr.get("descr") for picture in pictures] == [figure.alt for figure in figures]
    assert all(picture.width > 0 and picture.height > 0 for picture in pictures)
    images = [part for part in word.part.package.parts if part.content_type == "image/png"]
    assert len(images) == 10 and all(part.blob.startswith(b"\x89PNG") for part in images)


def test_docx_lists_are_bulleted_paragraphs(word, document):
    items = [paragraph.text for paragraph in word.paragraphs if paragraph.style.name == "List Bullet"]
    assert items == [str(item) for block in blocks_of(document, "list") for item in block.items]


def docx_text(word):
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return normal(" ".join([paragraph.text for paragraph in word.paragraphs] + cells))


def test_docx_holds_the_answers_of_all_eight_steps(word):
    text = docx_text(word)
    for slug, answer in ANSWERS.items():
        assert answer in text, slug


def test_docx_has_the_document_properties(word, document):
    core = word.core_properties
    assert core.title == "Samen met mantelzorgers 2027–2030 – Gemeente Lindewaarde"
    assert core.author == "Gemeente Lindewaarde"
    assert core.subject == "Plan voor interactieve beleidsvorming mantelzorgbeleid, 2027–2030"
    assert core.language == "nl-NL" and core.version == "0.1"
    defaults = word.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == "nl-NL"  # the spelling check


def test_docx_has_a_table_of_contents_field_that_word_updates(word, docx_file):
    instructions = [node.text for node in word.element.body.iter(f"{W}instrText")]
    assert instructions == [docx.TOC_FIELD]
    assert word.settings.element.find(f"{W}updateFields") is not None
    assert [p.text for p in word.paragraphs if p.style.name == "toc 1"] == CHAPTERS[1:]


def test_docx_cover_and_header(word):
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == ["Samen met mantelzorgers 2027–2030"]
    header = " ".join(p.text for p in word.sections[0].header.paragraphs)
    assert "Gemeente Lindewaarde – Samen met mantelzorgers 2027–2030" in header
    assert "CONCEPT" not in header


def test_docx_of_a_plan_with_open_errors_says_concept_in_the_header(half):
    assert half.is_concept
    word = python_docx.Document(io.BytesIO(docx.write_docx(half)))
    assert all("CONCEPT" in p.text for section in word.sections for p in section.header.paragraphs[:1])
    assert "Deze stap is nog niet ingevuld" in docx_text(word)


def test_docx_wide_tables_are_on_landscape_pages(word, document):
    orientations = [section.orientation for section in word.sections]
    landscape_groups = blocks_of(document, "landscape")
    assert orientations.count(python_docx.enum.section.WD_ORIENT.LANDSCAPE) == len(landscape_groups) >= 1


def test_docx_package_is_complete(docx_file):
    """Every part the content types or a relationship names is in the package, every part has
    a content type, and every XML part parses: what Word checks before it offers a repair."""
    package = zipfile.ZipFile(io.BytesIO(docx_file))
    names = set(package.namelist())
    types = etree.fromstring(package.read("[Content_Types].xml"))
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    defaults = {node.get("Extension").lower() for node in types.iter(f"{ns}Default")}
    overrides = {node.get("PartName").lstrip("/") for node in types.iter(f"{ns}Override")}
    assert overrides <= names
    for name in names - {"[Content_Types].xml"}:
        assert name in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
    for name in names:
        if name.endswith((".xml", ".rels")):
            etree.fromstring(package.read(name))
    rel_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for rels in (name for name in names if name.endswith(".rels")):
        base = posixpath.dirname(posixpath.dirname(rels))
        for relationship in etree.fromstring(package.read(rels)).iter(f"{rel_ns}Relationship"):
            if relationship.get("TargetMode") == "External":
                continue
            target = unquote(relationship.get("Target"))
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            assert path in names, f"{rels}: {target}"


def test_docx_round_trips_through_python_docx(docx_file, word):
    again = io.BytesIO()
    word.save(again)
    reread = python_docx.Document(io.BytesIO(again.getvalue()))
    assert docx_text(reread) == docx_text(word)


# --- ODT --------------------------------------------------------------------------------------

def test_odt_chapters_are_level_1_headings_and_block_headings_level_2(opendocument, document):
    headers = opendocument.body.headers
    by_level = {1: [], 2: []}
    for header in headers:
        level = int(header.get_attribute("text:outline-level"))
        assert header.style == f"Heading_20_{level}"
        by_level[level].append(header.text_recursive)
    assert by_level[1] == [chapter.heading for chapter in document.contents] == CHAPTERS[1:]
    assert by_level[2] == [block.text for block in blocks_of(document, "heading")]
    assert opendocument.get_style("paragraph", "Heading_20_1").display_name == "Heading 1"


def cell_text(cell):
    """A cell's text with its line breaks (odfdo's text_recursive leaves text:line-break out)."""
    return "\n".join(paragraph_text(p) for p in cell.get_elements("text:p"))


def paragraph_text(paragraph):
    return str(paragraph).rstrip("\n")


def test_odt_tables_have_the_cells_of_the_preview_and_a_header_row(opendocument, document):
    tables = blocks_of(document, "table")
    found = opendocument.body.get_tables()
    assert len(found) == len(tables) == 30
    for table, block in zip(found, tables):
        header_rows = table.get_element("table:table-header-rows")
        assert header_rows is not None and len(header_rows.get_elements("table:table-row")) == 1
        cells = [[cell_text(cell) for cell in row.get_cells()] for row in table.get_rows()]
        assert cells == [list(map(str, block.headers)), *[list(map(str, row)) for row in block.rows]], block.caption


def test_odt_figures_are_svg_with_a_png_fallback_and_their_text_alternative(opendocument, document):
    figures = blocks_of(document, "figure")
    frames = opendocument.body.get_frames()
    assert [frame.svg_description for frame in frames] == [figure.alt for figure in figures]
    assert [frame.svg_title for frame in frames] == [figure.caption for figure in figures]
    for frame in frames:
        svg, png = [image.url for image in frame.get_elements("draw:image")]
        assert opendocument.get_part(svg).startswith(b"<svg")
        assert opendocument.get_part(png).startswith(b"\x89PNG")


def test_odt_lists_are_lists(opendocument, document):
    lists = opendocument.body.get_lists()
    assert [[paragraph_text(item.get_element("text:p")) for item in each.get_items()] for each in lists] == \
        [[str(item) for item in block.items] for block in blocks_of(document, "list")]


def odt_text(opendocument):
    parts = [paragraph_text(p) for p in opendocument.body.get_elements("//text:p | //text:h")]
    return normal(" ".join(parts))


def test_odt_holds_the_answers_of_all_eight_steps(opendocument):
    text = odt_text(opendocument)
    for slug, answer in ANSWERS.items():
        assert answer in text, slug


def test_odt_has_the_document_properties(opendocument):
    meta = opendocument.meta
    assert meta.get_title() == "Samen met mantelzorgers 2027–2030 – Gemeente Lindewaarde"
    assert meta.get_initial_creator() == meta.get_creator() == "Gemeente Lindewaarde"
    assert meta.get_subject() == "Plan voor interactieve beleidsvorming mantelzorgbeleid, 2027–2030"
    assert meta.get_language() == "nl-NL"
    assert meta.get_user_defined_metadata()["Versie"] == "0.1"
    default = opendocument.get_style("paragraph")
    assert default.get_properties(area="text")["fo:language"] == "nl"


def test_odt_has_a_table_of_contents(opendocument):
    toc = opendocument.body.get_toc()
    assert toc.name and toc.outline_level == 1
    title = toc.body.get_element("text:index-title/text:p")
    assert title.style == "Contents_20_Heading" and paragraph_text(title) == CHAPTERS[0]
    entries = [paragraph_text(p) for p in toc.body.get_elements("text:p")]
    assert entries == CHAPTERS[1:]


def test_odt_header_and_concept(opendocument, half):
    header = opendocument.get_style("master-page", "Standard").get_page_header()
    assert "Gemeente Lindewaarde – Samen met mantelzorgers 2027–2030" in header.text_recursive
    assert "CONCEPT" not in header.text_recursive
    concept = odfdo.Document(io.BytesIO(odt.write_odt(half)))
    for page in ("Standard", odt.LANDSCAPE):
        assert "CONCEPT" in concept.get_style("master-page", page).get_page_header().text_recursive


def test_odt_wide_tables_are_on_landscape_pages(opendocument, document):
    starts = opendocument.body.get_paragraphs(style="Liggend_20_begin")
    assert len(starts) == len(blocks_of(document, "landscape")) >= 1
    assert opendocument.get_style("paragraph", "Liggend_20_begin").master_page == odt.LANDSCAPE


def test_odt_package_is_complete_and_standard(odt_file):
    """The mimetype first and stored, every file in the manifest and every manifest entry in the
    file, every XML part parses, nothing in LibreOffice's own namespace (loext)."""
    package = zipfile.ZipFile(io.BytesIO(odt_file))
    first = package.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert package.read("mimetype") == odt.CONTENT_TYPE.encode()
    ns = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    manifest = etree.fromstring(package.read("META-INF/manifest.xml"))
    listed = {entry.get(f"{ns}full-path") for entry in manifest.iter(f"{ns}file-entry")}
    files = set(package.namelist()) - {"mimetype", "META-INF/manifest.xml"}
    assert {name for name in files if not name.endswith("/")} <= listed
    assert {name for name in listed if name != "/" and not name.endswith("/")} <= files
    for name in files:
        if name.endswith(".xml"):
            root = etree.fromstring(package.read(name))
            loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
            assert not [node for node in root.iter() if isinstance(node.tag, str) and loext in node.tag], name
            assert not [node for node in root.iter() if any(loext in key for key in node.attrib)], name


def test_odt_round_trips_through_odfdo(opendocument):
    again = io.BytesIO()
    opendocument.save(again)
    assert odt_text(odfdo.Document(io.BytesIO(again.getvalue()))) == odt_text(opendocument)


# --- Both -------------------------------------------------------------------------------------

@pytest.mark.parametrize("write", [docx.write_docx, odt.write_odt], ids=["docx", "odt"])
def test_the_same_plan_gives_the_same_parts(write, document):
    """The same plan gives the same file, apart from the zip's timestamps."""
    def parts(content):
        package = zipfile.ZipFile(io.BytesIO(content))
        return {name: package.read(name) for name in package.namelist()}

    assert parts(write(document)) == parts(write(document))


@pytest.mark.parametrize("write", [docx.write_docx, odt.write_odt], ids=["docx", "odt"])
def test_a_block_of_an_unknown_kind_is_an_error_not_a_gap(write):
    from steps.document import Chapter

    document = build(unsaved_plan(), {})
    document.appendices[-1].blocks.append(Chapter("x", "", "Iets nieuws", [], kind="nieuw"))
    with pytest.raises(ValueError, match="nieuw"):
        write(document)


def test_an_empty_plan_gives_both_files_with_every_chapter():
    empty = build(unsaved_plan(title="Leeg plan"), {})
    word = python_docx.Document(io.BytesIO(docx.write_docx(empty)))
    opendocument = odfdo.Document(io.BytesIO(odt.write_odt(empty)))
    assert headings(word, 1) == [chapter.heading for chapter in empty.contents]
    assert [h.text_recursive for h in opendocument.body.headers if int(h.get_attribute("text:outline-level")) == 1] == \
        [chapter.heading for chapter in empty.contents]


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(not SOFFICE and not os.environ.get("CI"),
                    reason="LibreOffice (libreoffice-writer-nogui) is installed by `make test`")
@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_libreoffice_converts_it_to_pdf(kind, docx_file, odt_file, tmp_path):
    assert SOFFICE, "make test installs libreoffice-writer-nogui"
    source = tmp_path / f"plan.{kind}"
    source.write_bytes(docx_file if kind == "docx" else odt_file)
    profile = tmp_path / "profiel"  # its own profile: no lock on the user's, no first-start dialogs
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    pages = [page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages]
    text = normal(" ".join(pages))
    for chapter in CHAPTERS[1:]:
        assert chapter in text, chapter
    for slug, answer in ANSWERS.items():
        assert answer in text, slug
    assert re.search(r"Figuur 10\.", text)
    assert f"pagina 2 van {len(pages)}" in text  # the footer's page fields, filled in
    assert len(pages) > 20


# --- Downloads --------------------------------------------------------------------------------

@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_download_is_cached_per_revision(kind, client, redacteur, plan_a, monkeypatch):
    from planner.pages import downloads

    calls = []
    writer, content_type = downloads.FORMATS[kind]
    monkeypatch.setitem(downloads.FORMATS, kind, (lambda doc: calls.append(doc) or writer(doc), content_type))
    client.force_login(redacteur)
    url = reverse(f"planner:{kind}", args=[plan_a.pk])
    first = client.get(url)
    assert first.status_code == 200 and first["Content-Type"] == content_type
    filename = slugify(f"{plan_a.gemeente.naam} {plan_a.titel}")
    assert first["Content-Disposition"] == f'attachment; filename="{filename}.{kind}"'
    assert client.get(url).content == first.content and len(calls) == 1
    plan_a.revisie += 1
    plan_a.save()
    client.get(url)
    assert len(calls) == 2


@pytest.mark.django_db
def test_each_format_has_its_own_cache_key(plan_a):
    from planner.document import cache as document_cache

    keys = {document_cache.cache_key(plan_a, kind) for kind in ("pdfua", "pdfa", "odt", "docx")}
    assert len(keys) == 4


@pytest.mark.django_db
def test_the_downloads_are_linked_beside_the_pdf(client, redacteur, plan_a):
    client.force_login(redacteur)
    for page in ("planner:plan", "planner:preview"):
        html = client.get(reverse(page, args=[plan_a.pk])).content.decode()
        for kind in ("pdf", "docx", "odt"):
            assert f'href="{reverse(f"planner:{kind}", args=[plan_a.pk])}' in html, (page, kind)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_another_gemeente_cannot_download(kind, client, redacteur, plan_b):
    client.force_login(redacteur)
    assert client.get(reverse(f"planner:{kind}", args=[plan_b.pk])).status_code == 404
