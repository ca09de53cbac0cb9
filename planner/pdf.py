"""Renders the plan document to PDF with WeasyPrint.

WeasyPrint may only read our own static files: the fetcher refuses every other URL, so
nothing an officer typed (a link, an image tag, a file path) can make the server fetch it.
WeasyPrint itself is imported lazily: the import alone costs about a second.
"""
import logging
import mimetypes

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

#: A base URL that cannot resolve anywhere; relative links in the HTML land under it.
BASE_URL = "https://beleidsplanner.invalid/"
STATIC_PREFIX = BASE_URL + "static/"


class RefusedResource(Exception):
    pass


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
                path = finders.find(relative) if ".." not in relative else None
                if path:
                    with open(path, "rb") as handle:
                        body = handle.read()
                    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})
            self.refused.append(url)
            logger.warning("PDF: refused to fetch %s", url)
            raise RefusedResource(url)

    return StaticOnlyFetcher


def render_html(document):
    return render_to_string("plan/pdf.html", {"doc": document})


def render_plan(document, *, fetcher=None):
    """The PDF of a plan document as bytes (tagged PDF/UA-1)."""
    from weasyprint import HTML

    html = render_html(document)
    fetcher = fetcher or static_only_fetcher_class()()
    return HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).write_pdf(
        pdf_variant="pdf/ua-1",
        custom_metadata=True,
    )
