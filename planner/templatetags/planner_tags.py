"""Template tags for the page templates: fields and tables (rendered by the Jinja2 field
templates, see planner/form_renderer.py), the session warning and the page header."""
from django import template
from django.urls import reverse

from planner.wizard import fields
from planner.wizard import form_renderer, parts
from planner.wizard.suggested_rows import suggestions_for
from planner.pages.session import session_seconds_left as seconds_left
from steps.registry import BY_SLUG

register = template.Library()


@register.simple_tag
def form_field(bound_field, show_errors=True):
    """{% form_field form.naam %}: label, hint, error and input of one question."""
    return form_renderer.render_field(bound_field, show_errors)


@register.simple_tag(takes_context=True)
def form_table(context, formset, name, show_errors=True, can_edit=True):
    """{% form_table formset "naam" show_errors can_edit %}: a table with its rows, and the rows
    the planner suggests from earlier steps ("Voeg toe", planner/wizard/suggested_rows.py)."""
    form, step = context.get("form"), context.get("step")
    suggested = []
    if can_edit and form is not None and step is not None:
        suggested = suggestions_for(step.SLUG, name, getattr(form, "plan_answers", {}), form.initial)
    plan = context.get("plan")
    # Rows are read on their own pages: <step page>/<table>/<n>/ (planner/wizard/rows.py).
    row_url = reverse("planner:step", args=[plan.pk, step.SLUG]) if plan is not None and step is not None else ""
    return form_renderer.render_table(formset, name, show_errors=show_errors, can_edit=can_edit,
                                      suggested=suggested, row_url=row_url)


register.filter("table_label", fields.table_label)


@register.filter
def field_or_table(form, name):
    """A section item: ('field', bound field) or ('table', formset, help text).

    The help text comes along because a template's `formset.help_text` first tries
    formset["help_text"], which builds every row form of the table.
    """
    if name in form.fields:
        return ("field", form[name])
    formset = form.formsets[name]
    return ("table", formset, getattr(formset, "help_text", ""))


@register.simple_tag(takes_context=True)
def session_seconds_left(context):
    """Seconds until the officer's session ends, for the warning in static/js/app.js."""
    return seconds_left(context["request"])


@register.simple_tag(takes_context=True)
def header_gemeente(context):
    """The gemeente for the page header: the plan's, or the user's only gemeente."""
    plan = context.get("plan")
    if plan is not None and getattr(plan, "gemeente", None):
        return plan.gemeente.naam
    memberships = context.get("memberships")
    if memberships is None:
        user = context.get("user")
        if user is None or not user.is_authenticated:
            return ""
        memberships = user.memberships.select_related("gemeente")[:2]
    memberships = list(memberships)
    return memberships[0].gemeente.naam if len(memberships) == 1 else ""


@register.filter
def finding_anchor(finding):
    """The id of the question an advisor finding is about, on its step page; "" if none."""
    step = BY_SLUG.get(getattr(finding, "step", ""))
    field = getattr(finding, "field", "")
    if step is None or not field:
        return ""
    if parts.card_of_field(step.SLUG, step.Form, field):
        return f"deel-{step.SLUG}-{parts.card_of_field(step.SLUG, step.Form, field)}"
    if field in step.Form.base_fields:
        return f"id_{step.SLUG}-{field}"
    if field in step.Form.tables:
        return f"tabel-{step.SLUG}-{field}"
    return ""


class _Plan:
    def __init__(self, pk):
        self.pk = pk


@register.simple_tag
def section_card(form, step_slug, number, show_errors=False):
    """{% section_card form step.SLUG forloop.counter show_errors as card %}: a section shown as a
    card with a page of its own (planner/wizard/parts.py), or None."""
    return parts.card(form, step_slug, number, show_errors)


@register.filter
def page_errors(form, step_slug):
    """The error summary of a step page, errors of a card's questions linked to the card."""
    return parts.page_errors(form, step_slug)


@register.filter
def finding_row_url(finding, plan_id):
    """The own page of the table row an advisor finding is about; "" when it is not about one row."""
    from django.urls import reverse

    from planner.wizard.row_summary import is_summary_table

    step = BY_SLUG.get(getattr(finding, "step", ""))
    table, row = getattr(finding, "field", ""), getattr(finding, "row", 0)
    number = parts.card_of_field(step.SLUG, step.Form, table) if step is not None and table else None
    if number:
        return parts.part_url(_Plan(plan_id), step.SLUG, number)  # a question on a card: its own page
    if step is None or not row or table not in step.Form.tables or not is_summary_table(step.Form.tables[table]):
        return ""
    return reverse("planner:row", kwargs={"plan_id": plan_id, "step": step.SLUG, "table": table, "index": row})


@register.filter
def step_label(slug):
    """"Stap 3", "Beleid 1" or "Verdieping 2" from a section's slug, for texts."""
    step = BY_SLUG.get(slug)
    return step.LABEL if step else ""


@register.filter
def step_number(slug):
    """The number of a step from its slug, for "Stap 3" in texts."""
    step = BY_SLUG.get(slug)
    return step.NUMBER if step else ""


class LandmarkNavNode(template.Node):
    """Renders its content in a <nav> landmark, unless it is empty or a landmark already."""

    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, label):
        self.nodelist = nodelist
        self.label = label

    def render(self, context):
        content = self.nodelist.render(context).strip()
        if not content or content.startswith("<nav"):
            return content
        return f'<nav class="page-nav" aria-label="{self.label}">{content}</nav>'


@register.tag
def page_nav(parser, token):
    """{% page_nav "Terug" %}...{% endpage_nav %}: the back link or breadcrumbs above <main> in a
    navigation landmark, so no content is outside a landmark (axe's `region` rule)."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('page_nav takes one quoted label: {% page_nav "Terug" %}')
    nodelist = parser.parse(("endpage_nav",))
    parser.delete_first_token()
    from django.utils.html import escape
    return LandmarkNavNode(nodelist, escape(bits[1][1:-1]))
