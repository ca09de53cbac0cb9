"""The password fields are one template (planner/_password_fields.html), used by choosing a
password from an e-mail link and by accepting an invitation without an account."""
import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from planner.models import Invitation
from planner.teams.invites import token_hash

INCLUDE = "planner/_password_fields.html"


def password_link(user):
    return reverse("password_set", args=[urlsafe_base64_encode(force_bytes(user.pk)),
                                         default_token_generator.make_token(user)])


def fields(html):
    """The markup from the first password field to the end of the hint, ids and names kept."""
    return re.search(r'<div class="utrecht-form-field utrecht-form-field--text.*?wolk"\.</p>\s*</div>', html, re.S).group(0)


@pytest.mark.django_db
def test_both_pages_use_the_one_include_and_show_the_same_fields(redacteur, gemeente_a):
    Invitation.objects.create(gemeente=gemeente_a, email="nieuw@example.org", token_hash=token_hash("nieuw"))
    choose = Client().get(password_link(redacteur), follow=True)
    invited = Client().get(reverse("invitation", args=["nieuw"]))
    for response in (choose, invited):
        assert response.status_code == 200
        assert INCLUDE in [template.name for template in response.templates]
    assert " ".join(fields(choose.content.decode()).split()) == " ".join(fields(invited.content.decode()).split())
    assert fields(invited.content.decode()).count('type="password"') == 2


@pytest.mark.django_db
def test_errors_are_shown_at_the_fields_on_both_pages(redacteur, gemeente_a):
    Invitation.objects.create(gemeente=gemeente_a, email="nieuw@example.org", token_hash=token_hash("nieuw"))
    client = Client()
    page = client.get(password_link(redacteur), follow=True)
    bad = {"new_password1": "kort", "new_password2": "anders"}
    choose = client.post(page.redirect_chain[-1][0], bad)
    invited = Client().post(reverse("invitation", args=["nieuw"]), {**bad, "antwoord": "aannemen"})
    for response in (choose, invited):
        html = response.content.decode()
        assert 'aria-invalid="true" aria-describedby="id_new_password2_error"' in html
        assert 'id="id_new_password2_error"' in html
