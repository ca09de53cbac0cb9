"""The advisor's part of the plan: the check chapter (a traffic light per step) and appendix D
(the findings that are still open, with the step to solve each in)."""
from steps import advisor
from steps.appendices import appendix
from steps.document import AppendixRef, Chapter, Paragraph, Table
from steps.registry import BY_SLUG
from steps.text import third_person

LIGHTS = {"groen": "Groen: geen aandachtspunten", "oranje": "Oranje: waarschuwingen",
          "rood": "Rood: fouten"}
NOT_FILLED_IN = "Nog niet ingevuld"


def check_chapter(facts):
    """The traffic light per wizard step, from the plan's facts (`steps.facts`): a finding counts
    with every step it involves, as on the overview. A step nobody filled in gets no light: the
    check found nothing there because there was nothing to check, not because all is well."""
    blocks = [Paragraph(
        "De planner legt de antwoorden van alle stappen naast elkaar. Zo blijkt of de keuzes bij elkaar "
        "passen. Een fout is iets dat nog echt ontbreekt. Een waarschuwing verdient aandacht. Een tip is "
        "een suggestie. Geen van deze punten houdt het plan tegen: de gemeente beslist zelf. Een punt dat "
        "over meer stappen gaat, telt bij elke stap mee.")]
    rows = []
    for step in facts.steps:
        light = NOT_FILLED_IN if step.is_open and not step.findings else LIGHTS[step.light]
        rows.append([f"{step.step.LABEL}. {step.step.SHORT_TITLE}", step.status, light]
                    + [str(count) for count in step.counts.values()])
    blocks.append(Table(caption="Uitkomst van de controle per stap", rows=rows,
                        headers=["Stap", "Status", "Stoplicht", "Fouten", "Waarschuwingen", "Tips"]))
    fouten, open_steps = facts.fouten, facts.open_steps
    if fouten:
        blocks.append(Paragraph(
            f"Er {'staat' if fouten == 1 else 'staan'} nog {fouten} {'fout' if fouten == 1 else 'fouten'} open. "
            "Zolang dat zo is, draagt het plan het woord CONCEPT op elke pagina."))
    if facts.findings:
        blocks.append(AppendixRef("aandachtspunten", "Alle aandachtspunten staan met uitleg in bijlage {letter}."))
    elif not open_steps:
        blocks.append(Paragraph("De controle vond geen tegenstrijdigheden tussen de stappen."))
    if open_steps:
        blocks.append(Paragraph(
            f"{len(open_steps)} van de {facts.step_count} stappen {'is' if len(open_steps) == 1 else 'zijn'} nog niet "
            "ingevuld. De controle kijkt daar pas naar als ze ingevuld zijn."))
    return Chapter("aandachtspunten", "", "Controle van het plan", blocks)


def findings_appendix(findings):
    if not findings:
        blocks = [Paragraph("Er staan geen aandachtspunten open.")]
    else:
        blocks = [Paragraph("Deze punten uit de controle staan nog open. Per punt staat in welke stap van de "
                            "planner het is op te lossen."), Table(
            caption="Openstaande aandachtspunten",
            headers=["Soort", "Stap in de planner", "Aandachtspunt"],
            rows=[[advisor.SEVERITY_LABELS.get(f.severity, f.severity),
                   ", ".join(BY_SLUG[slug].LABEL.removeprefix("Stap ") for slug in f.steps if slug in BY_SLUG), third_person(f.message) or f.message]
                  for f in findings],
        )]
    return appendix("aandachtspunten", "Openstaande aandachtspunten", blocks)
