"""Query budgets: pages cost a fixed number of queries, however many plans or table rows there are.

Each test counts the queries of a page for a small case and for a large one (500 plans, tables
full to their maximum) and asserts both are equal and within the page's budget. An N+1 (a query
per plan or per row) fails here long before it shows up in production.
"""
import functools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.load import StepForm, form_fields
from planner.models import Membership, Plan, StepAnswer
from steps import demo_data
from steps.registry import STEPS
from tests.steps.postdata import bind

# The budgets: what a page needs now (in brackets) plus a little room for new features. A query
# per plan or per row breaks the equality checks below long before it breaks a budget.
DASHBOARD_BUDGET = 6  # (4) session, user, memberships, plans with their progress
PLAN_PAGE_BUDGET = 8  # (5) session, user, membership, plan, step answers
STEP_PAGE_BUDGET = 9  # (6)
STEP_SAVE_BUDGET = 18  # (14) the above plus lock, history, plan revision, transaction


def count_queries(client, method, url, data=None):
    with CaptureQueriesContext(connection) as context:
        response = getattr(client, method)(url, data) if data is not None else getattr(client, method)(url)
    return response, len(context.captured_queries)


def add_plans(gemeente, count, answers=None):
    plans = Plan.objects.bulk_create(
        Plan(gemeente=gemeente, titel=f"Plan {number}", periode_start=2027, periode_eind=2030)
        for number in range(count)
    )
    if answers:
        StepAnswer.objects.bulk_create(
            StepAnswer(plan=plan, step=slug, answers=step_answers, is_answered=True, version=1)
            for plan in plans for slug, step_answers in answers.items()
        )
    return plans


@functools.cache
def full_tables():
    """The demo answers with every table that can grow filled up to its maximum number of rows.

    A table grows only if the step still validates (some tables accept each group once), so
    the large plan is one an officer could really have saved.
    """
    answers = demo_data.answers()
    for step in STEPS:
        for name, formset_class in step.Form.tables.items():
            rows = answers[step.SLUG].get(name) or []
            if not rows or getattr(formset_class, "fixed", False):
                continue
            grown = {**answers[step.SLUG], name: [dict(rows[i % len(rows)]) for i in range(formset_class.max_rows)]}
            if bind(step, grown, plan_answers={**answers, step.SLUG: grown}).is_valid():
                answers[step.SLUG] = grown
    return answers


@pytest.fixture
def officer_client(client, make_user, gemeente_a):
    client.force_login(make_user("officer", gemeente_a, "redacteur"))
    client.get(reverse("planner:dashboard"))  # the first page after logging in writes the session
    return client


def test_it_shows_the_dashboard_with_the_same_queries_for_1_or_500_plans(officer_client, gemeente_a, gemeente_b):
    add_plans(gemeente_a, 1)
    small_response, small = count_queries(officer_client, "get", reverse("planner:dashboard"))

    add_plans(gemeente_a, 499, demo_data.answers())
    Membership.objects.create(user=small_response.wsgi_request.user, gemeente=gemeente_b)
    add_plans(gemeente_b, 20)
    large_response, large = count_queries(officer_client, "get", reverse("planner:dashboard"))

    assert small_response.status_code == large_response.status_code == 200
    assert large_response.content.decode().count('href="/plannen/') >= 520
    assert large == small <= DASHBOARD_BUDGET


@pytest.mark.parametrize("page", ["planner:plan", "planner:check", "planner:preview"])
def test_it_shows_plan_pages_with_the_same_queries_for_empty_or_full_plans(officer_client, gemeente_a, page):
    empty_plan, = add_plans(gemeente_a, 1)
    small_response, small = count_queries(officer_client, "get", reverse(page, args=[empty_plan.pk]))

    add_plans(gemeente_a, 499)
    full_plan, = add_plans(gemeente_a, 1, full_tables())
    large_response, large = count_queries(officer_client, "get", reverse(page, args=[full_plan.pk]))

    assert small_response.status_code == large_response.status_code == 200
    assert large == small <= PLAN_PAGE_BUDGET


@pytest.mark.parametrize("step", [step.SLUG for step in STEPS])
def test_it_shows_a_step_with_the_same_queries_for_no_rows_or_full_tables(officer_client, gemeente_a, step):
    empty_plan, = add_plans(gemeente_a, 1)
    url = reverse("planner:step", args=[empty_plan.pk, step])
    small_response, small = count_queries(officer_client, "get", url)

    add_plans(gemeente_a, 499)
    full_plan, = add_plans(gemeente_a, 1, full_tables())
    url = reverse("planner:step", args=[full_plan.pk, step])
    large_response, large = count_queries(officer_client, "get", url)

    assert small_response.status_code == large_response.status_code == 200
    assert large == small <= STEP_PAGE_BUDGET


@pytest.mark.parametrize("step", [step.SLUG for step in STEPS])
def test_it_saves_a_step_with_the_same_queries_for_few_or_many_rows(officer_client, gemeente_a, step):
    def save_as_rendered(plan):
        """The form as rendered, with a word typed into its first text box: a real change, since
        saving the same answers again stores nothing."""
        url = reverse("planner:step", args=[plan.pk, step])
        page = StepForm()
        page.feed(officer_client.get(url).content.decode())
        data = {}
        for name, value in page.fields:
            data.setdefault(name, []).append(f"{value} (aangevuld)" if name == page.textareas[0] else value)
        return count_queries(officer_client, "post", url, data)

    small_plan, = add_plans(gemeente_a, 1, demo_data.answers())
    small_response, small = save_as_rendered(small_plan)

    full_answers = full_tables()
    add_plans(gemeente_a, 499)
    full_plan, = add_plans(gemeente_a, 1, full_answers)
    large_response, large = save_as_rendered(full_plan)

    assert small_response.status_code == large_response.status_code == 302, "the save was not accepted"
    assert "/stap/" in large_response["Location"] or "/controleer/" in large_response["Location"]
    saved = StepAnswer.objects.get(plan=full_plan, step=step).answers
    for name in next(s for s in STEPS if s.SLUG == step).Form.tables:
        assert len(saved.get(name) or []) == len(full_answers[step].get(name) or []), f"rows of {name} got lost"
    assert large == small <= STEP_SAVE_BUDGET


def test_it_checks_health_with_one_query(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert client.get(reverse("health")).status_code == 200
