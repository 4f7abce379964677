"""The entry grid: drafts, typed numbers, stale saves, submission, approval, locks and refusals."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from chitieu.core.evaluation import ValueKind
from chitieu.monitoring.models import DataValue, DataValueRevision, Submission
from chitieu.monitoring.services import change_state, record_value
from chitieu.planning.models import Assignment, Indicator, Target

pytestmark = pytest.mark.django_db

URL = "/u/W-A/entry/2022M07/"
ACTUAL = ValueKind.ACTUAL.rank


@pytest.fixture
def grid(small, today):
    """Ward A's July 2022 grid on a day before its deadline (19/07/2022): its target and its assignment."""
    today(date(2022, 7, 12))
    households = Indicator.objects.create(
        code="HH", name="Số hộ", group=small.jobs.group, unit_of_measure="hộ", order=2
    )
    Target.objects.create(indicator=households, unit=small.district, year=2022, target=Decimal(500))
    Assignment.objects.create(indicator=households, unit=small.ward_a, year=2022)
    small.households = households
    return small


def cell(indicator, text, version=None, kind=ACTUAL, original=""):
    data = {
        f"v{indicator.pk}": text,
        f"k{indicator.pk}": kind,
        f"o{indicator.pk}": original,
        f"ok{indicator.pk}": kind,
    }
    if version is not None:
        data[f"ver{indicator.pk}_{kind}"] = version
    return data


def post(client, *cells, action="save", reason="", confirmed=True):
    """Post the grid; ``confirmed``: unusual values and empty cells confirmed (see test_entry_checks)."""
    data = {"action": action, "reason": reason}
    if confirmed:
        data.update(confirm_unusual="1", confirm_incomplete="1")
    for one in cells:
        data.update(one)
    return client.post(URL, data)


def stored(small, indicator=None):
    return DataValue.objects.filter(indicator=indicator or small.jobs, unit=small.ward_a).first()


def test_the_grid_lists_the_units_targets_and_what_it_is_assigned(grid, client):
    client.force_login(grid.reporter_a)
    page = client.get(URL).content.decode()
    assert "JOBS" in page and "HH" in page
    assert "Hạn báo cáo" in page and "19/07/2022" in page


def test_numbers_typed_the_vietnamese_way_are_saved_as_a_draft(grid, client):
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "1.218"), cell(grid.households, "2,5"), reason="số liệu tháng 7")
    assert response.status_code == 302
    assert stored(grid).value == Decimal(1218)
    assert stored(grid, grid.households).value == Decimal("2.5")
    revision = DataValueRevision.objects.get(data_value=stored(grid))
    assert (revision.changed_by, revision.reason) == (grid.reporter_a, "số liệu tháng 7")
    assert "1.218" in client.get(URL).content.decode()


def test_an_unambiguous_english_number_is_read_too(grid, client):
    client.force_login(grid.reporter_a)
    post(client, cell(grid.jobs, "1,218.5"))
    assert stored(grid).value == Decimal("1218.5")


def test_a_mistyped_number_is_flagged_at_its_cell_and_nothing_is_saved(grid, client):
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "1.2.3,4,5"), cell(grid.households, "40"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "không phải là số" in page or "sai chỗ" in page
    assert 'aria-invalid="true"' in page
    assert DataValue.objects.count() == 0


def test_a_value_the_indicator_refuses_is_flagged_at_its_cell(grid, client):
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "-5"))
    assert response.status_code == 400
    assert "không nhận giá trị âm" in response.content.decode()


def test_a_stale_save_is_refused_with_the_other_value_shown_and_nothing_written(grid, client):
    first = record_value(
        indicator=grid.jobs, unit=grid.ward_a, period_id="2022M07", value=Decimal(100), user=grid.reporter_a
    )
    record_value(
        indicator=grid.jobs,
        unit=grid.ward_a,
        period_id="2022M07",
        value=Decimal(1300),
        user=grid.approver,
        expected_version=first.version,
    )
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "150", version=1, original="100"), cell(grid.households, "40"))
    assert response.status_code == 409
    page = response.content.decode()
    assert "Người khác đã sửa số liệu này trước (hiện là 1.300, phiên bản 2)" in page
    assert stored(grid).value == Decimal(1300)
    assert stored(grid, grid.households) is None


def test_an_unchanged_cell_does_not_clash_with_someone_elses_change(grid, client):
    record_value(
        indicator=grid.jobs, unit=grid.ward_a, period_id="2022M07", value=Decimal(100), user=grid.approver
    )
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "100", version=1, original="100"), cell(grid.households, "40"))
    assert response.status_code == 302
    assert stored(grid, grid.households).value == Decimal(40)


def test_submit_approve_and_the_grid_is_locked_saying_why(grid, client):
    client.force_login(grid.reporter_a)
    assert post(client, cell(grid.jobs, "90"), action="submit").status_code == 302
    assert Submission.objects.get(unit=grid.ward_a).state == "submitted"
    client.force_login(grid.approver)
    assert client.post(URL, {"action": "approve"}).status_code == 302
    client.force_login(grid.reporter_a)
    page = client.get(URL).content.decode()
    assert 'id="lock-reason"' in page and "đã được duyệt" in page
    assert 'id="save"' not in page
    refused = post(client, cell(grid.jobs, "95", version=1, original="90"))
    assert refused.status_code == 409
    assert "đã được duyệt và khóa" in refused.content.decode()
    assert stored(grid).value == Decimal(90)


def test_returning_needs_a_reason_and_shows_it_to_the_unit(grid, client):
    client.force_login(grid.reporter_a)
    post(client, cell(grid.jobs, "90"), action="submit")
    client.force_login(grid.approver)
    assert "Cần ghi rõ lý do" in client.post(URL, {"action": "return", "reason": " "}).content.decode()
    client.post(URL, {"action": "return", "reason": "thiếu số hộ"})
    client.force_login(grid.reporter_a)
    page = client.get(URL).content.decode()
    assert "thiếu số hộ" in page and 'id="save"' in page


def test_unlocking_needs_a_reason(grid, client):
    client.force_login(grid.reporter_a)
    post(client, cell(grid.jobs, "90"), action="submit")
    client.force_login(grid.approver)
    client.post(URL, {"action": "approve"})
    assert client.post(URL, {"action": "unlock", "reason": ""}).status_code == 409
    assert client.post(URL, {"action": "unlock", "reason": "điều chỉnh"}).status_code == 302
    assert Submission.objects.get(unit=grid.ward_a).state == "draft"


def test_a_reporter_cannot_approve(grid, client):
    client.force_login(grid.reporter_a)
    post(client, cell(grid.jobs, "90"), action="submit")
    response = client.post(URL, {"action": "approve"})
    assert response.status_code == 403
    assert "không có quyền" in response.content.decode()


def test_a_viewer_cannot_save(grid, client):
    client.force_login(grid.viewer)
    response = post(client, cell(grid.jobs, "90"))
    assert response.status_code == 403
    assert DataValue.objects.count() == 0


def test_after_the_deadline_a_reporter_is_refused_in_vietnamese(grid, client, today):
    today(date(2022, 8, 1))
    client.force_login(grid.reporter_a)
    response = post(client, cell(grid.jobs, "90"))
    assert response.status_code == 409
    assert "Đã quá hạn báo cáo kỳ 2022M07 (19/07/2022)" in response.content.decode()


def test_the_value_kind_is_chosen_per_cell(grid, client):
    client.force_login(grid.reporter_a)
    post(client, cell(grid.jobs, "80", kind=ValueKind.ESTIMATE.rank))
    assert stored(grid).kind == ValueKind.ESTIMATE.rank


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.218", "= 1.218"),
        ("2.5", "= 2,5"),
        ("1,218.5", "= 1.218,5"),
        ("abc", "không phải là số"),
        ("-3", "âm"),
    ],
)
def test_each_cell_is_checked_as_it_is_typed(grid, client, typed, said):
    client.force_login(grid.reporter_a)
    pk = grid.jobs.pk
    response = client.get(f"{URL}check/", {"indicator": pk, f"v{pk}": typed})
    assert said in response.content.decode()


def test_the_grid_leaves_out_what_is_planned_only_above_the_unit(grid, client):
    above = Indicator.objects.create(
        code="ABOVE", name="Chỉ tiêu của quận", group=grid.jobs.group, unit_of_measure="hộ"
    )
    Target.objects.create(indicator=above, unit=grid.district, year=2022, target=Decimal(5))
    client.force_login(grid.reporter_a)
    page = client.get(URL).content.decode()
    assert 'data-code="JOBS"' in page and 'data-code="ABOVE"' not in page


def test_a_wards_grid_lists_its_two_targets_the_rate_by_its_inputs(demo, login):
    page = login("bennghe.baocao").get("/u/Q1-BENNGHE/entry/2022M12/").content.decode()
    listed = re.findall(r'<tr class="[^"]*" data-code="([^"]+)"', page)
    assert listed == ["KTXH-01", "GN-SHN", "GN-TSH"]  # jobs; the poverty rate is entered as its two parts
    assert "XDD-02" not in page  # the department's party members are not the ward's to enter


def test_the_grid_is_never_stale_after_a_write_by_someone_else(grid, client, today):
    """The grid is cached per person and day under the data version: the next look shows any write."""
    client.force_login(grid.reporter_a)
    assert 'value="1.218"' not in client.get(URL).content.decode()
    record_value(
        indicator=grid.jobs, unit=grid.ward_a, period_id="2022M07", value=Decimal(1218), user=grid.approver
    )
    assert 'value="1.218"' in client.get(URL).content.decode()
    change_state(unit=grid.ward_a, period_id="2022M07", action="submit", user=grid.reporter_a)
    after = client.get(URL).content.decode()
    assert "status-not_met" not in after and 'id="v' + str(grid.jobs.pk) + '" name' in after
    jobs_input = after.split(f'id="v{grid.jobs.pk}"')[1].split(">")[0]
    assert 'disabled aria-disabled="true"' in jobs_input  # submitted: no more changes
    today(date(2022, 8, 30))  # another day: the deadline is read again
    assert '<span class="status status-not_met">đã quá hạn</span>' in client.get(URL).content.decode()
