"""Login throttling, password rules, logging out everywhere, and the security headers in production."""
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from planner.models import AuditEvent

BASE_DIR = Path(__file__).resolve().parent.parent
PASSWORD = "geheim-wachtwoord-123"


def sign_in(client, username, password, ip="10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


# --- Login throttling ----------------------------------------------------------------------------

@pytest.mark.django_db
def test_five_wrong_passwords_lock_that_user_name_for_a_while(client, redacteur):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert "Inloggen is niet gelukt" in sign_in(client, "redacteur", "fout").content.decode()
    locked = sign_in(client, "redacteur", "fout")
    assert locked.status_code == 429
    assert "te vaak een verkeerd wachtwoord" in locked.content.decode()
    # Even the right password waits now, from this address.
    assert sign_in(client, "redacteur", PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session
    # Someone else, or the same officer from another address, can still sign in.
    assert sign_in(Client(), "redacteur", PASSWORD, ip="10.0.0.2").status_code == 302


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(client, redacteur):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "redacteur", "fout")
    assert sign_in(client, "redacteur", PASSWORD).status_code == 302
    client.post(reverse("logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "redacteur", "fout")
    assert sign_in(client, "redacteur", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_behind_a_proxy_the_visitors_own_address_is_counted(client, redacteur, settings):
    settings.PROXY_COUNT = 1
    proxy = "10.9.9.9"
    # The visitor claims an address on the left; the proxy appends the address it really saw.
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "redacteur", "password": "fout"}, REMOTE_ADDR=proxy,
                    HTTP_X_FORWARDED_FOR=f"1.2.3.{_}, 192.0.2.7")
    locked = Client().post(reverse("login"), {"username": "redacteur", "password": PASSWORD}, REMOTE_ADDR=proxy,
                           HTTP_X_FORWARDED_FOR="192.0.2.7")
    assert locked.status_code == 429
    # A colleague behind the same proxy, from another address, is not locked out.
    other = Client().post(reverse("login"), {"username": "redacteur", "password": PASSWORD}, REMOTE_ADDR=proxy,
                          HTTP_X_FORWARDED_FOR="192.0.2.8")
    assert other.status_code == 302


@pytest.mark.parametrize("proxies, forwarded, expected", [
    (0, "192.0.2.7", "10.9.9.9"),  # no proxy configured: the header is not trusted
    (1, "192.0.2.7", "192.0.2.7"),
    (1, "6.6.6.6, 192.0.2.7", "192.0.2.7"),  # a forged entry on the left is ignored
    (2, "6.6.6.6, 192.0.2.7, 10.1.1.1", "192.0.2.7"),
    (2, "192.0.2.7", "10.9.9.9"),  # fewer entries than proxies: fall back to the connection
    (1, " , ", "10.9.9.9"),
])
def test_client_ip(proxies, forwarded, expected, settings, rf):
    from planner.security import client_ip

    settings.PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


# --- Passwords -------------------------------------------------------------------------------------

@pytest.mark.parametrize("password", ["kort", "12345678901234", "password1234", "redacteur-2026"])
def test_weak_passwords_are_refused(password):
    from django.contrib.auth.models import User

    with pytest.raises(ValidationError):
        validate_password(password, User(username="redacteur", email="redacteur-2026@example.org"))


def test_a_long_passphrase_is_fine():
    validate_password("fiets lamp oktober wolk")


# --- Logging out everywhere --------------------------------------------------------------------

@pytest.mark.django_db
def test_logging_out_everywhere_ends_every_session_of_the_user(redacteur, lezer):
    here, phone, colleague = Client(), Client(), Client()
    for client, user in ((here, redacteur), (phone, redacteur), (colleague, lezer)):
        assert sign_in(client, user.username, PASSWORD).status_code == 302
    dashboard = reverse("planner:dashboard")
    assert phone.get(dashboard).status_code == 200

    response = here.post(reverse("log_out_everywhere"), {"password": PASSWORD})
    assert response["Location"] == reverse("login")
    assert here.get(dashboard).status_code == 302
    assert phone.get(dashboard).status_code == 302
    assert colleague.get(dashboard).status_code == 200  # other users are not touched
    assert AuditEvent.objects.filter(action="overal_uitgelogd", user=redacteur).exists()
    assert sign_in(Client(), "redacteur", PASSWORD).status_code == 302  # the password still works


@pytest.mark.django_db
def test_logging_out_everywhere_needs_the_password(redacteur):
    here, phone = Client(), Client()
    sign_in(here, "redacteur", PASSWORD)
    sign_in(phone, "redacteur", PASSWORD)
    response = here.post(reverse("log_out_everywhere"), {"password": "raden"})
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert phone.get(reverse("planner:dashboard")).status_code == 200


# --- Headers and markup that a strict Content-Security-Policy allows -----------------------------

@pytest.mark.django_db
def test_every_page_gets_a_strict_content_security_policy(redacteur_client):
    response = redacteur_client.get(reverse("planner:dashboard"))
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'" and "unsafe" not in policy
    assert directives["frame-ancestors"] == "'none'" and directives["form-action"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
# Except <col style="width: …%"> in the plan's tables: it sizes the PDF's columns (WeasyPrint has
# no CSP); in the browser the CSP ignores it and the table sizes itself.
STYLE_ATTRIBUTE = re.compile(r"<(?!col\b)[^>]+\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
#: Only WeasyPrint reads this template (it is never served as a page), and it needs the colour.
PDF_ONLY = {"plan/pdf.html"}


def _inline_code(html):
    return [pattern.pattern for pattern in (INLINE_SCRIPT, EVENT_HANDLER, STYLE_ATTRIBUTE, STYLE_ELEMENT)
            if pattern.search(html)]


def test_our_templates_have_no_inline_scripts_handlers_or_styles():
    templates = BASE_DIR / "templates"
    found = {}
    for path in templates.rglob("*.html"):
        name = path.relative_to(templates).as_posix()
        if name not in PDF_ONLY and _inline_code(path.read_text()):
            found[name] = _inline_code(path.read_text())
    assert not found, found


@pytest.mark.django_db
def test_the_rendered_pages_of_a_full_plan_have_no_inline_code(client):
    from planner.demo import load_demo
    from steps.registry import SLUGS

    user, plan, _half = load_demo()
    client.force_login(user)
    gemeente = plan.gemeente.pk
    urls = [reverse("planner:dashboard"), reverse("planner:plan", args=[plan.pk]),
            reverse("planner:check", args=[plan.pk]), reverse("planner:preview", args=[plan.pk]),
            reverse("planner:history", args=[plan.pk]), reverse("planner:team", args=[gemeente]),
            reverse("planner:audit_log", args=[gemeente]), reverse("planner:fix", args=[plan.pk])]
    urls += [reverse("planner:step", args=[plan.pk, slug]) for slug in SLUGS]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not _inline_code(response.content.decode()), (url, _inline_code(response.content.decode()))


# --- Production settings --------------------------------------------------------------------------

def production_env(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "planner.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "planner.example.nl,testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'productie.sqlite3'}",
    })
    return env


def run_in_production(tmp_path, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=production_env(tmp_path),
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_has_no_warnings_with_production_settings(tmp_path):
    result = run_in_production(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


SIGN_IN_IN_PRODUCTION = """
import json
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
User.objects.create_user("productie", password="fiets lamp oktober wolk")
client = Client()
signed_in = client.post("/inloggen/", {"username": "productie", "password": "fiets lamp oktober wolk"}, secure=True)
plain_http = Client().get("/inloggen/")
print(json.dumps({
    "status": signed_in.status_code,
    "headers": dict(signed_in.headers),
    "cookies": {name: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"])} for name, c in client.cookies.items()},
    "http": [plain_http.status_code, plain_http.get("Location")],
}))
"""


def test_production_sends_secure_headers_and_cookies(tmp_path):
    result = run_in_production(tmp_path, "shell", "-c", SIGN_IN_IN_PRODUCTION)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 302
    headers = seen["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert seen["cookies"]["sessionid"] == {"secure": True, "httponly": True}
    assert seen["cookies"]["csrftoken"] == {"secure": True, "httponly": True}
    assert seen["http"] == [301, "https://testserver/inloggen/"]
