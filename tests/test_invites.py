"""Invitations ask consent: nobody joins a team without accepting, and the inviting gemeente learns
nothing about the invited address's account (its user name, or whether it exists) until then."""
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from planner.models import AuditEvent, Invitation, Membership
from planner.teams import invites

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def beheerder(make_user, gemeente_a):
    return make_user("beheerder", gemeente_a, "beheerder")


@pytest.fixture
def beheerder_client(beheerder):
    client = Client()
    client.force_login(beheerder)
    return client


@pytest.fixture
def elsewhere(make_user, gemeente_b):
    """An account of another gemeente, with a name the inviting gemeente must not learn."""
    user = make_user("j.geheimnaam", gemeente_b, "redacteur")
    user.email, user.first_name, user.last_name = "elders@oosterveen.nl", "Joost", "Geheimnaam"
    user.save()
    return user


def team_url(gemeente):
    return reverse("planner:team", args=[gemeente.pk])


def log_url(gemeente):
    return reverse("planner:audit_log", args=[gemeente.pk])


def invite(client, gemeente, email, role="redacteur"):
    return client.post(team_url(gemeente), {"email": email, "role": role})


def link_in(message):
    """The path of the invitation link; every link in e-mail starts with settings.BASE_URL."""
    return re.search(re.escape(settings.BASE_URL) + r"(/uitnodiging/\S+/)", message.body).group(1)


def sign_in(username):
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def names_of(user):
    return [user.username, user.get_full_name(), user.first_name, user.last_name]


@pytest.mark.django_db
def test_inviting_a_new_colleague_sends_a_link_to_accept_and_choose_a_password(beheerder_client, gemeente_a):
    response = invite(beheerder_client, gemeente_a, "Nieuwe.Collega@Lindewaarde.nl", "lezer")
    assert response.status_code == 302
    # Nothing but an invitation until the colleague accepts: no account, no membership.
    assert not get_user_model().objects.filter(email__iexact="nieuwe.collega@lindewaarde.nl").exists()
    assert Invitation.objects.get(gemeente=gemeente_a).email == "nieuwe.collega@lindewaarde.nl"
    team_page = beheerder_client.get(team_url(gemeente_a)).content.decode()
    assert "nieuwe.collega@lindewaarde.nl" in team_page and "nog niet zijn aangenomen" in team_page
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuwe.collega@lindewaarde.nl"]
    assert "gemeente Lindewaarde" in message.subject and "neem de uitnodiging aan" in message.body
    assert AuditEvent.objects.filter(action="uitgenodigd", gemeente=gemeente_a,
                                     detail__email="nieuwe.collega@lindewaarde.nl").exists()

    newcomer = Client()
    link = link_in(message)
    page = newcomer.get(link).content.decode()
    assert "Kies een wachtwoord" in page and "nieuwe.collega@lindewaarde.nl" in page
    weak = newcomer.post(link, {"new_password1": "12345678", "new_password2": "12345678", "antwoord": "aannemen"})
    assert "Er is een probleem" in weak.content.decode()
    assert not get_user_model().objects.filter(email__iexact="nieuwe.collega@lindewaarde.nl").exists()
    good = "fiets lamp oktober wolk"
    done = newcomer.post(link, {"new_password1": good, "new_password2": good, "antwoord": "aannemen"})
    assert done["Location"] == reverse("planner:dashboard")
    user = get_user_model().objects.get(email="nieuwe.collega@lindewaarde.nl")
    assert user.username == "nieuwe.collega@lindewaarde.nl" and user.check_password(good)
    assert Membership.objects.get(user=user, gemeente=gemeente_a).role == "lezer"
    assert "Lindewaarde" in newcomer.get(reverse("planner:dashboard")).content.decode()  # signed in
    assert Client().get(link).status_code == 404  # one use only
    assert Client().login(username="nieuwe.collega@lindewaarde.nl", password=good)
    assert "nog niet zijn aangenomen" not in beheerder_client.get(team_url(gemeente_a)).content.decode()
    assert AuditEvent.objects.filter(action="uitnodiging_aangenomen", gemeente=gemeente_a, user=user).exists()


@pytest.mark.django_db
def test_an_existing_account_joins_only_after_accepting_and_its_name_stays_hidden(
        beheerder_client, gemeente_a, gemeente_b, elsewhere, make_user):
    response = invite(beheerder_client, gemeente_a, "Elders@Oosterveen.nl", "lezer")
    assert response.status_code == 302
    assert list(Membership.objects.filter(user=elsewhere).values_list("gemeente", flat=True)) == [gemeente_b.pk]
    assert get_user_model().objects.filter(email__iexact="elders@oosterveen.nl").count() == 1

    # The inviter sees the address typed, nothing of the account.
    team_page = beheerder_client.get(team_url(gemeente_a), follow=True).content.decode()
    assert "elders@oosterveen.nl" in team_page
    for name in names_of(elsewhere):
        assert name not in team_page
    event = AuditEvent.objects.get(action="uitgenodigd", gemeente=gemeente_a)
    assert set(event.detail) == {"email", "rol", "gebruiker"} and event.detail["gebruiker"] == "beheerder"

    # Signing in as that account leaves nothing in the inviting gemeente's logboek.
    other_browser = sign_in("j.geheimnaam")
    assert not AuditEvent.objects.filter(gemeente=gemeente_a, user=elsewhere).exists()
    log_page = beheerder_client.get(log_url(gemeente_a)).content.decode()
    for name in names_of(elsewhere):
        assert name not in log_page

    link = link_in(mail.outbox[0])
    # Without signing in: a page that asks to sign in first; the link does nothing by itself.
    anonymous = Client().get(link)
    assert anonymous.status_code == 200 and "Log eerst in" in anonymous.content.decode()
    assert Client().post(link, {"antwoord": "aannemen"}).status_code == 200
    # Another signed-in account cannot accept it, for example a colleague the e-mail was forwarded to.
    intruder = Client()
    intruder.force_login(make_user("doorgestuurd", gemeente_b, "redacteur"))
    for method in ("get", "post"):
        refused = getattr(intruder, method)(link, {"antwoord": "aannemen"})
        assert refused.status_code == 403 and "ander e-mailadres" in refused.content.decode()
    assert not Membership.objects.filter(gemeente=gemeente_a).exclude(user__username="beheerder").exists()

    # The invited account itself says yes.
    page = other_browser.get(link).content.decode()
    assert "Uitnodiging aannemen" in page and "lezer" in page
    assert not Membership.objects.filter(user=elsewhere, gemeente=gemeente_a).exists()  # a GET changes nothing
    accepted = other_browser.post(link, {"antwoord": "aannemen"})
    assert accepted["Location"] == reverse("planner:dashboard")
    assert Membership.objects.get(user=elsewhere, gemeente=gemeente_a).role == "lezer"
    assert Membership.objects.get(user=elsewhere, gemeente=gemeente_b).role == "redacteur"  # unchanged
    assert "Joost Geheimnaam" in beheerder_client.get(team_url(gemeente_a)).content.decode()
    assert other_browser.post(link, {"antwoord": "aannemen"}).status_code == 404  # used
    # From now on a member: the sign-ins appear in the logboek.
    sign_in("j.geheimnaam")
    assert AuditEvent.objects.filter(gemeente=gemeente_a, user=elsewhere, action="inloggen").count() == 1


@pytest.mark.django_db
def test_a_new_and_an_existing_address_look_the_same_to_the_inviter(beheerder_client, gemeente_a, elsewhere):
    first = invite(beheerder_client, gemeente_a, "elders@oosterveen.nl")
    second = invite(beheerder_client, gemeente_a, "niemand@oosterveen.nl")
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    assert mail.outbox[0].body.replace(link_in(mail.outbox[0]), "LINK") == \
        mail.outbox[1].body.replace(link_in(mail.outbox[1]), "LINK")
    page = beheerder_client.get(team_url(gemeente_a)).content.decode()
    rows = re.findall(r'<tr class="utrecht-table__row">\s*<th class="utrecht-table__cell" scope="row">'
                      r'[^<]*@oosterveen\.nl.*?</tr>', page, re.DOTALL)
    assert len(rows) == 2

    def neutral(row):
        row = re.sub(r"\w+@oosterveen\.nl", "ADRES", row)
        row = re.sub(r"/uitnodigingen/\d+/", "/uitnodigingen/N/", row)
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", row)

    assert neutral(rows[0]) == neutral(rows[1])
    events = AuditEvent.objects.filter(action="uitgenodigd").order_by("pk")
    assert [set(event.detail) for event in events] == [{"email", "rol", "gebruiker"}] * 2


@pytest.mark.django_db
def test_declining_adds_no_one_and_names_no_account(beheerder_client, gemeente_a, elsewhere):
    invite(beheerder_client, gemeente_a, "elders@oosterveen.nl")
    client = Client()
    client.force_login(elsewhere)
    response = client.post(link_in(mail.outbox[0]), {"antwoord": "afslaan"})
    assert response["Location"] == reverse("planner:dashboard")
    assert not Invitation.objects.exists()
    assert not Membership.objects.filter(user=elsewhere, gemeente=gemeente_a).exists()
    event = AuditEvent.objects.get(action="uitnodiging_afgeslagen")
    assert event.gemeente == gemeente_a and event.user is None and event.detail["gebruiker"] == "elders@oosterveen.nl"
    log_page = beheerder_client.get(log_url(gemeente_a)).content.decode()
    assert "Uitnodiging voor elders@oosterveen.nl afgeslagen" in log_page
    for name in names_of(elsewhere):
        assert name not in log_page


@pytest.mark.django_db
def test_someone_without_an_account_may_decline_without_one(beheerder_client, gemeente_a):
    invite(beheerder_client, gemeente_a, "niemand@example.org")
    page = Client().post(link_in(mail.outbox[0]), {"antwoord": "afslaan"})
    assert "U heeft de uitnodiging afgeslagen" in page.content.decode()
    assert not Invitation.objects.exists() and not get_user_model().objects.filter(username="niemand@example.org")


@pytest.mark.django_db
def test_withdrawn_expired_and_replaced_invitations_stop_working(beheerder_client, gemeente_a):
    invite(beheerder_client, gemeente_a, "collega@example.org")
    first_link = link_in(mail.outbox[0])
    invite(beheerder_client, gemeente_a, "collega@example.org", "lezer")  # again: a new link replaces the old
    second_link = link_in(mail.outbox[1])
    assert Invitation.objects.get().role == "lezer"
    assert Client().get(first_link).status_code == 404
    assert Client().get(second_link).status_code == 200

    Invitation.objects.update(created_at=timezone.now() - timedelta(days=invites.INVITE_VALID_DAYS, seconds=1))
    expired = Client().get(second_link)
    assert expired.status_code == 404 and "werkt niet meer" in expired.content.decode()
    assert "Verlopen" in beheerder_client.get(team_url(gemeente_a)).content.decode()

    invitation = Invitation.objects.get()
    response = beheerder_client.post(reverse("planner:team_invitation_withdraw", args=[gemeente_a.pk, invitation.pk]))
    assert response["Location"] == team_url(gemeente_a)
    assert not Invitation.objects.exists()
    assert AuditEvent.objects.filter(action="uitnodiging_ingetrokken", detail__email="collega@example.org").exists()
    assert Client().get("/uitnodiging/verzonnen-token/").status_code == 404


@pytest.mark.django_db
def test_only_the_own_beheerder_withdraws(client, beheerder_client, gemeente_a, gemeente_b, make_user, redacteur):
    invite(beheerder_client, gemeente_a, "collega@example.org")
    url = reverse("planner:team_invitation_withdraw", args=[gemeente_a.pk, Invitation.objects.get().pk])
    client.force_login(redacteur)
    assert client.post(url).status_code == 403
    client.force_login(make_user("ander", gemeente_b, "beheerder"))
    assert client.post(url).status_code == 404
    other_url = reverse("planner:team_invitation_withdraw", args=[gemeente_b.pk, Invitation.objects.get().pk])
    assert client.post(other_url).status_code == 404
    assert Invitation.objects.exists()


@pytest.mark.django_db
def test_an_account_without_a_password_chooses_one_when_accepting(beheerder_client, gemeente_a, gemeente_b):
    old = get_user_model().objects.create_user(username="oud@example.org", email="oud@example.org")  # no password
    Membership.objects.create(user=old, gemeente=gemeente_b)
    invite(beheerder_client, gemeente_a, "oud@example.org")
    link = link_in(mail.outbox[0])
    good = "fiets lamp oktober wolk"
    Client().post(link, {"new_password1": good, "new_password2": good, "antwoord": "aannemen"})
    old.refresh_from_db()
    assert old.check_password(good) and get_user_model().objects.filter(email="oud@example.org").count() == 1
    assert Membership.objects.filter(user=old).count() == 2


@pytest.mark.django_db
def test_the_logboek_shows_a_gemeente_only_its_own_events(beheerder_client, gemeente_a, gemeente_b, elsewhere,
                                                          make_user, plan_b):
    other_beheerder = make_user("beheerder-b", gemeente_b, "beheerder")
    b_client = sign_in("j.geheimnaam")
    b_client.get(reverse("planner:export", args=[plan_b.pk]))
    invite(beheerder_client, gemeente_a, "elders@oosterveen.nl")
    sign_in("j.geheimnaam")
    own = beheerder_client.get(log_url(gemeente_a)).content.decode()
    assert "Plan B" not in own and "geëxporteerd" not in own.split("</select>")[1]
    for name in names_of(elsewhere):
        assert name not in own
    # Only the beheerder's own sign-in and invitation.
    assert sorted(AuditEvent.objects.filter(gemeente=gemeente_a).values_list("action", "user__username")) == \
        [("inloggen", "beheerder"), ("uitgenodigd", "beheerder")]
    other = Client()
    other.force_login(other_beheerder)
    theirs = other.get(log_url(gemeente_b)).content.decode()
    assert "Plan B" in theirs and "uitgenodigd als" not in theirs and "Lindewaarde" not in theirs
    assert AuditEvent.objects.filter(gemeente=gemeente_b, action="inloggen", user=elsewhere).count() == 2


@pytest.mark.django_db
def test_the_invitation_pages_are_valid_html(beheerder_client, gemeente_a, elsewhere, make_user, gemeente_b,
                                             tmp_path):
    import json
    import shutil
    import subprocess

    from tests.test_html_valid import VNU

    java = shutil.which("java")
    assert java and VNU.exists(), "Java en vnu.jar: `make test` en `make assets` installeren ze."
    invite(beheerder_client, gemeente_a, "elders@oosterveen.nl")
    invite(beheerder_client, gemeente_a, "nieuw@example.org")
    existing, new = link_in(mail.outbox[0]), link_in(mail.outbox[1])
    signed_in, intruder = Client(), Client()
    signed_in.force_login(elsewhere)
    intruder.force_login(make_user("doorgestuurd", gemeente_b))
    pages = {
        "team-met-uitnodigingen": beheerder_client.get(team_url(gemeente_a)),
        "eerst-inloggen": Client().get(existing),
        "aannemen": signed_in.get(existing),
        "ander-account": intruder.get(existing),
        "wachtwoord-kiezen": Client().get(new),
        "wachtwoord-fout": Client().post(new, {"new_password1": "kort", "new_password2": "anders",
                                               "antwoord": "aannemen"}),
        "afgeslagen": Client().post(new, {"antwoord": "afslaan"}),
        "werkt-niet-meer": Client().get(new),
    }
    files = []
    for name, response in pages.items():
        assert response.status_code in (200, 403, 404), name
        assert "no-store" in response.get("Cache-Control", "") or name == "team-met-uitnodigingen", name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    assert [f"{m.get('url', '').rsplit('/', 1)[-1]}: {m.get('message')}" for m in messages] == []
