"""The admin of terms, term targets, programmes and year-end estimates, on the demo: the pages open for
the superuser and for a unit's administrator, each sees only their part, and writes go through the rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client

from chitieu.monitoring.models import YearEstimate
from chitieu.orgunits.models import OrgUnit, Role, UnitRole
from chitieu.planning.models import Programme, Target, Term, TermTarget
from tests.test_admin import form_data

pytestmark = pytest.mark.django_db


def unit_admin(username: str, unit_code: str) -> Client:
    """A member of staff who administers one unit (and everything below it)."""
    person = get_user_model().objects.create_user(username, f"{username}@example.invalid", is_staff=True)
    person.user_permissions.add(*Permission.objects.all())
    UnitRole.objects.create(user=person, unit=OrgUnit.objects.get(code=unit_code), role=Role.ADMIN)
    client = Client()
    client.force_login(person)
    return client


@pytest.fixture
def superuser(demo) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


@pytest.fixture
def department(demo) -> Client:
    return unit_admin("so.quantri", "SO-LDTBXH")


@pytest.fixture
def ward(demo) -> Client:
    return unit_admin("bennghe.quantri", "Q1-BENNGHE")


@pytest.fixture
def term(demo) -> Term:
    return Term.objects.get(unit__code="SO-LDTBXH", start_year=2020)


def pages(term: Term) -> list[tuple[str, str]]:
    """Each page and a figure or name it must show."""
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    programme = Programme.objects.get(term=term, number="01-CTr/ĐU")
    return [
        ("/admin/planning/term/", "01-NQ/ĐH"),
        (f"/admin/planning/term/{term.pk}/change/", "KTXH-01"),  # its targets, inline
        ("/admin/planning/term/add/", "resolution_name"),
        ("/admin/planning/termtarget/", "KTXH-01"),
        (f"/admin/planning/termtarget/{jobs.pk}/change/", "570000"),  # the 2022 milestone, inline
        ("/admin/planning/termtarget/add/", "milestones-TOTAL_FORMS"),
        ("/admin/planning/programme/", "01-CTr/ĐU"),
        (f"/admin/planning/programme/{programme.pk}/change/", "Chương trình giải quyết việc làm"),
        ("/admin/planning/programme/add/", 'name="work_items"'),
        ("/admin/monitoring/yearestimate/", "yearestimate"),
        ("/admin/monitoring/yearestimate/add/", 'name="value_text"'),
    ]


@pytest.mark.parametrize("persona", ["superuser", "department"])
def test_the_term_pages_open_for_the_superuser_and_the_departments_admin(request, term, persona):
    client = request.getfixturevalue(persona)
    for path, shown in pages(term):
        response = client.get(path)
        assert response.status_code == 200, path
        assert shown in response.content.decode(), path


def test_a_ward_admin_sees_none_of_the_departments_term(ward, term):
    assert ward.get("/admin/planning/term/").context["cl"].result_count == 0
    assert ward.get("/admin/planning/programme/").context["cl"].result_count == 0
    response = ward.get(f"/admin/planning/term/{term.pk}/change/")
    assert response.status_code == 302 and response.url == "/admin/"  # "does not exist"
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    assert ward.get(f"/admin/planning/termtarget/{jobs.pk}/change/").status_code == 302


def test_a_ward_admin_picks_targets_for_a_programme_only_from_the_ward(ward, demo):
    response = ward.get(
        "/admin/autocomplete/",
        {"app_label": "planning", "model_name": "programme", "field_name": "targets", "term": "KTXH-01"},
    )
    assert response.status_code == 200
    ids = [int(item["id"]) for item in response.json()["results"]]
    assert ids and set(Target.objects.filter(pk__in=ids).values_list("unit__code", flat=True)) == {
        "Q1-BENNGHE"
    }


def test_a_targets_term_target_is_checked_by_the_same_rule_as_everywhere(superuser, term):
    target = Target.objects.get(unit__code="SO-LDTBXH", indicator__code="KTXH-02", year=2023)
    page = f"/admin/planning/target/{target.pk}/change/"
    data = form_data(superuser.get(page))
    wrong = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    response = superuser.post(page, {**data, "term_target": wrong.pk})
    assert response.status_code == 200
    said = " ".join(response.context["adminform"].form.errors["term_target"])
    assert "không thể gắn với chỉ tiêu nhiệm kỳ KTXH-01: khác chỉ tiêu" in said
    right = TermTarget.objects.get(term=term, indicator__code="KTXH-02")
    assert superuser.post(page, {**data, "term_target": right.pk}).status_code == 302
    assert Target.objects.get(pk=target.pk).term_target == right


def estimate_form(value: str, unit: str = "SO-LDTBXH") -> dict[str, object]:
    return {
        "indicator": Target.objects.filter(indicator__code="KTXH-01").first().indicator_id,
        "unit": OrgUnit.objects.get(code=unit).pk,
        "year": 2023,
        "value_text": value,
        "note": "theo báo cáo 11 tháng",
    }


@pytest.mark.parametrize("persona", ["superuser", "department"])
def test_an_estimate_is_added_through_the_rules_and_then_kept_as_history(request, demo, persona):
    client = request.getfixturevalue(persona)
    response = client.post("/admin/monitoring/yearestimate/add/", estimate_form("320.000"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    saved = YearEstimate.objects.get()
    assert (saved.value, saved.note, saved.year) == (Decimal(320000), "theo báo cáo 11 tháng", 2023)
    assert saved.entered_by.username == ("admin" if persona == "superuser" else "so.quantri")

    page = client.get(f"/admin/monitoring/yearestimate/{saved.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()  # read only
    refused = client.post(f"/admin/monitoring/yearestimate/{saved.pk}/change/", estimate_form("1"))
    assert refused.status_code == 403
    assert (
        client.post(f"/admin/monitoring/yearestimate/{saved.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert YearEstimate.objects.get().value == Decimal(320000)


@pytest.mark.parametrize(
    ("value", "field", "said"),
    [
        ("3,2,1", "value_text", "không phải là số"),
        ("-5", "value_text", "không nhận giá trị âm"),
    ],
)
def test_a_bad_estimate_is_refused_on_the_form(superuser, value, field, said):
    response = superuser.post("/admin/monitoring/yearestimate/add/", estimate_form(value))
    assert response.status_code == 200
    assert said in " ".join(response.context["adminform"].form.errors[field])
    assert not YearEstimate.objects.exists()


def test_a_ward_admin_cannot_add_an_estimate_for_the_department(ward):
    response = ward.post("/admin/monitoring/yearestimate/add/", estimate_form("320.000"))
    assert response.status_code == 200
    assert "unit" in response.context["adminform"].form.errors
    assert not YearEstimate.objects.exists()
