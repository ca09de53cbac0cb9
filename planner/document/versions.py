"""Version numbers of the documents that leave the planner, as Dutch gemeenten number them.

A concept is 0.1, 0.2, ...; the vastgesteld plan is 1.0; a new version for the next period
(a plan with an `origin`) goes on at 1.1, 1.2, ... and is 2.0 once vastgesteld, and so on.

The number belongs to the *content* of the plan (`content_digest`: the answers as the document
shows them and what the cover says), not to its revision counter: drafts, refused saves, notes
and saving the same answers again do not change it. A number is given when the first document
(PDF, ODT or DOCX) of a content is downloaded (`assign`), before it is rendered, so the file and
the number always agree; a document of content that was downloaded before gets its number again.

A PDF made in advance by the worker (after a save, `tasks.prerender_later`) does not give a
number: nobody has received it yet, and numbering every save would make 0.1, 0.2, ... count
saves instead of documents. It is rendered with the number the content *would* get
(`number_for`), and that number is part of its cache key (`cache.cache_key`): when the download
assigns the same number the file made in advance is used, when another content was numbered in
between the download renders again with the right number.
"""
import hashlib
import json

from django.db import IntegrityError, transaction
from django.db.models import Max

from planner.models import DocumentVersion, Plan
from steps.document import INTERNAL_FIELDS

FIRST = "0.1"


def content_digest(plan, answers=None):
    """A digest of what a document of the plan says: the answers (without internal notes, and a
    step with nothing in it the same as one never saved) and the cover's title, period, status,
    gemeente and decision. Not the revision, the date or who saved last."""
    answers = plan.answers() if answers is None else answers
    shown = {}
    for slug, step_answers in sorted((answers or {}).items()):
        kept = {key: value for key, value in (step_answers or {}).items() if key not in INTERNAL_FIELDS}
        if kept:
            shown[slug] = kept
    cover = [plan.titel, plan.periode, str(plan.status), plan.gemeente.naam,
             str(plan.vastgesteld_op or ""), plan.besluit]
    text = json.dumps({"answers": shown, "cover": cover}, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def base_major(plan):
    """The number of the vastgesteld plan this one continues (0 for a first plan)."""
    major, seen = 0, set()
    origin = plan.origin
    while origin is not None and origin.pk not in seen:  # 1 + the origin's own base, and so on
        seen.add(origin.pk)
        major += 1
        origin = origin.origin
    return major


def next_number(plan):
    """(major, minor) for the next content of the plan that gets a document."""
    base = base_major(plan)
    if plan.status == Plan.Status.VASTGESTELD:
        return base + 1, 0
    last = plan.document_versions.filter(major=base).aggregate(last=Max("minor"))["last"] or 0
    return base, last + 1


def number_for(plan, answers=None):
    """The number of a document of the plan as it is now: the one given to this content before,
    else the one it would get (nothing is stored)."""
    if plan.pk is None:
        return FIRST
    digest = content_digest(plan, answers)
    known = plan.document_versions.filter(content_digest=digest).first()
    if known:
        return known.number
    major, minor = next_number(plan)  # only for content not numbered yet: it walks the origins
    return f"{major}.{minor}"


def assign(plan, formaat, user=None):
    """Give the plan's current content its number, if it has none yet, and note the format made.
    Called by every download before the document is made or taken from the cache."""
    digest = content_digest(plan)
    try:
        return _assign(plan, digest, formaat, user)
    except IntegrityError:  # the same content numbered by a download at the same moment (SQLite)
        return _assign(plan, digest, formaat, user)


def _assign(plan, digest, formaat, user):
    with transaction.atomic():
        # One number at a time per plan (two downloads at once must not both take 0.2).
        Plan.objects.select_for_update().filter(pk=plan.pk).values_list("pk", flat=True).first()
        version = plan.document_versions.filter(content_digest=digest).first()
        if version is None:
            major, minor = next_number(plan)
            version = DocumentVersion.objects.create(
                plan=plan, major=major, minor=minor, content_digest=digest, revisie=plan.revisie,
                formats=[formaat], created_by=user if user is not None and user.is_authenticated else None,
            )
        elif formaat not in version.formats:
            version.formats = [*version.formats, formaat]
            version.save(update_fields=["formats"])
    return version
