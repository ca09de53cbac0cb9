"""Benchmark of the step pages: render each step of the demo plan N times in this process.

    .venv/bin/python bench/step_pages.py              # 15 renders per step
    .venv/bin/python bench/step_pages.py -n 30 --dump /tmp/stappen   # also write the HTML

Prints per step the median (and lowest) CPU time and the median wall time of a GET through Django's test client, the
HTML size and the number of <option> elements; then the same for the own page of row 1 of every
repeating table (planner/wizard/rows.py). Targets (issue 17): every page at most 15 ms of CPU and
150 KB of HTML.
Other processes on the machine push the median up: compare runs made one right after another.
With --dump the pages are written to a folder, so a before/after pair can be compared with
`diff -r` (the csrf token and the session's seconds left differ per request: blanked out).

The database is a throwaway in-memory SQLite database; nothing outside --dump is written.
"""
import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planner.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SECURE", "0")

TARGET_MS = 15
TARGET_KB = 150
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
SESSION = re.compile(r'data-sessie-seconden="\d+"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="renders per step (default 15)")
    parser.add_argument("--step", action="append", help="only this step (slug); may be repeated")
    parser.add_argument("--dump", type=Path, help="folder to write each step page to")
    args = parser.parse_args()

    import django
    django.setup()
    from django.test import Client
    from django.test.utils import setup_databases, setup_test_environment
    from django.urls import reverse

    from django.template import Template

    # The test environment wraps template rendering to record contexts: measure without it.
    plain_render = Template._render
    setup_test_environment()
    Template._render = plain_render
    setup_databases(verbosity=0, interactive=False)

    from planner.demo import load_demo

    user, plan, _half = load_demo()
    client = Client()
    client.force_login(user)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)

    print(f"{'stap':<16}{'CPU ms':>8}{'min':>7}{'wall ms':>9}{'KB':>7}{'options':>9}")
    from planner.wizard.row_summary import is_summary_table

    pages = []
    sections = plan.sections  # the steps, Beleid and the modules the demo has on
    for step in sections:
        if not args.step or step.SLUG in args.step:
            pages.append((step.SLUG, f"{step.NUMBER}-{step.SLUG}", reverse("planner:step", args=[plan.pk, step.SLUG])))
    for step in sections:
        if args.step and step.SLUG not in args.step:
            continue
        for table, formset in step.Form.tables.items():
            if is_summary_table(formset) and (plan.answers().get(step.SLUG) or {}).get(table):
                pages.append((f"{step.SLUG}/{table}"[:15], f"{step.NUMBER}-rij-{table}",
                              reverse("planner:row", args=[plan.pk, step.SLUG, table, 1])))
    for slug, stem, url in pages:
        html = get(client, url)  # warm up: templates, catalogues
        cpus, walls = [], []
        for _ in range(args.n):
            wall, cpu = time.perf_counter(), time.process_time()
            get(client, url)
            cpus.append((time.process_time() - cpu) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
        cpu_ms = statistics.median(cpus)
        size = len(html.encode()) / 1024
        flag = "" if cpu_ms <= TARGET_MS and size <= TARGET_KB else "  (boven doel)"
        print(f"{slug:<16}{cpu_ms:>8.1f}{min(cpus):>7.1f}{statistics.median(walls):>9.1f}"
              f"{size:>7.0f}{html.count('<option'):>9}{flag}")
        if args.dump:
            (args.dump / f"{stem}.html").write_text(
                SESSION.sub('data-sessie-seconden=""', CSRF.sub('name="csrfmiddlewaretoken" value=""', html)),
                encoding="utf-8")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


if __name__ == "__main__":
    main()
