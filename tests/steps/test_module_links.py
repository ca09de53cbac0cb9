"""Where the eight steps read a Verdieping module's answers as suggestions (only when it is on)."""
from steps import demo_data, m5_principes, s1_visie


def suggestion_titles(form):
    return dict(form.suggestions())


def test_step_1_offers_the_principles_of_verdieping_5_it_does_not_have_yet():
    answers = demo_data.answers()
    answers["visie"]["leidende_principes"] = [{"principe": "Vroeg erbij.", "toelichting": ""}]
    answers["principes"] = {"leidende_principes": [
        {"principe": "Vroeg erbij", "uitleg": "Al bij de start."},
        {"principe": "Samen beslissen", "uitleg": "Mantelzorgers praten mee."},
    ]}
    form = s1_visie.Form(initial=answers["visie"], plan_answers=answers)
    offered = suggestion_titles(form)["Leidende principes uit Verdieping 5"]
    assert offered == ["Samen beslissen – Mantelzorgers praten mee."]  # 'Vroeg erbij' is there already


def test_without_verdieping_5_step_1_offers_only_its_own_examples():
    answers = demo_data.answers()
    form = s1_visie.Form(initial=answers["visie"], plan_answers=answers)
    assert list(suggestion_titles(form)) == ["Voorbeelden van definities"]
    answers["principes"] = m5_principes.DEMO  # on, with the demo's principles
    form = s1_visie.Form(initial=answers["visie"], plan_answers=answers)
    have = {row["principe"].casefold().rstrip(".") for row in answers["visie"]["leidende_principes"]}
    missing = [row for row in m5_principes.DEMO["leidende_principes"]
               if row["principe"].casefold().rstrip(".") not in have]
    offered = suggestion_titles(form).get("Leidende principes uit Verdieping 5", [])
    assert len(offered) == len(missing)


def test_step_7_points_to_the_pitches_of_verdieping_2_when_it_is_on():
    from steps import m2_pitch, s7_draagvlak
    from steps.document import AppendixRef

    answers = demo_data.answers()
    answers["draagvlak"]["elevator_pitch"] = "Eén op de acht inwoners zorgt voor een naaste."
    own = s7_draagvlak.plan_section(answers["draagvlak"], answers)
    assert any(getattr(block, "text", "") == "Elevator pitch" for block in own.blocks)
    answers["pitch"] = m2_pitch.DEMO
    pointed = s7_draagvlak.plan_section(answers["draagvlak"], answers)
    assert not any(getattr(block, "text", "") == "Elevator pitch" for block in pointed.blocks)
    assert [block.appendix for block in pointed.blocks if isinstance(block, AppendixRef)][-1] == "pitches"
