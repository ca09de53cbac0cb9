"""The demo plan's PDF text, page by page, is what tests/golden/demo_plan_pages.txt says.

A change to the plan's text or page breaks shows up here as a readable diff. When the change is
intended, write the golden file again (tests/golden/make_golden.py) and say why in the commit.
"""
import difflib
import re
import textwrap
from pathlib import Path

import pytest

from tests.golden.pages import demo_pdf_pages

GOLDEN = Path(__file__).parent / "golden" / "demo_plan_pages.txt"

pytestmark = pytest.mark.django_db


def golden_pages():
    parts = re.split(r"^=== pagina \d+\n", GOLDEN.read_text(), flags=re.MULTILINE)
    return [part.rstrip("\n") for part in parts[1:]]


def page_diff(number, expected, actual):
    """The two texts wrapped at 100 characters, so a diff points at the words that changed."""
    lines = difflib.unified_diff(textwrap.wrap(expected, 100), textwrap.wrap(actual, 100),
                                 f"golden pagina {number}", f"nu pagina {number}", lineterm="")
    return "\n".join(lines)


def test_demo_plan_pdf_text_is_unchanged_page_by_page():
    expected, actual = golden_pages(), demo_pdf_pages()
    diffs = [page_diff(number, old, new)
             for number, (old, new) in enumerate(zip(expected, actual), start=1) if old != new]
    if len(expected) != len(actual):
        diffs.insert(0, f"{len(actual)} pagina's, de golden file heeft er {len(expected)}")
    assert not diffs, "\n\n".join(diffs[:5])
