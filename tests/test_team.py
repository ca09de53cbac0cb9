"""The beheerder manages the gemeente's team: invite by e-mail, change roles, remove; and reads the log."""
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from planner.models import AuditEvent, Membership


@pytest.fixture
def beheerder(make_user, gemeente_a):
    return make_user("beheerder", gemeente_a, "beheerder")


@pytest.fixture
def beheerder_client(beheerder):
    client = Client()
    client.force_login(beheerder)
    return client


def team_url(gemeente):
    return reverse("planner:team", args=[gemeente.pk])


def invite(client, gemeente, email, role="redacteur"):
    return client.post(team_url(gemeente), {"email": email, "role": role})


def link_in(message):
    """The path of the password link; every link in e-mail starts with settings.BASE_URL."""
    return re.search(re.escape(settings.BASE_URL) + r"(/wachtwoord-kiezen/\S+/)", message.body).group(1)


@pytest.mark.django_db
def test_only_the_beheerder_of_the_gemeente_sees_the_team(client, beheerder_client, redacteur, lezer, gemeente_a,
                                                          gemeente_b, make_user):
    page = beheerder_client.get(team_url(gemeente_a)).content.decode()
    assert "redacteur" in page and "lezer" in page and "Collega uitnodigen" in page
    for user, status in ((redacteur, 403), (lezer, 403), (make_user("ander", gemeente_b, "beheerder"), 404)):
        client.force_login(user)
        assert client.get(team_url(gemeente_a)).status_code == status
        assert invite(client, gemeente_a, "indringer@example.org").status_code == status
    assert not get_user_model().objects.filter(email="indringer@example.org").exists()


# Inviting (an invitation the colleague accepts first): tests/test_invites.py.


@pytest.mark.django_db
def test_inviting_a_team_member_again_is_refused(beheerder_client, gemeente_a, redacteur):
    redacteur.email = "redacteur@lindewaarde.nl"
    redacteur.save()
    response = invite(beheerder_client, gemeente_a, "Redacteur@Lindewaarde.nl")
    assert "Deze collega hoort al bij uw team." in response.content.decode()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_bad_address_gets_a_dutch_error(beheerder_client, gemeente_a):
    response = invite(beheerder_client, gemeente_a, "geen-adres")
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    response = invite(beheerder_client, gemeente_a, "a" * 140 + "@example.org")
    assert "maximaal 150 tekens" in response.content.decode()
    assert not mail.outbox


@pytest.mark.django_db
def test_the_beheerder_changes_a_role(beheerder_client, gemeente_a, redacteur):
    membership = Membership.objects.get(user=redacteur)
    response = beheerder_client.post(reverse("planner:team_role", args=[gemeente_a.pk, membership.pk]),
                                     {"role": "lezer"})
    assert response["Location"] == team_url(gemeente_a)
    membership.refresh_from_db()
    assert membership.role == "lezer"
    event = AuditEvent.objects.get(action="rol")
    assert event.detail["van"] == "redacteur" and event.detail["naar"] == "lezer"
    beheerder_client.post(reverse("planner:team_role", args=[gemeente_a.pk, membership.pk]), {"role": "koning"})
    membership.refresh_from_db()
    assert membership.role == "lezer"


@pytest.mark.django_db
def test_the_beheerder_removes_a_colleague_after_confirming(beheerder_client, gemeente_a, redacteur):
    membership = Membership.objects.get(user=redacteur)
    url = reverse("planner:team_remove", args=[gemeente_a.pk, membership.pk])
    assert "uit het team halen?" in beheerder_client.get(url).content.decode()
    assert Membership.objects.filter(pk=membership.pk).exists()
    beheerder_client.post(url)
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert get_user_model().objects.filter(pk=redacteur.pk).exists()  # the account stays
    assert AuditEvent.objects.filter(action="verwijderd", detail__collega="redacteur").exists()


@pytest.mark.django_db
def test_the_last_beheerder_can_neither_leave_nor_step_down(beheerder_client, beheerder, gemeente_a, make_user):
    own = Membership.objects.get(user=beheerder)
    beheerder_client.post(reverse("planner:team_remove", args=[gemeente_a.pk, own.pk]))
    beheerder_client.post(reverse("planner:team_role", args=[gemeente_a.pk, own.pk]), {"role": "lezer"})
    own.refresh_from_db()
    assert own.role == "beheerder"
    make_user("tweede", gemeente_a, "beheerder")
    response = beheerder_client.post(reverse("planner:team_remove", args=[gemeente_a.pk, own.pk]))
    assert response["Location"] == reverse("planner:dashboard")
    assert not Membership.objects.filter(pk=own.pk).exists()


@pytest.mark.django_db
def test_a_beheerder_cannot_touch_another_gemeentes_members(beheerder_client, gemeente_a, gemeente_b, make_user):
    foreign = Membership.objects.get(user=make_user("ander", gemeente_b, "redacteur"))
    for url in (reverse("planner:team_role", args=[gemeente_a.pk, foreign.pk]),
                reverse("planner:team_remove", args=[gemeente_a.pk, foreign.pk]),
                reverse("planner:team_role", args=[gemeente_b.pk, foreign.pk])):
        assert beheerder_client.post(url, {"role": "lezer"}).status_code == 404, url
    foreign.refresh_from_db()
    assert foreign.role == "redacteur"


# --- The audit log -----------------------------------------------------------------------------

@pytest.mark.django_db
def test_signing_in_is_logged_and_the_beheerder_reads_it(client, beheerder_client, redacteur, gemeente_a):
    response = client.post(reverse("login"), {"username": "redacteur", "password": "geheim-wachtwoord-123"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="inloggen", user=redacteur)
    assert event.gemeente == gemeente_a
    page = beheerder_client.get(reverse("planner:audit_log", args=[gemeente_a.pk])).content.decode()
    assert "Ingelogd" in page and "redacteur" in page
    filtered = beheerder_client.get(reverse("planner:audit_log", args=[gemeente_a.pk]) + "?actie=export")
    assert "Er staat nog niets in het logboek." in filtered.content.decode()


@pytest.mark.django_db
def test_the_log_is_for_the_own_beheerder_only(client, redacteur, gemeente_a, gemeente_b, make_user):
    AuditEvent.objects.create(gemeente=gemeente_b, action="export", detail={"gebruiker": "geheim"})
    client.force_login(redacteur)
    assert client.get(reverse("planner:audit_log", args=[gemeente_a.pk])).status_code == 403
    client.force_login(make_user("ander", gemeente_a, "beheerder"))
    assert client.get(reverse("planner:audit_log", args=[gemeente_b.pk])).status_code == 404
    assert "geheim" not in client.get(reverse("planner:audit_log", args=[gemeente_a.pk])).content.decode()


# --- A new sign-in link ---------------------------------------------------------------------------

def login_link_url(gemeente, membership):
    return reverse("planner:team_login_link", args=[gemeente.pk, membership.pk])


@pytest.mark.django_db
def test_the_beheerder_sends_a_colleague_a_new_login_link(beheerder_client, gemeente_a, redacteur):
    redacteur.email = "redacteur@lindewaarde.nl"
    redacteur.save()
    membership = Membership.objects.get(user=redacteur)
    page = beheerder_client.get(team_url(gemeente_a)).content.decode()
    assert "Stuur een nieuwe inloglink" in page and login_link_url(gemeente_a, membership) in page

    response = beheerder_client.post(login_link_url(gemeente_a, membership), follow=True)
    assert "krijgt een e-mail met een link om een nieuw wachtwoord te kiezen" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redacteur@lindewaarde.nl"]
    assert "nieuwe link" in message.body and "Uw gebruikersnaam is: redacteur" in message.body
    assert link_in(message) not in response.content.decode()  # the beheerder never sees the link

    colleague = Client()
    form_url = colleague.get(link_in(message), follow=True).redirect_chain[-1][0]
    new = "regen paraplu zomer fiets"
    assert colleague.post(form_url, {"new_password1": new, "new_password2": new})["Location"] == \
        reverse("password_set_done")
    assert Client().login(username="redacteur", password=new)
    assert colleague.get(link_in(message), follow=True).context["validlink"] is False  # one use only


@pytest.mark.django_db
def test_only_the_beheerder_of_the_gemeente_sends_login_links(client, gemeente_a, gemeente_b, redacteur, lezer,
                                                              make_user):
    membership = Membership.objects.get(user=lezer)
    for user, status in ((redacteur, 403), (lezer, 403), (make_user("ander", gemeente_b, "beheerder"), 404)):
        client.force_login(user)
        assert client.post(login_link_url(gemeente_a, membership)).status_code == status
    # A beheerder of another gemeente cannot reach this gemeente's members through their own gemeente.
    client.force_login(make_user("derde", gemeente_b, "beheerder"))
    assert client.post(login_link_url(gemeente_b, membership)).status_code == 404
    beheerder = make_user("beheerder", gemeente_a, "beheerder")
    client.force_login(beheerder)
    assert client.get(login_link_url(gemeente_a, membership)).status_code == 405
    assert not mail.outbox


@pytest.mark.django_db
def test_a_colleague_without_an_address_gets_no_link(beheerder_client, gemeente_a, lezer):
    response = beheerder_client.post(login_link_url(gemeente_a, Membership.objects.get(user=lezer)), follow=True)
    assert "geen e-mailadres bekend" in response.content.decode()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_locked_out_colleague_signs_in_at_once_with_a_new_password(beheerder_client, gemeente_a, redacteur):
    from django.conf import settings

    redacteur.email = "redacteur@lindewaarde.nl"
    redacteur.save()
    officer = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        locked = officer.post(reverse("login"), {"username": "redacteur", "password": "fout"})
    assert locked.status_code == 429
    advice = locked.content.decode()
    assert "nieuwe inloglink" in advice and "teampagina" in advice and "opnieuw uit te nodigen" not in advice

    beheerder_client.post(login_link_url(gemeente_a, Membership.objects.get(user=redacteur)))
    form_url = officer.get(link_in(mail.outbox[0]), follow=True).redirect_chain[-1][0]
    new = "regen paraplu zomer fiets"
    officer.post(form_url, {"new_password1": new, "new_password2": new})
    response = officer.post(reverse("login"), {"username": "redacteur", "password": new})
    assert response.status_code == 302  # no quarter of an hour to wait
