"""Login throttling, security headers and "overal uitloggen" (log out everywhere).

- `LoginThrottleBackend`: django-axes counts failed sign-ins per user name and IP address and
  refuses more tries for a while. Sign-ins without an HTTP request (the test client's
  `login()`, a shell) have no IP address and are not counted. `client_ip` finds the address
  behind reverse proxies (DJANGO_PROXY_COUNT).
- Headers: django-csp sends the Content-Security-Policy (settings.CONTENT_SECURITY_POLICY, no
  inline scripts or styles, so injected markup cannot run); Django's SecurityMiddleware adds
  HSTS, nosniff and the referrer policy; `PermissionsPolicyMiddleware` adds the one header
  neither has a setting for.
- `log_out_everywhere`: the officer confirms with their password; the password is then hashed
  again with a new salt. Django ties every session to that hash, so all sessions on all devices
  end at their next request, whatever the session backend.
"""
from axes.backends import AxesStandaloneBackend
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from planner.teams import audit


class LoginThrottleBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request):
    """The visitor's IP address, for counting failed sign-ins (AXES_CLIENT_IP_CALLABLE).

    Behind reverse proxies REMOTE_ADDR is the nearest proxy, the same for everyone. Each proxy
    adds the address it saw to the right of X-Forwarded-For; a visitor can put anything on the
    left. So with settings.PROXY_COUNT proxies the visitor is that many entries from the right.

    Why not django-axes' own AXES_IPWARE_PROXY_COUNT (django-ipware 8, python-ipware 4.1): its
    parser reads quotes and RFC 7239 `for=` in X-Forwarded-For, so a visitor who sends
    `for=<any address>;x="` swallows what the proxy appends and is counted as <any address>, a
    new one on every try; in its default strict mode a fake entry on the left moves the
    visitor to the proxy's address. tests/test_security.py keeps both cases as strict xfails.
    """
    count = settings.PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


class PermissionsPolicyMiddleware:
    """Permissions-Policy: no camera, microphone, location, payment or USB for any page.

    Neither Django 5.2 nor django-csp has a setting for this header, and one fixed header is
    not worth another dependency (django-permissions-policy).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label="Uw wachtwoord",
        strip=False,
        help_text="Zo weten we zeker dat u het zelf bent.",
        error_messages={"required": "Vul uw wachtwoord in."},
        widget=forms.PasswordInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input",
                                          "autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        # Through authenticate(), so wrong guesses here count for the login throttle too.
        if authenticate(self.request, username=user.get_username(), password=password) != user:
            raise forms.ValidationError("Dit wachtwoord klopt niet.")
        return password


def end_all_sessions(user, password):
    """Hash the same password with a new salt: every session made with the old hash ends."""
    user.set_password(password)
    user.save(update_fields=["password"])


@login_required
@require_http_methods(["GET", "POST"])
def log_out_everywhere(request):
    form = ConfirmPasswordForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        user = request.user
        end_all_sessions(user, form.cleaned_data["password"])
        audit.record_for_all_gemeenten(request, audit.LOGGED_OUT_EVERYWHERE, user)
        logout(request)
        messages.success(request, "U bent op alle apparaten uitgelogd. Log opnieuw in om verder te werken.")
        return redirect("login")
    error_list = [(form[name].auto_id, message) for name, errors in form.errors.items()
                  if name in form.fields for message in errors]
    return render(request, "planner/log_out_everywhere.html", {"form": form, "error_list": error_list})
