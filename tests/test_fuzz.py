"""Property-based fuzzing: hostile input to every step form and to the import never breaks anything.

Through the test client, so the whole stack is exercised (wizard, storage, conflicts, import).
A 500 fails the test at once (the test client re-raises the error). After every request the
stored answers must still be JSON answers that every page builds from: the step page, the check
page and the plan document. Few examples per form keep CI fast; run with more at home:
`HYPOTHESIS_EXAMPLES=500 .venv/bin/python -m pytest tests/test_fuzz.py`.
"""
import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.history import transfer
from planner.models import Plan, StepAnswer
from planner.document.assemble import build
from steps import demo_data, outlines
from steps.registry import SECTIONS, SLUGS, STEPS

# 25 examples in the derandomised default run; more in the long random run (tests/conftest.py).
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "500" if os.environ.get("HYPOTHESIS_PROFILE") == "lang" else "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis folder in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- Hostile values ---------------------------------------------------------------------------------

HOSTILE = [
    "", " ", "x" * 6000, "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}",
    "' OR 1=1 --", "\x00", "a\x00b", "\r\n\t", "\u202eomgekeerd", "𝕄𝕒𝕟𝕥𝕖𝕝𝕫𝕠𝕣𝕘", "-1", "0", "1e309", "NaN",
    "9" * 40, "2027-02-30", "31-12-2030", "ja", "nee", "True", "[]", "{}", "null", "../../etc/passwd",
]
control_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=20)
text_value = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40), control_text,
                       st.integers().map(str), st.floats(allow_nan=True).map(str))
posted_value = st.one_of(text_value, st.lists(text_value, min_size=0, max_size=3))


def choice_codes(field):
    codes = []
    for key, value in getattr(field, "choices", []):
        codes += [str(k) for k, _ in value] if isinstance(value, (list, tuple)) else [str(key)]
    return codes


def field_value(field):
    """Mostly hostile, sometimes a value the field accepts, so valid saves happen too."""
    codes = choice_codes(field)
    fitting = st.sampled_from(codes) if codes else st.text(max_size=20)
    return st.one_of(posted_value, fitting, st.lists(fitting, max_size=3))


@st.composite
def step_post(draw, step):
    """What a browser, or someone pretending to be one, could post to a step page."""
    prefix = step.SLUG
    data = {}
    for name, field in step.Form.base_fields.items():
        if draw(st.booleans()):
            data[f"{prefix}-{name}"] = draw(field_value(field))
    for name, table in step.Form.tables.items():
        table_prefix = f"{prefix}-{name}"
        rows = draw(st.integers(min_value=0, max_value=3))
        for key, default in (("TOTAL_FORMS", rows), ("INITIAL_FORMS", 0), ("MIN_NUM_FORMS", 0), ("MAX_NUM_FORMS", 30)):
            choice = draw(st.sampled_from(["good", "good", "good", "missing", "hostile"]))
            if choice == "good":
                data[f"{table_prefix}-{key}"] = str(default)
            elif choice == "hostile":
                data[f"{table_prefix}-{key}"] = draw(st.sampled_from(["-1", "1000000", "abc", "", "1e3", "9" * 30]))
        for index in range(rows):
            for column, field in table.form.base_fields.items():
                if draw(st.booleans()):
                    data[f"{table_prefix}-{index}-{column}"] = draw(field_value(field))
    management = draw(st.sampled_from(["good", "good", "good", "missing", "other step", "junk"]))
    if management != "missing":
        data["plan_wizard-current_step"] = {"good": prefix, "other step": SLUGS[0] if prefix != SLUGS[0] else SLUGS[1],
                                            "junk": draw(text_value)}[management]
    version = draw(st.sampled_from(["stored", "stored", "missing", "old", "junk"]))
    data["_version"] = version
    if draw(st.booleans()):
        data["actie"] = draw(st.sampled_from(["verder", "later", "hack"]))
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        data["wizard_goto_step"] = draw(st.sampled_from([*SLUGS, "klaar", "bestaat-niet"]))
    if step.Form.tables and draw(st.integers(min_value=0, max_value=4)) == 0:
        data["rij_toevoegen"] = draw(st.sampled_from([*step.Form.tables, "onbekend"]))
    return data


def assert_plan_still_renders(client, plan, step):
    """Stored answers are JSON dicts that the step page, the check page and the plan document build from."""
    plan.refresh_from_db()
    for row in plan.step_answers.all():
        assert isinstance(row.answers, dict)
        json.dumps(row.answers)
        assert row.draft is None or all(isinstance(v, list) for v in row.draft.values())
    for outline in outlines.OUTLINES:
        build(plan, document=outline.key)
    for module in plan.sections:
        module.check_rows(plan.answers().get(module.SLUG) or {})
    assert client.get(reverse("planner:step", args=[plan.pk, step.SLUG])).status_code == 200


def fuzz_step(step):
    @pytest.mark.django_db
    @FUZZ
    @given(data=step_post(step))
    def test(data, redacteur_client, plan_a):
        if step.KIND == "verdieping" and step.SLUG not in plan_a.modules:
            plan_a.modules = [*plan_a.modules, step.SLUG]
            plan_a.save(update_fields=["modules"])
        version = data.pop("_version")
        stored = StepAnswer.objects.filter(plan=plan_a, step=step.SLUG).first()
        current = stored.version if stored else 0
        if version != "missing":
            data["plan_wizard-versie"] = {"stored": str(current), "old": str(max(current - 1, 0) if current else 7),
                                          "junk": "veel"}[version]
        response = redacteur_client.post(reverse("planner:step", args=[plan_a.pk, step.SLUG]), data)
        assert response.status_code in (200, 302, 400), response.status_code
        location = response.get("Location", "")
        if "/conflicten/" in location:
            assert redacteur_client.get(location).status_code == 200
        assert_plan_still_renders(redacteur_client, plan_a, step)

    test.__name__ = f"test_step_{step.SLUG}_survives_hostile_input"
    return test


for _step in SECTIONS:
    globals()[f"test_step_{_step.SLUG}_survives_hostile_input"] = fuzz_step(_step)


# --- The import -----------------------------------------------------------------------------------

json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.sampled_from(HOSTILE),
              st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=20,
)


def valid_file():
    answers = demo_data.answers()
    return {
        "formaat": transfer.FORMAT, "versie": 1, "geexporteerd_op": "2026-11-27T10:00:00+00:00",
        "plan": {"titel": "Ingelezen", "periode_start": 2027, "periode_eind": 2030, "status": "concept",
                 "vastgesteld_op": None, "besluit": "", "gemeente": "Elders"},
        "stappen": {slug: {"antwoorden": answers[slug], "klaar": False} for slug in SLUGS},
    }


@st.composite
def mutated_file(draw):
    """A good export with one to three values replaced: deep inside answers, in tables or at the top."""
    data = valid_file()
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        where = draw(st.sampled_from(["answer", "row", "plan", "top", "step"]))
        value = draw(json_value)
        slug = draw(st.sampled_from(SLUGS))
        try:
            answers = data["stappen"][slug]["antwoorden"]
            assert isinstance(answers, dict) and isinstance(data["plan"], dict)
        except (TypeError, KeyError, AssertionError):
            break  # an earlier change already broke the structure; that is a test case of its own
        if where == "answer":
            answers[draw(st.sampled_from([*answers, "onbekend"]))] = value
        elif where == "row":
            tables = [name for name, rows in answers.items() if isinstance(rows, list) and rows
                      and isinstance(rows[0], dict)]
            if tables:
                row = answers[draw(st.sampled_from(tables))][0]
                row[draw(st.sampled_from([*row, "onbekend"]))] = value
        elif where == "plan":
            data["plan"][draw(st.sampled_from([*data["plan"], "onbekend"]))] = value
        elif where == "step":
            data["stappen"][slug][draw(st.sampled_from(["antwoorden", "klaar", "extra"]))] = value
        else:
            data[draw(st.sampled_from([*data, "onbekend"]))] = value
    return data


def upload(client, gemeente, content):
    return client.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile("plan.json", content, content_type="application/json"),
        "gemeente": gemeente.pk,
    })


def check_import(client, gemeente, content):
    before = Plan.objects.count()
    response = upload(client, gemeente, content)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        plan = Plan.objects.latest("pk")
        assert Plan.objects.count() == before + 1
        for url in (reverse("planner:preview", args=[plan.pk]), reverse("planner:check", args=[plan.pk])):
            assert client.get(url).status_code == 200, url
        assert_plan_still_renders(client, plan, STEPS[0])
    else:
        assert "Het plan is niet ingelezen" in response.content.decode()
        assert Plan.objects.count() == before


@pytest.mark.django_db
@FUZZ
@given(data=mutated_file())
def test_import_of_a_damaged_export_never_breaks(data, redacteur_client, gemeente_a):
    check_import(redacteur_client, gemeente_a, json.dumps(data).encode())


@pytest.mark.django_db
@FUZZ
@given(data=json_value)
def test_import_of_any_json_never_breaks(data, redacteur_client, gemeente_a):
    check_import(redacteur_client, gemeente_a, json.dumps(data).encode())


@pytest.mark.django_db
@FUZZ
@given(content=st.binary(max_size=2000))
def test_import_of_any_bytes_never_breaks(content, redacteur_client, gemeente_a):
    check_import(redacteur_client, gemeente_a, content or b" ")
