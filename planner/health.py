"""Small endpoints for operations: a health check for the load balancer, a bare view for benchmarks."""
import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def health(request):
    """200 "ok" when the database answers, else 503; says nothing else (no versions, no errors)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return HttpResponse("database onbereikbaar", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def worker(request):
    """200 when the PDF worker keeps up, 503 when work waits and no worker has been seen since.

    Separate from `health`: a load balancer must not take the web servers out because the
    worker is down (the web process then renders PDFs itself); monitoring should ring.
    """
    from planner.document import tasks

    if tasks.worker_missing():
        return HttpResponse("pdf-worker niet gezien: er wacht werk", status=503,
                            content_type="text/plain; charset=utf-8")
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


@never_cache
def empty(request):
    """Does nothing: bench/load.py measures it as the ceiling of the server and the middleware."""
    return HttpResponse("leeg", content_type="text/plain; charset=utf-8")
