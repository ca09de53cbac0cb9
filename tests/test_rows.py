"""A repeating table row on a page of its own: add, change, delete, refuse, conflict, access.

Every change of a row is a save of its step: a new version and a revision in the history.
"""
import re

import pytest
from django.urls import reverse

from planner.models import StepAnswer, StepConflict, StepRevision
from planner.wizard.storage import save_answers
from steps import demo_data
from steps.registry import BY_SLUG
from tests.steps.postdata import post_data

STEP = "doelgroepen"
TABLE = "doelgroepen"
FIELD = f"{STEP}-{TABLE}-rij"


@pytest.fixture
def stored(plan_a, redacteur):
    answers = demo_data.answers()
    for slug in ("visie", "instrumenten", STEP):
        save_answers(plan_a, slug, answers[slug], redacteur)
    return answers


def row_url(plan, index=None, name="planner:row", table=TABLE):
    if index is None:
        return reverse("planner:row_new", args=[plan.pk, STEP, table])
    return reverse(name, args=[plan.pk, STEP, table, index])


def step_row(plan):
    return StepAnswer.objects.get(plan=plan, step=STEP)


def versie(page):
    return re.search(r'name="versie" value="(\d+)"', page).group(1)


@pytest.mark.django_db
def test_adding_a_row_on_its_own_page_stores_a_new_version(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    page = redacteur_client.get(row_url(plan_a)).content.decode()
    assert "<h1 class=\"utrecht-heading-1\">Voeg een groep toe</h1>" in page
    response = redacteur_client.post(row_url(plan_a), {
        "versie": versie(page), f"{FIELD}-doelgroep": "eigen", f"{FIELD}-eigen_naam": "Mantelzorgers in Hazelt",
        f"{FIELD}-geschat_aantal": "1.200", f"{FIELD}-benodigde_faciliteiten": ["vervangende_zorg"],
    })
    assert response.status_code == 302
    assert response["Location"] == reverse("planner:step", args=[plan_a.pk, STEP]) + f"#tabel-{STEP}-{TABLE}"
    after = step_row(plan_a)
    rows = after.answers[TABLE]
    assert len(rows) == len(before.answers[TABLE]) + 1
    assert rows[-1]["eigen_naam"] == "Mantelzorgers in Hazelt" and rows[-1]["geschat_aantal"] == 1200
    assert rows[-1]["benodigde_faciliteiten"] == ["vervangende_zorg"]
    assert after.version == before.version + 1
    assert StepRevision.objects.get(plan=plan_a, step=STEP, version=after.version).answers == after.answers
    # The other answers of the step are kept as they were.
    assert after.answers["vindplaatsen"] == before.answers["vindplaatsen"]


@pytest.mark.django_db
def test_changing_a_row_keeps_the_others_and_is_a_revision(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    page = redacteur_client.get(row_url(plan_a, 2)).content.decode()
    assert "Wijzig groep 2: Jonge mantelzorgers" in page
    assert 'value="Focusgroep beleid; 1.300 geschat, 40 bekend"' in page  # the row's stored answers
    data = {key.replace(f"{STEP}-{TABLE}-1-", f"{FIELD}-"): value
            for key, value in post_data(BY_SLUG[STEP].Form, before.answers).items()
            if key.startswith(f"{STEP}-{TABLE}-1-")}
    data.update({"versie": versie(page), f"{FIELD}-reden": "Nieuwe reden"})
    assert redacteur_client.post(row_url(plan_a, 2), data).status_code == 302
    after = step_row(plan_a)
    assert after.answers[TABLE][1] == dict(before.answers[TABLE][1], reden="Nieuwe reden")
    assert after.answers[TABLE][0] == before.answers[TABLE][0] and len(after.answers[TABLE]) == len(before.answers[TABLE])
    assert after.version == before.version + 1
    # History can put the old row back: the earlier version is a revision.
    assert StepRevision.objects.get(plan=plan_a, step=STEP, version=before.version).answers[TABLE][1]["reden"] != "Nieuwe reden"


@pytest.mark.django_db
def test_deleting_a_row_asks_first_then_stores_a_new_version(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    page = redacteur_client.get(row_url(plan_a, 1, "planner:row_delete")).content.decode()
    assert "Groep 1 verwijderen?" in page and "Werkende mantelzorgers" in page
    assert step_row(plan_a).version == before.version  # asking changes nothing
    response = redacteur_client.post(row_url(plan_a, 1, "planner:row_delete"), {"versie": versie(page)})
    assert response.status_code == 302
    after = step_row(plan_a)
    assert after.answers[TABLE] == before.answers[TABLE][1:]
    assert after.version == before.version + 1
    assert StepRevision.objects.filter(plan=plan_a, step=STEP, version=after.version).exists()


@pytest.mark.django_db
def test_a_refused_row_keeps_what_was_typed_with_dutch_errors(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    page = redacteur_client.get(row_url(plan_a)).content.decode()
    response = redacteur_client.post(row_url(plan_a), {
        "versie": versie(page), f"{FIELD}-doelgroep": "werkende_mantelzorgers",
        f"{FIELD}-reden": "Mijn getypte reden", f"{FIELD}-geschat_aantal": "heel veel",
    })
    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fout:" in page and "data-error-summary" in page
    assert f'href="#id_{FIELD}-geschat_aantal"' in page  # the summary links to the field
    assert "Vul een getal in, bijvoorbeeld 14.800." in page
    assert 'value="heel veel"' in page and 'value="Mijn getypte reden"' in page
    assert step_row(plan_a).version == before.version


@pytest.mark.django_db
def test_an_empty_row_is_not_added(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    page = redacteur_client.get(row_url(plan_a)).content.decode()
    response = redacteur_client.post(row_url(plan_a), {"versie": versie(page)})
    assert response.status_code == 200 and "Vul minstens één vraag in" in response.content.decode()
    assert step_row(plan_a).version == before.version


def row_post(index, **typed):
    """What the row page of `index` posts: the stored row with `typed` changed."""
    row = demo_data.answers()[STEP][TABLE][index - 1]
    data = {key.replace(f"{STEP}-{TABLE}-0-", f"{FIELD}-"): value
            for key, value in post_data(BY_SLUG[STEP].Form, {TABLE: [row]}).items()
            if key.startswith(f"{STEP}-{TABLE}-0-")}
    data.update({f"{FIELD}-{name}": value for name, value in typed.items()})
    return data


def loaded_then_a_colleague_saves(client, url, plan, make_user, gemeente, theirs):
    """The officer opens the row page `url`; a colleague then saves the step as `theirs`. The
    version the officer's page was loaded with."""
    loaded = int(versie(client.get(url).content.decode()))
    save_answers(plan, STEP, theirs, make_user("collega", gemeente, "redacteur"), expected_version=loaded)
    return loaded


def with_a_colleagues_row(answers):
    return dict(answers, **{TABLE: [*answers[TABLE], {"doelgroep": "eigen", "eigen_naam": "Groep van de collega"}]})


@pytest.mark.django_db
def test_a_colleagues_change_to_the_same_row_keeps_the_typed_row_as_a_conflict(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    rows = [dict(row) for row in stored[STEP][TABLE]]
    rows[1]["reden"] = "De reden van de collega"
    loaded = loaded_then_a_colleague_saves(redacteur_client, row_url(plan_a, 2), plan_a, make_user, gemeente_a,
                                           dict(stored[STEP], **{TABLE: rows}))
    response = redacteur_client.post(row_url(plan_a, 2), dict(row_post(2, reden="Mijn reden"), versie=str(loaded)))
    conflict = StepConflict.objects.get(plan=plan_a, step=STEP)
    assert response.status_code == 302
    assert response["Location"] == reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    assert conflict.base_version == loaded
    assert conflict.data[f"{STEP}-{TABLE}-1-reden"] == ["Mijn reden"]  # the typed row, in the step's data
    assert conflict.data[f"{STEP}-{TABLE}-0-doelgroep"] == ["werkende_mantelzorgers"]  # the rest as loaded
    assert step_row(plan_a).answers[TABLE][1]["reden"] == "De reden van de collega"  # nothing overwritten
    assert redacteur_client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_a_colleagues_save_elsewhere_in_the_step_is_kept_and_the_row_saved_on_top(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    """Conflicts are caught per row: another question or another row changed is no conflict."""
    rows = [dict(row) for row in stored[STEP][TABLE]]
    rows[0]["reden"] = "Rij 1 van de collega"
    loaded = loaded_then_a_colleague_saves(redacteur_client, row_url(plan_a, 2), plan_a, make_user, gemeente_a,
                                           dict(stored[STEP], wervingsboodschap="Van de collega", **{TABLE: rows}))
    response = redacteur_client.post(row_url(plan_a, 2), dict(row_post(2, reden="Mijn reden"), versie=str(loaded)))
    assert response.status_code == 302 and "/conflicten/" not in response["Location"]
    assert not StepConflict.objects.filter(plan=plan_a, step=STEP).exists()
    after = step_row(plan_a)
    assert after.version == loaded + 2
    assert after.answers["wervingsboodschap"] == "Van de collega"
    assert after.answers[TABLE][0]["reden"] == "Rij 1 van de collega"
    assert after.answers[TABLE][1]["reden"] == "Mijn reden"


@pytest.mark.django_db
def test_rows_added_by_two_colleagues_at_once_are_both_kept(redacteur_client, plan_a, stored, make_user, gemeente_a):
    loaded = loaded_then_a_colleague_saves(redacteur_client, row_url(plan_a), plan_a, make_user, gemeente_a,
                                           with_a_colleagues_row(stored[STEP]))
    response = redacteur_client.post(row_url(plan_a), {
        "versie": str(loaded), f"{FIELD}-doelgroep": "eigen", f"{FIELD}-eigen_naam": "Mijn groep"})
    assert response.status_code == 302 and "/conflicten/" not in response["Location"]
    names = [row.get("eigen_naam") for row in step_row(plan_a).answers[TABLE]]
    assert names[-2:] == ["Groep van de collega", "Mijn groep"]


@pytest.mark.django_db
def test_a_row_deleted_or_moved_by_a_colleague_is_not_lost_nor_overwritten(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    last = len(stored[STEP][TABLE])
    theirs = stored[STEP][TABLE][1:]  # row 1 deleted: the last row is now one place up
    loaded = loaded_then_a_colleague_saves(redacteur_client, row_url(plan_a, last), plan_a, make_user, gemeente_a,
                                           dict(stored[STEP], **{TABLE: theirs}))
    response = redacteur_client.post(row_url(plan_a, last),
                                     dict(row_post(last, reden="Mijn reden"), versie=str(loaded)))
    assert response.status_code == 302, "the row the officer loaded is still found"
    conflict = StepConflict.objects.get(plan=plan_a, step=STEP)
    assert response["Location"] == reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    assert conflict.data[f"{STEP}-{TABLE}-{last - 1}-reden"] == ["Mijn reden"]
    assert step_row(plan_a).answers[TABLE] == theirs


@pytest.mark.django_db
def test_a_row_page_has_checkboxes_and_no_select_multiple(redacteur_client, plan_a, stored):
    for step, table in (("doelgroepen", "doelgroepen"), ("doelgroepen", "vindplaatsen"),
                        ("instrumenten", "instrumenten"), ("visie", "doelen")):
        page = redacteur_client.get(reverse("planner:row", args=[plan_a.pk, step, table, 1])).content.decode()
        assert not re.search(r"<select[^>]*\smultiple", page), (step, table)
    page = redacteur_client.get(reverse("planner:row", args=[plan_a.pk, "instrumenten", "instrumenten", 1])).content.decode()
    assert re.search(r'<input type="checkbox" name="instrumenten-instrumenten-rij-fasen"', page)


@pytest.mark.django_db
def test_a_lezer_reads_a_row_and_changes_nothing_and_another_gemeente_cannot_reach_the_row_pages(
        client, lezer, plan_a, stored, make_user, gemeente_b):
    urls = [row_url(plan_a), row_url(plan_a, 1), row_url(plan_a, 1, "planner:row_delete")]
    client.force_login(lezer)
    # The step page links each row to its page to read; there the row's answers show, disabled.
    step_page = client.get(reverse("planner:step", args=[plan_a.pk, STEP])).content.decode()
    assert f'href="{row_url(plan_a, 1)}"' in step_page and 'value="doelgroepen/1"' not in step_page
    read = client.get(row_url(plan_a, 1))
    assert read.status_code == 200
    page = read.content.decode()
    assert "Bekijk" in page and "U kunt dit plan alleen lezen" in page and "Opslaan" not in page
    reden = stored[STEP][TABLE][0]["reden"]
    field = re.search(rf'<input[^>]*name="{FIELD}-reden"[^>]*>', page).group(0)
    assert " disabled" in field and f'value="{reden}"' in field
    for url in (urls[0], urls[2]):
        assert client.get(url).status_code == 403
    for url in urls:
        assert client.post(url, {"versie": "1"}).status_code == 403
    client.force_login(make_user("ander", gemeente_b, "beheerder"))
    for url in urls:
        assert client.get(url).status_code == 404
        assert client.post(url, {"versie": "1"}).status_code == 404
    assert step_row(plan_a).answers[TABLE] == stored[STEP][TABLE]


@pytest.mark.django_db
def test_unknown_and_fixed_tables_and_rows_are_not_found(redacteur_client, plan_a, stored):
    assert redacteur_client.get(row_url(plan_a, 99)).status_code == 404
    assert redacteur_client.get(row_url(plan_a, 1, table="onbekend")).status_code == 404
    fixed = reverse("planner:row", args=[plan_a.pk, "comfortzone", "comfort_per_trede", 1])
    assert redacteur_client.get(fixed).status_code == 404


@pytest.mark.django_db
def test_the_step_page_lists_rows_as_summaries(redacteur_client, plan_a, stored):
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, STEP])).content.decode()
    items = re.findall(r'<li class="row-list__item" id="rij-doelgroepen-doelgroepen-(\d+)">(.*?)</li>', page, re.S)
    assert len(items) == len(stored[STEP][TABLE])
    first = items[0][1]
    assert "Werkende mantelzorgers" in first and "Focusgroep beleid" in first
    assert ">Wijzig<" in first and ">Verwijder<" in first
    assert "Voeg een groep toe" in page and "Voeg een vindplaats toe" in page
    assert "<select" not in page.split('id="tabel-doelgroepen-doelgroepen"')[1].split("</ol>")[0]


@pytest.mark.django_db
def test_a_summary_list_button_saves_the_step_first_then_opens_the_row_page(redacteur_client, plan_a, stored):
    before = step_row(plan_a)
    step_url = reverse("planner:step", args=[plan_a.pk, STEP])
    page = redacteur_client.get(step_url).content.decode()
    base = {"plan_wizard-current_step": STEP, "plan_wizard-versie": str(before.version),
            f"{STEP}-wervingsboodschap": stored[STEP]["wervingsboodschap"],
            f"{STEP}-spreiding_toelichting": stored[STEP]["spreiding_toelichting"],
            f"{STEP}-privacy_afspraken": stored[STEP]["privacy_afspraken"],
            f"{STEP}-stap_notities": stored[STEP].get("stap_notities") or ""}
    assert "plan_wizard-versie" in page
    # Nothing changed: straight to the row page, no new version.
    response = redacteur_client.post(step_url, dict(base, rij="doelgroepen/2"))
    assert response["Location"] == row_url(plan_a, 2)
    assert step_row(plan_a).version == before.version
    # Something typed: saved first (the rows, not on the page, are kept), then the row page.
    response = redacteur_client.post(step_url, dict(base, rij="doelgroepen/nieuw", **{
        f"{STEP}-wervingsboodschap": "Nieuwe boodschap"}))
    assert response["Location"] == row_url(plan_a)
    after = step_row(plan_a)
    assert after.version == before.version + 1 and after.answers["wervingsboodschap"] == "Nieuwe boodschap"
    assert after.answers[TABLE] == before.answers[TABLE] and after.answers["vindplaatsen"] == before.answers["vindplaatsen"]
    response = redacteur_client.post(step_url, dict(base, rij="doelgroepen/3/verwijderen",
                                                    **{"plan_wizard-versie": str(after.version)}))
    assert response["Location"] == row_url(plan_a, 3, "planner:row_delete")


@pytest.mark.django_db
def test_posting_the_whole_step_with_its_rows_still_works(redacteur_client, plan_a, stored):
    answers = dict(stored[STEP], doelgroepen=stored[STEP]["doelgroepen"][:2])
    data = post_data(BY_SLUG[STEP].Form, answers, plan_answers=stored)
    data["plan_wizard-current_step"] = STEP
    assert redacteur_client.post(reverse("planner:step", args=[plan_a.pk, STEP]), data).status_code == 302
    assert len(step_row(plan_a).answers[TABLE]) == 2


@pytest.mark.django_db
def test_naar_de_vraag_opens_the_row_a_finding_is_about(redacteur_client, plan_a, stored, redacteur):
    # A recruitment row without an owner (R12): the finding carries the row.
    answers = dict(stored[STEP])
    answers["wervingsplan"] = [dict(row) for row in answers["wervingsplan"]]
    answers["wervingsplan"][2]["verantwoordelijke"] = ""
    save_answers(plan_a, STEP, answers, redacteur)
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, STEP])).content.decode()
    row_page = reverse("planner:row", args=[plan_a.pk, STEP, "wervingsplan", 3])
    assert f'<a class="utrecht-link" href="{row_page}">Naar de vraag</a>' in page
    # A finding about a table as a whole keeps pointing at the table on the step page.
    from steps import advisor
    from planner.templatetags.planner_tags import finding_row_url

    whole = advisor.Finding("R99", advisor.WAARSCHUWING, (STEP,), ".", "wervingsplan")
    assert finding_row_url(whole, plan_a.pk) == ""


@pytest.mark.django_db
def test_a_row_typed_when_the_session_ended_waits_for_the_same_user(client, redacteur, plan_a, stored):
    from planner.wizard import unsaved

    client.force_login(redacteur)
    page = client.get(row_url(plan_a)).content.decode()  # the browser now remembers its user
    client.cookies.pop("sessionid", None)
    before = step_row(plan_a)
    response = client.post(row_url(plan_a), {"versie": versie(page), f"{FIELD}-doelgroep": "werkende_mantelzorgers",
                                             f"{FIELD}-reden": "Getypt vlak voor het einde"})
    assert response["Location"].startswith(reverse("login") + "?next=")
    assert step_row(plan_a).version == before.version  # nothing saved unseen

    client.force_login(redacteur)
    page = client.get(row_url(plan_a)).content.decode()
    assert 'value="Getypt vlak voor het einde"' in page and "nog niet opgeslagen" in page
    assert f'name="versie" value="{before.version}"' in page  # a colleague's save meanwhile is still caught
    response = client.post(row_url(plan_a), {"versie": versie(page), f"{FIELD}-doelgroep": "werkende_mantelzorgers",
                                             f"{FIELD}-reden": "Getypt vlak voor het einde"})
    assert response.status_code == 302
    assert step_row(plan_a).answers[TABLE][-1]["reden"] == "Getypt vlak voor het einde"
    assert unsaved.kept_input(redacteur, plan_a.pk, f"{STEP}/{TABLE}/nieuw") is None  # saving clears it


def test_a_summary_read_from_the_stored_rows_says_what_the_row_forms_say():
    from planner.wizard.row_summary import form_summaries, is_summary_table, summary_rows
    from steps.registry import STEPS

    answers = demo_data.answers()
    checked = 0
    for step in STEPS:
        form = step.Form(prefix=step.SLUG, initial=answers[step.SLUG], plan_answers=answers)
        for name, formset in form.formsets.items():
            if is_summary_table(formset):
                assert summary_rows(formset) == form_summaries(formset), (step.SLUG, name)
                checked += len(summary_rows(formset))
    assert checked > 100


def step_page_posted_after_a_colleagues_save(client, plan, make_user, gemeente, theirs, **typed):
    """The officer loads the step page, a colleague saves `theirs`, then the officer posts the
    page as loaded with `typed` changed: the response."""
    from tests.test_suggested_rows import page_post

    step_url = reverse("planner:step", args=[plan.pk, STEP])
    page = client.get(step_url).content.decode()
    loaded = step_row(plan)
    save_answers(plan, STEP, theirs, make_user("collega", gemeente, "redacteur"), expected_version=loaded.version)
    return client.post(step_url, page_post(STEP, loaded.answers, page, **typed))


@pytest.mark.django_db
def test_a_row_a_colleague_adds_meanwhile_is_no_conflict_for_the_step_page(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    """The step page posts its own questions, not the rows: a colleague's new row is kept with them."""
    response = step_page_posted_after_a_colleagues_save(
        redacteur_client, plan_a, make_user, gemeente_a, with_a_colleagues_row(stored[STEP]),
        wervingsboodschap="Van mij.")
    assert response.status_code == 302 and "/conflicten/" not in response["Location"]
    assert not StepConflict.objects.filter(plan=plan_a, step=STEP).exists()
    after = step_row(plan_a)
    assert after.answers["wervingsboodschap"] == "Van mij."
    assert after.answers[TABLE][-1]["eigen_naam"] == "Groep van de collega"


@pytest.mark.django_db
def test_a_question_on_the_step_page_a_colleague_changed_meanwhile_is_a_conflict(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    response = step_page_posted_after_a_colleagues_save(
        redacteur_client, plan_a, make_user, gemeente_a, dict(stored[STEP], wervingsboodschap="Van de collega."),
        wervingsboodschap="Van mij.")
    assert "/conflicten/" in response["Location"]
    assert step_row(plan_a).answers["wervingsboodschap"] == "Van de collega."
    assert StepConflict.objects.get(plan=plan_a, step=STEP).data[f"{STEP}-wervingsboodschap"] == ["Van mij."]


@pytest.mark.django_db
def test_a_refused_step_page_after_a_colleagues_new_row_shows_its_errors_not_a_conflict(
        redacteur_client, plan_a, stored, make_user, gemeente_a):
    response = step_page_posted_after_a_colleagues_save(
        redacteur_client, plan_a, make_user, gemeente_a, with_a_colleagues_row(stored[STEP]),
        wervingsboodschap="\x00")
    assert response.status_code == 200 and b"data-error-summary" in response.content
    assert not StepConflict.objects.filter(plan=plan_a, step=STEP).exists()
    assert step_row(plan_a).draft is not None
