"""Renders the plan document to PDF with WeasyPrint, and caches the PDF per plan revision.

Safety: WeasyPrint may only read our own static files. The fetcher refuses every other URL
(http, file, data, ...), so nothing an officer typed (a link, an image tag, a file path) can
make the server fetch it. Typed text is escaped by the templates and never reaches the fetcher,
so a refused load can only be a bug in our own templates: rendering then fails loudly.

Speed: WeasyPrint is imported lazily (the import alone costs about a second), SVG labels are
drawn as whole runs (see `_draw_svg_text_in_one_run`), the garbage collector runs once per
render and a few library hot spots are patched (planner/pdf_speed.py), and an unchanged plan
renders once: the PDF is cached per plan revision in Django's default cache.
"""
import functools
import hashlib
import importlib
import logging
import mimetypes
from datetime import timedelta
from math import inf
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone

from planner import pdf_speed
from planner.models import Plan
from planner.plan import build

logger = logging.getLogger(__name__)

#: A base URL that cannot resolve anywhere; relative links in the HTML land under it.
BASE_URL = "https://beleidsplanner.invalid/"
STATIC_PREFIX = BASE_URL + "static/"

#: ?variant= of the download. PDF/UA-1 is the accessible default; PDF/A-3u is for the archive,
#: tagged as well. WeasyPrint writes one standard's identifiers per file, so it is a choice.
VARIANTS = {
    "pdfua": {"pdf_variant": "pdf/ua-1"},
    "pdfa": {"pdf_variant": "pdf/a-3u", "pdf_tags": True},
}
DEFAULT_VARIANT = "pdfua"

#: What the PDF's look depends on besides the answers: a deploy that changes one of these
#: files must not serve PDFs cached by the previous code.
SOURCES_OF_THE_LOOK = ("templates/plan/*.html", "static/css/plan-print.css", "planner/plan.py",
                       "planner/figures.py", "planner/pdf.py", "steps/**/*.py")


class RefusedResource(Exception):
    pass


def variant_from(value):
    """The variant asked for in the URL; the default for anything we do not know."""
    return value if value in VARIANTS else DEFAULT_VARIANT


# --- Rendering ---------------------------------------------------------------------------------

def static_only_fetcher_class():
    from weasyprint import URLFetcher
    from weasyprint.urls import URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves /static/ from disk; refuses everything else (http, file, data, ...)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.refused = []

        def fetch(self, url, headers=None):
            if url.startswith(STATIC_PREFIX):
                relative = url[len(STATIC_PREFIX):].split("?")[0].split("#")[0]
                path = static_path(relative) if ".." not in relative else None
                if path:
                    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=Path(path).read_bytes(), headers={"Content-Type": mime})
            self.refused.append(url)
            logger.error("PDF: refused to fetch %s", url)
            raise RefusedResource(url)

    return StaticOnlyFetcher


def static_path(relative):
    """A static file on disk: from the source folders, or collected (with a hashed name) in production."""
    path = finders.find(relative)
    if path:
        return path
    try:
        collected = staticfiles_storage.path(relative)
    except NotImplementedError:
        return None
    return collected if Path(collected).is_file() else None


def render_html(document):
    return render_to_string("plan/pdf.html", {"doc": document})


def layout(document, *, fetcher=None):
    """The plan laid out in pages by WeasyPrint. Raises RefusedResource if the HTML asked for
    anything but our static files."""
    from weasyprint import HTML

    _draw_svg_text_in_one_run()
    pdf_speed.patch_libraries()
    fetcher = fetcher or static_only_fetcher_class()()
    pages = HTML(string=render_html(document), base_url=BASE_URL, url_fetcher=fetcher).render()
    if fetcher.refused:
        raise RefusedResource(", ".join(fetcher.refused))
    return pages


def render_plan(document, *, variant=DEFAULT_VARIANT, fetcher=None):
    """The PDF of a plan document as bytes."""
    with pdf_speed.one_garbage_collection():
        return layout(document, fetcher=fetcher).write_pdf(custom_metadata=True, **VARIANTS[variant])


# --- Cache ---------------------------------------------------------------------------------

#: How long a render may take before a new request starts another one (a worker that died
#: must not leave the officer waiting for ever).
PENDING_SECONDS = 10 * 60
#: How long the officer sees "it did not work" after a failed render before a new try starts.
FAILED_SECONDS = 60
#: Below a download someone is waiting for (priority 0), so a click is never queued behind it.
PRERENDER_PRIORITY = -10


def cached_plan_pdf(plan, variant=DEFAULT_VARIANT):
    """The plan's PDF if it is ready, else None after making sure a worker is rendering it.

    Rendering takes seconds of CPU, so it runs as a task (planner/tasks.py), not in the request:
    other officers' pages stay fast. The "pending" marker starts one task per PDF, however
    often the wait page refreshes. With the immediate task backend (tests) the PDF is ready at once.
    """
    key = cache_key(plan, variant)
    content = cache.get(key)
    if content is None and not render_failed(plan, variant) and cache.add(pending_key(key), True, PENDING_SECONDS):
        from planner.tasks import render_plan_pdf

        render_plan_pdf.enqueue(plan.pk, plan.revisie, variant)
        content = cache.get(key)
    return content


def prerender_later(plan_id):
    """Have the plan's PDF made settings.PDF_PRERENDER_SECONDS from now, if nothing is waiting yet.

    One waiting task per plan: saves while it waits add nothing. When it runs and finds the
    plan changed meanwhile, it waits again (planner.tasks.prerender_plan_pdf), so the PDF is
    made once the plan has been left alone. Needs a task backend that can wait, as the
    database backend can; with the immediate backend of the tests it does nothing rather than
    render inside a save.
    """
    from django_tasks import default_task_backend

    from planner.tasks import prerender_plan_pdf

    delay = settings.PDF_PRERENDER_SECONDS
    if not delay or not default_task_backend.supports_defer:
        return None
    if not cache.add(prerender_key(plan_id), True, delay + 10 * 60):
        return None  # one is waiting already: a save costs just this one lookup
    revision = Plan.objects.filter(pk=plan_id).values_list("revisie", flat=True).first()
    if revision is None:
        cache.delete(prerender_key(plan_id))
        return None
    return prerender_plan_pdf.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(plan_id, revision)


def prerender_key(plan_id):
    """Marks that a render in advance of the plan is waiting (see prerender_later)."""
    return f"plan-pdf-vooraf:{plan_id}"


def is_cached(plan, variant=DEFAULT_VARIANT):
    return cache.get(cache_key(plan, variant)) is not None


def render_and_cache(plan, variant=DEFAULT_VARIANT):
    """Render the plan's PDF into the cache (the task's work) and return it."""
    key = cache_key(plan, variant)
    # Freeing the render's million objects takes about 0.2 s: do it once the PDF is stored,
    # so the officer's download does not wait for it.
    with pdf_speed.one_garbage_collection():
        content = render_plan(build(plan), variant=variant)
        cache.set(key, content)
        cache.delete(pending_key(key))
    return content


def mark_failed(plan, variant):
    """Remember for a minute that rendering failed, so the wait page can say so (the task's work)."""
    key = cache_key(plan, variant)
    cache.set(failed_key(key), True, FAILED_SECONDS)
    cache.delete(pending_key(key))


def render_failed(plan, variant):
    return cache.get(failed_key(cache_key(plan, variant))) is not None


def pending_key(key):
    return f"{key}:wordt-gemaakt"


def failed_key(key):
    return f"{key}:mislukt"


def cache_key(plan, variant):
    # The cover shows a few things that can change without a new revision (status, title,
    # colour, date); they go into the key as a short digest. created_at keeps two plans apart
    # even where a test database hands out the same id twice.
    cover = [plan.titel, plan.periode, plan.status, plan.gemeente.naam, plan.gemeente.kleur,
             plan.updated_by_id, plan.created_at, plan.updated_at.date() if plan.updated_at else None]
    # str(): a just-saved plan holds Status.CONCEPT where a loaded one holds "concept".
    digest = hashlib.sha256(repr([str(value) for value in cover]).encode()).hexdigest()[:16]
    return f"plan-pdf:{plan.pk}:{plan.revisie}:{variant}:{template_version()}:{digest}"


@functools.cache
def template_version():
    """A digest of the files the PDF is made from (read once per process)."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for pattern in SOURCES_OF_THE_LOOK:
        for path in sorted(root.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# --- WeasyPrint 70: SVG text in one run ------------------------------------------------------

def _draw_svg_text_in_one_run():
    """Let WeasyPrint shape an SVG label as one run of text instead of letter by letter.

    WeasyPrint 70 lays out every letter of SVG text as its own Pango layout (issue
    Kozea/WeasyPrint#2249; the upstream fix, PR #2754, shapes simple text as a whole). Our
    figures hold about 4,000 letters of labels, which cost about 0.3 s per render that way.
    Labels without per-letter positions (all of ours) are drawn as one run here; anything else
    still goes through WeasyPrint's own code. Only for 70.x: a newer release brings the fix.
    """
    import weasyprint

    svg_module = importlib.import_module("weasyprint.svg")
    text_module = importlib.import_module("weasyprint.svg.text")
    if not weasyprint.__version__.startswith("70.") or getattr(svg_module.text, "one_run", False):
        return
    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_emojis, draw_first_line
    from weasyprint.matrix import Matrix
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.utils import normalize, size
    from weasyprint.text.line_break import split_first_line

    letter_by_letter = text_module.text
    per_letter = ("dx", "dy", "rotate", "letter-spacing", "textLength", "dominant-baseline",
                  "alignment-baseline", "display-anchor")

    def text(svg, node, font_size):
        attrib = node.attrib
        if (not node.text or any(name in attrib for name in per_letter)
                or len(normalize(attrib.get("x", "")).split()) > 1
                or len(normalize(attrib.get("y", "")).split()) > 1):
            return letter_by_letter(svg, node, font_size)
        style = text_module.Style(INITIAL_VALUES)
        style.font_config = svg.font_config
        style["font_family"] = [name.strip("\"' ") for name in node.get("font-family", "sans-serif").split(",")]
        style["font_style"] = node.get("font-style", "normal")
        weight = str(node.get("font-weight", 400))
        style["font_weight"] = {"normal": 400, "bold": 700}.get(weight) or (int(weight) if weight.isdigit() else 400)
        style["font_size"] = font_size
        layout, _, _, width, height, baseline = split_first_line(node.text, style, svg.context, inf, 0)
        x = size(attrib["x"], font_size, svg.inner_width) if "x" in attrib else svg.cursor_position[0]
        y = size(attrib["y"], font_size, svg.inner_height) if "y" in attrib else svg.cursor_position[1]
        node.text_bounding_box = extend_bounding_box(
            node.text_bounding_box, ((x, y - baseline), (x + width, y - baseline + height)))
        svg.cursor_position = x + width, y
        svg.stream.push_state()
        fill, stroke = svg.set_graphical_state(node, font_size)
        svg.stream.begin_text()
        layout.reactivate(style)
        svg.fill_stroke(fill, stroke, text=True)
        box = text_module.TextBox(layout, style)
        box.baseline = baseline
        emojis = draw_first_line(svg.stream, box, "none", "none", Matrix(a=1, d=-1, e=x, f=y))
        svg.stream.end_text()
        svg.stream.pop_state()
        draw_emojis(svg.stream, style, x, y, emojis)

    text.one_run = True
    for tag, function in list(svg_module.TAGS.items()):
        if function is letter_by_letter:
            svg_module.TAGS[tag] = text
    svg_module.text = text  # draw_node compares TAGS entries with this name
