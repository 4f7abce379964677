"""The admin is scoped like the pages and the API: a member of staff sees and changes only their part of
the tree, and grants nobody more than that.

The access matrix goes over every model registered in the admin (a model registered later without
saying who may see it fails here) × the personas × changelist, change page, change, delete and add
with a unit outside the persona's part of the tree.

The tree: CITY → SO-LD (department) → Q1 (district) → P1 (ward) and → Q3 → P9; CITY → SO-NV and
SO-YT (two other departments). Personas: alice (superuser); the admins of P1 (ward), Q1 (district)
and SO-LD (department), staff with every admin right; em, a viewer of the city with every admin
right but without staff status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Model
from django.test import Client
from django_tasks_db.models import DBTaskResult

from chitieu.apitokens.models import ApiToken
from chitieu.core.workitems import WorkItemKind
from chitieu.monitoring.models import (
    KeptFigure,
    Period,
    YearEstimate,
)
from chitieu.monitoring.services import change_state, record_value
from chitieu.orgunits.models import OrgUnit, Role, UnitKind, UnitRole
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import (
    Assignment,
    Indicator,
    IndicatorGroup,
    Programme,
    ReportingRegime,
    Target,
    Term,
    TermTarget,
    WorkItem,
    WorkItemRevision,
)
from chitieu.planning.services import update_work_item
from chitieu.reporting.models import ReportSettings
from chitieu.reporting.tasks import write_report
from tests.test_admin import form_data

PLACES = ("P1", "P9", "SO-NV")  # a ward inside every staff persona's part, one inside the department's only,
# and a department outside all of them
PERSONAS = ("superuser", "ward", "district", "department", "viewer")
SCOPE = {"ward": {"P1"}, "district": {"P1"}, "department": {"P1", "P9"}, "viewer": set()}
STAFF = {"superuser", "ward", "district", "department"}


@dataclass
class World:
    units: dict[str, OrgUnit]
    people: dict[str, Any]  # the persons holding a role on P1, P9, SO-NV, and the superuser ("root")
    personas: dict[str, Any]
    jobs: Indicator
    rows: dict[str, dict[str, Model]] = field(default_factory=dict)
    outside_term: Model | None = None  # a term of SO-YT, outside every staff persona's part

    def client(self, persona: str) -> Client:
        client = Client()
        client.force_login(self.personas[persona])
        return client


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The tree, the people and a row of every model in three places, built once for the module and
    rolled back after it; each test runs in a savepoint inside (see ``world``)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(built, db) -> World:
    return built


def build_world() -> World:
    units: dict[str, OrgUnit] = {}
    units["CITY"] = create_unit(code="CITY", name="Thành phố", kind=UnitKind.CITY)
    for code, parent, kind in [
        ("SO-LD", "CITY", UnitKind.DEPARTMENT),
        ("SO-NV", "CITY", UnitKind.DEPARTMENT),
        ("SO-YT", "CITY", UnitKind.DEPARTMENT),
        ("Q1", "SO-LD", UnitKind.DISTRICT),
        ("Q3", "SO-LD", UnitKind.DISTRICT),
        ("P1", "Q1", UnitKind.WARD),
        ("P9", "Q3", UnitKind.WARD),
    ]:
        units[code] = create_unit(code=code, name=f"Đơn vị {code}", parent=units[parent], kind=kind)
    users = get_user_model().objects
    every_right = list(Permission.objects.all())
    personas: dict[str, Any] = {"superuser": users.create_superuser("alice", "alice@example.invalid")}
    for persona, username, code, role, staff in [
        ("ward", "phuong", "P1", Role.ADMIN, True),
        ("district", "quan", "Q1", Role.ADMIN, True),
        ("department", "so", "SO-LD", Role.ADMIN, True),
        ("viewer", "em", "CITY", Role.VIEWER, False),
    ]:
        person = users.create_user(username, f"{username}@example.invalid", is_staff=staff)
        person.user_permissions.add(*every_right)
        UnitRole.objects.create(user=person, unit=units[code], role=role)
        personas[persona] = person
    people = {"root": personas["superuser"]}
    for place in PLACES:
        people[place] = users.create_user(f"nv-{place.lower()}", f"{place}@example.invalid")
        UnitRole.objects.create(user=people[place], unit=units[place], role=Role.REPORTER)

    regime = ReportingRegime.objects.create(code="ND09", name="Nghị định 09", cutoff_day=15, deadline_days=5)
    group = IndicatorGroup.objects.create(code="KTXH", name="Kinh tế - xã hội")
    jobs = Indicator.objects.create(code="VL", name="Việc làm", group=group, unit_of_measure="người")
    poor = Indicator.objects.create(code="HN", name="Hộ nghèo", group=group, unit_of_measure="hộ")
    world = World(units, people, personas, jobs)
    rows = world.rows
    rows["planning.ReportingRegime"] = {"shared": regime}
    rows["planning.IndicatorGroup"] = {"shared": group}
    rows["planning.Indicator"] = {"shared": jobs}
    rows["auth.Group"] = {"shared": Group.objects.create(name="Nhóm báo cáo")}
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        extra = {"failures_since_start": 1, "get_data": "", "post_data": ""} if model is AccessAttempt else {}
        row = model.objects.create(
            username="nv-p1",
            ip_address="192.0.2.1",
            user_agent="x",
            http_accept="*/*",
            path_info="/",
            **extra,
        )
        rows[model._meta.label] = {"shared": row}
    job = write_report.enqueue(
        key="k", unit_id=units["P1"].pk, period_id="2022", format_name="pdf", lang="vi", as_of="2022-12-31"
    )
    rows["django_tasks_database.DBTaskResult"] = {"shared": DBTaskResult.objects.get(pk=job.id)}
    Target.objects.create(indicator=jobs, unit=units["SO-YT"], year=2022, target=Decimal(1))
    world.outside_term = Term.objects.create(
        unit=units["SO-YT"], start_year=2020, end_year=2025, resolution_name="NQ Sở Y tế"
    )
    for place in PLACES:
        unit = units[place]
        target = Target.objects.create(indicator=jobs, unit=unit, year=2022, target=Decimal(1000))
        value = record_value(indicator=jobs, unit=unit, period_id="2022M07", value=Decimal(10), user=None)
        submission = change_state(unit=unit, period_id="2022M06", action="submit", user=None)
        item = WorkItem.objects.create(
            kind=WorkItemKind.PROGRAM, title=f"Chương trình {place}", year=2022, lead_unit=unit
        )
        update_work_item(item=item, completed_on=date(2022, 6, 30), result_note="Xong", user=None)
        token, _secret = ApiToken.issue(user=world.people[place], name="máy")
        term = Term.objects.create(unit=unit, start_year=2020, end_year=2025, resolution_name=f"NQ {place}")
        term_target = TermTarget.objects.create(
            term=term, indicator=jobs, measure="cumulative", target=Decimal(5000)
        )
        programme = Programme.objects.create(
            kind="programme",
            title=f"Chương trình {place}",
            owner=unit,
            term=term,
            start_year=2021,
            end_year=2025,
        )
        programme.targets.add(target)
        for label, row in [
            ("orgunits.OrgUnit", unit),
            ("orgunits.UnitRole", UnitRole.objects.get(user=world.people[place])),
            ("planning.Target", target),
            ("planning.Assignment", Assignment.objects.create(indicator=poor, unit=unit, year=2022)),
            ("planning.WorkItem", item),
            ("planning.WorkItemRevision", WorkItemRevision.objects.get(work_item=item)),
            ("monitoring.DataValue", value),
            ("monitoring.DataValueRevision", value.revisions.get()),
            ("monitoring.KeptFigure", KeptFigure.objects.filter(unit=unit).first()),
            ("monitoring.Submission", submission),
            ("monitoring.SubmissionEvent", submission.events.get()),
            ("reporting.ReportSettings", ReportSettings.objects.create(unit=unit, agency=f"Cơ quan {place}")),
            ("planning.Term", term),
            ("planning.TermTarget", term_target),
            ("planning.Programme", programme),
            (
                "monitoring.YearEstimate",
                YearEstimate.objects.create(indicator=jobs, unit=unit, year=2022, value=Decimal(12000)),
            ),
            ("apitokens.ApiToken", token),
            ("auth.User", world.people[place]),
        ]:
            rows.setdefault(label, {})[place] = row
    rows["apitokens.ApiToken"]["root"] = ApiToken.issue(user=personas["superuser"], name="quản trị")[0]
    rows["auth.User"]["root"] = personas["superuser"]
    rows["monitoring.Period"] = {"shared": Period.objects.get(id="2022M07")}
    return world


@dataclass(frozen=True)
class Case:
    """Who may see a model's rows, and how to try to change and add one.

    ``scope``: "unit" (a row belongs to a unit), "person" (to a person), "shared" (the whole tree's:
    read by staff, changed by whoever sees every unit), "superuser" (nobody else). ``marker``: a
    form field, the value posted into it, how to read the stored value back and what it must be.
    """

    scope: str
    marker: tuple[str, str, Callable[[Any], Any], Any] | None = None
    writable: bool = True
    deletable: str = "deleted"  # for whoever may change the row: "deleted", "kept" (protected), "refused"
    add: Callable[[World], dict[str, Any]] | None = None  # fields naming SO-YT, outside every staff persona
    add_error: str = "unit"


def outside(world: World) -> int:
    return world.units["SO-YT"].pk


CASES: dict[str, Case] = {
    "orgunits.OrgUnit": Case(
        "unit",
        ("name", "HACKED", lambda unit: unit.name, "HACKED"),
        deletable="kept",  # every unit here carries plans and figures (protected)
        add=lambda w: {"code": "MOI", "name": "Mới", "kind": "ward", "parent": outside(w), "active": "on"},
        add_error="parent",
    ),
    "orgunits.UnitRole": Case(
        "unit",
        ("role", Role.VIEWER, lambda role: role.role, Role.VIEWER),
        add=lambda w: {"user": w.people["P1"].pk, "unit": outside(w), "role": Role.VIEWER},
    ),
    "planning.ReportingRegime": Case("shared", ("name", "HACKED", lambda row: row.name, "HACKED")),
    "planning.IndicatorGroup": Case(
        "shared", ("name", "HACKED", lambda row: row.name, "HACKED"), deletable="kept"
    ),
    "planning.Indicator": Case(
        "shared", ("name", "HACKED", lambda row: row.name, "HACKED"), deletable="kept"
    ),
    "planning.Target": Case(
        "unit",
        ("target", "999", lambda target: target.target, Decimal(999)),
        add=lambda w: {"indicator": w.jobs.pk, "unit": outside(w), "year": "2023", "target": "5"},
    ),
    "planning.Assignment": Case(
        "unit",
        ("note", "HACKED", lambda row: row.note, "HACKED"),
        add=lambda w: {"indicator": w.jobs.pk, "unit": outside(w), "year": "2023"},
    ),
    "planning.WorkItem": Case(
        "unit",
        ("title", "HACKED", lambda item: item.title, "HACKED"),
        deletable="kept",  # its revision protects it
        add=lambda w: {"kind": WorkItemKind.PROGRAM, "title": "Mới", "year": "2023", "lead_unit": outside(w)},
        add_error="lead_unit",
    ),
    "planning.WorkItemRevision": Case("unit", writable=False, deletable="refused"),
    "monitoring.Period": Case(
        "shared", ("closed", "on", lambda period: period.closed, True), deletable="refused"
    ),
    "monitoring.DataValue": Case(
        "unit",
        ("value_text", "999", lambda value: value.value, Decimal(999)),
        deletable="refused",
        add=lambda w: {
            "indicator": w.jobs.pk,
            "unit": outside(w),
            "period_id": "2022M08",
            "kind": "1",
            "value_text": "5",
        },
    ),
    "monitoring.DataValueRevision": Case("unit", writable=False, deletable="refused"),
    "monitoring.YearEstimate": Case(
        "unit",
        writable=False,
        deletable="refused",
        add=lambda w: {"indicator": w.jobs.pk, "unit": outside(w), "year": "2022", "value_text": "5"},
    ),
    "planning.Term": Case(
        "unit",
        ("resolution_name", "HACKED", lambda term: term.resolution_name, "HACKED"),
        deletable="kept",  # its programme protects it
        add=lambda w: {"unit": outside(w), "start_year": "2015", "end_year": "2020", "resolution_name": "NQ"},
    ),
    "planning.TermTarget": Case(
        "unit",
        ("note", "HACKED", lambda row: row.note, "HACKED"),
        add=lambda w: {
            "term": w.outside_term.pk,
            "indicator": w.jobs.pk,
            "measure": "cumulative",
            "target": "9",
        },
        add_error="term",
    ),
    "planning.Programme": Case(
        "unit",
        ("title", "HACKED", lambda row: row.title, "HACKED"),
        add=lambda w: {
            "kind": "project",
            "title": "Đề án mới",
            "owner": outside(w),
            "start_year": "2021",
            "end_year": "2025",
        },
        add_error="owner",
    ),
    "monitoring.KeptFigure": Case("unit", writable=False, deletable="refused"),
    "monitoring.Submission": Case("unit", writable=False, deletable="refused"),
    "monitoring.SubmissionEvent": Case("unit", writable=False, deletable="refused"),
    "reporting.ReportSettings": Case(
        "unit",
        ("agency", "HACKED BY Q1 ADMIN", lambda row: row.agency, "HACKED BY Q1 ADMIN"),
        add=lambda w: {"unit": outside(w), "agency": "HACKED", "archive": "VT"},
    ),
    # Every field of a token is read-only: saving one changes nothing; revoking is tested below.
    "apitokens.ApiToken": Case("person", deletable="refused"),
    "auth.User": Case(
        "person",
        ("first_name", "HACKED", lambda person: person.first_name, "HACKED"),
        deletable="kept",  # their API tokens are never deleted
        add=lambda w: {
            "username": "moi",
            "usable_password": "true",
            "password1": "x-new-password-2",
            "password2": "x-new-password-2",
            "unit": outside(w),
            "role": Role.VIEWER,
        },
    ),
    "auth.Group": Case("shared", ("name", "HACKED", lambda group: group.name, "HACKED")),
    "axes.AccessAttempt": Case("superuser"),
    "axes.AccessLog": Case("superuser"),
    "axes.AccessFailureLog": Case("superuser"),
    "django_tasks_database.DBTaskResult": Case("superuser", writable=False, deletable="refused"),
}

REGISTERED = sorted(model._meta.label for model in admin.site._registry)


def test_every_model_in_the_admin_is_in_the_access_matrix():
    assert set(REGISTERED) == set(CASES), "say who may see each model the admin shows"


def case_of(label: str) -> Case:
    if label not in CASES:
        pytest.fail(f"{label} is in the admin but not in the access matrix: say who may see it")
    return CASES[label]


def places_of(label: str) -> tuple[str, ...]:
    return {"unit": PLACES, "person": (*PLACES, "root")}.get(case_of(label).scope, ("shared",))


def may_see(persona: str, label: str, place: str) -> bool:
    scope = case_of(label).scope
    if persona == "superuser":
        return True
    if persona not in STAFF or scope == "superuser":
        return False
    return scope == "shared" or place in SCOPE[persona]


def may_write(persona: str, label: str, place: str) -> bool:
    """Whether the persona may change the row; nobody but a superuser sees every unit here."""
    case = case_of(label)
    if not case.writable or not may_see(persona, label, place):
        return False
    return persona == "superuser" or case.scope in ("unit", "person")


def url(label: str, row: Model | None = None, action: str = "change") -> str:
    """The admin page of a model: its list, its add page (no row) or a row's change or delete page."""
    base = f"/admin/{label.replace('.', '/').lower()}/"
    if action == "list":
        return base
    return f"{base}add/" if row is None else f"{base}{row.pk}/{action}/"


def assert_refused(response: Any, persona: str) -> None:
    """A refusal: the login page for someone without staff status, otherwise 403/404 or the admin's
    "does not exist" (a redirect to its index) — never an error page."""
    if persona not in STAFF:
        assert response.status_code == 302 and response.url.startswith("/admin/login/"), response
    else:
        assert response.status_code in (403, 404) or (
            response.status_code == 302 and response.url == "/admin/"
        )


def snapshot(row: Model) -> dict[str, Any]:
    return type(row)._default_manager.filter(pk=row.pk).values().get()


MATRIX = [
    (label, persona, place) for label in REGISTERED for persona in PERSONAS for place in places_of(label)
]
IDS = [f"{label}-{persona}-{place}" for label, persona, place in MATRIX]


@pytest.mark.parametrize(("label", "persona", "place"), MATRIX, ids=IDS)
def test_the_changelist_shows_only_the_rows_in_scope(world, label, persona, place):
    row = world.rows[label][place]
    response = world.client(persona).get(url(label, action="list"))
    if persona not in STAFF or (case_of(label).scope == "superuser" and persona != "superuser"):
        assert_refused(response, persona)
        return
    assert response.status_code == 200
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert (row.pk in shown) == may_see(persona, label, place)


@pytest.mark.parametrize(("label", "persona", "place"), MATRIX, ids=IDS)
def test_the_change_page_opens_only_in_scope(world, label, persona, place):
    response = world.client(persona).get(url(label, world.rows[label][place]))
    if may_see(persona, label, place):
        assert response.status_code == 200
    else:
        assert_refused(response, persona)


@pytest.mark.parametrize(("label", "persona", "place"), MATRIX, ids=IDS)
def test_a_change_is_saved_only_in_scope(world, label, persona, place):
    row = world.rows[label][place]
    case = case_of(label)
    data = form_data(world.client("superuser").get(url(label, row)))
    if case.marker:
        data[case.marker[0]] = case.marker[1]
    before = snapshot(row)
    response = world.client(persona).post(url(label, row), data)
    if may_write(persona, label, place):
        assert response.status_code == 302 and response.url != "/admin/", response
        if case.marker:
            _name, _posted, read, expected = case.marker
            assert read(type(row)._default_manager.get(pk=row.pk)) == expected
    else:
        assert_refused(response, persona)
        assert snapshot(row) == before


def delete_outcome(persona: str, label: str, place: str) -> str:
    if not may_write(persona, label, place):
        return "refused"
    if label == "orgunits.OrgUnit" and persona == "ward":
        return "refused"  # P1 is the top of the ward's part of the tree
    return case_of(label).deletable


@pytest.mark.parametrize(("label", "persona", "place"), MATRIX, ids=IDS)
def test_a_row_is_deleted_only_in_scope(world, label, persona, place):
    row = world.rows[label][place]
    client = world.client(persona)
    outcome = delete_outcome(persona, label, place)
    page = client.get(url(label, row, "delete"))
    response = client.post(url(label, row, "delete"), {"post": "yes"})
    if outcome == "refused":
        assert_refused(page, persona)
        assert_refused(response, persona)
    else:
        assert page.status_code == 200
        assert response.status_code == (302 if outcome == "deleted" else 403 if label == "auth.User" else 200)
    assert type(row)._default_manager.filter(pk=row.pk).exists() == (outcome != "deleted")


ADDS = [(label, persona) for label in REGISTERED for persona in PERSONAS]


@pytest.mark.parametrize(("label", "persona"), ADDS, ids=[f"{label}-{persona}" for label, persona in ADDS])
def test_nothing_is_added_under_a_unit_outside_scope(world, label, persona):
    model = next(model for model in admin.site._registry if model._meta.label == label)
    client = world.client(persona)
    count = model._default_manager.count()
    case = case_of(label)
    if case.add is None:
        if persona != "superuser":
            assert_refused(client.get(url(label)), persona)
        return
    data = {**form_data(world.client("superuser").get(url(label))), **case.add(world)}
    response = client.post(url(label), data)
    if persona == "superuser":  # nothing is outside a superuser's scope
        assert response.status_code == 302, response.context["adminform"].form.errors
        assert model._default_manager.count() == count + 1
    elif persona not in STAFF:
        assert_refused(response, persona)
        assert model._default_manager.count() == count
    else:
        assert response.status_code == 200
        assert case.add_error in response.context["adminform"].form.errors
        assert model._default_manager.count() == count


# The three attacks of issue 13, by the admin of district Q1.


def test_a_district_admin_sees_and_revokes_only_the_tokens_of_their_people(world):
    quan = world.client("district")
    tokens = world.rows["apitokens.ApiToken"]
    shown = {token.pk for token in quan.get("/admin/apitokens/apitoken/").context["cl"].result_list}
    assert shown == {tokens["P1"].pk}
    everything = [token.pk for token in ApiToken.objects.all()]
    response = quan.post("/admin/apitokens/apitoken/", {"action": "revoke", "_selected_action": everything})
    assert response.status_code == 302
    revoked = set(ApiToken.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True))
    assert revoked == {tokens["P1"].pk}  # the superuser's token and the others' still work


def test_a_district_admin_cannot_write_the_department_report_settings(world):
    department = ReportSettings.objects.create(unit=world.units["SO-LD"], agency="SỞ LAO ĐỘNG")
    quan = world.client("district")
    page = f"/admin/reporting/reportsettings/{department.pk}/change/"
    data = {**form_data(world.client("superuser").get(page)), "agency": "HACKED BY Q1 ADMIN"}
    assert_refused(quan.post(page, data), "district")
    own = world.rows["reporting.ReportSettings"]["P1"]
    response = quan.post(
        f"/admin/reporting/reportsettings/{own.pk}/change/",
        {**data, "unit": world.units["SO-LD"].pk},  # nor by moving its own settings to the department
    )
    assert "unit" in response.context["adminform"].form.errors
    department.refresh_from_db()
    assert department.agency == "SỞ LAO ĐỘNG"


def test_a_district_admin_cannot_take_their_district_out_of_the_tree(world):
    district = world.units["Q1"]
    page = f"/admin/orgunits/orgunit/{district.pk}/change/"
    data = form_data(world.client("superuser").get(page))
    response = world.client("district").post(page, {**data, "parent": ""})
    assert response.status_code == 302  # the rest of the form is saved; the parent is not theirs to change
    district.refresh_from_db()
    assert district.parent == world.units["SO-LD"]
    for persona in ("department", "superuser"):
        seen = set(OrgUnit.objects.visible_to(world.personas[persona]).values_list("code", flat=True))
        assert {"Q1", "P1"} <= seen
    assert "parent" not in world.client("district").get(page).context["adminform"].form.fields


def test_a_district_admin_cannot_put_a_ward_at_the_top_or_outside_their_district(world):
    ward = world.units["P1"]
    page = f"/admin/orgunits/orgunit/{ward.pk}/change/"
    data = form_data(world.client("superuser").get(page))
    quan = world.client("district")
    response = quan.post(page, {**data, "parent": ""})
    assert response.context["adminform"].form.errors["parent"] == [
        "Chỉ tài khoản superuser mới đặt được một đơn vị ở cấp cao nhất của cây."
    ]
    response = quan.post(page, {**data, "parent": world.units["SO-NV"].pk})
    assert "parent" in response.context["adminform"].form.errors
    ward.refresh_from_db()
    assert ward.parent == world.units["Q1"]


def test_a_department_admin_moves_a_ward_between_its_districts(world):
    ward = world.units["P1"]
    page = f"/admin/orgunits/orgunit/{ward.pk}/change/"
    data = form_data(world.client("superuser").get(page))
    assert world.client("department").post(page, {**data, "parent": world.units["Q3"].pk}).status_code == 302
    ward.refresh_from_db()
    assert ward.path == f"{world.units['Q3'].path}{ward.pk}/"


def test_a_ward_admin_cannot_delete_their_own_ward(world):
    ward = world.units["P1"]
    assert world.client("ward").get(f"/admin/orgunits/orgunit/{ward.pk}/delete/").status_code == 403


# People: nobody but a superuser grants rights.


def test_staff_cannot_make_someone_staff_or_superuser(world):
    person = world.people["P1"]
    page = f"/admin/auth/user/{person.pk}/change/"
    data = form_data(world.client("superuser").get(page))
    rights = Permission.objects.filter(codename="change_user").values_list("pk", flat=True)
    data.update(
        {"is_staff": "on", "is_superuser": "on", "user_permissions": list(rights), "first_name": "Lan"}
    )
    assert world.client("district").post(page, data).status_code == 302
    person.refresh_from_db()
    assert (person.first_name, person.is_staff, person.is_superuser) == ("Lan", False, False)
    assert not person.user_permissions.exists()


def test_staff_cannot_take_over_another_member_of_staff(world):
    ward_admin = world.personas["ward"]  # inside the district, but holding rights only a superuser gives
    quan = world.client("district")
    assert quan.get(f"/admin/auth/user/{ward_admin.pk}/change/").status_code == 200  # shown, read-only
    assert quan.get(f"/admin/auth/user/{ward_admin.pk}/password/").status_code == 403
    superuser = world.personas["superuser"]
    assert_refused(quan.get(f"/admin/auth/user/{superuser.pk}/password/"), "district")


def test_staff_add_a_person_with_a_role_in_their_part_of_the_tree(world):
    response = world.client("district").post(
        "/admin/auth/user/add/",
        {
            "username": "lan",
            "usable_password": "true",
            "password1": "x-new-password-2",
            "password2": "x-new-password-2",
            "unit": world.units["P1"].pk,
            "role": Role.REPORTER,
        },
    )
    assert response.status_code == 302
    lan = get_user_model().objects.get(username="lan")
    assert list(lan.unit_roles.values_list("unit__code", "role")) == [("P1", Role.REPORTER)]
    assert not lan.is_staff


def test_staff_cannot_give_a_role_to_someone_outside_their_people(world):
    response = world.client("district").post(
        "/admin/orgunits/unitrole/add/",
        {"user": world.personas["superuser"].pk, "unit": world.units["P1"].pk, "role": Role.ADMIN},
    )
    assert "user" in response.context["adminform"].form.errors
    assert not UnitRole.objects.filter(user=world.personas["superuser"]).exists()


# What the whole tree shares.


def test_only_someone_who_sees_the_whole_tree_changes_what_it_shares(world):
    city_admin = get_user_model().objects.create_user("thanh", is_staff=True)
    city_admin.user_permissions.add(*Permission.objects.filter(codename="change_indicator"))
    UnitRole.objects.create(user=city_admin, unit=world.units["CITY"], role=Role.ADMIN)
    page = f"/admin/planning/indicator/{world.jobs.pk}/change/"
    data = {**form_data(world.client("superuser").get(page)), "name": "Việc làm mới"}
    client = Client()
    client.force_login(city_admin)
    assert client.post(page, data).status_code == 302
    assert world.client("department").post(page, {**data, "name": "HACKED"}).status_code == 403
    world.jobs.refresh_from_db()
    assert world.jobs.name == "Việc làm mới"
