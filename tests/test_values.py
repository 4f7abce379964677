"""Writing values: versions, revisions, refusals that say why, and nothing half-written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.monitoring.models import DataValue, DataValueRevision, Period
from chitieu.monitoring.services import (
    StaleVersion,
    ValueWrite,
    WriteRefused,
    change_state,
    record_value,
    record_values,
)
from chitieu.planning.applicability import NotApplicable
from chitieu.planning.models import Indicator

ON_TIME = date(2022, 7, 10)  # before the July deadline (14/07 + 5 days)
LATE = date(2022, 9, 1)


def write(
    small,
    value,
    *,
    unit=None,
    period="2022M07",
    kind=ValueKind.ACTUAL,
    version=None,
    user="reporter_a",
    today=ON_TIME,
    indicator=None,
    reason="",
):
    return record_value(
        indicator=indicator or small.jobs,
        unit=unit or small.ward_a,
        period_id=period,
        value=None if value is None else Decimal(value),
        kind=kind,
        expected_version=version,
        user=getattr(small, user) if user else None,
        reason=reason,
        today=today,
    )


def refused_code(call) -> str:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value.code


def test_a_new_value_starts_at_version_1_with_a_revision(small):
    value = write(small, "120")
    assert (value.value, value.version, value.is_best) == (Decimal(120), 1, True)
    revision = value.revisions.get()
    assert (revision.action, revision.old_value, revision.new_value, revision.changed_by) == (
        "create",
        None,
        Decimal(120),
        small.reporter_a,
    )


def test_changing_a_value_needs_the_version_it_was_read_at(small):
    first = write(small, "120")
    second = write(small, "125", version=first.version, reason="sửa số liệu")
    assert (second.value, second.version) == (Decimal(125), 2)
    revisions = list(second.revisions.order_by("version").values_list("old_value", "new_value", "reason"))
    assert revisions == [(None, Decimal(120), ""), (Decimal(120), Decimal(125), "sửa số liệu")]


def test_a_stale_save_is_refused_with_the_value_that_won(small):
    first = write(small, "120")
    write(small, "130", version=first.version)  # someone else saved first
    with pytest.raises(StaleVersion) as caught:
        write(small, "125", version=first.version)
    assert caught.value.current.value == Decimal(130)
    assert "130" in caught.value.message("vi") and "phiên bản 2" in caught.value.message("vi")
    assert DataValue.objects.get().value == Decimal(130)


def test_writing_over_an_existing_value_without_a_version_is_refused(small):
    write(small, "120")
    with pytest.raises(StaleVersion) as caught:
        write(small, "125")
    assert caught.value.code == "exists"


def test_a_version_for_a_value_that_does_not_exist_is_refused(small):
    assert refused_code(lambda: write(small, "120", version=3)) == "unknown_version"


def test_saving_the_same_value_again_changes_nothing(small):
    write(small, "120")
    again = write(small, "120", version=1)
    assert again.version == 1 and DataValueRevision.objects.count() == 1


def test_clearing_a_value_keeps_its_row_and_history(small):
    first = write(small, "120")
    cleared = write(small, None, version=first.version, reason="nhập nhầm kỳ")
    assert cleared.value is None and not cleared.is_best
    assert DataValue.objects.count() == 1
    assert cleared.revisions.order_by("version").last().action == "clear"


def test_the_firmest_kind_is_the_one_that_counts(small):
    estimate = write(small, "100", kind=ValueKind.ESTIMATE)
    actual = write(small, "110", kind=ValueKind.ACTUAL)
    estimate.refresh_from_db()
    assert actual.is_best and not estimate.is_best
    write(small, None, kind=ValueKind.ACTUAL, version=actual.version)
    estimate.refresh_from_db()
    assert estimate.is_best


@pytest.mark.parametrize(
    ("value", "code"),
    [("-5", "negative"), ("1.23456", "too_many_decimals"), ("1e16", "too_large")],
)
def test_a_number_the_indicator_cannot_take_is_refused(small, value, code):
    assert refused_code(lambda: write(small, value)) == code
    assert not DataValue.objects.exists()


def test_a_yes_no_indicator_takes_only_1_or_0(small):
    small.jobs.direction = "yes_no"
    small.jobs.save()
    assert refused_code(lambda: write(small, "2")) == "yes_no"
    assert write(small, "1").value == Decimal(1)


def test_negative_values_are_allowed_where_the_indicator_says_so(small):
    small.jobs.allow_negative = True
    small.jobs.save()
    assert write(small, "-5").value == Decimal(-5)


@pytest.mark.parametrize("period", ["2022M13", "July", "2022-07"])
def test_a_period_that_does_not_exist_is_refused(small, period):
    with pytest.raises(WriteRefused) as caught:
        write(small, "1", period=period)
    assert caught.value.code == "bad_period"
    assert "kỳ báo cáo" in caught.value.message("vi").lower()
    assert not Period.objects.filter(id=period).exists()


def test_a_period_outside_the_targets_year_is_refused(small):
    with pytest.raises(NotApplicable) as caught:
        write(small, "1", period="2023M01")
    assert caught.value.code == "not_planned"
    assert "năm 2023" in caught.value.message("vi")


def test_an_indicator_not_planned_for_the_unit_is_refused(small):
    other = Indicator.objects.create(
        code="OTHER", name="Khác", group=small.jobs.group, unit_of_measure="người"
    )
    assert refused_code(lambda: write(small, "1", indicator=other)) == "not_planned"


def test_a_batch_with_one_bad_value_writes_nothing(small):
    good = ValueWrite(small.jobs, small.ward_a, "2022M07", Decimal(10))
    bad = ValueWrite(small.jobs, small.ward_a, "2022M08", Decimal(-1))
    with pytest.raises(WriteRefused):
        record_values(writes=[good, bad], user=small.reporter_a, today=ON_TIME)
    assert not DataValue.objects.exists() and not DataValueRevision.objects.exists()


def test_a_reporter_cannot_write_for_another_ward(small):
    with pytest.raises(WriteRefused) as caught:
        write(small, "1", unit=small.ward_b, user="reporter_a")
    assert caught.value.code == "no_permission"
    assert "không có quyền" in caught.value.message("vi")


def test_a_viewer_cannot_write(small):
    assert refused_code(lambda: write(small, "1", user="viewer")) == "no_permission"


def test_after_the_deadline_only_an_approver_can_write(small):
    assert refused_code(lambda: write(small, "1", today=LATE)) == "deadline_passed"
    assert write(small, "1", today=LATE, user="approver").value == Decimal(1)


def test_a_submitted_month_waits_for_approval(small):
    write(small, "1")
    change_state(unit=small.ward_a, period_id="2022M07", action="submit", user=small.reporter_a)
    assert refused_code(lambda: write(small, "2", version=1)) == "submitted"


def test_an_approved_month_is_locked_for_everyone(small):
    write(small, "1")
    change_state(unit=small.ward_a, period_id="2022M07", action="submit", user=small.reporter_a)
    change_state(unit=small.ward_a, period_id="2022M07", action="approve", user=small.approver)
    for user in ("reporter_a", "approver", "admin", None):
        with pytest.raises(WriteRefused) as caught:
            write(small, "2", version=1, user=user)
        assert caught.value.code == "approved"
        assert "đã được duyệt và khóa" in caught.value.message("vi")


def test_a_returned_month_can_be_corrected_even_after_the_deadline(small):
    write(small, "1")
    change_state(unit=small.ward_a, period_id="2022M07", action="submit", user=small.reporter_a)
    change_state(
        unit=small.ward_a, period_id="2022M07", action="return", user=small.approver, reason="sai số"
    )
    assert write(small, "2", version=1, today=LATE).value == Decimal(2)


def test_a_closed_period_accepts_nothing(small):
    write(small, "1")
    Period.objects.filter(id="2022M07").update(closed=True)
    assert refused_code(lambda: write(small, "2", version=1, user=None)) == "period_closed"


def batch(small, *writes, user="reporter_a"):
    return record_values(
        writes=[
            ValueWrite(small.jobs, unit, period, Decimal(value), kind, version)
            for unit, period, value, kind, version in writes
        ],
        user=getattr(small, user),
        today=ON_TIME,
    )


def test_a_batch_sets_the_firmest_kind_of_each_cell(small):
    saved = batch(
        small,
        (small.ward_a, "2022M07", "100", ValueKind.ESTIMATE, None),
        (small.ward_a, "2022M07", "110", ValueKind.ACTUAL, None),
        (small.ward_a, "2022M08", "90", ValueKind.ESTIMATE, None),
    )
    assert [v.is_best for v in saved] == [False, True, True]
    assert DataValueRevision.objects.count() == 3


def test_a_batch_with_a_stale_version_in_the_middle_writes_nothing(small):
    first = write(small, "120")
    write(small, "130", version=first.version)
    with pytest.raises(StaleVersion):
        batch(
            small,
            (small.ward_a, "2022M08", "5", ValueKind.ACTUAL, None),
            (small.ward_a, "2022M07", "125", ValueKind.ACTUAL, first.version),
            (small.ward_a, "2022M09", "6", ValueKind.ACTUAL, None),
        )
    assert DataValue.objects.count() == 1 and DataValue.objects.get().value == Decimal(130)


def test_a_batch_naming_a_cell_twice_applies_the_writes_in_order(small):
    saved = batch(
        small,
        (small.ward_a, "2022M07", "10", ValueKind.ACTUAL, None),
        (small.ward_a, "2022M07", "12", ValueKind.ACTUAL, 1),
    )
    assert (saved[-1].value, saved[-1].version) == (Decimal(12), 2)


def test_a_batch_across_wards_checks_each_wards_permission(small):
    with pytest.raises(WriteRefused) as caught:
        batch(
            small,
            (small.ward_a, "2022M07", "10", ValueKind.ACTUAL, None),
            (small.ward_b, "2022M07", "10", ValueKind.ACTUAL, None),
        )
    assert caught.value.code == "no_permission"
    assert not DataValue.objects.exists()
    saved = batch(
        small,
        (small.ward_a, "2022M07", "10", ValueKind.ACTUAL, None),
        (small.ward_b, "2022M07", "11", ValueKind.ACTUAL, None),
        user="approver",
    )
    assert [v.version for v in saved] == [1, 1]
