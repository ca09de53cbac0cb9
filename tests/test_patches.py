"""The library patches of planner/patches.py: same PDF with and without, only for their version.

For each patch: the output with and without it is the same (SVG labels: every visible glyph of
every figure in the same font, size and place, and everything around the text drawn the same;
pydyf: every stream decompresses to the same bytes), another release of the library is left
alone, and applying twice is harmless.
"""
import copy
import io
import os
import re
import subprocess
import sys
import zlib

import pydyf
import pytest
from django.conf import settings
from pypdf import PdfReader
from pypdf.generic import ContentStream

from planner import patches
from steps import demo_data, figures
from steps.registry import MODULES

SVG_TEXT_CASES = """
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="260" viewBox="0 0 600 260"
     font-family="DejaVu Sans, Verdana, sans-serif">
  <text x="10" y="20" font-size="11">Aanvaarden, Voorwaarden, Teams: fijne office-flow</text>
  <text x="300" y="40" font-size="11" text-anchor="middle">Midden: Vrijwilligers &amp; AVG</text>
  <text x="590" y="60" font-size="9" text-anchor="end" font-weight="bold">Rechts: Wmo-loket ëé</text>
  <text x="10" y="80" font-size="12" font-weight="600" fill="#b3261e">Gewicht 600 Tt Yo</text>
  <text x="10" y="100" font-size="10" font-style="italic">Schuin: Wijkteam, tijdlijn</text>
  <text x="0" y="120" font-size="10">Bij x = 0</text>
  <text x="20" y="140" font-size="10">Een <tspan font-weight="bold">vet</tspan> woord en
    <tspan x="300" y="140">een tspan met eigen x</tspan></text>
  <text x="20" y="160" font-size="10" dx="4">Letter voor letter (dx)</text>
  <text x="20" y="180" font-size="10" dy="2">Na dy, dan<tspan> zonder x</tspan></text>
  <text x="20 30 40" y="200" font-size="10">ABC per letter</text>
  <text x="400" y="220" font-size="10" transform="rotate(-45 400 220)">Schuin gedraaid label</text>
  <text x="20" y="240" font-size="10" letter-spacing="2">Spatiëring</text>
</svg>
"""


@pytest.fixture
def restore_patches():
    """Whatever a test undoes, the next test (and the rest of the process) gets every patch back."""
    yield
    for apply, _undo in patches.PATCHES.values():
        apply()


def render(html):
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def figures_html():
    """All figures of the demo plan, as the plan draws them, plus the edge cases above."""
    answers = demo_data.answers()  # the steps, and the modules with their demo answers (F11 and up)
    answers.update({module.SLUG: copy.deepcopy(module.DEMO) for module in MODULES if module.DEMO})
    drawn = [draw(answers, "#154273") for draw in figures.FIGURES.values()]
    assert all(drawn)
    return ("<html lang=nl><body>" + "".join(f"<div>{figure.svg}</div>" for figure in drawn)
            + SVG_TEXT_CASES + "</body></html>")


# --- Reading back what a PDF draws ----------------------------------------------------------

IDENTITY = (1, 0, 0, 1, 0, 0)


def multiply(m, n):
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def font_metrics(font):
    """(bytes per code, width by code in 1/1000 of the size, default width, text by code)."""
    unicode = {}
    if "/ToUnicode" in font:
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
            for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                unicode[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    if font["/Subtype"] == "/Type0":
        descendant = font["/DescendantFonts"][0].get_object()
        widths, entries, i = {}, list(descendant.get("/W", [])), 0
        while i < len(entries):
            first = int(entries[i])
            if isinstance(entries[i + 1], list):
                widths.update({first + k: float(w) for k, w in enumerate(entries[i + 1])})
                i += 2
            else:
                widths.update({code: float(entries[i + 2]) for code in range(first, int(entries[i + 1]) + 1)})
                i += 3
        return 2, widths, float(descendant.get("/DW", 1000)), unicode
    first = int(font.get("/FirstChar", 0))
    return 1, {first + k: float(w) for k, w in enumerate(font.get("/Widths", []))}, 0.0, unicode


def drawing(content, resources, reader, ctm=IDENTITY, glyphs=None, other=None):
    """What a content stream draws, form XObjects included: the visible glyphs as (font, size,
    glyph id, x, y) on the page, and every operation outside text objects as (operator, operands)."""
    glyphs = [] if glyphs is None else glyphs
    other = [] if other is None else other
    resources = resources.get_object()
    stack, tm, tlm, in_text = [], IDENTITY, IDENTITY, False
    state = {"font": None, "size": 0.0, "Tc": 0.0, "Th": 1.0, "Ts": 0.0}
    for operands, operator in content.operations:
        op = operator.decode()
        if not in_text and op not in ("BT", "Do"):
            other.append((op, [float(x) if isinstance(x, (int, float)) else str(x) for x in operands]))
        if op == "q":
            stack.append((ctm, dict(state)))
        elif op == "Q":
            ctm, state = stack.pop()
        elif op == "cm":
            ctm = multiply(tuple(map(float, operands)), ctm)
        elif op in ("BT", "ET"):
            in_text, tm, tlm = op == "BT", IDENTITY, IDENTITY
        elif op == "Tm":
            tm = tlm = tuple(map(float, operands))
        elif op == "Td":
            tm = tlm = multiply((1, 0, 0, 1, float(operands[0]), float(operands[1])), tlm)
        elif op == "Tf":
            font = resources["/Font"][operands[0]].get_object()
            state["font"] = (str(font.get("/BaseFont", operands[0])).split("+")[-1], *font_metrics(font))
            state["size"] = float(operands[1])
        elif op in ("Tc", "Ts"):
            state[op] = float(operands[0])
        elif op == "Tz":
            state["Th"] = float(operands[0]) / 100
        elif op in ("TJ", "Tj"):
            name, code_bytes, widths, default, unicode = state["font"]
            for item in operands[0] if op == "TJ" else [operands[0]]:
                if isinstance(item, (int, float)):
                    tm = multiply((1, 0, 0, 1, -float(item) / 1000 * state["size"] * state["Th"], 0), tm)
                    continue
                data = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                for start in range(0, len(data), code_bytes):
                    code = int.from_bytes(data[start:start + code_bytes], "big")
                    if unicode.get(code, "?").strip():  # a space draws nothing
                        _a, _b, c, d, e, f = multiply(tm, ctm)
                        glyphs.append((name, round(state["size"], 3), code, e + state["Ts"] * c,
                                       f + state["Ts"] * d))
                    advance = (widths.get(code, default) / 1000 * state["size"] + state["Tc"]) * state["Th"]
                    tm = multiply((1, 0, 0, 1, advance, 0), tm)
        elif op == "Do":
            xobject = resources["/XObject"][operands[0]].get_object()
            other.append(("Do", [str(xobject.get("/Subtype"))]))
            if xobject.get("/Subtype") == "/Form":
                matrix = tuple(map(float, xobject.get("/Matrix", IDENTITY)))
                drawing(ContentStream(xobject, reader), xobject.get("/Resources", resources), reader,
                        multiply(matrix, ctm), glyphs, other)
    return glyphs, other


def pages_drawn(content):
    reader = PdfReader(io.BytesIO(content))
    return [drawing(page.get_contents(), page["/Resources"], reader) for page in reader.pages]


def assert_drawn_alike(fast, plain, tolerance):
    """The same glyphs in the same places (within `tolerance` pt), the same drawing around them."""
    fast, plain = pages_drawn(fast), pages_drawn(plain)
    assert len(fast) == len(plain)
    for (glyphs, other), (plain_glyphs, plain_other) in zip(fast, plain):
        assert len(glyphs) == len(plain_glyphs)
        for glyph, plain_glyph in zip(glyphs, plain_glyphs):
            assert glyph[:3] == plain_glyph[:3]
            assert glyph[3:] == pytest.approx(plain_glyph[3:], abs=tolerance), glyph
        assert [op for op, _ in other] == [op for op, _ in plain_other]
        for (op, operands), (_, plain_operands) in zip(other, plain_other):
            numbers = [x for x in operands if isinstance(x, float)]
            assert numbers == pytest.approx([x for x in plain_operands if isinstance(x, float)], abs=tolerance), op
    return sum(len(glyphs) for glyphs, _ in fast)


# --- WeasyPrint 70.0: SVG labels in one run ---------------------------------------------------

def svg_text_function():
    from weasyprint import svg as svg_module

    return svg_module.text


def test_the_figures_are_drawn_the_same_with_and_without_the_svg_patch(restore_patches):
    html = figures_html()
    assert patches.draw_svg_labels_in_one_run()
    fast = render(html)
    patches.undo_draw_svg_labels_in_one_run()
    assert not getattr(svg_text_function(), "one_run", False)
    plain = render(html)

    # Same glyph ids, fonts and sizes; places differ by the rounding of glyph widths to 1/1000 em
    # within a run (0.03 pt, a hundredth of a millimetre, seen). Kerning would move letters by
    # tenths of a point and ligatures would change the glyphs.
    assert assert_drawn_alike(fast, plain, tolerance=0.05) > 4000


def layouts_of_a_label():
    from weasyprint.text import line_break

    calls = []
    original = line_break.split_first_line

    def counting(text, *args, **kwargs):
        calls.append(text)
        return original(text, *args, **kwargs)

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(line_break, "split_first_line", counting)
        render('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">'
               '<text x="5" y="20" font-size="10">Mantelzorg</text></svg>')
    return calls


def test_with_the_svg_patch_weasyprint_lays_out_a_label_once_instead_of_once_per_letter(restore_patches):
    assert patches.draw_svg_labels_in_one_run()
    assert layouts_of_a_label() == ["Mantelzorg"]
    patches.undo_draw_svg_labels_in_one_run()
    assert layouts_of_a_label() == ["Mantelzorg", *"Mantelzorg"]


def test_the_svg_patch_leaves_another_weasyprint_alone(restore_patches, monkeypatch):
    import weasyprint
    from weasyprint import svg as svg_module

    patches.undo_draw_svg_labels_in_one_run()
    original, tags = svg_module.text, dict(svg_module.TAGS)
    for version in ("70.1", "71.0", "69.0"):
        monkeypatch.setattr(weasyprint, "__version__", version)
        assert patches.draw_svg_labels_in_one_run() is False
        assert svg_module.text is original and svg_module.TAGS == tags


def test_applying_the_svg_patch_twice_is_harmless(restore_patches):
    from weasyprint import svg as svg_module

    patches.undo_draw_svg_labels_in_one_run()
    original = svg_module.text
    assert patches.draw_svg_labels_in_one_run() and patches.draw_svg_labels_in_one_run()
    patched = svg_module.text
    assert patched.one_run and patched.letter_by_letter is original
    assert {tag for tag, function in svg_module.TAGS.items() if function is patched} == {"a", "text", "textPath", "tspan"}
    assert original not in svg_module.TAGS.values()
    patches.undo_draw_svg_labels_in_one_run()
    patches.undo_draw_svg_labels_in_one_run()
    assert svg_module.text is original
    assert {tag for tag, function in svg_module.TAGS.items() if function is original} == {"a", "text", "textPath", "tspan"}


# --- pydyf 0.13.0: zlib level 6 ----------------------------------------------------------------

def streams(content):
    """Every stream of the PDF, decompressed, by object number; not the cross-reference stream,
    which holds where each object starts in the file (later, where a stream before is longer)."""
    reader = PdfReader(io.BytesIO(content))
    found = {}
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if hasattr(obj, "get_data") and obj.get("/Type") != "/XRef":
            found[number] = obj.get_data()
    return found


def test_every_stream_unpacks_to_the_same_bytes_with_and_without_the_pydyf_patch(restore_patches):
    html = figures_html()
    assert patches.compress_pdf_streams_at_default_level()
    fast = render(html)
    patches.undo_compress_pdf_streams_at_default_level()
    assert pydyf.zlib is zlib
    plain = render(html)

    fast_streams, plain_streams = streams(fast), streams(plain)
    assert len(fast_streams) > 20  # pages, forms, fonts, their widths and ToUnicode maps
    assert fast_streams == plain_streams
    assert len(plain) < len(fast) < 1.1 * len(plain)


def test_the_pydyf_patch_leaves_another_pydyf_alone(restore_patches, monkeypatch):
    patches.undo_compress_pdf_streams_at_default_level()
    for version in ("0.13.1", "0.14.0", "0.12.0"):
        monkeypatch.setattr(pydyf, "__version__", version)
        assert patches.compress_pdf_streams_at_default_level() is False
        assert pydyf.zlib is zlib


def test_applying_the_pydyf_patch_twice_is_harmless(restore_patches):
    assert patches.compress_pdf_streams_at_default_level() and patches.compress_pdf_streams_at_default_level()
    assert pydyf.zlib is patches._ZlibAtDefaultLevel
    content = b"BT /F1 8 Tf (pagina 3 van 43) Tj ET\n" * 500
    packed = pydyf.Stream([content], compress=True).data.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    assert zlib.decompress(packed) == content
    patches.undo_compress_pdf_streams_at_default_level()
    patches.undo_compress_pdf_streams_at_default_level()
    assert pydyf.zlib is zlib


# --- When they are applied ---------------------------------------------------------------------

def test_the_patches_are_in_place_once_the_app_is_ready_and_a_pdf_was_rendered():
    from planner.document import pdf
    from tests.test_pdf_speed import a_small_plan

    assert pydyf.zlib is patches._ZlibAtDefaultLevel  # PlannerConfig.ready()
    pdf.layout(a_small_plan())
    patched = svg_text_function()
    assert patched.one_run
    pdf.layout(a_small_plan())
    assert svg_text_function() is patched  # not patched again by the next render


def test_starting_django_does_not_import_weasyprint():
    """manage.py commands and the web processes never render: they must not pay its 1 s import."""
    code = ("import sys, django; django.setup(); import pydyf; from planner import patches; "
            "print('weasyprint' in sys.modules, pydyf.zlib is patches._ZlibAtDefaultLevel)")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120,
                            cwd=settings.BASE_DIR, env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
