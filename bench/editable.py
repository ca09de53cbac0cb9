"""How long writing the demo plan as ODT and DOCX takes, and how big the files are.

    .venv/bin/python bench/editable.py

"First" is a fresh process: the figures are drawn as PNG (CairoSVG) and the libraries' code
warms up; "again" is the next revision of a plan in the same process, the figures' PNGs kept
(`editable.figure_png`). The download view writes the file in the request and caches it per
revision (planner/pages/downloads.py), so "first" is what the first officer to download a new
revision waits, at most.
"""
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planner.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from planner.document import docx, editable, odt  # noqa: E402
from planner.document.assemble import build  # noqa: E402
from steps import demo_data  # noqa: E402
from tests.golden.pages import demo_plan  # noqa: E402


def main():
    document = build(demo_plan(), demo_data.answers())
    start = time.perf_counter()
    for figure in document.figures:
        editable.figure_png(figure.svg)
    print(f"figures as PNG (10): {time.perf_counter() - start:.2f} s")
    for name, write in (("odt", odt.write_odt), ("docx", docx.write_docx)):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            content = write(build(demo_plan(), demo_data.answers()))
            times.append(time.perf_counter() - start)
        print(f"{name}: build and write {statistics.median(times):.2f} s (median of 5, figures kept), "
              f"{len(content) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
