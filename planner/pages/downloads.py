"""The plan as editable documents, ODT and DOCX, beside the PDF (`views.plan_pdf`).

The same access (`get_plan`: members of the plan's gemeente, every role) and the same cache as
the PDF: one file per plan revision and format, under the PDF's key scheme with the format in
the variant's place (`planner.document.cache.cache_key`), so a new revision, a changed cover or a
deploy that changes the code makes a new file. Writing one takes 0.2-0.4 s for the demo plan, about
1 s the first time in a process, when the figures are drawn as PNG (README, bench/editable.py):
it is made in the request, no worker and no wait page.
"""
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.text import slugify

from planner.access import get_plan
from planner.document import cache as document_cache
from planner.document import docx, odt, pdf, versions
from planner.document.assemble import build
from steps import outlines

#: format: (writer, content type)
FORMATS = {
    "odt": (odt.write_odt, odt.CONTENT_TYPE),
    "docx": (docx.write_docx, docx.CONTENT_TYPE),
}


def editable_file(plan, formaat, document=outlines.DEFAULT):
    """A document of the plan as `formaat` ("odt" or "docx"), from the cache or written now and cached."""
    key = document_cache.cache_key(plan, pdf.file_variant(document, formaat))
    content = cache.get(key)
    if content is None:
        write, _content_type = FORMATS[formaat]
        content = write(build(plan, document=document))
        cache.set(key, content)
    return content


def download(request, plan_id, formaat, document):
    plan = get_plan(request, plan_id)
    if outlines.get(document) is None:
        raise Http404("Dit document bestaat niet.")
    _write, content_type = FORMATS[formaat]
    versions.assign(plan, formaat, request.user)  # before the file is made: file and number agree
    response = HttpResponse(editable_file(plan, formaat, document), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name(plan, document)}.{formaat}"'
    return response


def file_name(plan, document):
    """The download's name without extension, the same for PDF, ODT and DOCX."""
    name = slugify(f"{plan.gemeente.naam} {plan.titel}") or "beleidsplan"
    return name if document == outlines.DEFAULT else f"{name}-{document}"


@login_required
def plan_odt(request, plan_id, document=outlines.DEFAULT):
    return download(request, plan_id, "odt", document)


@login_required
def plan_docx(request, plan_id, document=outlines.DEFAULT):
    return download(request, plan_id, "docx", document)
