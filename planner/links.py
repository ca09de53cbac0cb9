"""Addresses for e-mail: settings.BASE_URL (DJANGO_BASE_URL) and a path, never the Host header of
a request (the sender of a request chooses that). `check --deploy` warns when BASE_URL is
missing in production (planner/checks.py). Imports nothing of the views, so any module that
sends mail (team, invitations) can use it."""
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def absolute_url(path):
    if not settings.BASE_URL:
        raise ImproperlyConfigured("Set DJANGO_BASE_URL: links in e-mail need the planner's address.")
    return settings.BASE_URL + path


def password_link(user):
    """A link to choose a (new) password; it works once, for PASSWORD_RESET_TIMEOUT (three days)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_url(reverse("password_set", args=[uid, token]))
