"""The typetest Wmo en mantelzorg (K7): which type of municipality the answers of step 1 show.

Step 1 shows the result, steps 2 and 4 build their suggestions on it.
"""
from steps import derived
from steps.catalogs import options
from steps.catalogs.base import by_code

_HINT_DIRIGENT = ("Gemeenten van dit type voelen zich vaak het prettigst bij informeren, raadplegen "
                  "en adviseren.")
_HINT_REGISSEUR = ("Gemeenten van dit type laten mantelzorgers en partners makkelijker meedoen als "
                   "coproducent, vooral in de uitvoering.")


def typetest(answers):
    """The typetest quadrant of step 1 (pass the step 1 answers): (code or None, label, uitleg).

    Rules of K7: `gemengd` counts as `breed`; `tussenvorm` puts the municipality on the line
    between dirigent and regisseur, so there is no single quadrant (code None).
    """
    answers = answers or {}
    breedte, sturing = answers.get("breedte_beleid"), answers.get("sturing")
    if not breedte or not sturing:
        return (None, "Nog niet bepaald",
                "Kies eerst of u breed of smal beleid voert en hoe sterk de gemeente stuurt. "
                "Dan ziet u hier uw beleidstype.")
    note = ""
    if breedte == "gemengd":
        note = "U kiest een brede basis met gerichte accenten. In de typetest telt dat als breed beleid. "
    code = derived.typetest_kwadrant(answers)
    if code:
        kwadrant = by_code(options.TYPETEST_KWADRANTEN)[code]
        hint = _HINT_DIRIGENT if sturing == "dirigent" else _HINT_REGISSEUR
        return code, kwadrant.label, f"{note}{kwadrant.uitleg} {hint}"
    kant = "Brede" if breedte in ("breed", "gemengd") else "Gerichte"
    name = f"Tussen {kant.lower()} dirigent en {kant.lower()} regisseur"
    uitleg = (f"{note}U stuurt op sommige onderwerpen zelf en laat andere over aan partners. "
              f"Daarom ligt uw gemeente op de lijn tussen '{kant} dirigent' en '{kant} regisseur'. "
              "Waar u zelf stuurt, past informeren tot adviseren vaak het best. Waar u ruimte laat, "
              "kunnen mantelzorgers en partners ook coproduceren.")
    return None, name, uitleg
