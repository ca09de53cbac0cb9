"""Invitations in Django's admin (/beheer/): listed, the token's hash read-only, none added there."""
import pytest
from django.urls import reverse

from planner.models import Invitation
from planner.teams.invites import token_hash


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("functioneel-beheer", "fb@example.org", "x" * 16))
    return client


@pytest.fixture
def invitation(gemeente_a):
    return Invitation.objects.create(gemeente=gemeente_a, email="nieuw@example.org", token_hash=token_hash("geheim"))


@pytest.mark.django_db
def test_the_changelist_of_invitations_loads(staff_client, invitation):
    response = staff_client.get(reverse("admin:planner_invitation_changelist"))
    assert response.status_code == 200
    assert "nieuw@example.org" in response.content.decode()
    assert staff_client.get(reverse("admin:planner_invitation_changelist"), {"q": "nieuw"}).status_code == 200


@pytest.mark.django_db
def test_the_token_hash_is_read_only(staff_client, invitation):
    url = reverse("admin:planner_invitation_change", args=[invitation.pk])
    page = staff_client.get(url).content.decode()
    assert invitation.token_hash in page  # shown
    assert 'name="token_hash"' not in page  # not an input
    staff_client.post(url, {"gemeente": invitation.gemeente_id, "email": invitation.email, "role": "lezer",
                            "token_hash": token_hash("anders")})
    invitation.refresh_from_db()
    assert invitation.role == "lezer" and invitation.token_hash == token_hash("geheim")


@pytest.mark.django_db
def test_no_invitation_is_added_in_the_admin(staff_client):
    """An invitation made here would have no link to send: they are made on the team page."""
    assert staff_client.get(reverse("admin:planner_invitation_add")).status_code == 403


@pytest.mark.django_db
def test_change_pages_with_a_foreign_key_load(staff_client, invitation, plan_a):
    """The admin's widget around a foreign key is a Django template; the Jinja2 form renderer
    (planner/wizard/form_renderer.py) falls back to it."""
    for url in (reverse("admin:planner_invitation_change", args=[invitation.pk]),
                reverse("admin:planner_plan_change", args=[plan_a.pk]),
                reverse("admin:planner_gemeente_change", args=[plan_a.gemeente_id])):  # with its members inline
        assert staff_client.get(url).status_code == 200, url
