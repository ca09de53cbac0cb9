"""Writes the golden text of the demo plan's PDF, page by page (tests/test_golden_pdf.py reads it).

Run it only when a change to the PDF's text is intended, and say in the commit what changed:
    .venv/bin/python tests/golden/make_golden.py
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from tests.golden.pages import demo_pdf_pages  # noqa: E402

if __name__ == "__main__":
    pages = demo_pdf_pages()
    (HERE / "demo_plan_pages.txt").write_text("".join(f"=== pagina {n}\n{text}\n" for n, text in enumerate(pages, 1)))
    print(f"{len(pages)} pages written")
