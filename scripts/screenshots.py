"""Screenshots of the dashboard, a step, the plan overview and the check page, at 1280 and 375 px.

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/*.png

The script starts its own server on a throwaway SQLite database with the demo plans, so your
own database is left alone. It uses Debian's Chromium (never `playwright install`) and stores
the images as 256-colour PNGs to keep the repository small.
"""
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTHS = {1280: 1000, 375: 812}  # width: height of the visible part of the page
DEMO_USER, DEMO_PASSWORD = "demo", "mantelzorg-demo"
DEMO_PLAN = "Samen met mantelzorgers 2027–2030"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"De server start niet: {url}")


def shrink(path):
    """A 256-colour PNG: text and flat colours stay sharp, the file gets about four times smaller."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def take(base_url):
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, height in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                                          reduced_motion="reduce")
            page = context.new_page()
            page.goto(f"{base_url}/inloggen/")
            page.get_by_label("Gebruikersnaam").fill(DEMO_USER)
            page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
            page.get_by_role("button", name="Inloggen").click()
            page.wait_for_url(f"{base_url}/")
            shots = {"mijn-plannen": page.url}
            page.get_by_role("link", name=DEMO_PLAN).click()
            overview = page.url
            shots["overzicht"] = overview
            shots["stap"] = f"{overview}stap/visie/"
            shots["controleer"] = f"{overview}controleer/"
            for name, url in shots.items():
                page.goto(url)
                path = OUT / f"{name}-{width}.png"
                page.screenshot(path=path)
                shrink(path)
                made.append(path)
            context.close()
        browser.close()
    return made


def main():
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_SECURE": "0",
               "DATABASE_URL": f"sqlite:///{tmp}/screenshots.sqlite3"}
        manage("migrate", "--noinput", env=env)
        manage("createcachetable", env=env)
        manage("load_demo", env=env)
        port = free_port()
        server = subprocess.Popen([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(f"http://127.0.0.1:{port}/inloggen/")
            made = take(f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    for path in made:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
