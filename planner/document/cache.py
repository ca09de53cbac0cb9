"""The PDF cache: one PDF per plan revision and variant, in Django's default cache. The ODT and
DOCX downloads (`planner.pages.downloads`) are kept under the same keys, with their format as the
variant.

A render is marked "pending" while a worker makes it and "failed" for a minute when it did not
work, so the wait page can tell the officer. Queuing renders is `planner.document.tasks`' work.
"""
import functools
import hashlib
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from planner.document import pdf, versions
from planner.document.assemble import build

#: How long a render may take before a new request starts another one (a worker that died
#: must not leave the officer waiting for ever).
PENDING_SECONDS = 10 * 60
#: How long the officer sees "it did not work" after a failed render before a new try starts.
FAILED_SECONDS = 60
#: Why a render failed, for the wait page.
FAILED, TOO_LONG = "fout", "te-lang"

#: What the PDF's look depends on besides the answers: a deploy that changes one of these
#: files must not serve PDFs cached by the previous code.
SOURCES_OF_THE_LOOK = ("templates/plan/*.html", "static/css/plan-print.css", "planner/document/*.py",
                       "planner/patches.py", "steps/**/*.py")


def cached_pdf(plan, variant=pdf.DEFAULT_VARIANT):
    return cache.get(cache_key(plan, variant))


def is_cached(plan, variant=pdf.DEFAULT_VARIANT):
    """Without reading the PDF (300 KB from the database cache): the wait page's check and the
    worker ask this."""
    return cache.has_key(cache_key(plan, variant))


def mark_pending(plan, variant):
    """True for the first caller only: that one queues the render."""
    return cache.add(pending_key(cache_key(plan, variant)), time.time(), PENDING_SECONDS)


def pending_since(plan, variant):
    """When the render was queued (a timestamp), or None when none is waiting."""
    since = cache.get(pending_key(cache_key(plan, variant)))
    return since if isinstance(since, float) else None


def render_and_cache(plan, variant=pdf.DEFAULT_VARIANT):
    """Render the plan's PDF into the cache (the task's work) and return it."""
    key = cache_key(plan, variant)
    # Freeing the render's million objects takes about 0.2 s: do it once the PDF is stored,
    # so the officer's download does not wait for it.
    with pdf.one_garbage_collection():
        document, pdf_variant = pdf.split_variant(variant)
        content = pdf.render_plan(build(plan, document=document), variant=pdf_variant)
        cache.set(key, content)
        cache.delete(pending_key(key))
    return content


def mark_failed(plan, variant, reason=FAILED):
    """Remember for a minute that rendering failed and why, so the wait page can say so."""
    key = cache_key(plan, variant)
    cache.set(failed_key(key), reason, FAILED_SECONDS)
    cache.delete(pending_key(key))


def render_failed(plan, variant):
    """Why the last render failed (FAILED or TOO_LONG), or None."""
    reason = cache.get(failed_key(cache_key(plan, variant)))
    return reason if reason in (FAILED, TOO_LONG) else (FAILED if reason else None)


def claim_render(plan, variant, seconds):
    """True for one render at a time of the same plan, revision and variant."""
    return cache.add(f"{cache_key(plan, variant)}:bezig", True, seconds)


def release_render(plan, variant):
    cache.delete(f"{cache_key(plan, variant)}:bezig")


def pending_key(key):
    return f"{key}:wordt-gemaakt"


def failed_key(key):
    return f"{key}:mislukt"


def cache_key(plan, variant):
    """The key of one file of the plan: per plan, revision, variant (the PDF's "pdfua" or "pdfa",
    or an editable format, "odt" or "docx"), the code that makes it and what the cover shows.

    Worked out once per plan object, so once per request (a view loads its plan once): a download
    and each check of the wait page ask for the key several times, and its version number reads
    every step's answers and the plan's document versions. A save makes a new revision and a
    changed cover a new digest, so a plan object changed in between gets a new key.
    """
    # The cover shows a few things that can change without a new revision (status, title,
    # colour, date, decision); they go into the key as a short digest. created_at keeps two plans
    # apart even where a test database hands out the same id twice.
    cover = [plan.titel, plan.periode, plan.status, plan.gemeente.naam, plan.gemeente.kleur,
             plan.updated_by_id, plan.created_at, plan.updated_at.date() if plan.updated_at else None,
             plan.vastgesteld_op, plan.besluit]
    # str(): a just-saved plan holds Status.CONCEPT where a loaded one holds "concept".
    digest = hashlib.sha256(repr([str(value) for value in cover]).encode()).hexdigest()[:16]
    known = plan.__dict__.setdefault("_file_cache_keys", {})
    file = (plan.pk, plan.revisie, variant, digest)
    if file not in known:
        # The version number is on the cover: a PDF made in advance with the number the content
        # would get is used only if the download gives it that number (planner.document.versions).
        number = versions.number_for(plan)
        known[file] = f"plan-pdf:{plan.pk}:{plan.revisie}:{number}:{variant}:{template_version()}:{digest}"
    return known[file]


@functools.cache
def template_version():
    """A digest of the files the PDF is made from (read once per process)."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for pattern in SOURCES_OF_THE_LOOK:
        for path in sorted(root.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
