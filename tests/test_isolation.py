"""Tenant isolation: every URL of the app, for every role, a user of another gemeente and a visitor.

The test walks the URLconf, so a new URL without a line in EXPECTED fails here until someone
decides who may read (GET) and write (POST) it. Ids are real: a plan with saved steps, an
earlier version, a conflict and a team. Requests that are refused, and every GET, must leave
the data exactly as it was.
"""
import hashlib
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from planner.models import Gemeente, Invitation, Membership, Plan, StepAnswer, StepConflict, StepRevision
from planner.wizard.storage import save_answers
from steps import demo_data, outlines
from planner.wizard import parts
from steps.registry import BY_SLUG, MODULE_SLUGS, SECTIONS

SECTION_SLUGS = [section.SLUG for section in SECTIONS]

ACTORS = ("beheerder", "redacteur", "lezer", "ander", "anoniem")  # "ander": beheerder of another gemeente

ALLOW = "toegestaan"
LOGIN = "naar inloggen"
FORBIDDEN = 403
HIDDEN = 404
NOT_ALLOWED = 405
UNAUTHORIZED = 401
ADMIN_LOGIN = "naar inloggen beheer"


def _levels(beheerder, redacteur, lezer, ander, anoniem=LOGIN):
    return dict(zip(ACTORS, (beheerder, redacteur, lezer, ander, anoniem)))


EVERYONE = _levels(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW)
SIGNED_IN = _levels(ALLOW, ALLOW, ALLOW, ALLOW)
MEMBER = _levels(ALLOW, ALLOW, ALLOW, HIDDEN)
EDITOR = _levels(ALLOW, ALLOW, FORBIDDEN, HIDDEN)
BEHEERDER = _levels(ALLOW, FORBIDDEN, FORBIDDEN, HIDDEN)
EDITOR_ANYWHERE = _levels(ALLOW, ALLOW, FORBIDDEN, ALLOW)  # "ander" may edit in their own gemeente
POST_ONLY = _levels(NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, HIDDEN)  # access is checked before the method
NOBODY = _levels(NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)
# A conflict holds one officer's typed input (the redacteur's here): only they see it.
CONFLICT_OWNER_READ = _levels(HIDDEN, ALLOW, HIDDEN, HIDDEN)
CONFLICT_OWNER_WRITE = _levels(HIDDEN, ALLOW, FORBIDDEN, HIDDEN)

#: URL name → (who may GET, who may POST).
EXPECTED = {
    "planner:dashboard": (SIGNED_IN, SIGNED_IN),
    "planner:plan_new": (EDITOR_ANYWHERE, EDITOR_ANYWHERE),
    "planner:plan_import": (EDITOR_ANYWHERE, EDITOR_ANYWHERE),
    "planner:plan": (MEMBER, MEMBER),
    "planner:check": (MEMBER, MEMBER),
    "planner:preview": (MEMBER, MEMBER),
    "planner:pdf": (MEMBER, MEMBER),
    "planner:odt": (MEMBER, MEMBER),
    "planner:docx": (MEMBER, MEMBER),
    # The three documents of a plan (steps.outlines), each to read and download.
    "planner:preview_document": (MEMBER, MEMBER),
    "planner:pdf_document": (MEMBER, MEMBER),
    "planner:odt_document": (MEMBER, MEMBER),
    "planner:docx_document": (MEMBER, MEMBER),
    # Switching Verdieping modules on or off: a POST only.
    "planner:modules": (POST_ONLY, EDITOR),
    "planner:history": (MEMBER, MEMBER),
    "planner:restore": (POST_ONLY, EDITOR),
    "planner:conflict": (CONFLICT_OWNER_READ, CONFLICT_OWNER_WRITE),
    "planner:fix": (EDITOR, EDITOR),
    "planner:new_version": (EDITOR, EDITOR),
    "planner:export": (MEMBER, MEMBER),
    "planner:step": (MEMBER, EDITOR),
    # A table row's own page: a lezer reads an existing row there; adding and deleting are edits.
    "planner:row": (MEMBER, EDITOR),
    "planner:row_new": (EDITOR, EDITOR),
    "planner:row_delete": (EDITOR, EDITOR),
    # A long section's own page (planner/wizard/parts.py): a lezer reads it, as a row's page.
    "planner:part": (MEMBER, EDITOR),
    "planner:team": (BEHEERDER, BEHEERDER),
    "planner:team_role": (POST_ONLY, BEHEERDER),
    "planner:team_remove": (BEHEERDER, BEHEERDER),
    "planner:team_login_link": (POST_ONLY, BEHEERDER),
    "planner:team_invitation_withdraw": (POST_ONLY, BEHEERDER),
    "planner:audit_log": (BEHEERDER, BEHEERDER),
    "planner:keep_alive": (_levels(ALLOW, ALLOW, ALLOW, ALLOW, UNAUTHORIZED), NOBODY),
    "login": (EVERYONE, EVERYONE),
    "logout": (NOBODY, EVERYONE),
    "log_out_everywhere": (SIGNED_IN, SIGNED_IN),
    "password_set": (EVERYONE, EVERYONE),
    # The link in an invitation e-mail; an unknown token is not found for anyone.
    "invitation": (_levels(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN), _levels(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
    "password_set_done": (EVERYONE, NOBODY),
    "health": (EVERYONE, NOBODY),
    "health_worker": (EVERYONE, NOBODY),
}
#: The wizard's "klaar" (done) step only redirects to the check page; posting to it is not a step.
EXPECTED_FOR_STEP = {"klaar": (MEMBER, _levels(HIDDEN, HIDDEN, FORBIDDEN, HIDDEN))}
#: Only present with DJANGO_BENCH_VIEWS=1 (a bare view for load tests).
OPTIONAL = {"bench_empty": (EVERYONE, EVERYONE)}
#: Pages that only show something: a POST may be answered, but must not change anything.
READ_ONLY = {"planner:dashboard", "planner:plan", "planner:check", "planner:preview", "planner:pdf",
             "planner:odt", "planner:docx", "planner:preview_document", "planner:pdf_document",
             "planner:odt_document", "planner:docx_document",
             "planner:history", "planner:export", "planner:audit_log", "login"}
#: The one write that works on a fixed (vastgesteld) plan: starting its next version.
WRITES_ON_A_FIXED_PLAN = {"planner:new_version"}


# --- Walking the URLconf -------------------------------------------------------------------------

def walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part)
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            name = ":".join(part for part in (namespace, pattern.name) if part) if pattern.name else None
            yield {"name": name, "namespace": namespace, "route": prefix + str(pattern.pattern)}


def all_urls():
    return list(walk(get_resolver().url_patterns))


def route_params(route):
    """Parameter names of a full route, from path converters and regex groups."""
    return re.findall(r"<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route)


APP_URLS = [url for url in all_urls() if url["namespace"] != "admin"]
ADMIN_URLS = [url for url in all_urls() if url["namespace"] == "admin"]


def test_every_url_of_the_app_has_expectations():
    names = [url["name"] for url in APP_URLS]
    assert None not in names, "every URL of the app needs a name: " + str([u["route"] for u in APP_URLS if not u["name"]])
    missing = sorted(set(names) - set(EXPECTED) - set(OPTIONAL))
    assert not missing, f"add these URLs to EXPECTED in tests/test_isolation.py: {missing}"
    stale = sorted(set(EXPECTED) - set(names))
    assert not stale, f"these URLs no longer exist, remove them from EXPECTED: {stale}"


def test_the_walk_finds_nested_urls_with_their_parameters():
    routes = {url["name"]: url["route"] for url in APP_URLS}
    assert routes["planner:restore"] == "plannen/<int:plan_id>/geschiedenis/<int:revision_id>/terugzetten/"
    assert len(ADMIN_URLS) > 20


# --- The world: two gemeenten, five actors, real ids ------------------------------------------------

class World:
    def __init__(self):
        users = get_user_model().objects
        self.gemeente = Gemeente.objects.create(naam="Lindewaarde")
        self.other_gemeente = Gemeente.objects.create(naam="Oosterveen")
        self.users = {}
        for actor, gemeente, role in (("beheerder", self.gemeente, "beheerder"),
                                      ("redacteur", self.gemeente, "redacteur"),
                                      ("lezer", self.gemeente, "lezer"),
                                      ("ander", self.other_gemeente, "beheerder")):
            user = users.create_user(username=actor, password="geheim-wachtwoord-123")
            Membership.objects.create(user=user, gemeente=gemeente, role=role)
            self.users[actor] = user
        # Every Verdieping module on, so that their pages are there to be refused or allowed.
        self.plan = Plan.objects.create(gemeente=self.gemeente, titel="Plan", periode_start=2027, periode_eind=2030,
                                        modules=list(MODULE_SLUGS))
        Plan.objects.create(gemeente=self.other_gemeente, titel="Ander plan", periode_start=2027, periode_eind=2030)
        answers = {**demo_data.answers(), **demo_data.section_answers()}
        for slug in SECTION_SLUGS:
            if slug in answers:
                save_answers(self.plan, slug, answers[slug], self.users["redacteur"])
        save_answers(self.plan, "visie", dict(answers["visie"], gemeente_naam="Nieuw"), self.users["beheerder"])
        self.revision = StepRevision.objects.get(plan=self.plan, step="visie", version=1)
        self.conflict = StepConflict.objects.create(
            plan=self.plan, step="visie", created_by=self.users["redacteur"], base_version=1,
            data={"visie-gemeente_naam": ["Mijn versie"]},
        )
        self.member = Membership.objects.get(user=self.users["lezer"])
        self.invitation = Invitation.objects.create(gemeente=self.gemeente, email="collega@example.org",
                                                    token_hash="0" * 64)
        self.clients = {}

    def values(self, param):
        return {
            "plan_id": [self.plan.pk],
            "revision_id": [self.revision.pk],
            "conflict_id": [self.conflict.pk],
            "step": [*SECTION_SLUGS, "klaar"],
            "document": [outline.key for outline in outlines.OUTLINES],
            "gemeente_id": [self.gemeente.pk],
            "membership_id": [self.member.pk],
            "invitation_id": [self.invitation.pk],
            "uidb64": [urlsafe_base64_encode(force_bytes(self.users["lezer"].pk))],
            "token": ["verlopen-token"],
            # One summary table of a few steps (URLs whose table is not on the step are skipped).
            "table": ["leidende_principes", "doelgroepen", "stakeholders"],
            "index": [1],
            # A section shown as a card (step 1's and step 3's; URLs of other steps are skipped).
            "number": [2],
        }[param]

    def urls(self, url):
        """(URL, kwargs) for every concrete URL of a pattern: one per step slug, else one."""
        kwarg_sets = [{}]
        for param in route_params(url["route"]):
            try:
                values = self.values(param)
            except KeyError:
                pytest.fail(f"tests/test_isolation.py needs a real value for the URL parameter {param!r}")
            kwarg_sets = [dict(kwargs, **{param: value}) for kwargs in kwarg_sets for value in values]
        kwarg_sets = [kwargs for kwargs in kwarg_sets
                      if "table" not in kwargs
                      or kwargs["step"] in BY_SLUG and kwargs["table"] in BY_SLUG[kwargs["step"]].Form.tables]
        kwarg_sets = [kwargs for kwargs in kwarg_sets
                      if "number" not in kwargs or kwargs["step"] in BY_SLUG
                      and parts.card_section(kwargs["step"], BY_SLUG[kwargs["step"]].Form, kwargs["number"])]
        return [(reverse(url["name"], kwargs=kwargs), kwargs) for kwargs in kwarg_sets]

    def client(self, actor):
        """One signed-in client per actor; its session outlives the rolled-back requests."""
        if actor not in self.clients:
            self.clients[actor] = Client()
            if actor != "anoniem":
                self.clients[actor].force_login(self.users[actor])
        return self.clients[actor]


def fingerprint():
    """A digest of everything a write could change (the audit log and sessions aside).

    Cheap columns only: every save of a step moves its updated_at, and revisions are never edited.
    """
    rows = [
        list(Gemeente.objects.values_list("pk", "naam", "kleur")),
        list(get_user_model().objects.values_list("pk", "username", "password", "is_active", "email")),
        list(Membership.objects.values_list("pk", "user_id", "gemeente_id", "role")),
        list(Plan.objects.values_list("pk", "titel", "status", "revisie", "updated_at", "vastgesteld_op", "modules")),
        list(StepAnswer.objects.values_list("pk", "version", "is_done", "updated_at")),
        list(StepRevision.objects.values_list("pk")),
        list(StepConflict.objects.values_list("pk", "resolved_at")),
        list(Invitation.objects.values_list("pk", "accepted_at")),
    ]
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()


def outcome(response):
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith(reverse("login") + "?next="):
        return LOGIN
    if response.status_code == 302 and location.startswith(reverse("admin:login") + "?next="):
        return ADMIN_LOGIN
    if response.status_code in (UNAUTHORIZED, FORBIDDEN, HIDDEN, NOT_ALLOWED):
        return response.status_code
    assert response.status_code < 500
    return ALLOW


def request_and_roll_back(world, actor, method, url):
    """(outcome, data changed?) of one request; whatever it wrote is undone afterwards."""
    client = world.client(actor)
    with transaction.atomic():
        before = fingerprint()
        response = client.get(url) if method == "GET" else client.post(url, {})
        result = outcome(response), fingerprint() != before
        transaction.set_rollback(True)
    return result


@pytest.fixture
def no_pdf_rendering(monkeypatch):
    """Who may download is decided before rendering; skip WeasyPrint's seconds per request here."""
    from planner.document import tasks

    monkeypatch.setattr(tasks, "pdf_or_render", lambda plan, *args, **kwargs: b"%PDF-1.7")


@pytest.mark.django_db
@pytest.mark.parametrize("url", APP_URLS, ids=lambda url: url["name"] or url["route"])
def test_who_may_read_and_write(url, no_pdf_rendering):
    expected = EXPECTED.get(url["name"]) or OPTIONAL.get(url["name"])
    if expected is None:
        pytest.fail(f"no expectations for {url['name']}: add it to EXPECTED")
    world = World()
    problems = []
    for concrete, kwargs in world.urls(url):
        by_step = EXPECTED_FOR_STEP.get(kwargs.get("step"))
        for method, allowed in zip(("GET", "POST"), by_step or expected):
            for actor in ACTORS:
                got, changed = request_and_roll_back(world, actor, method, concrete)
                if got != allowed[actor]:
                    problems.append(f"{method} {concrete} as {actor}: expected {allowed[actor]}, got {got}")
                must_not_change = got != ALLOW or method == "GET" or url["name"] in READ_ONLY
                if must_not_change and changed:
                    problems.append(f"{method} {concrete} as {actor} ({got}) changed data")
    assert not problems, "\n".join(problems)


OTHER_METHODS = ("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "POST", "GET")


@pytest.mark.django_db
@pytest.mark.parametrize("url", [url for url in APP_URLS if {"plan_id", "gemeente_id"} & set(route_params(url["route"]))],
                         ids=lambda url: url["name"])
def test_another_gemeentes_urls_are_not_found_for_every_method(url):
    """Access comes before everything else: no 405 or 403 tells an outsider that a plan exists."""
    world = World()
    client = world.client("ander")
    problems = []
    for concrete, _kwargs in world.urls(url):
        for method in OTHER_METHODS:
            with transaction.atomic():
                response = client.generic(method, concrete)
                transaction.set_rollback(True)
            if response.status_code != HIDDEN:
                problems.append(f"{method} {concrete}: {response.status_code}")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_nobody_writes_to_a_fixed_plan():
    world = World()
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.VASTGESTELD)
    checked = []
    for url in APP_URLS:
        if "plan_id" not in route_params(url["route"]) or url["name"] in READ_ONLY | WRITES_ON_A_FIXED_PLAN:
            continue
        _reads, writes = EXPECTED[url["name"]]
        for actor in ("beheerder", "redacteur"):
            if writes[actor] != ALLOW:
                continue
            for concrete, kwargs in world.urls(url):
                if kwargs.get("step") in EXPECTED_FOR_STEP:
                    continue
                got, changed = request_and_roll_back(world, actor, "POST", concrete)
                assert (got, changed) == (FORBIDDEN, False), (concrete, actor, got)
                checked.append(url["name"])
    assert {"planner:step", "planner:restore", "planner:fix", "planner:conflict"} <= set(checked)


def admin_url(url):
    route = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: {"app_label": "planner"}.get(m.group(1), "1"), url["route"])
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: {"app_label": "planner"}.get(m.group(1), "onbekend/"), route)
    return "/" + route.replace("^", "").replace("$", "")


@pytest.mark.django_db
def test_the_admin_is_closed_to_every_role():
    """Django's admin (/beheer/) is for staff only; no gemeente role is staff."""
    world = World()
    # The admin's logout sends non-staff to the admin index (which sends them to its login).
    open_to_all = {"admin:login": (ALLOW, ALLOW), "admin:logout": (ALLOW, ALLOW)}
    problems = []
    for url in ADMIN_URLS:
        expected = open_to_all.get(url["name"], (ADMIN_LOGIN, ADMIN_LOGIN))
        for method, allowed in zip(("GET", "POST"), expected):
            for actor in ACTORS:
                got, changed = request_and_roll_back(world, actor, method, admin_url(url))
                if got != allowed or changed:
                    problems.append(f"{method} {admin_url(url)} as {actor}: expected {allowed}, got {got}")
    assert not problems, "\n".join(problems)
