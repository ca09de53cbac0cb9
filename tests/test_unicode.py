"""Text is valid Unicode everywhere: no typed or imported text can break a page of the plan.

A lone surrogate ("\\udfff") cannot be written as UTF-8: once stored, every page that showed
it answered 500. Control characters (other than tab, newline, carriage return) and
noncharacters have no place in a text either. The step and plan forms refuse them with a
Dutch message at the field (steps.forms.validate_text), the import refuses a file holding them
anywhere and names where, and migration 0005 repairs what was stored before.

Hypothesis draws texts with surrogates, control characters and any other character; the
examples are few and derandomized, so the run is short and the same in CI every time.
"""
import importlib
import json
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.history import transfer
from planner.models import AuditEvent, Plan, StepAnswer, StepConflict, StepRevision
from planner.wizard.formdata import form_data
from planner.wizard.storage import save_answers
from steps import demo_data
from steps import forms as f
from steps.registry import BY_SLUG, SLUGS, STEPS
from tests.question_pages import question_url

repair_migration = importlib.import_module("planner.migrations.0005_repair_unstorable_text")

BOUNDED = settings(
    max_examples=20,
    derandomize=True,  # the same examples in every run
    deadline=None,
    database=None,  # no .hypothesis folder in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

UNSTORABLE_MESSAGE = "een teken dat de planner niet kan bewaren"

#: Any character, with surrogates, control characters and noncharacters drawn often.
character = st.one_of(
    st.characters(categories=["Cs"]),
    st.characters(categories=["Cc"]),
    st.sampled_from(["\ufffe", "\uffff", "\U0010ffff", "\ufdd0", "\u202e", "\u200b", "\ufffd", "\t", "\n", "😀"]),
    st.characters(),
)
hostile_text = st.text(alphabet=character, min_size=1, max_size=12).map(lambda text: "a" + text)


def text_targets():
    """(step slug, POST key, answers path) of every text field of every step, and one table row's text cells."""
    answers = demo_data.answers()
    targets = []
    for step in STEPS:
        for name, field in step.Form.base_fields.items():
            if isinstance(field, f.CharField):
                targets.append((step.SLUG, f"{step.SLUG}-{name}", (name,)))
        for table, formset in step.Form.tables.items():
            if not answers[step.SLUG].get(table):
                continue
            for column, field in formset.form.base_fields.items():
                if isinstance(field, f.CharField):
                    targets.append((step.SLUG, f"{step.SLUG}-{table}-0-{column}", (table, 0, column)))
    return targets


TEXT_TARGETS = text_targets()


@pytest.fixture
def demo_plan(plan_a, redacteur):
    for slug, answers in demo_data.answers().items():
        save_answers(plan_a, slug, answers, redacteur)
    return plan_a


def plan_pages(plan, slugs=SLUGS):
    return [reverse("planner:step", args=[plan.pk, slug]) for slug in slugs] + [
        reverse("planner:check", args=[plan.pk]),
        reverse("planner:preview", args=[plan.pk]),
        reverse("planner:plan", args=[plan.pk]),
        reverse("planner:export", args=[plan.pk]),
    ]


def assert_every_page_works(client, plan, slugs=SLUGS):
    """Every page of the plan (of its steps: those of `slugs`) answers 200 and is valid UTF-8.

    The test client raises the error of a 500 at once.
    """
    for url in plan_pages(plan, slugs):
        response = client.get(url)
        assert response.status_code == 200, url
        response.content.decode("utf-8")


def as_posted(text):
    """What Django reads from a browser's form post of `text`: surrogates arrive as U+FFFD, then
    the field strips surrounding white space."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def post_raw(client, url, data):
    """Post like a browser that sends any bytes, also the UTF-8 form of a lone surrogate."""
    body = urlencode(data, doseq=True, encoding="utf-8", errors="surrogatepass")
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


# --- The forms --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a\udfff", "\ud800", "a\x00b", "x\x1by", "\x7f", "a\x85b", "a\ufffe", "\U0001fffe"])
def test_the_text_fields_refuse_characters_that_cannot_be_stored_in_dutch(text):
    field = f.long_text("Tekst")
    with pytest.raises(f.ValidationError) as error:
        field.clean(text)
    assert error.value.messages == [f.text_problem(text)]
    assert UNSTORABLE_MESSAGE in error.value.messages[0] and "teken)" in error.value.messages[0]


@pytest.mark.parametrize("text", ["gewoon", "regel 1\r\nregel 2\ttab", "😀 𝕄 é ß", "\ufffd", "\u200b"])
def test_ordinary_text_is_accepted(text):
    assert f.short_text("Tekst").clean(text) == text.strip().replace("\r\n", "\n")  # one new line, as counted


@pytest.mark.django_db
@BOUNDED
@given(target=st.sampled_from(TEXT_TARGETS), text=hostile_text)
def test_any_text_in_any_text_field_never_breaks_a_page(redacteur_client, demo_plan, target, text):
    slug, key, path = target
    step = BY_SLUG[slug]
    plan_answers = demo_plan.answers()
    data = {name: values for name, values in form_data(step, plan_answers[slug], plan_answers=plan_answers).lists()}
    data[key] = [text]
    if len(path) == 3:  # make sure the table posts its first row
        total = f"{slug}-{path[0]}-TOTAL_FORMS"
        data[total] = [str(max(int(data.get(total, ["0"])[0]), 1))]
    version = str(StepAnswer.objects.get(plan=demo_plan, step=slug).version)
    # Posted where the question is: its step page, or its card's page (issue 17), which takes only its own questions.
    data.update({"plan_wizard-current_step": [slug], "plan_wizard-versie": [version], "versie": [version]})
    response = post_raw(redacteur_client, question_url(demo_plan, slug, path[0]), data)
    posted = as_posted(text).strip()
    stored = json.dumps(StepAnswer.objects.get(plan=demo_plan, step=slug).answers, ensure_ascii=False)
    page = response.content.decode()
    event("refused" if f.text_problem(posted) else f"answered {response.status_code}")
    if f.text_problem(posted):
        # Refused, with the message at the field (its label and the error together on the page).
        assert response.status_code == 200 and UNSTORABLE_MESSAGE in page
        label = step.Form.base_fields[path[0]].label if len(path) == 1 else \
            step.Form.tables[path[0]].form.base_fields[path[2]].label
        assert label.replace("'", "&#x27;") in page
        assert json.dumps(posted, ensure_ascii=False)[1:-1] not in stored
    else:
        # Saved, or shown again for another rule of the step (never for its characters).
        assert response.status_code in (200, 302) and UNSTORABLE_MESSAGE not in page
        if response.status_code == 302 and len(path) == 1:
            assert json.dumps(posted.replace("\r\n", "\n"), ensure_ascii=False)[1:-1] in stored
    assert_every_page_works(redacteur_client, demo_plan, [slug])


@pytest.mark.django_db
def test_a_surrogate_from_a_browser_arrives_as_a_replacement_character(redacteur_client, plan_a):
    slug = "visie"
    data = {"visie-gemeente_naam": "Linde\udfffwaarde", "plan_wizard-current_step": slug}
    post_raw(redacteur_client, reverse("planner:step", args=[plan_a.pk, slug]), data)
    answers = StepAnswer.objects.get(plan=plan_a, step=slug)
    assert "\udfff" not in json.dumps(answers.answers or answers.draft, ensure_ascii=False)


@pytest.mark.django_db
def test_a_plan_title_with_a_control_character_is_refused(redacteur_client, gemeente_a):
    response = redacteur_client.post(reverse("planner:plan_new"), {
        "titel": "Plan\x01 2027", "gemeente": gemeente_a.pk, "periode_start": 2027, "periode_eind": 2030})
    assert response.status_code == 200 and UNSTORABLE_MESSAGE in response.content.decode()
    assert not Plan.objects.exists()


# --- The import -------------------------------------------------------------------------------

def valid_file():
    answers = demo_data.answers()
    return {
        "formaat": transfer.FORMAT, "versie": 1, "geexporteerd_op": "2026-11-27T10:00:00+00:00",
        "plan": {"titel": "Ingelezen", "periode_start": 2027, "periode_eind": 2030, "status": "concept",
                 "vastgesteld_op": None, "besluit": "", "gemeente": "Elders"},
        "stappen": {slug: {"antwoorden": answers[slug], "klaar": False} for slug in SLUGS},
    }


PLACES = ["answer", "row", "titel", "besluit", "gemeente", "name"]


def put(data, place, target, text):
    slug, _key, path = target
    answers = data["stappen"][slug]["antwoorden"]
    if place == "answer" or (place == "row" and len(path) == 3):
        if len(path) == 3:
            answers[path[0]][0][path[2]] = text
        else:
            answers[path[0]] = text
    elif place in ("titel", "besluit", "gemeente"):
        data["plan"][place] = text
    else:
        answers[text] = "x"
    return data


def upload(client, gemeente, content):
    return client.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile("plan.json", content, content_type="application/json"),
        "gemeente": gemeente.pk,
    })


@pytest.mark.django_db
@BOUNDED
@given(target=st.sampled_from(TEXT_TARGETS), place=st.sampled_from(PLACES), text=hostile_text,
       escaped=st.booleans())
def test_any_text_anywhere_in_an_import_never_breaks_a_page(redacteur_client, gemeente_a, target, place, text,
                                                            escaped):
    data = put(valid_file(), place, target, text[:200])
    # Escaped ("\\udfff", as our export writes it) or raw UTF-8 (a lone surrogate is then invalid UTF-8).
    content = json.dumps(data).encode() if escaped else \
        json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    before = Plan.objects.count()
    response = upload(redacteur_client, gemeente_a, content)
    event("refused" if f.text_problem(text[:200]) else f"answered {response.status_code}")
    if f.text_problem(text[:200]):
        assert response.status_code == 200
        page = response.content.decode()
        assert "Het plan is niet ingelezen" in page
        assert UNSTORABLE_MESSAGE in page or "geen geldig JSON-bestand" in page
        assert Plan.objects.count() == before
    else:
        assert response.status_code in (200, 302)  # 200: an ordinary rule (a name that is not a question)
        if response.status_code == 302:
            plan = Plan.objects.latest("pk")
            assert_every_page_works(redacteur_client, plan, [target[0]])


# --- Repairing what was stored before ---------------------------------------------------------

@pytest.mark.skipif(bool(__import__("os").environ.get("DATABASE_URL")),
                    reason="PostgreSQL refuses a lone surrogate in JSON, so there is nothing to repair there")
@pytest.mark.django_db
def test_the_migration_repairs_stored_lone_surrogates(redacteur_client, redacteur, demo_plan):
    answers = demo_data.answers()["visie"]
    bad = dict(answers, huidig_beleid="Beleid \udfff tot nu", doelen=[dict(answers["doelen"][0], doel="Doel \ud800")])
    bad["\udc00sleutel"] = "x"
    StepAnswer.objects.filter(plan=demo_plan, step="visie").update(answers=bad, draft={"visie-x": ["\udfff"]})
    StepRevision.objects.filter(plan=demo_plan, step="visie").update(answers=bad)
    conflict = StepConflict.objects.create(plan=demo_plan, step="visie", created_by=redacteur, base_version=1,
                                           data={"visie-huidig_beleid": ["a\udfffb"]})
    event = AuditEvent.objects.create(gemeente=demo_plan.gemeente, action="import", detail={"bestand": "\ud800.json"})
    # This is what broke plans: the page cannot be written as UTF-8.
    with pytest.raises(UnicodeEncodeError):
        redacteur_client.get(reverse("planner:check", args=[demo_plan.pk]))

    repair_migration.repair(apps, None)

    row = StepAnswer.objects.get(plan=demo_plan, step="visie")
    assert row.answers["huidig_beleid"] == "Beleid \ufffd tot nu"
    assert row.answers["doelen"][0]["doel"] == "Doel \ufffd"
    assert "\ufffdsleutel" in row.answers and row.draft == {"visie-x": ["\ufffd"]}
    assert StepRevision.objects.filter(plan=demo_plan, step="visie").first().answers == row.answers
    conflict.refresh_from_db()
    event.refresh_from_db()
    assert conflict.data == {"visie-huidig_beleid": ["a\ufffdb"]} and event.detail == {"bestand": "\ufffd.json"}
    untouched = StepAnswer.objects.get(plan=demo_plan, step="evaluatie")
    assert untouched.answers == demo_data.answers()["evaluatie"]
    assert_every_page_works(redacteur_client, demo_plan)
