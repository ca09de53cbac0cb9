"""The form renderer: Django's Jinja2 form renderer that also finds our field templates.

A heavy step page shows about 440 fields (table rows included). Rendered as Django template
includes that took about half of the page's CPU time; the same markup in Jinja2 takes a
fraction of it. The page templates stay Django templates and call the field templates with
{% form_field %} and {% form_table %} (planner/templatetags/planner_tags.py).
"""
from pathlib import Path

import django.forms
import jinja2
from django.conf import settings
from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from planner.wizard import row_summary
from planner.wizard.fields import TEMPLATE_HELPERS

FIELD_TEMPLATE = "planner/field.html"
TABLE_TEMPLATE = "planner/table.html"


class FormRenderer(Jinja2):
    @cached_property
    def engine(self):
        return self.backend({
            "APP_DIRS": True,
            "DIRS": [Path(settings.BASE_DIR) / "templates" / "jinja2",
                     Path(django.forms.__file__).parent / "jinja2"],
            "NAME": "djangoforms",
            "OPTIONS": {"environment": "planner.wizard.form_renderer.environment"},
        })

    def get_template(self, template_name):
        """Our Jinja2 templates and Django's; else Django's own form renderer. The admin's widgets
        (the wrapper around a foreign key, the date and time field) are Django templates only, so
        without this every admin change page with one of them failed."""
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self._django_templates.get_template(template_name)

    @cached_property
    def _django_templates(self):
        return DjangoTemplates()

    def field_group(self, bound_field, show_errors):
        """The field_group macro of templates/jinja2/planner/field_group.html."""
        if settings.DEBUG:  # Jinja2 looks for an edited template
            return self.engine.env.get_template("planner/field_group.html").module.field_group(bound_field, show_errors)
        return self._field_group(bound_field, show_errors)

    @cached_property
    def _field_group(self):
        return self.engine.env.get_template("planner/field_group.html").module.field_group


def environment(**options):
    env = jinja2.Environment(**options)
    env.globals.update(TEMPLATE_HELPERS)
    env.globals.update(summary_rows=row_summary.summary_rows, row_noun=row_summary.noun,
                       shows_as_summary=row_summary.shows_as_summary)
    return env


def render_field(bound_field, show_errors=True):
    """A question: label, hint, error and input (the macro in templates/jinja2/planner/field_group.html).

    Calls the macro directly, as field.html does, without a template render per field (a page has
    up to 60 questions; a render each, with its import of the macro, was 6 % of a page's CPU time).
    """
    renderer = bound_field.form.renderer
    if not isinstance(renderer, FormRenderer):
        return bound_field.render(FIELD_TEMPLATE, {"field": bound_field, "show_errors": show_errors})
    return mark_safe(renderer.field_group(bound_field, show_errors).lstrip())


def render_table(formset, name, *, show_errors=True, can_edit=True, suggested=(), row_url=""):
    """A repeating or fixed table with its rows (templates/jinja2/planner/table.html); `row_url`
    is the step page's URL, under which each row of a summary list has its own page."""
    return formset.render(TABLE_TEMPLATE, {"formset": formset, "name": name, "show_errors": show_errors,
                                           "can_edit": can_edit, "suggested": suggested, "row_url": row_url})
