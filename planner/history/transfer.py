"""Export a plan as JSON and import it again, here or in another installation.

The file holds the plan's metadata and the answers of every saved step (schema below). An
import reads and checks the whole file before it writes anything; a file that is too big,
not JSON, with a name twice in one object, of another application, of a newer schema, with a
text the planner cannot store (a lone surrogate such as "\udfff", a control character), or with
answers the step forms would never produce, is refused with a Dutch message and changes
nothing. A good file becomes a new concept plan in a gemeente of the importer's choice;
existing plans are never overwritten. A plan that was vastgesteld comes in as a concept: its
decision (date and text) is kept as a note in `besluit`, and it is vastgesteld again in this
planner, with the checks of the vaststellen page.

    {"formaat": "beleidsplanner-mantelzorg/plan", "versie": 1, "geexporteerd_op": "...",
     "plan": {"titel", "periode_start", "periode_eind", "status", "vastgesteld_op", "besluit",
              "gemeente"},
     "stappen": {"<step slug>": {"antwoorden": {...}, "klaar": bool}, ...}}
"""
import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from planner.teams import audit
from planner.access import gemeenten_for_new_plans, get_plan
from planner.wizard.fields import summary_errors
from planner.wizard.formdata import bind, form_data, through_form, widget_value
from planner.models import Gemeente, Plan
from planner.document.assemble import build
from planner.wizard.storage import save_answers
from steps import demo_data, outlines
from steps.forms import repair_text, to_json, unstorable_character
from steps.registry import BY_SLUG, MODULE_SLUGS, SECTIONS

FORMAT = "beleidsplanner-mantelzorg/plan"
SCHEMA_VERSION = 1
#: A full demo plan is about 60 KB; this leaves room for long texts without inviting abuse.
MAX_BYTES = 2 * 1024 * 1024
MAX_ERRORS_SHOWN = 10
TOP_KEYS = {"formaat", "versie", "geexporteerd_op", "plan", "stappen"}
PLAN_KEYS = {"titel", "periode_start", "periode_eind", "status", "vastgesteld_op", "besluit", "gemeente",
             "verdieping"}
STEP_KEYS = {"antwoorden", "klaar"}
CODE_MAX = 200


class InvalidPlanFile(Exception):
    """The file cannot be imported; `errors` says why, in Dutch."""

    def __init__(self, errors):
        self.errors = list(errors) if isinstance(errors, (list, tuple)) else [errors]
        super().__init__("; ".join(self.errors))


# --- Export ----------------------------------------------------------------------------------

def export_plan(plan):
    rows = {row.step: row for row in plan.step_answers.filter(is_answered=True)}
    return {
        "formaat": FORMAT,
        "versie": SCHEMA_VERSION,
        "geexporteerd_op": timezone.now().isoformat(timespec="seconds"),
        "plan": {
            "titel": plan.titel,
            "periode_start": plan.periode_start,
            "periode_eind": plan.periode_eind,
            "status": plan.status,
            "vastgesteld_op": plan.vastgesteld_op.isoformat() if plan.vastgesteld_op else None,
            "besluit": plan.besluit,
            "gemeente": plan.gemeente.naam,
            "verdieping": list(plan.modules),
        },
        # Every stored section, modules that are switched off included: nothing is lost.
        "stappen": {
            step.SLUG: {"antwoorden": rows[step.SLUG].answers, "klaar": rows[step.SLUG].is_done}
            for step in SECTIONS if step.SLUG in rows
        },
    }


@login_required
def export_view(request, plan_id):
    plan = get_plan(request, plan_id)
    audit.record(request, audit.EXPORTED, plan=plan, titel=plan.titel)
    response = JsonResponse(export_plan(plan), json_dumps_params={"ensure_ascii": False, "indent": 2})
    filename = slugify(f"{plan.gemeente.naam} {plan.titel}") or "plan"
    response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    return response


# --- Reading and checking a file ---------------------------------------------------------------

def _no_constants(name):
    raise ValueError(f"{name} is geen geldig getal")


class DuplicateName(ValueError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


def _no_duplicates(pairs):
    """object_pairs_hook: a name twice in one object is an error, not "the last one wins"."""
    result = {}
    for name, value in pairs:
        if name in result:
            raise DuplicateName(name)
        result[name] = value
    return result


def shown(text, limit=60):
    """A name from the file as it may appear in a message: short, and only characters we can show."""
    return repair_text(str(text)[:limit])


def read_json(uploaded):
    """The parsed file, or InvalidPlanFile for anything that is not a small JSON object."""
    if uploaded.size is not None and uploaded.size > MAX_BYTES:
        raise InvalidPlanFile(f"Het bestand is te groot. Het mag maximaal {MAX_BYTES // (1024 * 1024)} MB zijn.")
    raw = uploaded.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise InvalidPlanFile(f"Het bestand is te groot. Het mag maximaal {MAX_BYTES // (1024 * 1024)} MB zijn.")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constants, object_pairs_hook=_no_duplicates)
    except DuplicateName as error:
        raise InvalidPlanFile(f"Het bestand noemt '{shown(error.name)}' twee keer op dezelfde plek. Dan is niet "
                              "duidelijk wat geldt. Kies het bestand zoals de planner het heeft geëxporteerd.") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidPlanFile("Dit bestand is geen geldig JSON-bestand. Kies een bestand dat u uit de planner "
                              "heeft geëxporteerd.") from None
    return data


@dataclass
class PlanFile:
    plan: dict
    steps: dict  # slug -> (answers, is_done)


def _is_empty(value):
    return value is None or value == "" or value == []


def _field_error(field, value, *, check_choices):
    """Why `value` is not something `field` would store, or None when it is fine."""
    if value is None:
        return None
    if isinstance(field, forms.MultipleChoiceField):
        if not isinstance(value, list) or not all(isinstance(code, str) and len(code) <= CODE_MAX for code in value):
            return "moet een lijst met keuzes zijn"
        if check_choices and not all(field.valid_value(code) for code in value):
            return "bevat een keuze die de planner niet kent"
        return None
    if isinstance(value, (list, dict)):
        return "heeft een verkeerd soort waarde"
    if isinstance(field, forms.TypedChoiceField):
        if isinstance(value, float) or (isinstance(value, str) and len(value) > CODE_MAX):
            return "heeft een verkeerd soort waarde"
        if check_choices and value != "":
            try:
                cleaned = field.clean(widget_value(field, value))
            except ValidationError:
                return "bevat een keuze die de planner niet kent"
            if to_json(cleaned) != value:
                return "heeft een verkeerd soort waarde"
        return None
    if isinstance(field, forms.ChoiceField):
        if not isinstance(value, str) or len(value) > CODE_MAX:
            return "moet een keuze zijn"
        if check_choices and value and not field.valid_value(value):
            return "bevat een keuze die de planner niet kent"
        return None
    if isinstance(field, forms.DateField):
        if value == "":
            return None
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        return None if day is not None and len(value) == 10 else "moet een datum zijn (JJJJ-MM-DD)"
    if isinstance(field, (forms.IntegerField, forms.DecimalField, forms.FloatField)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                (isinstance(value, float) and not math.isfinite(value)):
            return "moet een getal zijn"
        if isinstance(field, forms.IntegerField) and not isinstance(value, int):
            return "moet een heel getal zijn"
        return _clean_error(field, str(value))
    if isinstance(field, forms.CharField):
        if not isinstance(value, str):
            return "moet tekst zijn"
        return _clean_error(field, value)
    return None if isinstance(value, (str, int, bool)) else "heeft een verkeerd soort waarde"


def _clean_error(field, value):
    try:
        field.clean(value)
    except ValidationError as error:
        if all(item.code == "required" for item in error.error_list):
            return None  # incomplete answers are allowed: a plan may be half done
        text = "; ".join(str(message) for message in error.messages).rstrip(".")
        return text[:1].lower() + text[1:]  # it follows "vraag 'X': "
    return None


@cache
def derived_keys(step):
    """Keys a step's answers() adds besides its fields (such as doel_code), per table or "" for the step.

    Learnt once by saving the demo answers through the form, so no step has to declare them.
    """
    answers = demo_data.answers()
    form = bind(step, form_data(step, answers.get(step.SLUG), plan_answers=answers), plan_answers=answers)
    if not form.is_valid():
        return {}
    produced = form.answers()
    keys = {"": set(produced) - set(step.Form.base_fields) - set(step.Form.tables)}
    for name, table in step.Form.tables.items():
        columns = {column for row in produced.get(name) or [] for column in row}
        keys[name] = columns - set(table.form.base_fields)
    return keys


def _derived_error(value):
    """A key the form adds itself holds a short, simple value."""
    if value is None or isinstance(value, (bool, int)):
        return None
    if isinstance(value, str) and len(value) <= CODE_MAX and unstorable_character(value) is None:
        return None
    return "heeft een verkeerd soort waarde"


def answer_errors(step, answers):
    """Problems with one step's answers, checked against the fields of the step's form.

    Only the form classes are used, not form instances: an instance reads the other steps'
    answers, and those have not been checked yet.
    """
    errors = []
    fields = step.Form.base_fields
    for name, value in answers.items():
        if name in step.Form.tables:
            errors += _table_errors(step, name, value)
        elif name in fields:
            problem = _field_error(fields[name], value, check_choices=True)
            if problem:
                errors.append(f"{step.LABEL}, vraag '{fields[name].label}': {problem}.")
        elif name in derived_keys(step).get("", ()):
            if _derived_error(value):
                errors.append(f"{step.LABEL}, '{name}': {_derived_error(value)}.")
        else:
            errors.append(f"{step.LABEL} bevat een onbekende vraag: '{str(name)[:60]}'.")
    return errors


def _table_errors(step, name, rows):
    table = step.Form.tables[name]
    where = f"{step.LABEL}, tabel '{table.label or name}'"
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return [f"{where}: moet een lijst met rijen zijn."]
    max_rows = getattr(table, "max_rows", table.max_num)
    if len(rows) > max_rows:
        return [f"{where}: heeft meer dan {max_rows} rijen."]
    # Choices in tables may depend on other steps; there only the kind of value is checked.
    columns = table.form.base_fields
    derived = derived_keys(step).get(name, ())
    errors = []
    for number, row in enumerate(rows, start=1):
        for column, value in row.items():
            if column in derived:
                if _derived_error(value):
                    errors.append(f"{where}, rij {number}, kolom '{column}': {_derived_error(value)}.")
                continue
            if column not in columns:
                errors.append(f"{where}, rij {number}: onbekende kolom '{str(column)[:60]}'.")
                continue
            problem = _field_error(columns[column], value, check_choices=False)
            if problem:
                errors.append(f"{where}, rij {number}, kolom '{columns[column].label}': {problem}.")
    return errors


def _plan_errors(meta):
    if not isinstance(meta, dict):
        return ["Het onderdeel 'plan' ontbreekt of is geen object."]
    errors = [f"Onbekend gegeven bij het plan: '{str(key)[:60]}'." for key in meta if key not in PLAN_KEYS]
    titel = meta.get("titel")
    if not isinstance(titel, str) or not titel.strip() or len(titel) > 200:
        errors.append("De titel van het plan ontbreekt of is langer dan 200 tekens.")
    start, end = meta.get("periode_start"), meta.get("periode_eind")
    years_ok = all(isinstance(y, int) and not isinstance(y, bool) and 2000 <= y <= 2100 for y in (start, end))
    if not years_ok or end < start:
        errors.append("De beleidsperiode moet twee jaartallen tussen 2000 en 2100 hebben, het laatste niet vóór het eerste.")
    if meta.get("status", Plan.Status.CONCEPT) not in Plan.Status.values:
        errors.append("De status van het plan is onbekend.")
    fixed_on = meta.get("vastgesteld_op")
    if fixed_on is not None and _field_error(forms.DateField(), fixed_on, check_choices=False):
        errors.append("De datum van vaststelling is geen geldige datum.")
    besluit = meta.get("besluit", "")
    if not isinstance(besluit, str) or len(besluit) > 5000:
        errors.append("Het besluit moet tekst zijn van maximaal 5000 tekens.")
    if not isinstance(meta.get("gemeente", ""), str):
        errors.append("De naam van de gemeente moet tekst zijn.")
    modules = meta.get("verdieping", [])
    if not isinstance(modules, list) or any(not isinstance(slug, str) or slug not in MODULE_SLUGS for slug in modules):
        errors.append("De lijst 'verdieping' mag alleen verdiepingen van de planner noemen.")
    return errors


PLAN_LABELS = {"titel": "De titel van het plan", "besluit": "Het besluit", "gemeente": "De naam van de gemeente",
               "verdieping": "De lijst 'verdieping'",
               "status": "De status van het plan", "vastgesteld_op": "De datum van vaststelling"}
MAX_TEXT_ERRORS = 50


def _where(path):
    """Where in the file `path` (a tuple of names and row indexes) is, in words, by the labels of the page."""
    if len(path) >= 2 and path[0] == "plan" and isinstance(path[1], str):
        return PLAN_LABELS.get(path[1], f"Het gegeven '{shown(path[1])}' bij het plan")
    if len(path) >= 4 and path[0] == "stappen" and path[1] in BY_SLUG and path[2] == "antwoorden":
        step, name = BY_SLUG[path[1]], path[3]
        if name in step.Form.tables:
            table = step.Form.tables[name]
            where = f"{step.LABEL}, tabel '{table.label or name}'"
            if len(path) >= 5 and isinstance(path[4], int):
                where += f", rij {path[4] + 1}"
                column = path[5] if len(path) >= 6 else None
                if isinstance(column, str):
                    field = table.form.base_fields.get(column)
                    where += f", kolom '{field.label if field else shown(column)}'"
            return where
        if name in step.Form.base_fields:
            return f"{step.LABEL}, vraag '{step.Form.base_fields[name].label}'"
        return f"{step.LABEL}, '{shown(name)}'"
    if len(path) >= 2 and path[0] == "stappen" and path[1] in BY_SLUG:
        return f"{BY_SLUG[path[1]].LABEL}"
    return "Het bestand" if not path else f"Het onderdeel '{'/'.join(shown(part, 30) for part in path)}'"


def text_errors(data):
    """A message for every text in the file, name or value, with a character the planner cannot store.

    Checked before anything else, so no later message has to show such a text. Walks without
    recursion: the JSON parser allows nesting deeper than a recursive walk would survive.
    """
    errors = []
    stack = [((), data)]
    while stack and len(errors) < MAX_TEXT_ERRORS:
        path, value = stack.pop()
        if isinstance(value, str):
            found = unstorable_character(value)
            if found:
                errors.append(f"{_where(path)}: bevat een teken dat de planner niet kan bewaren "
                              f"({found[0]}, het {found[1]}e teken).")
        elif isinstance(value, dict):
            for name, item in reversed(value.items()):
                if unstorable_character(name):
                    errors.append(f"{_where(path)}: een naam in het bestand bevat een teken dat de planner niet "
                                  "kan bewaren.")
                else:
                    stack.append(((*path, name), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))
    return errors


def check_file(data):
    """A PlanFile from parsed JSON, or InvalidPlanFile listing everything that is wrong."""
    if not isinstance(data, dict) or data.get("formaat") != FORMAT:
        raise InvalidPlanFile("Dit bestand is geen plan uit de Beleidsplanner Mantelzorg.")
    unstorable = text_errors(data)
    if unstorable:
        raise InvalidPlanFile(unstorable)
    version = data.get("versie")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidPlanFile("Het bestand heeft geen geldig versienummer.")
    if version > SCHEMA_VERSION:
        raise InvalidPlanFile("Dit bestand komt uit een nieuwere versie van de planner. Vraag uw leverancier om een update.")
    errors = [f"Onbekend onderdeel in het bestand: '{str(key)[:60]}'." for key in data if key not in TOP_KEYS]
    errors += _plan_errors(data.get("plan"))
    steps = data.get("stappen")
    if not isinstance(steps, dict):
        raise InvalidPlanFile(errors + ["Het onderdeel 'stappen' ontbreekt of is geen object."])
    answers, done = {}, {}
    for slug, entry in steps.items():
        if slug not in BY_SLUG:
            errors.append(f"Onbekende stap in het bestand: '{str(slug)[:60]}'.")
        elif not isinstance(entry, dict) or not isinstance(entry.get("antwoorden"), dict) \
                or set(entry) - STEP_KEYS or not isinstance(entry.get("klaar", False), bool):
            errors.append(f"{BY_SLUG[slug].LABEL} heeft niet de goede vorm.")
        else:
            answers[slug] = entry["antwoorden"]
            done[slug] = entry.get("klaar", False)
    for slug, step_answers in answers.items():
        errors += answer_errors(BY_SLUG[slug], step_answers)
    if not errors:
        # The same format check as a save through the step's form (domain.md 0.1): what the form
        # refuses, the import refuses; what it saves, the import takes.
        # The answers are stored as the file has them, so an export imports again without loss.
        for slug, step_answers in answers.items():
            step = BY_SLUG[slug]
            step_errors, _saved, complete = through_form(step, step_answers, plan_answers=answers)
            errors += [f"{step.LABEL}, {where}: {message}" if where else f"{step.LABEL}: {message}"
                       for where, message in step_errors]
            done[slug] = done[slug] and complete  # klaar only when the form would mark it so
    if errors:
        raise InvalidPlanFile(errors)
    return PlanFile(plan=data["plan"], steps={slug: (answers[slug], done[slug]) for slug in answers})


def was_fixed(meta):
    """True when the file's plan was vastgesteld (or says when it was)."""
    return meta.get("status") == Plan.Status.VASTGESTELD or bool(meta.get("vastgesteld_op"))


def decision_note(meta):
    """The besluit of an imported concept: for a plan that was vastgesteld, a note of that decision."""
    besluit = meta.get("besluit", "")
    if not was_fixed(meta):
        return besluit
    fixed_on = meta.get("vastgesteld_op")
    when = f" op {date_format(date.fromisoformat(fixed_on), 'j F Y')}" if fixed_on else ""
    note = f"Ingelezen uit een bestand. Dit plan was daar vastgesteld{when}; hier is het een concept."
    if besluit.strip():
        note += " Het besluit van toen: "
        # An export of this concept must import again, so the whole stays within 5000 characters.
        return note + besluit[:5000 - len(note)]
    return note


@transaction.atomic
def create_plan(plan_file, gemeente, user):
    """Write the checked file as a new concept plan; rolled back if the plan document cannot be built.

    Always a concept, also when the file's plan was vastgesteld: a plan is vastgesteld here only
    through the vaststellen page (its checks, who and when). The decision of then is kept in
    `besluit` (see `decision_note`).
    """
    meta = plan_file.plan
    plan = Plan.objects.create(
        gemeente=gemeente, titel=meta["titel"], periode_start=meta["periode_start"],
        periode_eind=meta["periode_eind"], besluit=decision_note(meta), status=Plan.Status.CONCEPT,
        updated_by=user, modules=[slug for slug in MODULE_SLUGS if slug in meta.get("verdieping", [])],
    )
    for step in SECTIONS:
        if step.SLUG in plan_file.steps:
            step_answers, is_done = plan_file.steps[step.SLUG]
            save_answers(plan, step.SLUG, step_answers, user, is_done=is_done)
    plan.refresh_from_db()
    try:
        _show_everywhere(plan)
    except Exception as error:  # a last safety net: never store a plan that cannot be shown
        raise InvalidPlanFile("De antwoorden in dit bestand passen niet bij deze versie van de planner.") from error
    return plan


def _show_everywhere(plan):
    """Build what the pages build from the answers: each step form, the check page and the plan."""
    answers = plan.answers()
    for step in plan.sections:
        step_answers = answers.get(step.SLUG) or {}
        form = step.Form(initial=step_answers, plan_answers=answers, prefix=step.SLUG)
        form.as_div()
        for formset in form.formsets.values():
            formset.as_div()
        form.suggestions()
        if hasattr(form, "derived"):
            form.derived()
        step.check_rows(step_answers)
    for outline in outlines.OUTLINES:
        render_to_string("plan/_document.html", {"doc": build(plan, answers, outline.key), "plan": plan})


def import_file(uploaded, gemeente, user):
    return create_plan(check_file(read_json(uploaded)), gemeente, user)


def import_message(plan_file):
    """What the officer is told after a good import."""
    if not was_fixed(plan_file.plan):
        return "Het plan is ingelezen als nieuw plan."
    return ("Het plan is ingelezen als nieuw concept. In het bestand was het al vastgesteld; stel het hier "
            "opnieuw vast als dat nodig is. Het besluit van toen staat bij het plan.")


# --- The import page -------------------------------------------------------------------------

class ImportForm(forms.Form):
    bestand = forms.FileField(
        label="Bestand met het plan",
        help_text="Een JSON-bestand dat u uit de planner heeft geëxporteerd, hier of bij een andere gemeente.",
        error_messages={"required": "Kies een bestand.", "empty": "Het bestand is leeg.",
                        "invalid": "Kies een bestand."},
        widget=forms.ClearableFileInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input",
                                               "accept": "application/json,.json"}),
    )
    gemeente = forms.ModelChoiceField(
        label="Gemeente",
        queryset=Gemeente.objects.none(),
        empty_label=None,
        help_text="In welke gemeente komt het plan? Het wordt een nieuw plan; bestaande plannen blijven zoals ze zijn.",
        error_messages={"required": "Kies een gemeente.", "invalid_choice": "Kies een gemeente uit de lijst."},
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button utrecht-radio-button--html-input"}),
    )

    def __init__(self, *args, gemeenten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = gemeenten
        if len(gemeenten) == 1:
            self.fields["gemeente"].initial = gemeenten[0].pk


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    gemeenten = gemeenten_for_new_plans(request.user)
    if not gemeenten.exists():
        raise PermissionDenied("U mag geen plannen maken.")
    form = ImportForm(request.POST or None, request.FILES or None, gemeenten=gemeenten)
    file_errors = []
    if request.method == "POST" and form.is_valid():
        try:
            plan_file = check_file(read_json(form.cleaned_data["bestand"]))
            plan = create_plan(plan_file, form.cleaned_data["gemeente"], request.user)
        except InvalidPlanFile as error:
            file_errors = error.errors
        else:
            audit.record(request, audit.IMPORTED, plan=plan, titel=plan.titel,
                         bestand=repair_text(form.cleaned_data["bestand"].name[:200]),
                         stappen=len(plan.step_answers.all()), was_vastgesteld=was_fixed(plan_file.plan))
            messages.success(request, import_message(plan_file))
            return redirect("planner:plan", plan_id=plan.pk)
    error_list = summary_errors(form)
    error_list += [(form["bestand"].auto_id, message) for message in file_errors[:MAX_ERRORS_SHOWN]]
    if len(file_errors) > MAX_ERRORS_SHOWN:
        error_list.append(("", f"En nog {len(file_errors) - MAX_ERRORS_SHOWN} andere problemen."))
    return render(request, "planner/plan_import.html", {"form": form, "error_list": error_list})
