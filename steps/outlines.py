"""The three documents one plan makes (domain.md 5.3), and what goes into each, in what order.

A document is an `Outline`: its key (in the URL), its name, how its cover reads, and its parts.
A part names the section whose answers it reads and the function that writes its chapter(s)
from them (a step's `plan_section`, or a function written for that document). A part of a
Verdieping module is left out when the module is switched off: its answers are then not in the
plan's answers at all (steps.registry). Appendices come from the sections' `appendix_blocks`
and the fixed ones, in the order `appendices` lists them; an empty appendix is left out.

Where a module's chapter stands is decided here, so that a plan with modules switched on reads
as one document: the leading principles and the SOFA view right after the vision, the persona's
beside the target groups, cooperation and lobby after draagvlak.
"""
from dataclasses import dataclass

from steps import (
    b1_aanbod,
    b2_financien,
    beleidsplan,
    m1_opdracht,
    m2_pitch,
    m3_lobby,
    m4_samenwerking,
    m5_principes,
    m6_sofa,
    m7_wonen,
    m8_personas,
    raadsvoorstel,
    s1_visie,
    s2_comfortzone,
    s3_voorwaarden,
    s4_beleidsfasen,
    s5_instrumenten,
    s6_doelgroepen,
    s7_draagvlak,
    s8_evaluatie,
)
from steps.summary import summary_chapter


@dataclass(frozen=True)
class Part:
    section: object  # the section module whose answers the part reads
    write: object = None  # (section answers, plan answers) -> Section or [Section]; default plan_section

    @property
    def slug(self):
        return self.section.SLUG

    def sections(self, answers):
        """The part's Sections, or [] when its module is switched off."""
        if self.section.KIND == "verdieping" and self.slug not in answers:
            return []
        write = self.write or self.section.plan_section
        written = write(answers.get(self.slug) or {}, answers)
        if written is None:
            return []
        return list(written) if isinstance(written, (list, tuple)) else [written]


@dataclass(frozen=True)
class Outline:
    key: str
    name: str  # what the officer chooses on the preview page
    parts: tuple
    #: Appendix keys in order; "begrippen" (the glossary) and "bronnen" are made here.
    appendices: tuple = ()
    #: The advisor's check as the last chapter (the plan van aanpak, for the officer's team).
    check_chapter: bool = True
    #: Writes the one-page summary from (answers, facts); None for a document without one.
    summary: object = summary_chapter
    contents: bool = True
    #: Whether the document speaks for the whole plan: its CONCEPT mark and findings then count
    #: every section's findings. The plan van aanpak counts only those of its own parts.
    whole_plan: bool = True
    #: The cover's title, with {gemeente} and {periode}; "" keeps the plan's own title.
    title: str = ""

    def cover_title(self, plan_title, gemeente, period):
        if not self.title:
            return plan_title
        return " ".join(self.title.format(gemeente=gemeente or "", periode=period or "").split())


PLAN_VAN_AANPAK = Outline(
    key="plan-van-aanpak",
    name="Plan van aanpak participatie",
    # The officer's own title for the plan (editable; domain.md 5: "Samen met mantelzorgers ...").
    parts=(
        Part(m1_opdracht),
        Part(s1_visie),
        Part(m5_principes),
        Part(m6_sofa),
        Part(s2_comfortzone),
        Part(s3_voorwaarden),
        Part(s4_beleidsfasen),
        Part(s5_instrumenten),
        Part(s6_doelgroepen),
        Part(m8_personas),
        Part(s7_draagvlak),
        Part(m4_samenwerking),
        Part(m3_lobby),
        Part(m2_pitch),
        Part(m7_wonen),
        Part(s8_evaluatie),
    ),
    appendices=("begrippen", "instrumenten", "inbreng", "pitches", "lobbyplan", "personas",
                "aandachtspunten", "bronnen"),
    whole_plan=False,
)

#: The policy itself (domain.md 5.3): step 1's chapters one by one (so that the principles and
#: SOFA of the Verdieping stand right after the vision), the support offer, the waardering, how
#: mantelzorgers took part, the agenda, the money, the law and the monitoring.
BELEIDSPLAN = Outline(
    key="beleidsplan",
    name="Beleidsplan mantelzorg",
    title="Mantelzorgbeleid {gemeente} {periode}",
    parts=(
        Part(s1_visie, write=beleidsplan.aanleiding_section),
        Part(s1_visie, write=beleidsplan.visie_section),
        Part(m5_principes),
        Part(m6_sofa),
        Part(s1_visie, write=beleidsplan.doelen_section),
        Part(b1_aanbod),
        Part(m7_wonen),
        Part(m4_samenwerking),
        Part(b2_financien, write=b2_financien.waardering_section),
        Part(s7_draagvlak, write=beleidsplan.meegedaan_section),
        Part(m8_personas),
        Part(b2_financien, write=b2_financien.agenda_section),
        Part(b2_financien, write=b2_financien.financien_section),
        Part(b2_financien, write=b2_financien.juridisch_section),
        Part(s8_evaluatie, write=beleidsplan.monitoring_section),
    ),
    appendices=("begrippen", "aanbod", "inbreng", "personas", "bronnen"),
    check_chapter=False,
    summary=beleidsplan.summary_chapter,
)

#: Two to four pages for the raad (domain.md 5.3), one chapter per heading.
RAADSVOORSTEL = Outline(
    key="raadsvoorstel",
    name="Raadsvoorstel",
    title="Raadsvoorstel: vaststelling mantelzorgbeleid {periode}",
    parts=(Part(b2_financien, write=raadsvoorstel.raadsvoorstel_sections),),
    appendices=(),
    check_chapter=False,
    summary=None,
    contents=False,
)

OUTLINES = (PLAN_VAN_AANPAK, BELEIDSPLAN, RAADSVOORSTEL)
BY_KEY = {outline.key: outline for outline in OUTLINES}
DEFAULT = PLAN_VAN_AANPAK.key


def get(key):
    """The outline for a key from a URL; None for a key we do not know."""
    return BY_KEY.get(key)
