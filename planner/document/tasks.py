"""PDF renders as background work, run by `manage.py db_worker` (django-tasks, database backend).

Rendering takes seconds of CPU, so it never runs in a request: other officers' pages stay
fast. A download asks `pdf_or_render` (ready, or queued); a saved plan announces
`planner.signals.plan_changed`, and `prerender_later` then has the PDF made in advance.
"""
import contextlib
import logging
import signal
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import default_task_backend, task
from django_tasks.signals import task_started

from planner.document import cache as pdf_cache
from planner.document import pdf
from planner.models import Plan
from planner.signals import plan_changed

logger = logging.getLogger(__name__)

#: Below a download someone is waiting for (priority 0), so a click is never queued behind it.
PRERENDER_PRIORITY = -10


class RenderTooLong(Exception):
    """A render ran past settings.PDF_RENDER_SECONDS and was stopped."""


class TooManyRenders(Exception):
    """The gemeente has settings.PDF_QUEUE_PER_GEMEENTE renders waiting already."""


def pdf_or_render(plan, variant=pdf.DEFAULT_VARIANT):
    """The plan's PDF if it is ready, else None after making sure a worker is rendering it.

    The "pending" marker starts one task per PDF, however often the wait page asks. With the
    immediate task backend (tests) the PDF is ready at once. Raises TooManyRenders when the
    gemeente has its share of the worker queued already: one gemeente cannot fill the queue.
    """
    content = pdf_cache.cached_pdf(plan, variant)
    if content is not None or pdf_cache.render_failed(plan, variant):
        return content
    since = pdf_cache.pending_since(plan, variant)
    if since is None:
        if queued_renders(plan.gemeente_id) >= settings.PDF_QUEUE_PER_GEMEENTE:
            raise TooManyRenders(plan.gemeente_id)
        if pdf_cache.mark_pending(plan, variant):
            render_plan_pdf.enqueue(plan.pk, plan.revisie, variant)
            content = pdf_cache.cached_pdf(plan, variant)
    elif time.time() - since >= settings.PDF_WORKER_WAIT_SECONDS:
        content = render_without_worker(plan, variant)
    return content


def worker_is_on_it(plan, variant):
    """True while a worker has the render queued and the wait for it is not over (see
    pdf_or_render): the wait page's check then has nothing to do."""
    since = pdf_cache.pending_since(plan, variant)
    return (since is not None and time.time() - since < settings.PDF_WORKER_WAIT_SECONDS
            and not pdf_cache.render_failed(plan, variant))


def render_without_worker(plan, variant):
    """The worker did not start the render in time (down, or died halfway): render it here.

    Only when no render of the same PDF is running (the worker's claim has expired or was never
    made); the queued task finds the PDF in the cache later and does nothing.
    """
    if not pdf_cache.claim_render(plan, variant, settings.PDF_RENDER_SECONDS + 60):
        return None
    logger.warning("PDF of plan %s revision %s: no worker started it, rendering in the web process",
                   plan.pk, plan.revisie)
    try:
        with time_limit(settings.PDF_RENDER_SECONDS):
            return pdf_cache.render_and_cache(plan, variant)
    except RenderTooLong:
        pdf_cache.mark_failed(plan, variant, pdf_cache.TOO_LONG)
    except Exception:
        logger.exception("PDF of plan %s revision %s could not be made", plan.pk, plan.revisie)
        pdf_cache.mark_failed(plan, variant)
    finally:
        pdf_cache.release_render(plan, variant)
    return None


def queued_renders(gemeente_id):
    """Renders of the gemeente's plans waiting in the database queue or running."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING], task_path=render_plan_pdf.module_path,
    ).values_list("args_kwargs", flat=True)
    plan_ids = {entry["args"][0] for entry in waiting if entry.get("args")}
    return Plan.objects.filter(pk__in=plan_ids, gemeente_id=gemeente_id).count() if plan_ids else 0


@contextlib.contextmanager
def time_limit(seconds):
    """Stop the block with RenderTooLong after `seconds` (SIGALRM, so only in a main thread:
    the worker runs its tasks there; elsewhere, such as an autoreloading dev worker, no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise RenderTooLong(f"na {seconds} seconden gestopt")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@task()
def render_plan_pdf(plan_id, revision, variant):
    """Render a plan's PDF into the cache, where the PDF view picks it up.

    A plan that was deleted or saved again since the request is skipped: the next request
    asks for the new revision itself.
    """
    plan = Plan.objects.select_related("gemeente").filter(pk=plan_id).first()
    if plan is None or plan.revisie != revision:
        logger.info("PDF of plan %s revision %s is no longer wanted", plan_id, revision)
        return False
    variant = pdf.variant_from(variant)
    if pdf_cache.is_cached(plan, variant):  # made in advance (prerender_later), or asked for twice
        return True
    limit = settings.PDF_RENDER_SECONDS
    if not pdf_cache.claim_render(plan, variant, limit + 60):
        logger.info("PDF of plan %s revision %s is being made by another task", plan_id, revision)
        return False
    try:
        with time_limit(limit):
            pdf_cache.render_and_cache(plan, variant)
    except RenderTooLong:
        logger.error("PDF of plan %s revision %s took longer than %s s and was stopped", plan_id, revision, limit)
        pdf_cache.mark_failed(plan, variant, pdf_cache.TOO_LONG)
        raise
    except Exception:
        # The wait page tells the officer; the task is recorded as failed with this error.
        logger.exception("PDF of plan %s revision %s could not be made", plan_id, revision)
        pdf_cache.mark_failed(plan, variant)
        raise
    finally:
        pdf_cache.release_render(plan, variant)
    return True


@receiver(plan_changed, dispatch_uid="planner.document.tasks.prerender")
def _prerender_changed_plan(sender, plan_id, **kwargs):
    prerender_later(plan_id)


def prerender_later(plan_id):
    """Have the plan's PDF made once it has been left alone for settings.PDF_PRERENDER_SECONDS,
    if nothing is waiting yet.

    One waiting task per plan: saves while it waits add nothing. When it runs and finds the
    plan changed meanwhile, it waits again (prerender_plan_pdf), until that many seconds after
    the last change, not after the check: so the PDF is ready that long after the officer
    stopped, not up to twice that. Needs a task backend that can wait, as the database backend
    can; with the immediate backend of the tests it does nothing rather than render inside a save.
    """
    delay = settings.PDF_PRERENDER_SECONDS
    if not delay or not default_task_backend.supports_defer:
        return None
    if not cache.add(prerender_key(plan_id), True, delay + 10 * 60):
        return None  # one is waiting already: a save costs just this one lookup
    stored = Plan.objects.filter(pk=plan_id).values_list("revisie", "updated_at").first()
    if stored is None:
        cache.delete(prerender_key(plan_id))
        return None
    revision, changed_at = stored
    run_after = max(changed_at, timezone.now() - timedelta(seconds=delay)) + timedelta(seconds=delay)
    return prerender_plan_pdf.using(run_after=run_after).enqueue(plan_id, revision)


def prerender_key(plan_id):
    """Marks that a render in advance of the plan is waiting (see prerender_later)."""
    return f"plan-pdf-vooraf:{plan_id}"


@task(priority=PRERENDER_PRIORITY)
def prerender_plan_pdf(plan_id, revision):
    """Make the PDF in advance, once the plan is left alone.

    Changed again since it was queued: wait another round for the current revision instead.
    """
    cache.delete(prerender_key(plan_id))  # from here on, a save may queue a new round
    current = Plan.objects.filter(pk=plan_id).values_list("revisie", flat=True).first()
    if current is None:
        return False
    if current != revision:
        prerender_later(plan_id)
        return False
    return render_plan_pdf.call(plan_id, revision, pdf.DEFAULT_VARIANT)


# --- Is a worker there? ------------------------------------------------------------------------

WORKER_SEEN_KEY = "pdf-worker-gezien"


@receiver(task_started, dispatch_uid="planner.document.tasks.worker_seen")
def _worker_seen(sender, **kwargs):
    cache.set(WORKER_SEEN_KEY, time.time(), None)


def oldest_overdue_task():
    """When the longest-waiting task was due, if that was PDF_WORKER_WAIT_SECONDS ago or more.

    django-tasks-db marks "run at once" with the largest date as run_after; then it was due
    when it was queued.
    """
    from django.db.models import Case, F, When
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    due = timezone.now() - timedelta(seconds=settings.PDF_WORKER_WAIT_SECONDS)
    return (DBTaskResult.objects.filter(status=TaskResultStatus.READY)
            .annotate(due_at=Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after")))
            .filter(due_at__lte=due).order_by("due_at").values_list("due_at", flat=True).first())


def worker_missing():
    """True when work waits past its time and no worker started anything since it was due.

    A worker with nothing to do is never "seen": idle is not missing.
    """
    oldest = oldest_overdue_task()
    if oldest is None:
        return False
    seen = cache.get(WORKER_SEEN_KEY)
    return seen is None or seen < oldest.timestamp()
