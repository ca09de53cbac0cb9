import os

os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SECURE", "0")
# Playwright's sync API runs an event loop in the test thread; Django must allow DB access there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402

from planner.models import Gemeente, Membership, Plan  # noqa: E402


@pytest.fixture
def make_user(django_user_model):
    def make(username, gemeente=None, role="redacteur"):
        user = django_user_model.objects.create_user(username=username, password="geheim-wachtwoord-123")
        if gemeente is not None:
            Membership.objects.create(user=user, gemeente=gemeente, role=role)
        return user

    return make


@pytest.fixture
def gemeente_a(db):
    return Gemeente.objects.create(naam="Lindewaarde")


@pytest.fixture
def gemeente_b(db):
    return Gemeente.objects.create(naam="Oosterveen")


@pytest.fixture
def plan_a(gemeente_a):
    return Plan.objects.create(gemeente=gemeente_a, titel="Plan A", periode_start=2027, periode_eind=2030)


@pytest.fixture
def plan_b(gemeente_b):
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
