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
