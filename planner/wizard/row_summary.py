"""A repeating table on the step page as a short list ("add multiple things", GOV.UK).

Each row of a table that is not fixed shows as one line with its key fields, "Wijzig" and
"Verwijder"; a row is added or changed on a page of its own (planner/wizard/rows.py). The step
page then posts no rows for such a table: `with_stored_rows` puts the stored rows back into
the posted data, so saving the step keeps them. A page that does post a table's rows (an old
page, the JSON import, a test) still saves them as posted.
"""
from django import forms

from planner.wizard.formdata import widget_value
from steps.text import display, shorten

#: Per table: (with an article, without one) for "Voeg een groep toe" and "Wijzig groep 2".
ROW_NOUNS = {
    "leidende_principes": ("een principe", "principe"),
    "doelen": ("een doel", "doel"),
    "comfortzone_actoren": ("een actor", "actor"),
    "risicos": ("een risico", "risico"),
    "beslismomenten": ("een beslismoment", "beslismoment"),
    "instrumenten": ("een instrument", "instrument"),
    "doelgroepen": ("een groep", "groep"),
    "vindplaatsen": ("een vindplaats", "vindplaats"),
    "wervingsplan": ("een wervingsactie", "wervingsactie"),
    "kernteam": ("een lid van het kernteam", "lid van het kernteam"),
    "stakeholders": ("een partij", "partij"),
    "acties": ("een actie", "actie"),
    "communicatie": ("een bericht", "bericht"),
    "inbreng_log": ("inbreng", "inbreng"),
    "evaluatiemomenten": ("een evaluatiemoment", "evaluatiemoment"),
    "procesvragen": ("een procesvraag", "procesvraag"),
    "indicatoren": ("een indicator", "indicator"),
    # Beleid and Verdieping (kernteam and leidende_principes are named above)
    "bredere_collegagroep": ("een collega", "collega"),
    "aanbod": ("een voorziening", "voorziening"),
    "aanbod_lacunes": ("iets dat ontbreekt", "ontbrekend aanbod"),
    "budget": ("een bedrag", "bedrag"),
    "beslispunten": ("een beslispunt", "beslispunt"),
    "pitches": ("een pitch", "pitch"),
    "partnerprioritering": ("een partner", "partner"),
    "waarden_inventaris": ("een beeld, waarde of vuistregel", "beeld, waarde of vuistregel"),
    "rollen": ("een afspraak over een rol", "afspraak over een rol"),
    "sofa_maatregelen": ("een maatregel", "maatregel"),
    "personas": ("een persona", "persona"),
}
SUMMARY_LENGTH = 90


def noun(name, *, article=False):
    nouns = ROW_NOUNS.get(name, ("een rij", "rij"))
    return nouns[0] if article else nouns[1]


def is_summary_table(formset_class):
    """A table shown as a summary list: every repeating table except the fixed ones."""
    return not getattr(formset_class, "fixed", False)


def shows_as_summary(formset, show_errors):
    """A summary list, unless the page posted the table's rows and one of them has an error:
    then the rows are shown as typed, with their errors (an old page, a refused import)."""
    if not is_summary_table(formset):
        return False
    return not (show_errors and formset.is_bound and any(formset.errors))


def _has_value(value):
    return value not in (None, "", [], False)


def _key_fields(row_form):
    return [bound for bound in row_form.visible_fields() if bound.name != "DELETE"]


def row_has_content(row_form):
    return any(_has_value(bound.value()) for bound in _key_fields(row_form))


def _readable(bound):
    field, value = bound.field, bound.value()
    if isinstance(field, forms.ChoiceField) and isinstance(value, bool):
        value = "ja" if value else "nee"
    if isinstance(value, str) and isinstance(field, (forms.IntegerField, forms.DecimalField)):
        text = value  # shown back as typed ("14.800")
    else:
        text = _displayed(field, value)
    return shorten(" ".join(str(text).split()), SUMMARY_LENGTH)


def _displayed(field, value):
    try:
        return display(field, value)
    except (TypeError, ValueError, ArithmeticError):
        return str(value)


def row_summary(row_form):
    """(title, detail) of a row: its first two filled columns, as readable text."""
    texts = [_readable(bound) for bound in _key_fields(row_form) if _has_value(bound.value())]
    return (texts[0] if texts else "", texts[1] if len(texts) > 1 else "")


def _stored_text(field, value, labels):
    """A stored answer as readable text, without building a row form."""
    if labels is not None:
        codes = value if isinstance(value, list) else [value]
        text = ", ".join(str(labels.get(str(code), code)) for code in codes)
    elif isinstance(field, forms.DecimalField) and not isinstance(value, bool):
        text = field.prepare_value(value)
    else:
        text = _displayed(field, value)
    return shorten(" ".join(str(text).split()), SUMMARY_LENGTH)


def _stored_summaries(formset):
    """summary_rows of a table on a page that was not posted: read from the stored rows."""
    options = (formset.form_kwargs or {}).get("options") or {}
    labels = {name: {str(item.code): item.label for item in items} for name, items in options.items()}
    columns = [(name, field) for name, field in formset.form.base_fields.items()
               if name != "DELETE" and not field.widget.is_hidden]
    result = []
    for number, row in enumerate(formset.initial or [], start=1):
        if not isinstance(row, dict):
            continue
        texts = [_stored_text(field, row.get(name), labels.get(name))
                 for name, field in columns if _has_value(row.get(name))]
        if texts:
            result.append((number, texts[0], texts[1] if len(texts) > 1 else ""))
    return result


def summary_rows(formset):
    """(number in the table from 1, title, detail) of every filled row of a table.

    A page that was not posted reads the stored rows (building ~40 row forms for a heavy step
    cost about 6 ms); a posted page shows what was posted.
    """
    if not formset.is_bound:
        return _stored_summaries(formset)
    return form_summaries(formset)


def form_summaries(formset):
    """summary_rows from the table's row forms (posted or not)."""
    result = []
    for index, row_form in enumerate(formset.forms, start=1):
        if row_has_content(row_form):
            title, detail = row_summary(row_form)
            result.append((index, title, detail))
    return result


def table_rows_data(prefix, formset_class, rows):
    """The posted form data that holds `rows` of a table whose keys start with `prefix`."""
    data = {
        f"{prefix}-TOTAL_FORMS": [str(len(rows))],
        f"{prefix}-INITIAL_FORMS": [str(len(rows))],
        f"{prefix}-MIN_NUM_FORMS": ["0"],
        f"{prefix}-MAX_NUM_FORMS": [str(getattr(formset_class, "max_rows", 1000))],
    }
    for index, row in enumerate(rows):
        for column, field in formset_class.form.base_fields.items():
            posted = widget_value(field, row.get(column))
            if posted is not None:
                data[f"{prefix}-{index}-{column}"] = posted if isinstance(posted, list) else [posted]
    return data


def with_stored_rows(form_class, step_prefix, data, answers):
    """`data` with the stored rows of every summary table whose rows are not in it (see above)."""
    missing = [name for name, formset_class in form_class.tables.items()
               if is_summary_table(formset_class) and f"{step_prefix}-{name}-TOTAL_FORMS" not in data]
    if not missing:
        return data
    data = data.copy()
    for name in missing:
        rows = [row for row in (answers or {}).get(name) or [] if isinstance(row, dict)]
        for key, values in table_rows_data(f"{step_prefix}-{name}", form_class.tables[name], rows).items():
            data.setlist(key, values)
    return data
