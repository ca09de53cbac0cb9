"""Every page type is valid HTML, checked in one run of the W3C Nu HTML Checker (vnu-jar).

The pages are rendered with the Django test client and written to files; one Java process
checks them all (starting the JVM is most of its 2–3 seconds).
"""
import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from planner.models import Invitation, StepAnswer
from planner.wizard.parts import card_numbers
from planner.teams.invites import token_hash
from steps.registry import MODULE_SLUGS, SECTIONS
from tests.every_section import DOCUMENTS, NEW_TABLES, full_plan
from tests.test_password_fields import password_link
from tests.steps.postdata import post_data

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def empty_post(step):
    """What the browser posts for an untouched step page marked klaar: tables present, nothing
    filled in. It is saved, and the page lists everything that is missing."""
    data = post_data(step.Form, {}, plan_answers={})
    data["plan_wizard-current_step"] = step.SLUG
    data["klaar"] = "ja"
    return data


#: Pages answered with another status than 200.
STATUS = {"pdf-wordt-gemaakt": 202, "uitnodiging-ongeldig": 404, "uitnodiging-ander-account": 403}


def invitation_pages(plan, invitee, other):
    """The invitation page in each of its states: a link that no longer works, someone without an
    account (choosing a password, also with errors), declined, someone with an account (log in
    first), the invitee logged in (accept or decline) and another account logged in; and the
    page that chooses a password from an e-mail link, which has the same fields."""
    from django.test import Client

    def invitation(email, token):
        Invitation.objects.create(gemeente=plan.gemeente, email=email, token_hash=token_hash(token))
        return reverse("invitation", args=[token])

    new, declined = invitation("nieuw@example.org", "nieuw"), invitation("weg@example.org", "weg")
    known = invitation(invitee.email, "bekend")
    anonymous = Client()
    yield "uitnodiging-ongeldig", anonymous.get(reverse("invitation", args=["onbekend"]))
    yield "uitnodiging-wachtwoord", anonymous.get(new)
    yield "uitnodiging-wachtwoord-fout", anonymous.post(new, {"antwoord": "aannemen", "new_password1": "kort",
                                                              "new_password2": "anders"})
    yield "uitnodiging-afgeslagen", anonymous.post(declined, {"antwoord": "afslaan"})
    yield "uitnodiging-inloggen", anonymous.get(known)
    # Choosing a password from the e-mail's link shares the password fields (planner/_password_fields.html).
    link = password_link(other)
    chosen = anonymous.get(link, follow=True)
    yield "wachtwoord-kiezen", chosen
    yield "wachtwoord-kiezen-fout", anonymous.post(chosen.redirect_chain[-1][0], {"new_password1": "kort",
                                                                                  "new_password2": "anders"})
    yield "wachtwoord-kiezen-ongeldig", anonymous.get(link[:-2] + "xx/", follow=True)
    signed_in = Client()
    signed_in.force_login(invitee)
    yield "uitnodiging-aannemen", signed_in.get(known)
    signed_in.force_login(other)
    yield "uitnodiging-ander-account", signed_in.get(known)


def pages(client, plan_empty, plan_full, lezer_client):
    """(name, response) for every page type. Every Verdieping module is on in both plans, so the
    step pages are those of all 18 sections."""
    yield "inloggen", client.get(reverse("login"))
    yield "inloggen-fout", client.post(reverse("login"), {"username": "niemand", "password": "fout"})
    client.force_login(plan_full.gemeente.memberships.first().user)
    yield "mijn-plannen", client.get(reverse("planner:dashboard"))
    yield "nieuw-plan", client.get(reverse("planner:plan_new"))
    yield "nieuw-plan-fout", client.post(reverse("planner:plan_new"), {"titel": "", "periode_start": "abc"})
    for step in SECTIONS:
        url = reverse("planner:step", args=[plan_empty.pk, step.SLUG])
        name = f"stap-{step.SLUG}"
        yield f"{name}-leeg", client.get(url)
        refused = client.post(url, empty_post(step))
        if refused.status_code != 302:  # a section that needs nothing to be klaar saves and goes on
            yield f"{name}-fouten", refused
        yield f"{name}-ingevuld", client.get(reverse("planner:step", args=[plan_full.pk, step.SLUG]))
        # A long section's card on a page of its own (issue 17), and a refused save there.
        for number in card_numbers(step.SLUG, step.Form):
            yield f"{name}-kaart-{number}", client.get(reverse("planner:part", args=[plan_full.pk, step.SLUG, number]))
        if step.SLUG == "visie":  # a number that is not a number
            version = StepAnswer.objects.get(plan=plan_empty, step=step.SLUG).version
            yield "stap-visie-kaart-opmaakfout", client.post(reverse("planner:part", args=[plan_empty.pk, step.SLUG, 1]),
                                                             {"versie": str(version), "visie-aantal_inwoners": "veel"})
    # A table row on its own page: add, change, a refused row and the question before deleting.
    for slug, table in (("visie", "doelen"), ("instrumenten", "instrumenten"), ("doelgroepen", "vindplaatsen"),
                        ("draagvlak", "stakeholders"), ("evaluatie", "indicatoren"), *NEW_TABLES):
        yield f"rij-{table}-nieuw", client.get(reverse("planner:row_new", args=[plan_full.pk, slug, table]))
        yield f"rij-{table}-wijzig", client.get(reverse("planner:row", args=[plan_full.pk, slug, table, 1]))
        yield f"rij-{table}-verwijder", client.get(reverse("planner:row_delete", args=[plan_full.pk, slug, table, 1]))
    yield "rij-geweigerd", client.post(reverse("planner:row", args=[plan_full.pk, "instrumenten", "instrumenten", 1]),
                                       {"versie": "1", "instrumenten-instrumenten-rij-geraamde_kosten": "veel"})
    for name, plan in (("leeg", plan_empty), ("ingevuld", plan_full)):
        yield f"overzicht-{name}", client.get(reverse("planner:plan", args=[plan.pk]))
        yield f"controleer-{name}", client.get(reverse("planner:check", args=[plan.pk]))
        for document in DOCUMENTS:
            yield f"voorbeeld-{document}-{name}", client.get(reverse("planner:preview_document", args=[plan.pk, document]))
    yield "overzicht-lezer", lezer_client.get(reverse("planner:plan", args=[plan_full.pk]))  # no Verdieping form
    # A lezer reads a step, a card and a row on their pages (disabled questions, no save button).
    yield "stap-lezer", lezer_client.get(reverse("planner:step", args=[plan_full.pk, "voorwaarden"]))
    yield "kaart-lezer", lezer_client.get(reverse("planner:part", args=[plan_full.pk, "voorwaarden", 2]))
    yield "rij-lezer", lezer_client.get(reverse("planner:row", args=[plan_full.pk, "instrumenten", "instrumenten", 1]))
    yield "geschiedenis", client.get(reverse("planner:history", args=[plan_full.pk]))
    yield "vaststellen", client.get(reverse("planner:fix", args=[plan_full.pk]))
    yield "importeren", client.get(reverse("planner:plan_import"))
    yield "team", client.get(reverse("planner:team", args=[plan_full.gemeente_id]))
    yield "logboek", client.get(reverse("planner:audit_log", args=[plan_full.gemeente_id]))
    yield "overal-uitloggen", client.get(reverse("log_out_everywhere"))
    # The PDF's wait page, and the page after a failed render (tasks only queued, not run).
    from planner.document import cache as pdf_cache
    from planner.document import pdf
    from planner.models import Plan

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        yield "pdf-wordt-gemaakt", client.get(reverse("planner:pdf", args=[plan_full.pk]))
        pdf_cache.mark_failed(Plan.objects.get(pk=plan_full.pk), pdf.DEFAULT_VARIANT)
        yield "pdf-mislukt", client.get(reverse("planner:pdf", args=[plan_full.pk]))


REFERENCE = re.compile(r'\s(aria-describedby|aria-labelledby|aria-controls|for)="([^"]*)"')


def dangling_references(html):
    """'attribute="id"' for every id an element points to that is not on the page."""
    ids = set(re.findall(r'\sid="([^"]*)"', html))
    return [f'{attribute}="{ref}"' for attribute, refs in REFERENCE.findall(html)
            for ref in refs.split() if ref not in ids]


def test_dangling_references_are_found():
    page = '<label for="a">A</label><input id="a" aria-describedby="a_hint b_hint"><p id="b_hint">B</p>'
    assert dangling_references(page) == ['aria-describedby="a_hint"']


@pytest.mark.django_db
def test_every_page_type_is_valid_html(client, redacteur, lezer, gemeente_a, plan_a, tmp_path):
    java = shutil.which("java")
    assert java, "Java ontbreekt: `make test` installeert het (de HTML-validator draait op Java)."
    assert VNU.exists(), "vnu.jar ontbreekt: `make assets` installeert de npm-pakketten."
    from django.test import Client

    from planner.models import Membership, Plan

    Membership.objects.filter(user=redacteur).update(role="beheerder")  # team and logboek too
    Plan.objects.filter(pk=plan_a.pk).update(modules=list(MODULE_SLUGS))
    plan_full = full_plan(gemeente_a, redacteur, titel="Vol plan")
    lezer_client = Client()
    lezer_client.force_login(lezer)
    redacteur.email = "redacteur@example.org"
    redacteur.save()

    files, dangling = [], []
    all_pages = itertools.chain(pages(client, plan_a, plan_full, lezer_client),
                                invitation_pages(plan_full, invitee=redacteur, other=lezer))
    for name, response in all_pages:
        assert response.status_code == STATUS.get(name, 200), (name, response.status_code)
        dangling += [f"{name}: {reference}" for reference in dangling_references(response.content.decode())]
        if name.endswith(("-fouten", "-fout", "opmaakfout", "geweigerd")):  # a refused save shows what is wrong
            assert b"data-error-summary" in response.content, name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert len(files) >= 140
    # The checker below does not follow aria-describedby: a hint a screen reader is pointed to must exist.
    assert dangling == [], "\n".join(dangling)

    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    report = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '').strip()[:80]}]"
              for m in messages]
    assert report == [], "\n".join(report)
