"""The raadsvoorstel (domain.md 5.3): two to four pages in the form Dutch gemeenten use.

Onderwerp; Voorgesteld besluit (numbered beslispunten: the officer's own from `b2_financien`, or
proposed from the answers); Inleiding; Beoogd effect; Argumenten; Kanttekeningen (the advisor's
open fouten and waarschuwingen, and the largest risks of step 2); Financiën; Juridische
grondslag; Communicatie en participatie; Vervolg; and the college's signature.

`raadsvoorstel_sections(answers, plan_answers)` writes them all, one `Section` per heading, from
the plan's answers. The college speaks of itself and of the gemeente in the third person.
"""
import re

from steps import advisor, b2_financien, derived
from steps.beleidsplan import (
    WAARDERING_VORMEN, budget_per_jaar, gemeente_of, kosten_per_jaar, partij_namen, periode_of,
)
from steps.catalogs import options
from steps.catalogs.base import label
from steps.document import BulletList, Facts, Paragraph, Section, Table
from steps.text import count_text, dutch_date, euro, in_sentence, join_words, labels, third_person

#: The Wmo 2015 articles the plan rests on (issue 15: cite no others unless the officer types them).
WMO_ARTIKELEN = (
    ("2.1.2", "de gemeenteraad stelt periodiek een plan vast over het beleid voor maatschappelijke "
              "ondersteuning, waaronder de ondersteuning van mantelzorgers"),
    ("2.1.3", "de gemeenteraad legt bij verordening regels vast over de maatschappelijke ondersteuning"),
    ("2.1.6", "de verordening bepaalt hoe het college zorgt voor een jaarlijkse blijk van waardering voor "
              "de mantelzorgers van cliënten in de gemeente"),
)
#: How many risks of step 2 the kanttekeningen name.
TOP_RISICOS = 3


def _section(number, key, title, blocks):
    return Section(number=number, slug=f"raadsvoorstel-{key}", title=title, blocks=blocks)


def titel(plan_answers):
    periode = periode_of(plan_answers)
    return f"Vaststelling mantelzorgbeleid {gemeente_of(plan_answers)} {periode}".strip()


# --- Beslispunten ----------------------------------------------------------------------------------

def beslispunten(plan_answers):
    """The beslispunten as Beleid 2 has them: the officer's, or those proposed from the answers
    (one source for the page's suggestions and the raadsvoorstel)."""
    return b2_financien.beslispunten(derived.step_answers(plan_answers, "financien"), plan_answers)


# --- Kanttekeningen ----------------------------------------------------------------------------

def _first_sentence(text):
    match = re.match(r"(.+?[.!?])(\s|$)", " ".join(text.split()))
    return match.group(1) if match else text


def kanttekening(finding):
    """One finding as a kanttekening: its first sentence, without the 'Stap 6: ' of the planner,
    in the third person; '' when that cannot be said without addressing the reader."""
    text = re.sub(r"^(Stap|Beleid|Verdieping) \d+:\s*", "", finding.message.strip())
    text = third_person(_first_sentence(text))
    return text[:1].upper() + text[1:] if text else ""


def top_risicos(plan_answers, limit=TOP_RISICOS):
    rows = derived.table(derived.step_answers(plan_answers, "comfortzone"), "risicos")
    scored = sorted((row for row in rows if derived.risicoscore(row)), key=lambda row: -derived.risicoscore(row))
    return scored[:limit]


def _risk_text(row):
    from steps.catalogs.risks import RISICOS
    naam = derived.risico_label(row.get("risico"), row) or "Een risico"
    maatregel = next((risk.maatregel for risk in RISICOS if risk.code == row.get("maatregel")), "")
    toelichting = derived.as_text(row.get("maatregel_toelichting"))
    zin = f"{naam} (kans × impact {derived.risicoscore(row)})."
    if maatregel or toelichting:
        zin += f" Maatregel: {in_sentence(maatregel) if maatregel else ''}{': ' if maatregel and toelichting else ''}{toelichting}."
    return zin.replace("..", ".")


def kanttekeningen_blocks(plan_answers):
    blocks = []
    found = [f for f in advisor.findings(plan_answers) if f.severity in (advisor.FOUT, advisor.WAARSCHUWING)]
    if found:
        fouten = sum(1 for f in found if f.severity == advisor.FOUT)
        waarschuwingen = len(found) - fouten
        aantal = join_words([count_text(fouten, "fout", "fouten") if fouten else "",
                             count_text(waarschuwingen, "waarschuwing", "waarschuwingen") if waarschuwingen else ""])
        blocks.append(Paragraph(f"De controle van het plan meldt nog {aantal}. Het college lost ze op of legt uit "
                                "waarom dat niet nodig is, voordat de raad besluit:"))
        items = []
        for finding in found:
            text = kanttekening(finding) or "Een punt uit de controle van het plan staat nog open."
            prefix = "Fout" if finding.severity == advisor.FOUT else "Waarschuwing"
            items.append(f"{prefix}: {text}")
        blocks.append(BulletList(items))
    risicos = top_risicos(plan_answers)
    if risicos:
        blocks.append(Paragraph(
            "Mantelzorgers laten meedoen brengt risico's mee. De grootste, met wat het college eraan doet:"))
        blocks.append(BulletList([_risk_text(row) for row in risicos]))
    if not blocks:
        blocks.append(Paragraph("Er zijn geen kanttekeningen: de controle van het plan meldt geen fouten of "
                                "waarschuwingen."))
    return blocks


# --- Financiën ---------------------------------------------------------------------------------------

def signed_euro(value):
    """A difference: '€ 2.000', '− € 2.000' for a shortage."""
    return f"− {euro(-value)}" if value < 0 else euro(value)


def financien_blocks(plan_answers):
    budget, kosten = budget_per_jaar(plan_answers), kosten_per_jaar(plan_answers)
    jaren = sorted(set(budget) | set(kosten))
    if not jaren:
        return [Paragraph("De begroting voor dit beleid is nog niet ingevuld.")]
    rows = [[str(jaar), euro(budget.get(jaar)), euro(kosten.get(jaar)),
             signed_euro((budget.get(jaar) or 0) - (kosten.get(jaar) or 0))] for jaar in jaren]
    rows.append(["Totaal", euro(sum(budget.values())), euro(sum(kosten.values())),
                 signed_euro(sum(budget.values()) - sum(kosten.values()))])
    blocks = [Paragraph("De kosten van het beleid en het budget dat ervoor beschikbaar is, per jaar:"),
              Table(caption="Budget en kosten per jaar", headers=["Jaar", "Budget", "Kosten", "Verschil"], rows=rows)]
    tekort = [str(jaar) for jaar in jaren if (kosten.get(jaar) or 0) > (budget.get(jaar) or 0)]
    if tekort:
        blocks.append(Paragraph(f"In {join_words(tekort)} zijn de kosten hoger dan het budget. Dat verschil is "
                                "nog niet gedekt."))
    else:
        blocks.append(Paragraph("De kosten passen in elk jaar binnen het budget."))
    return blocks


# --- The sections ----------------------------------------------------------------------------------

def _inleiding(plan_answers, gemeente):
    visie = derived.step_answers(plan_answers, "visie")
    redenen = [in_sentence(r) for r in labels(options.REDENEN, derived.as_codes(visie.get("redenen")))]
    zinnen = [f"Dit voorstel vraagt de raad het mantelzorgbeleid van {gemeente} voor de periode "
              f"{periode_of(plan_answers) or 'van dit plan'} vast te stellen."]
    if derived.as_number(visie.get("aantal_mantelzorgers_geschat")):
        zinnen.append(f"In {gemeente} zorgen naar schatting "
                      f"{derived.as_number(visie.get('aantal_mantelzorgers_geschat')):,} volwassenen voor een naaste."
                      .replace(",", "."))
    if redenen:
        zinnen.append(f"Het college vindt hun ondersteuning belangrijk, onder meer om deze redenen: {join_words(redenen)}.")
    zinnen.append("Het beleid is samen met mantelzorgers gemaakt. Het beleidsplan ligt als bijlage bij dit voorstel.")
    return [Paragraph(" ".join(zinnen))]


def _beoogd_effect(plan_answers, gemeente):
    doelen = [row for row in derived.table(derived.step_answers(plan_answers, "visie"), "doelen")
              if derived.as_text(row.get("omschrijving"))]
    if not doelen:
        return [Paragraph("Mantelzorgers kunnen de zorg voor hun naaste volhouden en krijgen op tijd steun.")]
    items = []
    for row in doelen[:6]:
        resultaat = derived.as_text(row.get("beoogd_resultaat"))
        items.append(derived.as_text(row.get("omschrijving")).rstrip(".") + (f" ({resultaat})" if resultaat else ""))
    blocks = [Paragraph(f"Met dit beleid wil {gemeente} dit bereiken:"), BulletList(items)]
    if len(doelen) > 6:
        blocks.append(Paragraph(f"Het beleidsplan noemt nog {count_text(len(doelen) - 6, 'doel', 'doelen')}."))
    return blocks


def _argumenten(plan_answers, gemeente):
    items = ["Het beleid voert de wettelijke taak uit: de Wmo 2015 vraagt de gemeente mantelzorgers te "
             "ondersteunen en hen elk jaar te waarderen."]
    inbreng = derived.table(derived.step_answers(plan_answers, "draagvlak"), "inbreng_log")
    rijen = derived.instrument_rijen(plan_answers)
    if rijen or inbreng:
        zin = "Mantelzorgers hebben het beleid mee gemaakt"
        if rijen:
            zin += f", met {count_text(len(rijen), 'werkvorm', 'werkvormen')}"
        if inbreng:
            over = sum(1 for row in inbreng if row.get("besluit") in ("overgenomen", "deels"))
            zin += (f". Van hun {count_text(len(inbreng), 'punt', 'punten')} {'is' if over == 1 else 'zijn'} er "
                    f"{over} (deels) overgenomen")
        items.append(zin + ".")
    aanbod = [row for row in derived.table(derived.step_answers(plan_answers, "aanbod"), "aanbod")
              if derived.as_text(row.get("voorziening"))]
    if aanbod:
        gebieden = derived.unique(derived.as_code(row.get("vraaggebied")) for row in aanbod)
        items.append(f"Het aanbod dekt {count_text(len(gebieden), 'vraaggebied', 'vraaggebieden')} van mantelzorgers, "
                     "van informatie tot respijtzorg, en richt zich op de groepen die dat het meest nodig hebben.")
    budget, kosten = budget_per_jaar(plan_answers), kosten_per_jaar(plan_answers)
    if budget and kosten and all((kosten.get(j) or 0) <= (budget.get(j) or 0) for j in set(budget) | set(kosten)):
        items.append("De kosten passen in elk jaar binnen het budget.")
    return [BulletList(items)]


def _juridisch(plan_answers, gemeente):
    financien = derived.step_answers(plan_answers, "financien")
    items = [f"Artikel {nummer} Wmo 2015: {tekst}." for nummer, tekst in WMO_ARTIKELEN]
    verordening = derived.as_text(financien.get("verordening_naam"))
    if verordening:
        datum = dutch_date(financien.get("verordening_datum"))
        items.append(f"{verordening}{', vastgesteld op ' + datum if datum else ''}.")
    blocks = [Paragraph("Dit besluit steunt op:"), BulletList(items)]
    integraal = derived.as_text(financien.get("integraal_plan"))
    if integraal:
        blocks.append(Paragraph(f"Het mantelzorgbeleid hoort bij {integraal}."))
    return blocks


def _communicatie(plan_answers, gemeente):
    draagvlak = derived.step_answers(plan_answers, "draagvlak")
    zinnen = []
    groepen = derived.gekozen_doelgroepen(plan_answers)
    if groepen:
        zinnen.append(f"Bij het maken van dit beleid deden {count_text(len(groepen), 'groep', 'groepen')} "
                      "mantelzorgers mee, ook groepen die de gemeente anders moeilijk bereikt.")
    partijen = derived.table(draagvlak, "stakeholders")
    if partijen:
        namen = partij_namen(partijen)
        zinnen.append(f"Ook {count_text(len(partijen), 'andere partij', 'andere partijen')} dachten mee"
                      + (f", onder wie {join_words(namen)}." if namen else "."))
    terug = [row for row in derived.table(draagvlak, "communicatie") if row.get("type") == "terugkoppeling"]
    if terug:
        zinnen.append("Deelnemers hoorden wat er met hun inbreng gebeurde.")
    zinnen.append("Na het besluit laat het college mantelzorgers, partners en inwoners weten wat de raad besloot en "
                  "wat dat voor hen betekent.")
    return [Paragraph(" ".join(zinnen))]


def _vervolg(plan_answers, gemeente):
    items = []
    momenten = sorted((row for row in derived.table(derived.step_answers(plan_answers, "evaluatie"), "evaluatiemomenten")
                       if derived.as_date(row.get("datum")) and row.get("type") in ("jaarlijks", "eind_beleidsperiode")),
                      key=lambda row: derived.as_date(row.get("datum")))
    visie = derived.step_answers(plan_answers, "visie")
    start = derived.as_number(visie.get("beleidsperiode_start"))
    if start:
        items.append(("Uitvoering", f"vanaf 1 januari {int(start)}"))
    for row in momenten:
        items.append((dutch_date(row.get("datum")), derived.as_text(row.get("moment"))
                      or label(options.EVALUATIEMOMENT_TYPES, row.get("type"))))
    blocks = [Paragraph("Na het besluit voert het college het beleid uit volgens de uitvoeringsagenda in het "
                        "beleidsplan. De raad hoort hoe het gaat op deze momenten:" if momenten else
                        "Na het besluit voert het college het beleid uit volgens de uitvoeringsagenda in het "
                        "beleidsplan.")]
    if items:
        blocks.append(Facts(items))
    return blocks


def _ondertekening(gemeente):
    return [
        Paragraph(f"Het college van burgemeester en wethouders van {gemeente},"),
        Facts([("de secretaris", "…………………………"), ("de burgemeester", "…………………………")]),
    ]


def raadsvoorstel_sections(answers, plan_answers):
    """The raadsvoorstel, one Section per heading, in the usual order. `answers` are
    `b2_financien`'s (the beslispunten); everything else is read from `plan_answers`."""
    gemeente = gemeente_of(plan_answers)
    parts = [
        ("onderwerp", "Onderwerp", [Paragraph(titel(plan_answers))]),
        ("besluit", "Voorgesteld besluit", [
            Paragraph("De raad besluit:"),
            *[Paragraph(f"{nummer}. {punt}") for nummer, punt in enumerate(beslispunten(plan_answers), start=1)],
        ]),
        ("inleiding", "Inleiding", _inleiding(plan_answers, gemeente)),
        ("beoogd-effect", "Beoogd effect", _beoogd_effect(plan_answers, gemeente)),
        ("argumenten", "Argumenten", _argumenten(plan_answers, gemeente)),
        ("kanttekeningen", "Kanttekeningen", kanttekeningen_blocks(plan_answers)),
        ("financien", "Financiën", financien_blocks(plan_answers)),
        ("juridisch", "Juridische grondslag", _juridisch(plan_answers, gemeente)),
        ("communicatie", "Communicatie en participatie", _communicatie(plan_answers, gemeente)),
        ("vervolg", "Vervolg", _vervolg(plan_answers, gemeente) + _ondertekening(gemeente)),
    ]
    return [_section(number, key, title, blocks) for number, (key, title, blocks) in enumerate(parts, start=1)]
