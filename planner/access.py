"""The one place that decides who may read or change a plan."""
from django.core.exceptions import PermissionDenied
from django.http import Http404

from planner.models import Membership, Plan


def plans_for(user):
    """Plans of every gemeente the user is a member of."""
    return Plan.objects.filter(gemeente__memberships__user=user)


def memberships_for(user):
    return Membership.objects.filter(user=user).select_related("gemeente").order_by("gemeente__naam")


def get_plan(request, plan_id, *, write=False):
    """The plan if one of the user's gemeenten owns it, else 404; 403 when writing without edit rights.

    A plan of another gemeente gets the same 404 as a plan that does not exist, so its
    existence is not revealed. The returned plan carries `membership` for the templates.
    """
    membership = (
        Membership.objects.select_related("gemeente")
        .filter(user_id=request.user.pk, gemeente__plans__pk=plan_id)
        .first()
    )
    if membership is None:
        raise Http404("Plan niet gevonden")
    plan = Plan.objects.select_related("gemeente", "updated_by").get(pk=plan_id)
    if write and not membership.can_edit:
        raise PermissionDenied("U mag dit plan alleen lezen.")
    if write and plan.status == Plan.Status.VASTGESTELD:
        raise PermissionDenied("Dit plan is vastgesteld en kan niet meer worden gewijzigd.")
    plan.membership = membership
    return plan
