"""Repair texts stored before every text was checked: lone surrogates become U+FFFD.

A lone surrogate ("\\udfff", from a JSON import) cannot be written as UTF-8, so every page that
showed it failed. Since then the forms and the import refuse such characters (steps.forms.
validate_text); this repairs what is already stored: the answers, drafts, versions and
conflicts of every step, the plan's title and decision, and the details in the logboek.
The check is copied here so later changes to it do not change this migration.
"""
import re

from django.db import migrations

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def repaired(value):
    """`value` (JSON: str, list, dict) with lone surrogates replaced, in names too."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub(REPLACEMENT, value)
    if isinstance(value, list):
        return [repaired(item) for item in value]
    if isinstance(value, dict):
        return {repaired(key): repaired(item) for key, item in value.items()}
    return value


FIELDS = {
    "StepAnswer": ["answers", "draft"],
    "StepRevision": ["answers"],
    "StepConflict": ["data"],
    "Plan": ["titel", "besluit"],
    "AuditEvent": ["detail"],
}


def repair(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("planner", model_name)
        for row in model.objects.only("pk", *fields).iterator(chunk_size=500):
            changed = {}
            for field in fields:
                value = getattr(row, field)
                new = repaired(value)
                if new != value:
                    changed[field] = new
            if changed:
                model.objects.filter(pk=row.pk).update(**changed)


class Migration(migrations.Migration):
    dependencies = [("planner", "0004_invitation")]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
