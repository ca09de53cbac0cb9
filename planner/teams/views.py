"""A gemeente's team: the beheerder invites colleagues by e-mail, changes their role, removes them.

Inviting makes an invitation that the invited person accepts first (planner/teams/invites.py):
nobody joins without consent, and the team page shows nothing of the address's account (not
even whether there is one) until then; a newcomer chooses a password when accepting. A colleague who forgot their
password, or whose link expired, gets a new link from the beheerder ("Stuur een nieuwe
inloglink"). Links in these e-mails start with settings.BASE_URL, never with the Host header
of the request. Every change is for the beheerder's own gemeente only, and a gemeente always
keeps at least one beheerder.
"""
from axes.utils import reset as reset_failed_logins
from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_http_methods, require_POST

from planner.access import get_managed_membership
from planner.links import password_link
from planner.teams import audit, invites
from planner.models import Membership

Role = Membership.Role


def _name(user):
    return user.get_full_name() or user.get_username()


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="E-mailadres van uw collega",
        max_length=150,  # it becomes the user name, which holds at most 150 characters
        help_text="Uw collega krijgt op dit adres een e-mail met een link om de uitnodiging aan te nemen. "
                  "Pas daarna hoort uw collega bij het team.",
        error_messages={"required": "Vul een e-mailadres in.",
                        "invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.",
                        "max_length": "Gebruik een e-mailadres van maximaal 150 tekens."},
        widget=forms.EmailInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input",
                                       "autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label="Rol",
        choices=Role.choices,
        initial=Role.REDACTEUR,
        help_text="Een redacteur mag plannen wijzigen. Een lezer mag plannen lezen en downloaden. "
                  "Een beheerder mag ook het team en het logboek beheren.",
        error_messages={"required": "Kies een rol.", "invalid_choice": "Kies een rol uit de lijst."},
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button utrecht-radio-button--html-input"}),
    )

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.gemeente = gemeente

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(gemeente=self.gemeente, user__email__iexact=email).exists() or \
                Membership.objects.filter(gemeente=self.gemeente, user__username__iexact=email).exists():
            raise forms.ValidationError("Deze collega hoort al bij uw team.")
        return email


def _address(user):
    return user.email or (user.get_username() if "@" in user.get_username() else "")


def send_new_login_link(request, user, gemeente):
    context = {
        "gemeente": gemeente,
        "sender": _name(request.user),
        "username": user.get_username(),
        "password_link": password_link(user),
    }
    send_mail(
        subject="Uw nieuwe inloglink voor de Beleidsplanner Mantelzorg",
        message=render_to_string("planner/login_link_email.txt", context),
        from_email=None,
        recipient_list=[_address(user)],
    )


@login_required
@require_http_methods(["GET", "POST"])
def team(request, gemeente_id):
    membership = get_managed_membership(request, gemeente_id)
    gemeente = membership.gemeente
    form = InviteForm(request.POST or None, gemeente=gemeente)
    if request.method == "POST" and form.is_valid():
        email, role = form.cleaned_data["email"], form.cleaned_data["role"]
        # Only an invitation: no account, no membership, and nothing here about whether one exists.
        invites.invite(request, gemeente, email, role)
        messages.success(request, f"{email} is uitgenodigd als {Role(role).label.lower()}. Er is een e-mail verstuurd. "
                                  "Uw collega hoort bij het team zodra de uitnodiging is aangenomen.")
        return redirect("planner:team", gemeente_id=gemeente.pk)
    members = Membership.objects.filter(gemeente=gemeente).select_related("user").order_by(
        "user__first_name", "user__last_name", "user__username")
    error_list = [(form[name].auto_id, message) for name, errors in form.errors.items()
                  if name in form.fields for message in errors]
    return render(request, "planner/team.html", {
        "gemeente": gemeente, "members": members, "form": form, "error_list": error_list,
        "roles": Role.choices, "me": membership, "invitations": invites.pending(gemeente),
    })


def _member(gemeente, membership_id):
    return get_object_or_404(Membership.objects.select_related("user"), pk=membership_id, gemeente=gemeente)


def _is_last_beheerder(member):
    """True when `member` is the only beheerder left; locks the beheerders while deciding."""
    beheerders = Membership.objects.select_for_update().filter(gemeente=member.gemeente, role=Role.BEHEERDER)
    return member.role == Role.BEHEERDER and [m.pk for m in beheerders] == [member.pk]


@login_required
@require_POST
def change_role(request, gemeente_id, membership_id):
    gemeente = get_managed_membership(request, gemeente_id).gemeente
    member = _member(gemeente, membership_id)
    role = request.POST.get("role")
    if role not in Role.values:
        messages.error(request, "Kies een rol uit de lijst.")
        return redirect("planner:team", gemeente_id=gemeente.pk)
    with transaction.atomic():
        if role != Role.BEHEERDER and _is_last_beheerder(member):
            messages.error(request, "Dit is de laatste beheerder. Maak eerst iemand anders beheerder.")
            return redirect("planner:team", gemeente_id=gemeente.pk)
        old = member.role
        if old != role:
            member.role = role
            member.save(update_fields=["role"])
            audit.record(request, audit.ROLE_CHANGED, gemeente=gemeente, collega=member.user.get_username(),
                         van=old, naar=role)
    messages.success(request, f"{_name(member.user)} is nu {Role(role).label.lower()}.")
    if member.user_id == request.user.pk and role != Role.BEHEERDER:
        return redirect("planner:dashboard")
    return redirect("planner:team", gemeente_id=gemeente.pk)


@login_required
@require_http_methods(["GET", "POST"])
def remove(request, gemeente_id, membership_id):
    """GET asks to confirm, POST removes the colleague from this gemeente (the account stays)."""
    gemeente = get_managed_membership(request, gemeente_id).gemeente
    member = _member(gemeente, membership_id)
    if request.method == "POST":
        with transaction.atomic():
            if _is_last_beheerder(member):
                messages.error(request, "Dit is de laatste beheerder. Maak eerst iemand anders beheerder.")
                return redirect("planner:team", gemeente_id=gemeente.pk)
            member.delete()
            audit.record(request, audit.REMOVED, gemeente=gemeente, collega=member.user.get_username(),
                         rol=member.role)
        messages.success(request, f"{_name(member.user)} hoort niet meer bij het team van gemeente {gemeente.naam}.")
        if member.user_id == request.user.pk:
            return redirect("planner:dashboard")
        return redirect("planner:team", gemeente_id=gemeente.pk)
    return render(request, "planner/team_remove.html", {
        "gemeente": gemeente, "member": member, "is_me": member.user_id == request.user.pk,
    })


@login_required
@require_POST
def send_login_link(request, gemeente_id, membership_id):
    """"Stuur een nieuwe inloglink": the colleague gets an e-mail with a link to choose a new
    password (for a forgotten password, an expired invitation or after a lockout). The link goes
    to the colleague's own address only; the beheerder never sees it."""
    gemeente = get_managed_membership(request, gemeente_id).gemeente
    member = _member(gemeente, membership_id)
    if not _address(member.user):
        messages.error(request, f"Van {_name(member.user)} is geen e-mailadres bekend. "
                                "Vraag de functioneel beheerder om het in te vullen.")
        return redirect("planner:team", gemeente_id=gemeente.pk)
    send_new_login_link(request, member.user, gemeente)
    messages.success(request, f"{_name(member.user)} krijgt een e-mail met een link om een nieuw wachtwoord "
                              "te kiezen.")
    return redirect("planner:team", gemeente_id=gemeente.pk)


class PasswordSetView(auth_views.PasswordResetConfirmView):
    """Choose a password from the link in an e-mail. Afterwards the failed sign-ins of this user
    name are forgotten: someone locked out after too many tries can sign in at once."""

    def form_valid(self, form):
        response = super().form_valid(form)
        username = self.user.get_username()
        if username:  # never reset() without a user name: that forgets everyone's attempts
            reset_failed_logins(username=username)
        return response
