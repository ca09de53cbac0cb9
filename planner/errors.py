"""Dutch error pages: 400, 403, 404, 500 and a refused form (CSRF), in the planner's own style.

Django shows its own English pages unless the project has these (handler400 … handler500 in
planner/urls.py, CSRF_FAILURE_VIEW in the settings). They never show a stack trace or an
English message: a 403 names its reason only when our own code gave it (planner/access.py:
"U mag dit plan alleen lezen."), and a 500 page is rendered without the request, which may be
what broke, and falls back to plain HTML if even the template fails.
"""
import logging

from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound, HttpResponseServerError
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.middleware.csrf import REASON_NO_CSRF_COOKIE, REASON_NO_REFERER
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# Our own code (and only ours) raises PermissionDenied with a Dutch sentence for the visitor.
OWN_MODULES = ("planner.", "steps.")

FALLBACK_500 = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Er ging iets mis – Beleidsplanner Mantelzorg</title></head>
<body><main><h1>Er ging iets mis in de planner</h1>
<p>Het ligt niet aan u. Probeer het over een paar minuten opnieuw.</p>
<p>Lukt het dan nog steeds niet? Neem contact op met de beheerder van de planner.</p>
<p><a href="/">Naar mijn plannen</a></p></main></body>
</html>
"""


def own_reason(exception):
    """The message of a PermissionDenied raised by planner code, else "" (Django's are English)."""
    if exception is None or not exception.args or not isinstance(exception.args[0], str):
        return ""
    tb = exception.__traceback__
    if tb is None:
        return ""
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "")
    return exception.args[0] if module.startswith(OWN_MODULES) else ""


@requires_csrf_token
def bad_request(request, exception, template_name="400.html"):
    """400: rendered without the request's context, like Django's own (the request is suspect)."""
    too_big = isinstance(exception, (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent))
    return HttpResponseBadRequest(loader.render_to_string(template_name, {"too_big": too_big}))


@requires_csrf_token
def permission_denied(request, exception, template_name="403.html"):
    return HttpResponseForbidden(
        loader.render_to_string(template_name, {"reason": own_reason(exception)}, request=request)
    )


@requires_csrf_token
def page_not_found(request, exception, template_name="404.html"):
    # Not the exception's text: get_object_or_404 says "No Plan matches the given query."
    return HttpResponseNotFound(loader.render_to_string(template_name, {}, request=request))


def server_error(request, template_name="500.html"):
    """500: no request context (the session, the database or a context processor may be what
    failed); if even the template cannot be rendered, plain HTML."""
    try:
        content = loader.render_to_string(template_name, {})
    except Exception:  # noqa: BLE001 - whatever broke, the visitor gets a Dutch page
        logger.exception("The 500 page could not be rendered")
        content = FALLBACK_500
    return HttpResponseServerError(content)


def csrf_failure(request, reason="", template_name="planner/csrf_failure.html"):
    """CSRF_FAILURE_VIEW: a form that came back without a valid token (page open too long, signed
    in again in another tab, cookies blocked). Django's reason is English; we only tell cookies
    and missing Referer apart, because then the visitor has to change a browser setting."""
    context = {
        "no_cookie": reason == REASON_NO_CSRF_COOKIE,
        "no_referer": reason == REASON_NO_REFERER,
    }
    return HttpResponseForbidden(loader.render_to_string(template_name, context, request=request))
