"""Background work, run by `manage.py db_worker` (django-tasks with its database backend)."""
import logging

from django_tasks import task

from planner import pdf
from planner.models import Plan

logger = logging.getLogger(__name__)


@task()
def render_plan_pdf(plan_id, revision, variant):
    """Render a plan's PDF into the cache, where the PDF view picks it up.

    A plan that was deleted or saved again since the request is skipped: the next request
    asks for the new revision itself. Queued by a download (pdf.cached_plan_pdf) or, a little
    after each change, to have the PDF ready in advance (pdf.prerender_later).
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
