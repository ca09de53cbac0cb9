"""The audit log: record events, and the page where a gemeente's beheerder reads them."""
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_logged_in
from django.core.paginator import Paginator
from django.dispatch import receiver
from django.shortcuts import render

from planner.access import get_managed_membership
from planner.models import AuditEvent, Membership

Action = AuditEvent.Action
SIGNED_IN = Action.SIGNED_IN
LOGGED_OUT_EVERYWHERE = Action.LOGGED_OUT_EVERYWHERE
EXPORTED = Action.EXPORTED
IMPORTED = Action.IMPORTED
STATUS_CHANGED = Action.STATUS_CHANGED
NEW_VERSION = Action.NEW_VERSION
RESTORED = Action.RESTORED
INVITED = Action.INVITED
INVITE_ACCEPTED = Action.INVITE_ACCEPTED
INVITE_DECLINED = Action.INVITE_DECLINED
INVITE_WITHDRAWN = Action.INVITE_WITHDRAWN
ROLE_CHANGED = Action.ROLE_CHANGED
REMOVED = Action.REMOVED
MODULES = Action.MODULES

PER_PAGE = 50


def _user(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def record(request, action, *, plan=None, gemeente=None, user=None, **detail):
    """Write one event for the gemeente of `plan` (or `gemeente`)."""
    user = user or _user(request)
    if user is not None:
        detail.setdefault("gebruiker", user.get_username())
    return AuditEvent.objects.create(
        gemeente=gemeente or plan.gemeente, plan=plan, user=user, action=action, detail=detail,
    )


def record_for_all_gemeenten(request, action, user, **detail):
    """One event per gemeente the user is a member of, so each beheerder sees it.

    A member is someone who accepted the gemeente's invitation (planner/teams/invites.py): an
    invitation that is still open is no membership, so the invited person's sign-ins stay out
    of that gemeente's logboek. Each event names only the user and the action, nothing of the
    other gemeenten the user works for.
    """
    for membership in Membership.objects.filter(user=user).select_related("gemeente"):
        record(request, action, gemeente=membership.gemeente, user=user, **detail)


@receiver(user_logged_in, dispatch_uid="planner.teams.audit.signed_in")
def _signed_in(sender, request, user, **kwargs):
    record_for_all_gemeenten(request, SIGNED_IN, user)


def summary(event):
    """What happened, in one Dutch sentence, from the event's action and detail."""
    detail = event.detail if isinstance(event.detail, dict) else {}
    role = {value: label.lower() for value, label in Membership.Role.choices}
    text = {
        IMPORTED: f"Plan ingelezen uit het bestand {detail.get('bestand', '')}",
        STATUS_CHANGED: f"Plan {detail.get('status', '')} (besluit van {detail.get('vastgesteld_op', '?')})",
        RESTORED: f"Versie {detail.get('versie', '?')} van stap '{detail.get('stap', '')}' teruggezet",
        INVITED: f"{detail.get('email', '')} uitgenodigd als {role.get(detail.get('rol'), '?')}",
        INVITE_ACCEPTED: f"Uitnodiging voor {detail.get('email', '')} aangenomen "
                         f"(als {role.get(detail.get('rol'), '?')})",
        INVITE_DECLINED: f"Uitnodiging voor {detail.get('email', '')} afgeslagen",
        INVITE_WITHDRAWN: f"Uitnodiging voor {detail.get('email', '')} ingetrokken",
        ROLE_CHANGED: f"Rol van {detail.get('collega', '')} gewijzigd van {role.get(detail.get('van'), '?')} "
                      f"naar {role.get(detail.get('naar'), '?')}",
        REMOVED: f"{detail.get('collega', '')} uit het team gehaald",
    }.get(event.action)
    return text or event.get_action_display()


@login_required
def audit_log(request, gemeente_id):
    membership = get_managed_membership(request, gemeente_id)
    events = AuditEvent.objects.filter(gemeente=membership.gemeente).select_related("user", "plan")
    action = request.GET.get("actie")
    if action in Action.values:
        events = events.filter(action=action)
    page = Paginator(events, PER_PAGE).get_page(request.GET.get("pagina"))
    return render(request, "planner/audit_log.html", {
        "gemeente": membership.gemeente,
        "page": page,
        "rows": [(event, summary(event)) for event in page],
        "actions": Action.choices,
        "action": action if action in Action.values else "",
    })
