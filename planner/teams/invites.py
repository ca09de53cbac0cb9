"""Invitations to a gemeente's team: nobody becomes a member without saying yes.

The beheerder types an e-mail address and a role. That makes an `Invitation` and sends one
e-mail with a link to `/uitnodiging/<token>/`; nothing else happens until the person behind
the address answers. The inviting gemeente learns nothing about the address: its team page
lists the invitation by the address that was typed, the same whether an account exists or
not, and the logboek says "uitgenodigd" without more. Only after accepting does the person
show up in the team (and their sign-ins in the gemeente's logboek).

On the invitation page:
- someone with an account (and a password) logs in first and then accepts or declines; a
  different logged-in account is refused, so a link forwarded to a colleague adds no one;
- someone without an account chooses a password there and accepts in one go; the account
  gets the e-mail address as its user name (as before).
Only the SHA-256 of the token is stored. An invitation is valid for INVITE_VALID_DAYS; inviting
the same address again replaces it (new link), and the beheerder can withdraw it.
"""
import hashlib
import secrets
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from planner.access import get_managed_membership
from planner.links import absolute_url
from planner.models import Invitation, Membership
from planner.teams import audit

INVITE_VALID_DAYS = 14
LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def expires_at(invitation):
    return invitation.created_at + timedelta(days=INVITE_VALID_DAYS)


def is_expired(invitation):
    return timezone.now() >= expires_at(invitation)


def pending(gemeente):
    """The gemeente's invitations nobody has accepted yet, each with `expires_at` and `expired`."""
    invitations = list(Invitation.objects.filter(gemeente=gemeente, accepted_at__isnull=True).order_by("email"))
    for invitation in invitations:
        invitation.expires_at = expires_at(invitation)
        invitation.expired = is_expired(invitation)
    return invitations


def _name(user):
    return user.get_full_name() or user.get_username()


def invite(request, gemeente, email, role):
    """Make (or renew) the invitation of `email` and e-mail the link. Creates no account, no membership."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        Invitation.objects.filter(gemeente=gemeente, email__iexact=email, accepted_at__isnull=True).delete()
        invitation = Invitation.objects.create(gemeente=gemeente, email=email, role=role,
                                               token_hash=token_hash(token), created_by=request.user)
        audit.record(request, audit.INVITED, gemeente=gemeente, email=email, rol=role)
    send_invitation(request, invitation, token)
    return invitation


def send_invitation(request, invitation, token):
    context = {
        "gemeente": invitation.gemeente,
        "role": Membership.Role(invitation.role).label.lower(),
        "inviter": _name(request.user),
        "link": absolute_url(reverse("invitation", args=[token])),
        "days": INVITE_VALID_DAYS,
    }
    send_mail(
        subject=f"Uitnodiging: werk mee aan het mantelzorgbeleid van gemeente {invitation.gemeente.naam}",
        message=render_to_string("planner/invitation_email.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )


def is_invitee(user, invitation):
    """True when `user` is the account of the invited address (its e-mail address or user name)."""
    email = invitation.email.lower()
    return (user.email or "").lower() == email or user.get_username().lower() == email


def account_for(email):
    """The account of an address, found the way sign-in and the team page know it, or None."""
    return get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).order_by(
        "-email", "pk").first()


def _accept(request, invitation, user):
    """Make `user` a member with the invited role. Locks the invitation: it works once."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().filter(pk=invitation.pk, accepted_at__isnull=True).first()
        if locked is None:
            return False
        Membership.objects.get_or_create(user=user, gemeente=invitation.gemeente, defaults={"role": invitation.role})
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        audit.record(request, audit.INVITE_ACCEPTED, gemeente=invitation.gemeente, user=user,
                     email=invitation.email, rol=invitation.role)
    return True


def _decline(invitation):
    with transaction.atomic():
        deleted, _ = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).delete()
        if deleted:
            # Without the user: the account of whoever declined stays unknown to the gemeente.
            audit.record(None, audit.INVITE_DECLINED, gemeente=invitation.gemeente, gebruiker=invitation.email,
                         email=invitation.email)


def _page(request, invitation, state, status=200, **context):
    return render(request, "planner/invitation.html", {
        "invitation": invitation, "state": state, "role": invitation.get_role_display().lower() if invitation else "",
        **context,
    }, status=status)


@never_cache  # the page of a personal link, also for visitors who are not signed in
@require_http_methods(["GET", "POST"])
def respond(request, token):
    """The page behind the link in the e-mail: accept or decline (see the module's docstring)."""
    invitation = Invitation.objects.select_related("gemeente").filter(token_hash=token_hash(token)).first()
    if invitation is None or invitation.accepted_at is not None or is_expired(invitation):
        return _page(request, None, "invalid", status=404)
    answer = request.POST.get("antwoord") if request.method == "POST" else None
    if request.user.is_authenticated:
        if not is_invitee(request.user, invitation):
            return _page(request, invitation, "other_account", status=403)
        if answer == "aannemen" and _accept(request, invitation, request.user):
            messages.success(request, f"Welkom in het team van gemeente {invitation.gemeente.naam}.")
            return redirect("planner:dashboard")
        if answer == "afslaan":
            _decline(invitation)
            messages.success(request, "U heeft de uitnodiging afgeslagen.")
            return redirect("planner:dashboard")
        return _page(request, invitation, "confirm")
    account = account_for(invitation.email)
    if answer == "afslaan":
        _decline(invitation)
        return _page(request, None, "declined")
    if account is not None and account.has_usable_password():
        login_url = f"{reverse('login')}?{urlencode({'next': request.path})}"
        return _page(request, invitation, "login", login_url=login_url)
    if account is not None and not account.is_active:
        return _page(request, None, "invalid", status=404)
    user = account or get_user_model()(username=invitation.email, email=invitation.email)
    form = SetPasswordForm(user, request.POST or None)
    if answer == "aannemen" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()  # a new account is created here
                accepted = _accept(request, invitation, user)
        except IntegrityError:  # the same address accepted twice at the same moment
            accepted = False
        if accepted:
            login(request, user, backend=LOGIN_BACKEND)
            messages.success(request, f"Welkom in het team van gemeente {invitation.gemeente.naam}.")
            return redirect("planner:dashboard")
        return _page(request, None, "invalid", status=404)
    error_list = [(form[name].auto_id, message) for name, errors in form.errors.items()
                  if name in form.fields for message in errors]
    return _page(request, invitation, "new_account", form=form, error_list=error_list,
                 username=invitation.email)


@login_required
@require_POST
def withdraw(request, gemeente_id, invitation_id):
    """The beheerder withdraws an invitation nobody has accepted yet; its link stops working."""
    gemeente = get_managed_membership(request, gemeente_id).gemeente
    invitation = get_object_or_404(Invitation, pk=invitation_id, gemeente=gemeente, accepted_at__isnull=True)
    with transaction.atomic():
        invitation.delete()
        audit.record(request, audit.INVITE_WITHDRAWN, gemeente=gemeente, email=invitation.email)
    messages.success(request, f"De uitnodiging voor {invitation.email} is ingetrokken.")
    return redirect("planner:team", gemeente_id=gemeente.pk)
