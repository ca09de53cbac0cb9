"""Our own deploy checks: `manage.py check --deploy` warns about what Django cannot know.

Registered when the app is ready (planner/apps.py).
"""
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_base_url(app_configs, **kwargs):
    """Links in e-mail (invitations, new sign-in links) come from DJANGO_BASE_URL, never from the
    Host header of a request; without it no such e-mail can be sent."""
    if settings.DEBUG:
        return []
    base_url = getattr(settings, "BASE_URL", "")
    if not base_url:
        return [Warning(
            "DJANGO_BASE_URL is not set: invitations and sign-in links cannot be e-mailed.",
            hint="Set DJANGO_BASE_URL to the address users open, for example https://beleidsplanner.example.nl",
            id="planner.W001",
        )]
    parts = urlsplit(base_url)
    if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment:
        return [Warning(
            f"DJANGO_BASE_URL {base_url!r} is not a plain https:// address: links in e-mail would be wrong or unsafe.",
            hint="Use scheme and host only, for example https://beleidsplanner.example.nl",
            id="planner.W002",
        )]
    return []
