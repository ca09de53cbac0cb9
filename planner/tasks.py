"""Background work, run by `manage.py db_worker` (django-tasks with its database backend)."""
import logging

from django.core.cache import cache
from django_tasks import task

from planner import pdf
from planner.models import Plan

logger = logging.getLogger(__name__)


@task()
def render_plan_pdf(plan_id, revision, variant):
    """Render a plan's PDF into the cache, where the PDF view picks it up.

    A plan that was deleted or saved again since the request is skipped: the next request
    asks for the new revision itself. Queued by a download (pdf.cached_plan_pdf) and by
    prerender_plan_pdf.
    """
    plan = Plan.objects.select_related("gemeente").filter(pk=plan_id).first()
    if plan is None or plan.revisie != revision:
        logger.info("PDF of plan %s revision %s is no longer wanted", plan_id, revision)
        return False
    variant = pdf.variant_from(variant)
    if pdf.is_cached(plan, variant):  # made in advance (pdf.prerender_later), or asked for twice
        return True
    try:
        pdf.render_and_cache(plan, variant)
    except Exception:
        # The wait page tells the officer; the task is recorded as failed with this error.
        logger.exception("PDF of plan %s revision %s could not be made", plan_id, revision)
        pdf.mark_failed(plan, variant)
        raise
    return True


@task(priority=pdf.PRERENDER_PRIORITY)
def prerender_plan_pdf(plan_id, revision):
    """Make the PDF in advance (queued by pdf.prerender_later), once the plan is left alone.

    Changed again since it was queued: wait another round for the current revision instead.
    """
    cache.delete(pdf.prerender_key(plan_id))  # from here on, a save may queue a new round
    current = Plan.objects.filter(pk=plan_id).values_list("revisie", flat=True).first()
    if current is None:
        return False
    if current != revision:
        pdf.prerender_later(plan_id)
        return False
    return render_plan_pdf.call(plan_id, revision, pdf.DEFAULT_VARIANT)
