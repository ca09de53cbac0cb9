"""Production footing: health check, deploy checks, shared state, and gunicorn really serving."""
import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from django import forms
from django.conf import settings
from django.db import OperationalError
from django.urls import NoReverseMatch, reverse

from bench.load import Browser, form_fields
from planner.demo import DEMO_PASSWORD, DEMO_USERNAME
from steps.registry import STEPS

BASE_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def production_env(**extra):
    """The environment of a production server: no DJANGO_DEBUG, a long random secret key."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="planner.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="beleidsplanner.example.nl",
        DJANGO_BASE_URL="https://beleidsplanner.example.nl",
    )
    env.update(extra)
    return env


def manage(*args, env):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env,
                          capture_output=True, text=True, timeout=120)


# ------------------------------------------------------------------ health check

def test_it_says_ok_when_the_database_answers(client, db):
    response = client.get("/gezondheid/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_it_says_503_without_details_when_the_database_is_gone(client, db):
    with mock.patch("planner.health.connection.cursor",
                    side_effect=OperationalError('could not connect to server at "db.intern" password=geheim')):
        response = client.get("/gezondheid/")
    assert response.status_code == 503
    assert b"db.intern" not in response.content and b"geheim" not in response.content


def test_it_needs_no_login_and_only_reads(client, db):
    assert client.get("/gezondheid/").status_code == 200  # not a redirect to the login page
    assert client.post("/gezondheid/").status_code == 405


def test_it_has_no_bench_view_unless_switched_on(client, db):
    assert settings.BENCH_VIEWS is False
    with pytest.raises(NoReverseMatch):
        reverse("bench_empty")
    assert client.get("/bench/leeg/").status_code == 404


# ------------------------------------------------------------------ settings

def test_it_passes_the_deploy_checks_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr.upper()


def test_it_refuses_to_start_in_production_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_it_keeps_no_state_on_the_app_server_in_production():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND']); print(s.SESSION_ENGINE); "
        "print(s.STORAGES['staticfiles']['BACKEND']); print(s.DEBUG)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=production_env(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.db.DatabaseCache",
        "django.contrib.sessions.backends.db",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "False",
    ]


def most_fields_a_step_can_post(step):
    """Every field, every table row at its maximum and every box ticked: what one save can send."""
    def values(field):
        return len(field.choices) if isinstance(field, forms.MultipleChoiceField) else 1

    count = sum(values(field) for field in step.Form.base_fields.values())
    for formset in step.Form.tables.values():
        management = 4
        row = sum(values(field) for field in formset.form.base_fields.values()) + 1  # + "delete"
        count += management + formset.max_rows * row
    return count + 10  # CSRF token, wizard management form, the button pressed


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.SLUG)
def test_it_accepts_the_largest_save_a_step_allows(step):
    assert most_fields_a_step_can_post(step) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS


# ------------------------------------------------------------------ gunicorn, end to end

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
    response = conn.getresponse()
    return response, response.read()


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    """gunicorn with gunicorn.conf.py and production settings on a fresh SQLite database with the demo."""
    tmp_path = tmp_path_factory.mktemp("production")
    port = free_port()
    env = production_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE="0",  # plain HTTP on loopback
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
    )
    for command in (["migrate", "--noinput"], ["createcachetable"], ["collectstatic", "--noinput"], ["load_demo"]):
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stderr
    log = open(tmp_path / "gunicorn.log", "wb")
    server = subprocess.Popen([str(GUNICORN)], cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if get(port, "/gezondheid/")[0].status == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "gunicorn.log").read_text()
            time.sleep(0.2)
        yield port, tmp_path
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")),
                    reason="uses a database of its own, so the SQLite run covers it")
def test_it_serves_pages_and_compressed_hashed_static_files_with_gunicorn(production_server):
    port, tmp_path = production_server
    response, body = get(port, "/inloggen/")
    assert response.status == 200
    assert response.getheader("X-Frame-Options") == "DENY"
    stylesheet = next(part.split('"')[1] for part in body.decode().split("href=") if ".css" in part)
    assert stylesheet.startswith("/static/") and stylesheet.count(".") >= 2, "no hashed file name"

    response, css = get(port, stylesheet, {"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert "immutable" in response.getheader("Cache-Control")

    response, _ = get(port, "/")
    assert response.status == 302 and "/inloggen/" in response.getheader("Location")
    assert logged(tmp_path / "gunicorn.log", "GET /inloggen/ HTTP/1.1\" 200")  # the access log


def logged(path, line, seconds=5):
    """Whether the line reaches the log: another worker process may write it a moment later."""
    deadline = time.monotonic() + seconds
    while line not in path.read_text():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")),
                    reason="uses a database of its own, so the SQLite run covers it")
def test_it_serves_every_page_of_the_demo_with_production_settings(production_server):
    """With DEBUG off a template that names a missing static file fails; walk the real pages."""
    port, tmp_path = production_server
    browser = Browser(port)
    browser.log_in(DEMO_USERNAME, DEMO_PASSWORD)
    status, _, dashboard, _ = browser.request("GET", "/")
    assert status == 200
    plan_url = re.search(r'href="(/plannen/\d+/)"', dashboard).group(1)
    pages = [plan_url, plan_url + "controleer/", plan_url + "voorbeeld/"]
    pages += [f"{plan_url}stap/{step.SLUG}/" for step in STEPS]
    forms = {}
    for page in pages:
        status, _, body, _ = browser.request("GET", page)
        assert status == 200, page
        forms[page] = form_fields(body)
    first_step = f"{plan_url}stap/{STEPS[0].SLUG}/"  # answered in both demo plans
    status, location, _, _ = browser.request("POST", first_step, forms[first_step])
    assert status == 302 and location.endswith(f"/stap/{STEPS[1].SLUG}/"), "saving step 1 did not go through"
    status, _, body, _ = browser.request("GET", plan_url + "pdf/")
    assert status == 202 and "Het plan wordt gemaakt" in body  # a worker makes the PDF
    worker = manage("db_worker", "--batch", "--no-startup-delay", env=production_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", DJANGO_STATIC_ROOT=str(tmp_path / "static")))
    assert worker.returncode == 0, worker.stderr
    status, _, _, _ = browser.request("GET", plan_url + "pdf/")
    assert status == 200


def test_gunicorn_workers_freeze_what_they_loaded_before_the_first_request():
    import gc
    import runpy

    config = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    gc.unfreeze()
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 10_000  # Django, the URLconf, views, steps and catalogues
        assert "steps.s6_doelgroepen" in sys.modules  # imported by the URLconf, so frozen too
    finally:
        gc.unfreeze()
