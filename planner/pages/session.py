"""The session clock.

Django ends a session SESSION_COOKIE_AGE seconds after it was last saved. We keep that moment
in the session itself, so every page can tell static/js/app.js how long is left without
writing the session on every request.
"""
import time

from django.conf import settings

SESSION_ENDS_AT = "sessie_eindigt_om"


def restart_session_clock(request):
    """Save the session now (so it lasts SESSION_COOKIE_AGE from now) and note when it ends."""
    request.session[SESSION_ENDS_AT] = int(time.time()) + settings.SESSION_COOKIE_AGE


def session_seconds_left(request):
    """Seconds until the session ends; the first page after logging in starts the clock."""
    ends_at = request.session.get(SESSION_ENDS_AT)
    if not isinstance(ends_at, int):
        restart_session_clock(request)
        ends_at = request.session[SESSION_ENDS_AT]
    return max(0, ends_at - int(time.time()))
