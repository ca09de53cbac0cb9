"""The one place that decides who may read or change a plan, and who manages a gemeente's team.

Every view asks here. A plan or gemeente of another gemeente gets the same 404 as one that
does not exist, so its existence is not revealed.
"""
from django.core.exceptions import PermissionDenied
from django.http import Http404

from planner.models import Gemeente, Membership, Plan


def plans_for(user):
    """Plans of every gemeente the user is a member of."""
    return Plan.objects.filter(gemeente__memberships__user=user)


def memberships_for(user):
    return Membership.objects.filter(user=user).select_related("gemeente").order_by("gemeente__naam")


def can_edit(membership, plan):
    """A redacteur or beheerder may change a plan while it is a concept; a vastgesteld plan is closed."""
    return membership is not None and membership.can_edit and plan.status == Plan.Status.CONCEPT


def can_start_new_version(membership, plan):
    """After the raad adopted a plan, an editor may start its next version."""
    return membership is not None and membership.can_edit and plan.status == Plan.Status.VASTGESTELD


def plan_membership(request, plan_id):
    """The user's membership of the gemeente that owns the plan; 404 if there is none.

    Asked once per request (AccessFirstMiddleware asks first, the view's get_plan reuses it).
    """
    cached = getattr(request, "_plan_membership", None)
    if cached is not None and cached[0] == plan_id:
        return cached[1]
    membership = (
        Membership.objects.select_related("gemeente")
        .filter(user_id=request.user.pk, gemeente__plans__pk=plan_id)
        .first()
    )
    if membership is None:
        raise Http404("Plan niet gevonden")
    request._plan_membership = (plan_id, membership)
    return membership


def get_plan(request, plan_id, *, write=False):
    """The plan if one of the user's gemeenten owns it, else 404; 403 when writing without edit rights.

    The returned plan carries `membership` and `editable` for the views and templates.
    """
    membership = plan_membership(request, plan_id)
    plan = Plan.objects.select_related("gemeente", "updated_by").get(pk=plan_id)
    if write and not membership.can_edit:
        raise PermissionDenied("U mag dit plan alleen lezen.")
    if write and plan.status == Plan.Status.VASTGESTELD:
        raise PermissionDenied("Dit plan is vastgesteld en kan niet meer worden gewijzigd.")
    plan.membership = membership
    plan.editable = can_edit(membership, plan)
    return plan


def get_managed_membership(request, gemeente_id):
    """The user's membership of the gemeente if they are its beheerder; 404 outside it, else 403."""
    membership = Membership.objects.select_related("gemeente").filter(
        user_id=request.user.pk, gemeente_id=gemeente_id
    ).first()
    if membership is None:
        raise Http404("Gemeente niet gevonden")
    if membership.role != Membership.Role.BEHEERDER:
        raise PermissionDenied("Alleen de beheerder van de gemeente mag dit.")
    return membership


def gemeenten_for_new_plans(user):
    """The gemeenten where the user may start or import a plan (beheerder or redacteur)."""
    return Gemeente.objects.filter(
        memberships__user=user, memberships__role__in=[Membership.Role.BEHEERDER, Membership.Role.REDACTEUR],
    ).order_by("naam")


def gemeente_membership(request, gemeente_id):
    membership = Membership.objects.filter(user_id=request.user.pk, gemeente_id=gemeente_id).first()
    if membership is None:
        raise Http404("Gemeente niet gevonden")
    return membership


class AccessFirstMiddleware:
    """A signed-in user who is not a member of the plan's (or gemeente's) gemeente gets 404 on
    every URL of it, whatever the method: checked before the view's own method check (405)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None  # the view sends visitors to the login page
        if "plan_id" in view_kwargs:
            plan_membership(request, view_kwargs["plan_id"])
        elif "gemeente_id" in view_kwargs:
            gemeente_membership(request, view_kwargs["gemeente_id"])
        return None
