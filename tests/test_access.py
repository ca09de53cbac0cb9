"""Who may see and change which plan."""
import pytest
from django.urls import reverse

from steps.registry import SLUGS


def plan_urls(plan):
    """Every URL that belongs to one plan."""
    urls = [
        reverse("planner:plan", args=[plan.pk]),
        reverse("planner:check", args=[plan.pk]),
        reverse("planner:preview", args=[plan.pk]),
        reverse("planner:pdf", args=[plan.pk]),
        reverse("planner:odt", args=[plan.pk]),
        reverse("planner:docx", args=[plan.pk]),
        reverse("planner:step", args=[plan.pk, "klaar"]),
    ]
    urls += [reverse("planner:step", args=[plan.pk, slug]) for slug in SLUGS]
    return urls


@pytest.mark.django_db
def test_it_hides_every_url_of_another_gemeentes_plan(client, redacteur, plan_b):
    client.force_login(redacteur)
    for url in plan_urls(plan_b):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {}).status_code in (404, 405), url


@pytest.mark.django_db
def test_it_gives_the_same_404_as_for_a_plan_that_does_not_exist(client, redacteur, plan_b):
    client.force_login(redacteur)
    missing = client.get(reverse("planner:plan", args=[plan_b.pk + 1000]))
    foreign = client.get(reverse("planner:plan", args=[plan_b.pk]))
    assert missing.status_code == foreign.status_code == 404


@pytest.mark.django_db
def test_it_shows_every_url_of_the_own_plan(client, redacteur, plan_a):
    client.force_login(redacteur)
    for url in plan_urls(plan_a):
        response = client.get(url)
        assert response.status_code in (200, 302), url


@pytest.mark.django_db
def test_it_sends_anonymous_users_to_login(client, plan_a):
    for url in plan_urls(plan_a) + [reverse("planner:dashboard"), reverse("planner:plan_new")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


@pytest.mark.django_db
def test_a_lezer_can_read_but_not_save_a_step(client, lezer, plan_a):
    client.force_login(lezer)
    url = reverse("planner:step", args=[plan_a.pk, SLUGS[0]])
    assert client.get(url).status_code == 200
    response = client.post(url, {"plan_wizard-current_step": SLUGS[0], f"{SLUGS[0]}-gemeente_naam": "X"})
    assert response.status_code == 403
    assert not plan_a.step_answers.exists()


@pytest.mark.django_db
def test_a_lezer_cannot_start_a_plan(client, lezer):
    client.force_login(lezer)
    assert client.get(reverse("planner:plan_new")).status_code == 403


@pytest.mark.django_db
def test_the_dashboard_lists_only_own_gemeente_plans(client, redacteur, plan_a, plan_b):
    client.force_login(redacteur)
    content = client.get(reverse("planner:dashboard")).content.decode()
    assert "Plan A" in content
    assert "Plan B" not in content


@pytest.mark.django_db
def test_unknown_step_is_404(client, redacteur, plan_a):
    client.force_login(redacteur)
    assert client.get(reverse("planner:step", args=[plan_a.pk, "bestaat-niet"])).status_code == 404
    assert client.post(reverse("planner:step", args=[plan_a.pk, "bestaat-niet"]), {}).status_code == 404
