"""The error pages in Chromium with DEBUG off, as a visitor meets them: Dutch, in the planner's
style, no stack trace, and axe-core finds no WCAG 2.1 A/AA problems (400, 403 for a lezer who
saves, 403 for a form without a valid CSRF token, 404, 500)."""
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from planner.models import Plan
from steps.registry import STEPS

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_A_AA}, "resultTypes": ["violations"]}
ENGLISH = re.compile(r"Not Found|Forbidden|Bad Request|Server Error|CSRF|Traceback|The requested|"
                     r"Request body|File \"|Exception", re.IGNORECASE)

# A form posted from the page the browser is on, as a tampering or outdated page would.
POST_FORM = """([action, fields]) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = action;
    for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('input');
        input.type = 'hidden'; input.name = name; input.value = value;
        form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
}"""


def csrf_token(page):
    return page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")


@pytest.mark.django_db(transaction=True)
def test_every_error_page_is_dutch_accessible_and_without_a_stack_trace(live_server, browser, make_user,
                                                                         gemeente_a, login, monkeypatch):
    make_user("lezer", gemeente_a, "lezer")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Samen met mantelzorgers", periode_start=2027,
                               periode_eind=2030)
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    axe = Axe()
    found = {}

    def check(name, status, heading, response_status=None):
        assert response_status in (None, status), (name, response_status)
        assert page.locator("html").get_attribute("lang") == "nl", name
        assert page.get_by_role("heading", level=1).inner_text() == heading, name
        assert page.get_by_role("main").count() == 1, name
        assert page.locator("link[rel=stylesheet][href*='utrecht']").count() == 1, name  # the planner's style
        text = page.locator("body").inner_text()
        assert not ENGLISH.search(text), (name, ENGLISH.search(text).group(0))
        response = axe.run(page, options=AXE_OPTIONS).response
        found[name] = [f"{v['id']}: {v['help']} – {v['nodes'][0]['target']}" for v in response["violations"]]
        return text

    with override_settings(DEBUG=False):
        # 400: too many fields in the address (Django's TooManyFieldsSent).
        query = "&".join(f"v{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
        response = page.goto(f"{live_server.url}{reverse('login')}?{query}")
        check("400 te veel", 400, "U stuurde te veel tegelijk", response.status)

        # 400: a file sent to the login page.
        page.goto(live_server.url + reverse("login"))
        page.evaluate("""() => {
            const form = document.querySelector('main form');
            form.enctype = 'multipart/form-data';
            const file = document.createElement('input');
            file.type = 'file'; file.name = 'bestand'; file.id = 'bestand';
            form.appendChild(file);
        }""")
        page.set_input_files("#bestand", files=[{"name": "plan.json", "mimeType": "application/json",
                                                 "buffer": b"{}"}])
        with page.expect_navigation() as navigation:
            page.locator("main form").evaluate("form => form.submit()")
        check("400", 400, "De planner kan dit niet verwerken", navigation.value.status)

        # 403: a form whose CSRF token is gone (a page open too long).
        page.goto(live_server.url + reverse("login"))
        with page.expect_navigation() as navigation:
            page.evaluate(POST_FORM, [reverse("login"), {"username": "lezer", "password": "x"}])
        text = check("403 csrf", 403, "Uw formulier is niet verstuurd", navigation.value.status)
        assert "te lang open" in text

        login(page, "lezer")
        assert page.get_by_role("heading", level=1).count() == 1

        # 404, signed in: header with the user's name and the log-out button.
        response = page.goto(live_server.url + "/bestaat-niet/")
        check("404", 404, "Deze pagina bestaat niet", response.status)

        # 403: a lezer who saves a step hears why not.
        page.goto(live_server.url + reverse("planner:step", args=[plan.pk, STEPS[0].SLUG]))
        with page.expect_navigation() as navigation:
            page.evaluate(POST_FORM, [reverse("planner:step", args=[plan.pk, STEPS[0].SLUG]),
                                      {"csrfmiddlewaretoken": csrf_token(page)}])
        text = check("403 lezer", 403, "Dit mag u niet doen", navigation.value.status)
        assert "U mag dit plan alleen lezen." in text

        # 500: something broke; nothing of it shows.
        def broken(user):
            raise RuntimeError("geheime details")

        monkeypatch.setattr("planner.pages.views.plans_for", broken)
        response = page.goto(live_server.url + reverse("planner:dashboard"))
        text = check("500", 500, "Er ging iets mis in de planner", response.status)
        assert "geheime details" not in text and "RuntimeError" not in text

    context.close()
    problems = {name: lines for name, lines in found.items() if lines}
    assert not problems, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())
