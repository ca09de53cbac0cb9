"""The ordered list of the eight steps. Add a step here and it appears everywhere."""
from steps import (
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

BY_SLUG = {step.SLUG: step for step in STEPS}
SLUGS = tuple(BY_SLUG)


def get(slug):
    return BY_SLUG[slug]
