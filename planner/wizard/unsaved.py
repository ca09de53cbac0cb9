"""What an officer typed when their session had ended: kept for them alone, for a day.

A step page posted after the session expired (or was ended on another device) reaches the
server without a signed-in user. The typed input is then kept under the user id from a signed
cookie that this browser got while the officer was signed in, and the officer is sent to the
login page. Once that same user signs in again, the step page shows the input, unsaved, to
save or throw away. Another user who signs in on this browser never sees it; after a day it is
gone (it lives in the shared cache, which is the database in production).
"""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.cache import cache
from django.utils.datastructures import MultiValueDict

from planner.wizard.storage import clean_form_data

COOKIE = "planner_gebruiker"
SALT = "planner.wizard.unsaved"
KEEP_SECONDS = 24 * 60 * 60


class RememberUserMiddleware:
    """Gives a signed-in officer's browser a signed cookie with their user id (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and remembered_user_id(request) != user.pk:
            response.set_cookie(COOKIE, signing.dumps(user.pk, salt=SALT), max_age=KEEP_SECONDS,
                                secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")
        return response


def remembered_user_id(request):
    try:
        return signing.loads(request.COOKIES.get(COOKIE, ""), salt=SALT, max_age=KEEP_SECONDS)
    except signing.BadSignature:
        return None


def _key(user_id, plan_id, step):
    return f"sessie-invoer:{user_id}:{plan_id}:{step}"


def keep_and_ask_to_log_in(request, plan_id, step):
    """Keep the posted step for the user this browser belongs to, then send them to log in."""
    user_id = remembered_user_id(request)
    if user_id is not None and request.method == "POST":
        version = request.POST.get("plan_wizard-versie", "")
        cache.set(_key(user_id, plan_id, step), {
            "data": clean_form_data(step, request.POST),
            "versie": int(version) if version.isdigit() else None,
        }, KEEP_SECONDS)
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in. Wat u net typte is bewaard: "
                                  "u vindt het daarna terug op dezelfde stap.")
    elif request.method == "POST":
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in om verder te werken.")
    return redirect_to_login(request.get_full_path())


def kept_input(user, plan_id, step):
    """(form data, page version) kept for this user on this step, or None."""
    kept = cache.get(_key(user.pk, plan_id, step))
    if not kept:
        return None
    return MultiValueDict(kept["data"]), kept["versie"]


def forget(user, plan_id, step):
    cache.delete(_key(user.pk, plan_id, step))
