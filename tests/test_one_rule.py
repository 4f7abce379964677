"""One rule, one answer: every skin refuses the same figure for the same reason, and writes nothing.

Four figures a ward reporter (Bob, of ward A) must not write — a value for a rate computed from
its numerator and denominator, a value of an indicator the ward neither plans nor is assigned,
a value for a closed period, a value after the deadline — are sent through every way in: the
entry grid, the Excel import page, the API, DHIS2, ``chitieu enter-value`` and the admin. Each
says the same Vietnamese sentence (DHIS2 speaks English, as DHIS2 clients expect), and nothing
is written. The same figure on time, for the right indicator, is accepted everywhere.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from chitieu.apitokens.models import ApiToken
from chitieu.monitoring.models import DataValue, Period
from chitieu.planning.models import Indicator, Target

pytestmark = pytest.mark.django_db

ON_TIME, LATE = date(2022, 7, 12), date(2022, 8, 1)  # July's deadline is 19/07/2022 (Decree 09)

# rule -> (indicator code, period, today, the Vietnamese refusal, its English words)
RULES = {
    "computed_rate": (
        "RATE",
        "2022M07",
        ON_TIME,
        "Chỉ tiêu RATE là tỷ lệ tính từ tử số và mẫu số; hãy nhập hai chỉ tiêu thành phần.",
        "Indicator RATE is a rate computed from its numerator and denominator; enter those two.",
    ),
    "not_entered_here": (
        "OTHER",
        "2022M07",
        ON_TIME,
        "Chỉ tiêu OTHER không được giao hay phân công cho đơn vị W-A trong năm 2022.",
        "Indicator OTHER is neither planned for nor assigned to W-A in 2022.",
    ),
    "closed_period": (
        "JOBS",
        "2022M06",
        ON_TIME,
        "Kỳ 2022M06 đã khóa sổ, không sửa được nữa.",
        "Period 2022M06 is closed: no more changes.",
    ),
    "past_deadline": (
        "JOBS",
        "2022M07",
        LATE,
        "Đã quá hạn báo cáo kỳ 2022M07 (19/07/2022); chỉ người duyệt mới sửa được.",
        "The deadline for 2022M07 was 19/07/2022; only an approver can still change it.",
    ),
}


@pytest.fixture
def ward(small, today):
    """Ward A with a computed rate among its targets, and an indicator planned only at its district."""
    group = small.jobs.group
    numerator = Indicator.objects.create(code="NUM", name="Số hộ nghèo", group=group, unit_of_measure="hộ")
    denominator = Indicator.objects.create(code="DEN", name="Tổng số hộ", group=group, unit_of_measure="hộ")
    rate = Indicator.objects.create(
        code="RATE",
        name="Tỷ lệ hộ nghèo",
        group=group,
        unit_of_measure="%",
        direction="at_most",
        unit_aggregation="ratio",
        numerator=numerator,
        denominator=denominator,
    )
    Target.objects.create(indicator=rate, unit=small.ward_a, year=2022, target=Decimal("1.5"))
    other = Indicator.objects.create(
        code="OTHER", name="Chỉ tiêu của quận", group=group, unit_of_measure="người"
    )
    Target.objects.create(indicator=other, unit=small.district, year=2022, target=Decimal(50))
    Period.objects.for_id("2022M06")
    Period.objects.filter(id="2022M06").update(closed=True)
    small.today = today
    return small


def as_bob(ward) -> Client:
    client = Client()
    client.force_login(ward.reporter_a)
    return client


# --- the ways in ---------------------------------------------------------------------------------


def through_the_grid(ward, code, period):
    """The entry grid: a figure it does not offer cannot be typed in; a locked one is refused on save."""
    client = as_bob(ward)
    page = client.get(f"/u/W-A/entry/{period}/").content.decode()
    indicator = Indicator.objects.get(code=code)
    if f'data-code="{code}"' not in page:
        return "not offered"
    response = client.post(
        f"/u/W-A/entry/{period}/",
        {"action": "save", f"v{indicator.pk}": "7", f"k{indicator.pk}": "1", f"ok{indicator.pk}": "1"},
    )
    return response.content.decode() if response.status_code != 302 else "saved"


def through_the_import_page(ward, code, period):
    client = as_bob(ward)
    upload = SimpleUploadedFile("so-lieu.csv", f"Mã chỉ tiêu;Giá trị\n{code};7\n".encode(), "text/csv")
    response = client.post(f"/imports/u/W-A/{period}/", {"file": upload, "notation": "vi"})
    return response.content.decode() if response.status_code == 400 else "previewed"


def through_the_api(ward, code, period):
    token = ApiToken.issue(user=ward.reporter_a, name="tests")[1]
    response = Client().post(
        "/api/v1/datavalues",
        data=json.dumps({"values": [{"indicator": code, "unit": "W-A", "period": period, "value": "7"}]}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    return response.json()["detail"] if response.status_code != 200 else "saved"


def through_dhis2(ward, code, period):
    token = ApiToken.issue(user=ward.reporter_a, name="dhis2")[1]
    body = {
        "dataValues": [
            {"dataElement": code, "orgUnit": "W-A", "period": period.replace("M", ""), "value": "7"}
        ]
    }
    response = Client().post(
        "/api/v1/dhis2/dataValueSets",
        data=json.dumps(body),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    conflicts = response.json()["conflicts"]
    return conflicts[0]["value"] if conflicts else "saved"


def through_the_command_line(ward, code, period):
    try:
        call_command("enter_value", indicator=code, unit="W-A", period=period, value="7", user="bob")
    except CommandError as error:
        return str(error)
    return "saved"


def through_the_admin(ward, code, period):
    bob = ward.reporter_a
    bob.is_staff = True
    bob.save()
    bob.user_permissions.add(*Permission.objects.filter(content_type__app_label="monitoring"))
    data = {
        "indicator": Indicator.objects.get(code=code).pk,
        "unit": ward.ward_a.pk,
        "period_id": period,
        "kind": "1",
        "value_text": "7",
        "reason": "",
        "comment": "",
        "read_version": "",
    }
    response = as_bob(ward).post("/admin/monitoring/datavalue/add/", data)
    return response.content.decode() if response.status_code == 200 else "saved"


SKINS = {
    "the entry grid": through_the_grid,
    "the import page": through_the_import_page,
    "the API": through_the_api,
    "DHIS2": through_dhis2,
    "the command line": through_the_command_line,
    "the admin": through_the_admin,
}


@pytest.mark.parametrize("skin", SKINS)
@pytest.mark.parametrize("rule", RULES)
def test_every_skin_refuses_the_same_figure_with_the_same_words(ward, rule, skin):
    code, period, day, vietnamese, english = RULES[rule]
    ward.today(day)
    answer = SKINS[skin](ward, code, period)
    if skin == "the entry grid" and rule in ("computed_rate", "not_entered_here"):
        assert answer == "not offered"  # the grid lists only what the ward enters
    elif skin == "DHIS2":
        assert english in answer
    else:
        assert vietnamese in answer.replace("&#x27;", "'")
    assert not DataValue.objects.filter(unit=ward.ward_a).exists()


@pytest.mark.parametrize("skin", SKINS)
def test_every_skin_accepts_the_same_figure_on_time(ward, skin):
    ward.today(ON_TIME)
    answer = SKINS[skin](ward, "NUM", "2022M07")  # an input of the ward's rate: entered, on time
    assert answer in ("saved", "previewed")
    if skin != "the import page":  # a preview writes nothing until it is confirmed
        assert DataValue.objects.get(unit=ward.ward_a).value == Decimal(7)
