"""How tall every section page of the demo plan is in Chromium, at 1280 px wide (and at 375 px).

    .venv/bin/python bench/page_heights.py                 # every step page and row page
    .venv/bin/python bench/page_heights.py --shots /tmp/h  # also a full-page PNG per step

Issue 17's target: every step page at most about six screens (6,000 px) tall at 1280 px.
Prints per page the document height in CSS pixels at 1280 and 375 px and the number of form
controls (inputs, selects, text areas, buttons) a keyboard or screen reader user passes.

A throwaway SQLite file with the demo plan, served by Django's threaded WSGI server on
127.0.0.1 in this process; Debian's Chromium through Playwright. Nothing else is written.
"""
import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
WORKDIR = Path(tempfile.mkdtemp(prefix="page-heights-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planner.settings")
os.environ["DJANGO_DEBUG"] = "1"
os.environ["DJANGO_SECURE"] = "0"
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'heights.sqlite3'}"

TARGET_PX = 6000
WIDTHS = (1280, 375)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def serve():
    """Start the app on a free loopback port in a thread; returns its base URL."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(StaticFilesHandler(get_wsgi_application()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, help="folder for a full-page screenshot of each step at 1280 px")
    parser.add_argument("--no-rows", action="store_true", help="step pages only")
    args = parser.parse_args()

    import django
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from playwright.sync_api import sync_playwright

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    from planner.demo import load_demo
    from planner.wizard.row_summary import is_summary_table

    user, plan, _half = load_demo()
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    server, base = serve()

    # Every section the demo plan has on: the steps, Beleid and the modules switched on.
    sections = plan.sections
    pages = [(f"{step.NUMBER} {step.SLUG}", reverse("planner:step", args=[plan.pk, step.SLUG]), True)
             for step in sections]
    if not args.no_rows:
        answers = plan.answers()
        for step in sections:
            for table, formset in step.Form.tables.items():
                if is_summary_table(formset) and (answers.get(step.SLUG) or {}).get(table):
                    pages.append((f"  {step.SLUG}/{table}", reverse("planner:row", args=[plan.pk, step.SLUG, table, 1]),
                                  False))
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)

    over = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        print(f"{'pagina':<34}" + "".join(f"{str(width) + ' px':>10}" for width in WIDTHS) + f"{'velden':>8}")
        for name, path, is_step in pages:
            heights, controls = [], 0
            for width in WIDTHS:
                context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
                context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": base}])
                page = context.new_page()
                response = page.goto(base + path, wait_until="load")
                assert response.status == 200, (path, response.status)
                page.evaluate("document.fonts.ready")
                heights.append(page.evaluate("document.documentElement.scrollHeight"))
                if width == WIDTHS[0]:
                    controls = page.locator("main input:not([type=hidden]), main select, main textarea, "
                                            "main button").count()
                    if args.shots and is_step:
                        page.screenshot(path=str(args.shots / f"{name.strip().replace(' ', '-')}.png"),
                                        full_page=True)
                context.close()
            flag = "  (boven doel)" if is_step and heights[0] > TARGET_PX else ""
            if flag:
                over.append(name.strip())
            print(f"{name:<34}" + "".join(f"{height:>10,}".replace(",", ".") for height in heights)
                  + f"{controls:>8}{flag}")
        browser.close()
    server.shutdown()
    print(f"\nDoel: elke stappagina hooguit {TARGET_PX:,} px hoog bij 1280 px breed.".replace(",", "."))
    if over:
        print("Boven het doel: " + ", ".join(over))


if __name__ == "__main__":
    main()
