import os

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis runs derandomised by default (CI and `make test`): the same examples in every run,
# so a failure found once is found every time. HYPOTHESIS_PROFILE=lang gives a longer random
# run, with new examples each time, as a separate command (see the README).
settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "lang", derandomize=False, max_examples=1000, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def make_user(django_user_model):
    from planner.models import Membership

    def make(username, gemeente=None, role="redacteur"):
        user = django_user_model.objects.create_user(username=username, password="geheim-wachtwoord-123")
        if gemeente is not None:
            Membership.objects.create(user=user, gemeente=gemeente, role=role)
        return user

    return make


@pytest.fixture
def gemeente_a(db):
    from planner.models import Gemeente

    return Gemeente.objects.create(naam="Lindewaarde")


@pytest.fixture
def gemeente_b(db):
    from planner.models import Gemeente

    return Gemeente.objects.create(naam="Oosterveen")


@pytest.fixture
def plan_a(gemeente_a):
    from planner.models import Plan

    return Plan.objects.create(gemeente=gemeente_a, titel="Plan A", periode_start=2027, periode_eind=2030)


@pytest.fixture
def plan_b(gemeente_b):
    from planner.models import Plan

    return Plan.objects.create(gemeente=gemeente_b, titel="Plan B", periode_start=2027, periode_eind=2030)


@pytest.fixture
def redacteur(make_user, gemeente_a):
    return make_user("redacteur", gemeente_a, "redacteur")


@pytest.fixture
def lezer(make_user, gemeente_a):
    return make_user("lezer", gemeente_a, "lezer")


@pytest.fixture
def redacteur_client(client, redacteur):
    client.force_login(redacteur)
    return client


@pytest.fixture
def renders(monkeypatch):
    """Counts real renders; hands out a tiny stand-in PDF so these tests stay fast."""
    from planner.document import pdf

    calls = []

    def fake_render(document, *, variant=pdf.DEFAULT_VARIANT, fetcher=None):
        calls.append((document.plan.pk, variant))
        return b"%PDF-1.7 stand-in " + variant.encode()

    monkeypatch.setattr(pdf, "render_plan", fake_render)
    return calls
