"""Hardening (issue 19): Dutch error pages, Dutch password rules, e-mail links from the base URL,
X-Forwarded-Proto only behind our own proxy, request body limits, no caching of plan data, and
a deploy check for the base URL. The error pages in a real browser with axe:
tests/browser/test_error_pages.py."""
import io
import re
import runpy
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.contrib.auth.password_validation import (
    get_default_password_validators,
    password_validators_help_texts,
    validate_password,
)
from django.core import mail
from django.core.checks import run_checks
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse

from planner import errors
from planner.models import Membership
from steps.registry import STEPS

BASE_DIR = Path(__file__).resolve().parent.parent
PASSWORD = "geheim-wachtwoord-123"

# What Django's own pages say, and what a stack trace looks like.
ENGLISH = re.compile(r"Not Found|Forbidden|Bad Request|Server Error|CSRF|Traceback|The requested|"
                     r"matches the given query|Request body|File \"|\bpassword\b", re.IGNORECASE)


def visible_text(html):
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S))


def dutch_page(response, status):
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="nl"' in html
    text = visible_text(html)
    assert not ENGLISH.search(text), ENGLISH.search(text).group(0)
    assert "Naar mijn plannen" in html
    return html


@pytest.fixture
def production():
    """The error handlers only run with DEBUG off; with it on Django shows its technical pages."""
    with override_settings(DEBUG=False):
        yield


@pytest.fixture
def lezer_client(lezer):
    client = Client()
    client.force_login(lezer)
    return client


# --- Error pages ----------------------------------------------------------------------------------

@pytest.mark.django_db
def test_a_missing_page_is_a_dutch_404(production, client, redacteur_client, plan_b):
    for visitor in (client, redacteur_client):
        html = dutch_page(visitor.get("/bestaat-niet/"), 404)
        assert "Deze pagina bestaat niet" in html
    # Another gemeente's plan: the same page, and not Django's "No Plan matches the given query."
    dutch_page(redacteur_client.get(reverse("planner:plan", args=[plan_b.pk])), 404)


@pytest.mark.django_db
def test_a_lezer_who_saves_a_step_hears_why_not(production, lezer_client, plan_a):
    response = lezer_client.post(reverse("planner:step", args=[plan_a.pk, STEPS[0].SLUG]), {"x": "1"})
    html = dutch_page(response, 403)
    assert "U mag dit plan alleen lezen." in html
    assert "Dit mag u niet doen" in html


@pytest.mark.django_db
def test_the_team_page_tells_a_redacteur_it_is_for_the_beheerder(production, redacteur_client, gemeente_a):
    html = dutch_page(redacteur_client.get(reverse("planner:team", args=[gemeente_a.pk])), 403)
    assert "Alleen de beheerder van de gemeente mag dit." in html


@pytest.mark.django_db
@override_settings(DISALLOWED_USER_AGENTS=[re.compile("kwaadaardig")])
def test_a_refusal_by_django_itself_shows_no_english_reason(production, client):
    html = dutch_page(client.get(reverse("login"), HTTP_USER_AGENT="kwaadaardig/1.0"), 403)
    assert "Forbidden user agent" not in html
    assert "U heeft geen toestemming" in html


def test_only_planner_code_gives_the_reason():
    from django.core.exceptions import PermissionDenied

    def raise_it():
        raise PermissionDenied("Forbidden user agent")

    try:
        raise_it()
    except PermissionDenied as error:
        assert errors.own_reason(error) == ""  # raised in this test module, not in planner/
    assert errors.own_reason(PermissionDenied()) == ""
    assert errors.own_reason(None) == ""


@pytest.mark.django_db
def test_a_form_without_a_valid_csrf_token_gets_a_dutch_page(production, redacteur):
    client = Client(enforce_csrf_checks=True)
    html = dutch_page(client.post(reverse("login"), {"username": "redacteur", "password": PASSWORD}), 403)
    assert "Uw formulier is niet verstuurd" in html and "cookies aan" in html  # no cookie at all
    client.get(reverse("login"))  # now there is a cookie, but the form has no token
    html = dutch_page(client.post(reverse("login"), {"username": "redacteur", "password": PASSWORD}), 403)
    assert "te lang open" in html


@pytest.mark.django_db
def test_a_crash_is_a_dutch_500_without_details(production, redacteur_client, monkeypatch):
    def broken(user):
        raise RuntimeError("geheime details: postgres://planner:wachtwoord@db")

    monkeypatch.setattr("planner.pages.views.plans_for", broken)
    redacteur_client.raise_request_exception = False
    html = dutch_page(redacteur_client.get(reverse("planner:dashboard")), 500)
    assert "Er ging iets mis in de planner" in html
    assert "geheime details" not in html and "RuntimeError" not in html
    assert "Uitloggen" not in html  # rendered without the request: nothing of the session


@pytest.mark.django_db
def test_the_500_page_is_plain_dutch_html_when_even_the_template_fails(production, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("Missing staticfiles manifest entry")

    monkeypatch.setattr(errors.loader, "render_to_string", broken)
    response = errors.server_error(None)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="nl">' in html and "Er ging iets mis" in html and "manifest" not in html


@pytest.mark.django_db
def test_a_bad_request_is_a_dutch_400(production, client):
    # A file where no upload belongs.
    response = client.post(reverse("login"), {"username": "x", "bestand": SimpleUploadedFile("a.json", b"{}")})
    html = dutch_page(response, 400)
    assert "De planner kan dit niet verwerken" in html
    # Too many fields: Django's TooManyFieldsSent.
    query = "&".join(f"v{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    html = dutch_page(client.get(f"{reverse('login')}?{query}"), 400)
    assert "U stuurde te veel tegelijk" in html


# --- Passwords ------------------------------------------------------------------------------------

ENGLISH_WORDS = re.compile(r"\b(password|the|this|must|your|too|common|characters?|entirely|numeric)\b",
                           re.IGNORECASE)


@pytest.mark.django_db
def test_every_password_rule_speaks_dutch(make_user):
    user = make_user("marloes.jansen")
    user.email = "marloes.jansen@lindewaarde.nl"
    messages = []
    for password in ("kort", "12345678901234", "wachtwoord", "marloes.jansen1", "password1234"):
        try:
            validate_password(password, user)
        except ValidationError as error:
            messages += error.messages
    codes = {type(v).__name__ for v in get_default_password_validators()}
    assert codes == {"UserAttributeSimilarityValidator", "MinimumLengthValidator", "CommonPasswordValidator",
                     "NumericPasswordValidator"}
    assert any("te kort" in m and "12 tekens" in m for m in messages), messages
    assert any("te algemeen" in m for m in messages) and any("cijfers" in m for m in messages)
    assert any("lijkt te veel op" in m for m in messages), messages
    for text in messages + password_validators_help_texts():
        assert not ENGLISH_WORDS.search(text), text


@pytest.mark.django_db
def test_choosing_a_short_password_says_so_in_dutch(client, make_user):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    user = make_user("nieuw")
    url = reverse("password_set", args=[urlsafe_base64_encode(force_bytes(user.pk)),
                                        default_token_generator.make_token(user)])
    form_url = client.get(url, follow=True).redirect_chain[-1][0]
    html = client.post(form_url, {"new_password1": "kort", "new_password2": "kort"}).content.decode()
    assert "Dit wachtwoord is te kort. Het moet minstens 12 tekens lang zijn." in html
    assert "This password" not in html


# --- Links in e-mail ------------------------------------------------------------------------------

@pytest.mark.django_db
@override_settings(BASE_URL="https://planner.example.nl", ALLOWED_HOSTS=["testserver", "aanvaller.example"])
def test_links_in_email_use_the_base_url_whatever_the_host_header_says(make_user, gemeente_a):
    beheerder = make_user("beheerder", gemeente_a, "beheerder")
    collega = make_user("collega", gemeente_a, "redacteur")
    collega.email = "collega@lindewaarde.nl"
    collega.save()
    client = Client(HTTP_HOST="aanvaller.example:8443", HTTP_X_FORWARDED_HOST="aanvaller.example")
    client.force_login(beheerder)
    client.post(reverse("planner:team", args=[gemeente_a.pk]), {"email": "nieuw@lindewaarde.nl", "role": "lezer"})
    membership = Membership.objects.get(user=collega)
    client.post(reverse("planner:team_login_link", args=[gemeente_a.pk, membership.pk]))
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        links = re.findall(r"https?://\S+", message.body)
        assert links, message.body
        assert all(link.startswith("https://planner.example.nl/") for link in links), links
        assert "aanvaller" not in message.body


@pytest.mark.django_db
@override_settings(BASE_URL="")
def test_without_a_base_url_no_link_is_made_from_the_request(make_user, gemeente_a):
    from django.core.exceptions import ImproperlyConfigured

    from planner.teams.views import password_link

    with pytest.raises(ImproperlyConfigured):
        password_link(make_user("iemand"))


def test_the_development_base_url_is_the_local_server():
    assert settings.BASE_URL == "http://127.0.0.1:8000"


# --- HTTPS behind a proxy -------------------------------------------------------------------------

@pytest.mark.django_db
def test_x_forwarded_proto_is_ignored_without_a_proxy_count(client):
    assert settings.PROXY_COUNT == 0
    assert settings.SECURE_PROXY_SSL_HEADER is None
    with override_settings(SECURE_SSL_REDIRECT=True):
        response = client.get(reverse("login"), HTTP_X_FORWARDED_PROTO="https")
        assert response.status_code == 301 and response["Location"].startswith("https://")
        # Behind our own proxy (DJANGO_PROXY_COUNT set) the header counts.
        with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
            assert client.get(reverse("login"), HTTP_X_FORWARDED_PROTO="https").status_code == 200


@pytest.mark.parametrize("count, header", [("", None), ("0", None),
                                           ("1", ("HTTP_X_FORWARDED_PROTO", "https"))])
def test_the_proxy_count_decides_whether_x_forwarded_proto_counts(count, header):
    from tests.test_production import manage, production_env

    code = "from django.conf import settings; print(repr(settings.SECURE_PROXY_SSL_HEADER))"
    result = manage("shell", "-c", code, env=production_env(DJANGO_PROXY_COUNT=count))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == repr(header)


def test_gunicorn_does_not_believe_x_forwarded_proto_itself():
    config = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    assert config["secure_scheme_headers"] == {}


# --- Request body limits --------------------------------------------------------------------------

class Unreadable(io.RawIOBase):
    """A request body that must not be read beyond its first bytes."""

    def __init__(self):
        self.read_bytes = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.read_bytes += len(buffer)
        if self.read_bytes > 64 * 1024:
            raise AssertionError("the body is being read")
        buffer[:] = b"x" * len(buffer)
        return len(buffer)


def huge_post(client, path, content_type, size=300 * 1024 * 1024):
    body = Unreadable()
    return client.generic("POST", path, b"", content_type=content_type,
                          CONTENT_LENGTH=str(size), **{"wsgi.input": body}), body


@pytest.mark.django_db
@pytest.mark.parametrize("content_type", ["multipart/form-data; boundary=grens",
                                          "application/x-www-form-urlencoded"])
def test_an_oversized_body_to_the_login_page_gets_400_without_being_read(production, client, content_type):
    response, body = huge_post(client, reverse("login"), content_type)
    html = dutch_page(response, 400)
    assert "U stuurde te veel tegelijk" in html
    assert body.read_bytes == 0


@pytest.mark.django_db
def test_before_sign_in_a_few_kilobytes_are_enough(production, client):
    payload = {"username": "x", "password": "y" * (settings.ANONYMOUS_BODY_MAX_SIZE + 1)}
    assert client.post(reverse("login"), payload).status_code == 400
    assert client.post(reverse("login"), {"username": "x", "password": "y" * 4096}).status_code == 200


@pytest.mark.django_db
def test_signed_in_bodies_are_limited_too(production, redacteur_client, plan_a):
    step_url = reverse("planner:step", args=[plan_a.pk, STEPS[0].SLUG])
    response, body = huge_post(redacteur_client, step_url, "application/x-www-form-urlencoded",
                               size=settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    assert response.status_code == 400 and body.read_bytes == 0
    response, body = huge_post(redacteur_client, reverse("planner:plan_import"), "multipart/form-data; boundary=g",
                               size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1)
    assert response.status_code == 400 and body.read_bytes == 0
    # A file on a step page is refused as soon as it shows up.
    response = redacteur_client.post(step_url, {"bestand": SimpleUploadedFile("plan.json", b"{}")})
    assert response.status_code == 400


@pytest.mark.django_db
def test_the_import_takes_a_file_up_to_its_limit_in_memory(redacteur_client, gemeente_a, monkeypatch):
    from planner.history import transfer

    seen = []

    def look_only(uploaded):
        seen.append(uploaded)
        raise transfer.InvalidPlanFile("Alleen gekeken.")

    monkeypatch.setattr(transfer, "read_json", look_only)
    content = b" " * (transfer.MAX_BYTES - 10)
    response = redacteur_client.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile("plan.json", content, content_type="application/json"),
        "gemeente": gemeente_a.pk,
    })
    assert response.status_code == 200
    assert seen and type(seen[0]).__name__ == "InMemoryUploadedFile"  # never a temporary file on disk


def most_text_a_step_can_post(step):
    """Bytes of a save of `step` with every field at its limit in plain letters (urlencoded)."""
    def size(name, field):
        if isinstance(field, forms.MultipleChoiceField):
            return sum(len(name) + len(str(value)) + 2 for value, _ in field.choices)
        if isinstance(field, forms.ChoiceField):
            return len(name) + 2 + max((len(str(value)) for value, _ in field.choices), default=0)
        return len(name) + 2 + (getattr(field, "max_length", None) or 20)

    total = sum(size(f"{step.SLUG}-{name}", field) for name, field in step.Form.base_fields.items())
    for table, formset in step.Form.tables.items():
        for row in range(formset.max_rows):
            total += sum(size(f"{step.SLUG}-{table}-{row}-{name}", field)
                         for name, field in formset.form.base_fields.items())
    return total


def test_the_body_limit_leaves_room_for_the_fullest_step():
    heaviest = max(most_text_a_step_can_post(step) for step in STEPS)
    assert 400_000 < heaviest  # the draagvlak step: about 0.6 MB
    # Room for text with many accents or curly quotes (a "ë" is 6 bytes in a form post).
    assert 4 * heaviest < settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE > 2 * 1024 * 1024


@pytest.mark.django_db
def test_the_heaviest_demo_step_saves_within_the_limits():
    """The real thing: every step of the demo plan posted back as a browser would."""
    from bench.load import form_fields
    from urllib.parse import urlencode

    from planner.demo import load_demo

    user, plan, _half = load_demo()
    client = Client()
    client.force_login(user)
    for step in STEPS:
        fields = form_fields(client.get(reverse("planner:step", args=[plan.pk, step.SLUG])).content.decode())
        body = urlencode(fields).encode()
        assert len(body) < settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 20
        response = client.post(reverse("planner:step", args=[plan.pk, step.SLUG]), body,
                               content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 302), step.SLUG


# --- Cache-Control --------------------------------------------------------------------------------

@pytest.mark.django_db
def test_plan_pages_and_downloads_are_never_cached(redacteur_client, plan_a, renders):
    for name in ("planner:plan", "planner:check", "planner:preview", "planner:pdf", "planner:export",
                 "planner:history"):
        response = redacteur_client.get(reverse(name, args=[plan_a.pk]))
        assert response.status_code == 200, name
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, (name, cache_control)
    pdf = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf["Cache-Control"] == "private, no-store"
    export = redacteur_client.get(reverse("planner:export", args=[plan_a.pk]))
    assert export["Content-Type"].startswith("application/json") and export["Cache-Control"] == "private, no-store"
    assert redacteur_client.get(reverse("planner:dashboard"))["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_a_view_that_sets_its_own_cache_control_keeps_it(redacteur_client):
    response = redacteur_client.get(reverse("planner:keep_alive"))
    assert "max-age=0" in response["Cache-Control"]  # never_cache's own header, not replaced


# --- Deploy check ---------------------------------------------------------------------------------

@override_settings(DEBUG=False, BASE_URL="")
def test_the_deploy_check_warns_without_a_base_url():
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert "planner.W001" in ids
    with override_settings(BASE_URL="http://planner.example.nl"):
        ids = {message.id for message in run_checks(include_deployment_checks=True)}
        assert "planner.W001" not in ids and "planner.W002" in ids
    with override_settings(BASE_URL="https://planner.example.nl"):
        ids = {message.id for message in run_checks(include_deployment_checks=True)}
        assert not ids & {"planner.W001", "planner.W002"}


def test_check_deploy_tells_when_the_base_url_is_missing():
    from tests.test_production import manage, production_env

    env = production_env()
    env.pop("DJANGO_BASE_URL", None)
    result = manage("check", "--deploy", env=env)
    assert "planner.W001" in result.stdout + result.stderr
    assert "DJANGO_BASE_URL" in result.stdout + result.stderr


# --- Valid HTML -----------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_error_pages_are_valid_html(production, client, redacteur_client, lezer_client, plan_a, monkeypatch,
                                        tmp_path):
    import json
    import shutil
    import subprocess

    from tests.test_html_valid import VNU

    java = shutil.which("java")
    assert java and VNU.exists(), "`make test` installs Java and vnu.jar"
    pages = {
        "400": client.post(reverse("login"), {"bestand": SimpleUploadedFile("a.json", b"{}")}),
        "400-te-groot": huge_post(client, reverse("login"), "application/x-www-form-urlencoded")[0],
        "403-lezer": lezer_client.post(reverse("planner:step", args=[plan_a.pk, STEPS[0].SLUG]), {}),
        "403-csrf": Client(enforce_csrf_checks=True).post(reverse("login"), {}),
        "404": redacteur_client.get("/bestaat-niet/"),
    }
    monkeypatch.setattr("planner.pages.views.plans_for", lambda user: 1 / 0)
    redacteur_client.raise_request_exception = False
    pages["500"] = redacteur_client.get(reverse("planner:dashboard"))
    files = []
    for name, response in pages.items():
        assert response.status_code == int(name[:3]), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    (tmp_path / "500-kaal.html").write_text(errors.FALLBACK_500)
    files.append(str(tmp_path / "500-kaal.html"))
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    assert not messages, [(Path(m.get("url", "")).name, m.get("message")) for m in messages]
