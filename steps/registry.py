"""Every page of questions a plan has, in order. Add a section here and it appears everywhere.

Three kinds, one contract (see ``steps/__init__``):

* ``STEPS``: Movisie's eight steps "Mantelzorgers betrekken" (KIND "stap"), always on.
* ``BELEID``: the questions the beleidsplan and the raadsvoorstel need besides the eight steps
  (domain.md 5.3: support offer, waardering, money, law, beslispunten; KIND "beleid"), always on.
* ``MODULES``: the eight deepening modules (Verdieping, domain.md 6; KIND "verdieping"), each
  switched on or off per plan. A module that is off is not in the plan's answers at all, so it
  leaves no trace in the documents, the advisor or the facts; its stored answers stay.
"""
from steps import (
    b1_aanbod,
    b2_financien,
    m1_opdracht,
    m2_pitch,
    m3_lobby,
    m4_samenwerking,
    m5_principes,
    m6_sofa,
    m7_wonen,
    m8_personas,
    s1_visie,
    s2_comfortzone,
    s3_voorwaarden,
    s4_beleidsfasen,
    s5_instrumenten,
    s6_doelgroepen,
    s7_draagvlak,
    s8_evaluatie,
)

STEPS = (
    s1_visie,
    s2_comfortzone,
    s3_voorwaarden,
    s4_beleidsfasen,
    s5_instrumenten,
    s6_doelgroepen,
    s7_draagvlak,
    s8_evaluatie,
)
BELEID = (b1_aanbod, b2_financien)
MODULES = (
    m1_opdracht,
    m2_pitch,
    m3_lobby,
    m4_samenwerking,
    m5_principes,
    m6_sofa,
    m7_wonen,
    m8_personas,
)
#: The sections every plan has.
ALWAYS_ON = STEPS + BELEID
#: The order of the wizard: M1 (mandate and vision) comes before step 1 when it is on.
SECTIONS = (m1_opdracht,) + STEPS + BELEID + MODULES[1:]

BY_SLUG = {section.SLUG: section for section in SECTIONS}
SLUGS = tuple(step.SLUG for step in STEPS)
MODULE_SLUGS = tuple(module.SLUG for module in MODULES)


def get(slug):
    return BY_SLUG[slug]


def is_module(slug):
    return slug in MODULE_SLUGS


def active_sections(modules_on):
    """The sections of a plan with these modules switched on, in wizard order."""
    on = set(modules_on or ())
    return tuple(section for section in SECTIONS if section.KIND != "verdieping" or section.SLUG in on)


def active_slugs(modules_on):
    return tuple(section.SLUG for section in active_sections(modules_on))
