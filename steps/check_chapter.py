"""The advisor's part of the plan: the check chapter (a traffic light per step) and appendix D
(the findings that are still open, with the step to solve each in)."""
from steps import advisor
from steps.appendices import appendix
from steps.document import AppendixRef, Chapter, Paragraph, Table
from steps.registry import BY_SLUG, STEPS

LIGHTS = {"groen": "Groen: geen aandachtspunten", "oranje": "Oranje: waarschuwingen",
          "rood": "Rood: fouten"}
NOT_FILLED_IN = "Nog niet ingevuld"


def check_chapter(findings, open_steps=()):
    """The traffic light per wizard step. A step nobody filled in gets no light: the check found
    nothing there because there was nothing to check, not because all is well."""
    blocks = [Paragraph(
        "De planner legt de antwoorden van alle stappen naast elkaar. Zo ziet u of de keuzes bij elkaar "
        "passen. Een fout is iets dat nog echt ontbreekt. Een waarschuwing verdient aandacht. Een tip is "
        "een suggestie. Geen van deze punten houdt het plan tegen: de gemeente beslist zelf.")]
    rows = []
    for step in STEPS:
        found = [finding for finding in findings if finding.step == step.SLUG]
        counts = [sum(1 for finding in found if finding.severity == severity) for severity in advisor.SEVERITIES]
        light = NOT_FILLED_IN if step.SLUG in open_steps and not found else LIGHTS[advisor.stoplicht(found)]
        rows.append([f"Stap {step.NUMBER}. {step.SHORT_TITLE}", light] + [str(count) for count in counts])
    blocks.append(Table(caption="Uitkomst van de controle per stap", rows=rows,
                        headers=["Stap", "Stoplicht", "Fouten", "Waarschuwingen", "Tips"]))
    fouten = sum(1 for finding in findings if finding.severity == advisor.FOUT)
    if fouten:
        blocks.append(Paragraph(
            f"Er {'staat' if fouten == 1 else 'staan'} nog {fouten} {'fout' if fouten == 1 else 'fouten'} open. "
            "Zolang dat zo is, draagt het plan het woord CONCEPT op elke pagina."))
    if findings:
        blocks.append(AppendixRef("aandachtspunten", "Alle aandachtspunten staan met uitleg in bijlage {letter}."))
    elif not open_steps:
        blocks.append(Paragraph("De controle vond geen tegenstrijdigheden tussen de stappen."))
    if open_steps:
        blocks.append(Paragraph(
            f"{len(open_steps)} van de {len(STEPS)} stappen {'is' if len(open_steps) == 1 else 'zijn'} nog niet "
            "ingevuld. De controle kijkt daar pas naar als ze ingevuld zijn."))
    return Chapter("aandachtspunten", "", "Controle van het plan", blocks)


def findings_appendix(findings):
    if not findings:
        blocks = [Paragraph("Er staan geen aandachtspunten open.")]
    else:
        blocks = [Paragraph("Deze punten uit de controle staan nog open. Per punt staat in welke stap u het "
                            "kunt oplossen."), Table(
            caption="Openstaande aandachtspunten",
            headers=["Soort", "Stap in de planner", "Aandachtspunt"],
            rows=[[advisor.SEVERITY_LABELS.get(f.severity, f.severity),
                   ", ".join(str(BY_SLUG[slug].NUMBER) for slug in f.steps if slug in BY_SLUG), f.message]
                  for f in findings],
        )]
    return appendix("aandachtspunten", "Openstaande aandachtspunten", blocks)
