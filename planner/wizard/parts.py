"""A long section of a step page as a summary card with a page of its own (issue 17: short pages).

Some sections of a step are long blocks of questions that belong together: the six voorwaarden
of step 3, the four SOFA roles of step 1. On the step page such a section shows as a card: its
heading, the answers in short and "Wijzig"; the questions themselves are on a page of their own
(/stap/<stap>/deel/<n>/, n the section's number on the step from 1). No question is lost.

A part is saved the way a row is (rows.py): the step's stored answers with this part's questions
as posted go through the step's own form and are stored at once (`save_answers`), a revision in
the history. The page carries the step's version. A colleague's save in between is caught per
card: when it left this card's questions as they were, the card is saved on top of it; else the
officer's version is kept as a `StepConflict` and nothing is overwritten. A format error is shown
on the part page, not saved.

The step page posts no questions of a card: it posts a marker `<stap>-kaart-<n>` per card instead,
and `with_stored_parts` puts the stored answers of those questions back into the posted data, so
saving the step keeps them. "Wijzig" is a button of the step form (name="rij", value="deel/<n>"):
the step is saved first, then the part page opens (see planner/wizard/views.py `_row_url`).
"""
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict

from planner.access import get_plan
from planner.models import StepAnswer
from planner.wizard import formdata, unsaved
from planner.wizard.row_summary import SUMMARY_LENGTH, is_summary_table
from planner.wizard.storage import VersionConflict, answers_at, clean_form_data, keep_conflict, save_answers
from steps.text import display, shorten

#: Per section: the legends of its sections that show as a card with a page of their own.
#: A card holds questions and fixed tables only (a summary table has row pages already).
CARDS = {
    "visie": lambda legend: legend in ("Algemene gegevens", "Definitie en afbakening",
                                       "Breed of smal, dirigent of regisseur", "De mantelzorger in vier rollen"),
    "voorwaarden": lambda legend: legend.startswith("Voorwaarde:") or legend == "Capaciteit en middelen in detail",
    # A fixed table (one row per phase, per process question) with the questions around it.
    "beleidsfasen": lambda legend: legend == "Participatie per fase",
    "evaluatie": lambda legend: legend in ("Evaluatie van het proces", "Vervolg"),
}
#: A card shows this many answers in short (the first ones answered), and how many are left open.
CARD_ANSWERS = 2
MARKER = "kaart"  # the step page posts <stap>-kaart-<n> for each card n it shows
ACTION = "deel"  # "Wijzig" of a card: rij=deel/<n>


def card_numbers(step_slug, form_class):
    """The numbers (from 1) of the sections of a step that show as a card."""
    is_card = CARDS.get(step_slug)
    if is_card is None:
        return ()
    return tuple(number for number, (legend, names) in enumerate(form_class.sections, start=1)
                 if is_card(legend) and not any(name in form_class.tables and is_summary_table(form_class.tables[name])
                                                for name in names))


def card_section(step_slug, form_class, number):
    """(legend, names) of card `number` of a step, or None."""
    if number not in card_numbers(step_slug, form_class):
        return None
    return form_class.sections[number - 1]


def card_of_field(step_slug, form_class, name):
    """The number of the card a question or table is on, else None."""
    for number in card_numbers(step_slug, form_class):
        if name in form_class.sections[number - 1][1]:
            return number
    return None


def _keys_of(prefix, names, form_class):
    """Does a posted key belong to one of `names` (a question, or a table's rows)?"""
    fields = {f"{prefix}-{name}" for name in names if name in form_class.base_fields}
    tables = tuple(f"{prefix}-{name}-" for name in names if name in form_class.tables)
    return lambda key: key in fields or (bool(tables) and key.startswith(tables))


def replace_part(data, prefix, form_class, names, source):
    """`data` with every key of the questions `names` taken from `source` (both posted data)."""
    belongs = _keys_of(prefix, names, form_class)
    data = data.copy()
    for key in [key for key in data if belongs(key)]:
        del data[key]
    for key in [key for key in source if belongs(key)]:
        data.setlist(key, source.getlist(key))
    return data


def with_stored_parts(step, prefix, data, answers, plan_answers=None):
    """`data` with the stored answers of every card the page showed (its `<stap>-kaart-<n>` markers)."""
    numbers = {number for number in card_numbers(step.SLUG, step.Form) if f"{prefix}-{MARKER}-{number}" in data}
    if not numbers:
        return data
    stored = formdata.form_data(step, answers or {}, plan_answers=plan_answers)
    for number in sorted(numbers):
        data = replace_part(data, prefix, step.Form, step.Form.sections[number - 1][1], stored)
    return data


def card_summary(form, names):
    """(label, short answer) of each answered question of a card, read from the form's answers;
    a fixed table says how many of its rows are filled."""
    answers = form.current_answers()
    result = []
    for name in names:
        value = answers.get(name)
        if name in form.fields:
            if value in (None, "", [], False):
                continue
            text = display(form.fields[name], value)
            result.append((form.fields[name].label, shorten(" ".join(str(text).split()), SUMMARY_LENGTH)))
        elif name in form.formsets:
            filled = [row for row in value or [] if isinstance(row, dict) and any(
                cell not in (None, "", [], False) for key, cell in row.items())]
            if filled:
                label = getattr(form.formsets[name], "label", "") or name.replace("_", " ").capitalize()
                result.append((label, f"{len(filled)} ingevuld"))
    return result


def missing_count(form, names):
    """How many questions of a card are still empty."""
    answers = form.current_answers()
    return sum(1 for name in names if name in form.fields and answers.get(name) in (None, "", [], False))


def part_url(plan, step_slug, number):
    return reverse("planner:part", kwargs={"plan_id": plan.pk, "step": step_slug, "number": number})


def step_url(plan, step_slug, number=None):
    url = reverse("planner:step", kwargs={"plan_id": plan.pk, "step": step_slug})
    return f"{url}#deel-{step_slug}-{number}" if number else url


class PartPage:
    def __init__(self, request, plan_id, step, number):
        # Access first: an outsider gets 404 for every method; a lezer (or anyone, once the plan is
        # vastgesteld) reads the page and gets 403 for every other method (tests/test_isolation.py).
        self.plan = get_plan(request, plan_id, write=request.method != "GET")
        if request.method not in ("GET", "POST"):
            raise _NotAllowed
        self.request = request
        self.step = self.plan.section(step)
        section = card_section(step, self.step.Form, number) if self.step is not None else None
        if section is None:
            raise Http404("Dit deel van de stap bestaat niet.")
        self.number = number
        self.legend, self.names = section
        stored = StepAnswer.objects.filter(plan=self.plan, step=self.step.SLUG).first()
        self.answers = dict(stored.answers or {}) if stored and isinstance(stored.answers, dict) else {}
        self.version = stored.version if stored else 0
        self.plan_answers = self.plan.answers()
        self.kept_key = f"{self.step.SLUG}/deel/{number}"

    def posted_version(self):
        value = self.request.POST.get("versie", "")
        return int(value) if value.isdigit() else None

    def base_answers(self, version):
        """The step's answers as the officer loaded them (for a conflict), else the stored ones."""
        loaded = answers_at(self.plan, self.step.SLUG, version) if version not in (None, self.version) else None
        return dict(self.answers) if loaded is None else loaded

    def form(self, posted=None, answers=None):
        """The step's form: the stored answers, with this part's questions as posted."""
        answers = self.answers if answers is None else answers
        if posted is None:
            form = self.step.Form(prefix=self.step.SLUG, initial=answers, plan_answers=self.plan_answers)
            return form if self.plan.editable else read_only(form)
        data = formdata.form_data(self.step, answers, plan_answers=self.plan_answers)
        data = replace_part(data, self.step.SLUG, self.step.Form, self.names, posted)
        return self.step.Form(data=data, prefix=self.step.SLUG, initial=answers, plan_answers=self.plan_answers)

    def context(self, form, **extra):
        return {"plan": self.plan, "step": self.step, "steps": self.plan.sections, "form": form,
                "legend": self.legend, "names": self.names, "number": self.number, "can_edit": self.plan.editable,
                "step_url": step_url(self.plan, self.step.SLUG, self.number), **extra}


class _NotAllowed(Exception):
    pass


def read_only(form):
    """`form` with every question disabled, its formsets' rows too: to read, not to change."""
    for field in form.fields.values():
        field.disabled = True
    for formset in getattr(form, "formsets", {}).values():
        for row in formset.forms:
            for field in row.fields.values():
                field.disabled = True
    return form


def _keep_and_ask_to_log_in(request, plan_id, step, number):
    """A part posted after the session ended: kept for the user this browser belongs to, shown
    on the part page once they are signed in again (as the step and row pages do)."""
    user_id = unsaved.remembered_user_id(request)
    if user_id is not None and request.method == "POST":
        version = request.POST.get("versie", "")
        cache.set(unsaved._key(user_id, plan_id, f"{step}/deel/{number}"), {
            "data": clean_form_data(step, request.POST),
            "versie": int(version) if version.isdigit() else None,
        }, unsaved.KEEP_SECONDS)
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in. Wat u net typte is bewaard: "
                                  "u vindt het daarna terug op dezelfde pagina.")
    elif request.method == "POST":
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in om verder te werken.")
    return redirect_to_login(request.get_full_path())


def part_edit(request, plan_id, step, number):
    """Change the questions of one card of a step on a page of their own."""
    if not request.user.is_authenticated:
        return _keep_and_ask_to_log_in(request, plan_id, step, number)
    try:
        page = PartPage(request, plan_id, step, number)
    except _NotAllowed:
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        kept = unsaved.kept_input(request.user, page.plan.pk, page.kept_key) if page.plan.editable else None
        if kept is not None:
            data, version = kept
            posted = MultiValueDict({key: value if isinstance(value, list) else [value] for key, value in data.items()})
            return _render(page, page.form(posted), versie=version, restored=True, show_errors=False)
        return _render(page, page.form(), versie=page.version)
    unsaved.forget(request.user, page.plan.pk, page.kept_key)
    if request.POST.get("actie") == "weggooien":
        messages.info(request, "De bewaarde invoer is weggegooid.")
        return redirect(request.path)
    version = page.posted_version()
    mine = page.base_answers(version)
    if version is not None and version != page.version and all(
            mine.get(name) == page.answers.get(name) for name in page.names):
        # A colleague saved other questions of the step meanwhile: this card goes on top of theirs.
        mine, version = dict(page.answers), page.version
    form = page.form(request.POST, answers=mine)
    if not form.is_valid():
        # Only a format error refuses a save (domain.md 0.1): shown here, nothing stored.
        return _render(page, form, versie=version, show_errors=True)
    try:
        save_answers(page.plan, page.step.SLUG, form.answers(), request.user, expected_version=version)
    except VersionConflict:
        data = replace_part(formdata.form_data(page.step, mine, plan_answers=page.plan_answers), page.step.SLUG,
                            page.step.Form, page.names, request.POST)
        conflict = keep_conflict(page.plan, page.step.SLUG, data, request.user, version)
        return redirect("planner:conflict", plan_id=page.plan.pk, conflict_id=conflict.pk)
    messages.success(request, f"{page.legend} is opgeslagen.")
    return redirect(page.context(form)["step_url"])


def _render(page, form, *, versie, show_errors=False, restored=False):
    errors = []
    if show_errors:
        errors = form.error_list()
    return render(page.request, "planner/part_page.html", page.context(
        form, show_errors=show_errors, errors=errors, versie=versie, restored_after_session=restored))


def shows_as_card(form, number):
    """Is card `number` shown as a card on this step page?

    A fresh page shows every card. A page shown again from data (a refused save, a draft) shows a
    card only when that data came from a page that showed it (its marker): a draft that holds the
    card's own questions (a merge of a conflict, an import) shows them on the step page instead,
    so they are seen, can be corrected and are posted with the step; none is replaced unseen.
    """
    return not form.is_bound or f"{form.prefix}-{MARKER}-{number}" in form.data


def card(form, step_slug, number, show_errors=False):
    """What the step page shows for section `number` when it is a card, else None."""
    section = card_section(step_slug, type(form), number)
    if section is None or not shows_as_card(form, number):
        return None
    legend, names = section
    errors = []
    if show_errors and form.is_bound:
        errors = [message for name in names if name in form.fields for message in form.errors.get(name, [])]
        errors += [message for name in names if name in form.formsets for message in form.formsets[name].non_form_errors()]
    return {"summary": card_summary(form, names)[:CARD_ANSWERS], "missing": missing_count(form, names), "errors": errors,
            "id": f"deel-{step_slug}-{number}"}


def page_errors(form, step_slug):
    """The form's error summary with each error of a card's question linked to its card."""
    anchors = {}
    for number in card_numbers(step_slug, type(form)):
        if not shows_as_card(form, number):
            continue
        for name in form.sections[number - 1][1]:
            if name in form.fields:
                anchors[form[name].id_for_label or form[name].auto_id] = f"deel-{step_slug}-{number}"
            elif name in form.formsets:
                anchors[f"tabel-{form.formsets[name].prefix}"] = f"deel-{step_slug}-{number}"
    result = []
    for anchor, message in form.error_list():
        if anchor not in anchors:
            anchor = next((card for key, card in anchors.items()
                           if key.startswith("tabel-") and anchor.startswith(f"id_{key[len('tabel-'):]}-")), anchor)
        else:
            anchor = anchors[anchor]
        result.append((anchor, message))
    return result
