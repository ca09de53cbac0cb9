"""Benchmark of the plan PDF: render the full demo plan N times in this process.

    .venv/bin/python bench/pdf.py            # 5 renders
    .venv/bin/python bench/pdf.py -n 10
    .venv/bin/python bench/pdf.py --patches   # what each library patch saves (planner/patches.py)
    .venv/bin/python bench/pdf.py --worst     # also the worst case a user can type (bench/worst_case.py)

Prints the median and maximum render time (wall clock and CPU; the clean-up after the PDF
is stored is timed apart, as the worker does it after storing), the peak memory, the page count
and file size of the PDF, the time a cached download takes through Django's test client, and
for comparison how long Chromium's --print-to-pdf takes for the same HTML (as a whole process,
with the static files resolved to file paths). Targets on a 2-core machine: median render under
1.5 s, peak memory under 250 MB, cached download under 50 ms.

With --patches it measures instead what each patch of planner/patches.py saves: in one
process, renders with every patch and with all but one, interleaved in a random order per round
(-n rounds, default 5; take 15 or more on a busy machine): a patch's gain is the median over the
rounds of the CPU time without it minus that with every patch, for the layout and the writing of
the PDF apart (CPU, not wall clock: other processes on the machine inflate the wall clock of
whichever render they happen to overlap).

The database is a throwaway in-memory SQLite database; nothing outside a temp folder is written.
"""
import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planner.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SECURE", "0")

TARGET_MEDIAN_S, TARGET_PEAK_MB, TARGET_CACHED_MS = 1.5, 250, 50


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="number of renders (default 5)")
    parser.add_argument("--patches", action="store_true", help="measure each library patch instead")
    parser.add_argument("--worst", action="store_true",
                        help="also render the worst case: every text at its limit, as unbroken runs")
    args = parser.parse_args()

    import django
    django.setup()
    from django.test.utils import setup_databases, setup_test_environment

    setup_test_environment()
    setup_databases(verbosity=0, interactive=False)

    from pypdf import PdfReader

    from planner.demo import load_demo
    from planner.document import pdf
    from planner.document.assemble import build

    user, plan, _half = load_demo()
    started = time.perf_counter()
    import weasyprint  # noqa: F401  (imported once per server process; not part of a render)
    print(f"import weasyprint: {time.perf_counter() - started:.2f} s (once per process)")

    pdf.render_plan(build(plan))  # warm up: fonts, caches
    if args.patches:
        return patch_gains(plan, args.n)
    walls, cpus, cleanups = [], [], []
    for _ in range(args.n):
        # As in the worker (pdf_cache.render_and_cache): the render's objects are freed once the PDF
        # is ready and stored, so that clean-up is timed apart from the render.
        with pdf.one_garbage_collection():
            wall, cpu = time.perf_counter(), time.process_time()
            content = pdf.render_plan(build(plan))
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            cleanup = time.perf_counter()
        cleanups.append(time.perf_counter() - cleanup)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    tracemalloc.start()  # a separate render: tracing makes Python several times slower
    pdf.render_plan(build(plan))
    _current, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    reader = PdfReader(io.BytesIO(content))

    print(f"renders: {args.n} of the demo plan '{plan.titel}' (PDF/UA-1)")
    print(f"render time: median {statistics.median(walls):.2f} s, max {max(walls):.2f} s "
          f"(target median < {TARGET_MEDIAN_S} s); CPU median {statistics.median(cpus):.2f} s")
    print(f"then freeing the render's objects: median {statistics.median(cleanups):.2f} s, after the PDF "
          f"is stored (render + clean-up: median {statistics.median(map(sum, zip(walls, cleanups))):.2f} s)")
    print(f"peak memory: {peak_rss:.0f} MB resident for the whole process (target < {TARGET_PEAK_MB} MB), "
          f"of which {traced_peak / 2**20:.0f} MB Python heap during one render")
    print(f"pdf: {len(reader.pages)} pages, {len(content) / 1024:.0f} KB")
    print(f"cached download: {cached_download_ms(user, plan):.1f} ms median of 20 "
          f"(target < {TARGET_CACHED_MS} ms)")
    chromium(pdf.render_html(build(plan)))
    if args.worst:
        worst_case(plan, statistics.median(cpus))


def worst_case(plan, demo_cpu):
    """The worst plan an officer can type (bench/worst_case.py), against the demo's CPU time."""
    from bench.worst_case import worst_case_answers
    from planner.document import pdf
    from planner.document.assemble import build

    cpu = time.process_time()
    content = pdf.render_plan(build(plan, worst_case_answers()))
    cpu = time.process_time() - cpu
    pages = len(__import__("pypdf").PdfReader(io.BytesIO(content)).pages)
    print(f"worst case: CPU {cpu:.2f} s, {cpu / demo_cpu:.1f}x the demo (target at most 5x), {pages} pages")


def patch_gains(plan, rounds):
    """Each patch's gain: over the rounds, the median of a render's CPU time without it minus
    that with every patch, for the layout and for writing the PDF apart (a patch acts in one of
    the two, so its gain is not lost in the other's noise)."""
    import random

    from planner import patches
    from planner.document import pdf
    from planner.document.assemble import build

    configurations = [None, *patches.PATCHES]  # None: every patch applied
    times = {name: [] for name in configurations}  # (layout, write) CPU seconds per round
    sizes = {}
    for number in range(rounds):
        for name in random.sample(configurations, len(configurations)):
            for apply, _undo in patches.PATCHES.values():
                apply()
            if name:
                patches.PATCHES[name][1]()
            document = build(plan)
            with pdf.one_garbage_collection():  # as the worker does; the clean-up is not timed
                started = time.process_time()
                pages = pdf.layout(document)
                laid_out = time.process_time()
                content = pages.write_pdf(custom_metadata=True, **pdf.VARIANTS[pdf.DEFAULT_VARIANT])
                times[name].append((laid_out - started, time.process_time() - laid_out))
            sizes[name] = len(content)
        print(f"round {number + 1}/{rounds}: " + ", ".join(
            f"{name or 'all patches'} {sum(times[name][-1]):.2f} s" for name in configurations), flush=True)
    for apply, _undo in patches.PATCHES.values():
        apply()

    def median(name, part):
        return statistics.median(t[part] for t in times[name]) if part is not None else \
            statistics.median(sum(t) for t in times[name])

    print(f"all patches: CPU median {median(None, None):.2f} s (layout {median(None, 0):.2f} s, "
          f"writing {median(None, 1):.2f} s), {sizes[None] / 1024:.0f} KB")
    for name in patches.PATCHES:
        # Paired by round: the renders of one round run close together, under the same load.
        gains = [[without[part] - with_all[part] for without, with_all in zip(times[name], times[None])]
                 for part in (0, 1)]
        print(f"without {name}: CPU median {median(name, None):.2f} s, {sizes[name] / 1024:.0f} KB; "
              f"the patch saves {statistics.median(gains[0]):.2f} s of layout and "
              f"{statistics.median(gains[1]):.2f} s of writing per render (medians of {rounds} "
              f"paired rounds; writing's quartiles "
              f"{' to '.join(f'{q:.2f}' for q in statistics.quantiles(gains[1], n=4)[::2])} s)")


def cached_download_ms(user, plan):
    from django.test import Client
    from django.urls import reverse

    client = Client()
    client.force_login(user)
    url = reverse("planner:pdf", args=[plan.pk])
    from planner.document import cache as pdf_cache

    pdf_cache.render_and_cache(plan)  # what the worker does (planner/document/tasks.py): fill the cache
    times = []
    for _ in range(20):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return statistics.median(times)


def chromium(html):
    """Chromium's print-to-pdf of the same HTML, timed as a whole process (median of 3)."""
    from django.contrib.staticfiles import finders
    from django.templatetags.static import static

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if not binary:
        print("chromium: not installed, no comparison")
        return
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        css = Path(finders.find("css/plan-print.css")).as_uri()  # the only static file the HTML uses
        page = folder / "plan.html"
        page.write_text(html.replace(static("css/plan-print.css"), css), encoding="utf-8")
        times = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={folder / 'plan.pdf'}", page.as_uri()],
                           check=True, capture_output=True, timeout=120)
            times.append(time.perf_counter() - started)
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "plan.pdf").pages)
        print(f"chromium --print-to-pdf: median {statistics.median(times):.2f} s as a whole process "
              f"({pages} pages; no page numbers in the contents: Chromium has no target-counter)")


if __name__ == "__main__":
    main()
