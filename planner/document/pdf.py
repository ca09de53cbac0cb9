"""Renders the plan document to PDF with WeasyPrint (caching: `cache.py`; queuing: `tasks.py`).

Safety: WeasyPrint may only read our own static files. The fetcher refuses every other URL
(http, file, data, ...), so nothing an officer typed (a link, an image tag, a file path) can
make the server fetch it. Typed text is escaped by the templates and never reaches the fetcher,
so a refused load can only be a bug in our own templates: rendering then fails loudly.

Speed: WeasyPrint is imported lazily (the import alone costs about a second), the garbage
collector runs once per render (`one_garbage_collection`) and two library hot spots are patched
(`planner/patches.py`: SVG labels drawn as whole runs, pydyf's compression level).
"""
import contextlib
import gc
import logging
import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string

from planner import patches
from planner.document import tagging
from planner.document.layout import printable
from steps import outlines

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


class RefusedResource(Exception):
    pass


def variant_from(value):
    """The variant asked for in the URL (or of a file, see `file_variant`); the default for
    anything we do not know."""
    document, variant = split_variant(value)
    return file_variant(document, variant) if variant in VARIANTS else DEFAULT_VARIANT


def file_variant(document, variant):
    """Which file of a plan: the variant ("pdfua", "pdfa", or "odt"/"docx" for the editable
    downloads) of one of its documents (steps.outlines). The plan van aanpak's files keep the
    bare variant; the other documents' have their key in front: "beleidsplan:pdfa"."""
    return variant if document == outlines.DEFAULT else f"{document}:{variant}"


def split_variant(value):
    """(document, variant) of a file variant; an unknown document is the plan van aanpak."""
    document, _, variant = str(value).rpartition(":")
    return (document if outlines.get(document) else outlines.DEFAULT), variant


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
    return render_to_string("plan/pdf.html", {"doc": printable(document)})


def layout(document, *, fetcher=None):
    """The plan laid out in pages by WeasyPrint. Raises RefusedResource if the HTML asked for
    anything but our static files."""
    from weasyprint import HTML

    patches.apply_before_rendering()  # once per process; returns at once after that
    fetcher = fetcher or static_only_fetcher_class()()
    pages = HTML(string=render_html(document), base_url=BASE_URL, url_fetcher=fetcher).render()
    if fetcher.refused:
        raise RefusedResource(", ".join(fetcher.refused))
    return pages


def render_plan(document, *, variant=DEFAULT_VARIANT, fetcher=None):
    """The PDF of a plan document as bytes, its structure tree put right where WeasyPrint cannot
    (`tagging.py`: headers and footers as pagination artifacts, term lists as list items)."""
    with one_garbage_collection():
        content = layout(document, fetcher=fetcher).write_pdf(custom_metadata=True, **VARIANTS[variant])
    return tagging.fix(content)


@contextlib.contextmanager
def one_garbage_collection():
    """Run the block with Python's cyclic garbage collector paused, then collect once.

    A render builds about a million objects that stay alive until the PDF is written, so the
    collector keeps scanning them: four full collections of the whole process (Django, fonts,
    WeasyPrint's caches) per render, about 0.7 s of 3.4 s. Collecting once at the end frees
    the render's garbage (250,000 objects in cycles, 0.25 s) before the next render starts.
    Everything made during the render is in the youngest generation then, so collecting that
    one suffices and spares a scan of the rest of the process.
    """
    if not gc.isenabled():  # someone up the stack manages the collector already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
