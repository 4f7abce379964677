"""The grid on the demo's live year: what each cell is entered beside, unusual values and empty cells
confirmed before they are saved, a returned report's reason, its history and the e-mail about it."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.db.models import Sum
from django.utils import timezone

from chitieu.core import periods as core_periods
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import format_number
from chitieu.monitoring.models import DataValue, Submission, SubmissionState
from chitieu.planning.models import Indicator, Target

pytestmark = pytest.mark.django_db
ACTUAL = ValueKind.ACTUAL.rank


@pytest.fixture
def returned(demo):
    """The demo's returned report: Bến Nghé's last month due, sent back with a reason."""
    return Submission.objects.select_related("unit").get(state=SubmissionState.RETURNED)


def row_of(page: str, code: str) -> str:
    found = re.search(rf'<tr class="[^"]*" data-code="{re.escape(code)}">(.*?)</tr>', page, re.S)
    assert found, f"no grid row for {code}"
    return found.group(1)


def shown(row: str, key: str) -> str:
    found = re.search(rf'class="num ctx ctx-{key}"[^>]*>(.*?)</td>', row, re.S)
    assert found, key
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


def values(unit, indicator, periods):
    return DataValue.objects.filter(unit=unit, indicator=indicator, period_id__in=periods, is_best=True)


def test_each_cell_stands_beside_its_plan_the_period_before_the_year_so_far_and_last_year(returned, login):
    ward, period = returned.unit, core_periods.parse_period(returned.period_id)
    page = login("bennghe.baocao").get(f"/u/{ward.code}/entry/{period.id}/").content.decode()
    jobs = Indicator.objects.get(code="KTXH-01")
    row = row_of(page, "KTXH-01")
    plan = Target.objects.get(indicator=jobs, unit=ward, year=period.year).target
    before = core_periods.previous(period)
    so_far = [m.id for m in core_periods.periods_of_type(period.year, core_periods.PeriodType.MONTH)][
        : period.start.month - 1
    ]
    to_date = values(ward, jobs, so_far).aggregate(total=Sum("value"))["total"]
    earlier = values(ward, jobs, [core_periods.a_year_earlier(period).id]).get().value
    assert shown(row, "plan") == format_number(plan)
    assert shown(row, "previous") == format_number(values(ward, jobs, [before.id]).get().value)
    assert shown(row, "to_date") == format_number(to_date)
    assert shown(row, "earlier") == format_number(earlier)
    # the groups of indicators head their rows
    assert '<tr class="group">' in page and "kinh tế - xã hội" in page


def test_the_returned_report_shows_its_reason_and_history_to_the_reporter(returned, login):
    page = (
        login("bennghe.baocao").get(f"/u/{returned.unit.code}/entry/{returned.period_id}/").content.decode()
    )
    banner = re.search(r'id="return-reason-shown">(.*?)</p>', page, re.S).group(1)
    assert "so.duyet" in banner and returned.reason in banner
    history = page[page.index('id="history"') :]
    assert history.index("đã gửi") < history.index("trả lại")
    assert returned.reason in history


def test_an_unusual_value_is_saved_only_once_confirmed(returned, login):
    ward, period = returned.unit, returned.period_id
    jobs = Indicator.objects.get(code="KTXH-01")
    stored = values(ward, jobs, [period]).get()
    client = login("bennghe.baocao")
    url = f"/u/{ward.code}/entry/{period}/"
    data = {
        "action": "save",
        f"v{jobs.pk}": str(stored.value * 12),  # twelve times the month before: a slip of a zero?
        f"k{jobs.pk}": ACTUAL,
        f"o{jobs.pk}": str(stored.value),
        f"ok{jobs.pk}": ACTUAL,
        f"ver{jobs.pk}_{ACTUAL}": stored.version,
    }
    page = client.post(url, data).content.decode()
    assert "Chưa lưu: 1 số liệu có vẻ bất thường" in page
    assert "gấp" in row_of(page, "KTXH-01") and "kỳ trước" in row_of(page, "KTXH-01")
    assert 'name="confirm_unusual"' in page
    assert values(ward, jobs, [period]).get().value == stored.value  # nothing written
    confirmed = client.post(url, {**data, "confirm_unusual": "1"})
    assert confirmed.status_code == 302, re.findall(
        r'<div class="error"[^>]*>(.*?)</div>', confirmed.content.decode(), re.S
    )
    assert values(ward, jobs, [period]).get().value == stored.value * 12


def test_a_rate_over_100_percent_asks_for_confirmation(demo, login):
    month = core_periods.collecting_month(timezone.localdate())
    rate = Indicator.objects.get(code="CM-03")  # Tỷ lệ thất nghiệp khu vực thành thị, %
    page = login("so.baocao").post(
        f"/u/SO-LDTBXH/entry/{month.id}/", {"action": "save", f"v{rate.pk}": "140", f"k{rate.pk}": ACTUAL}
    )
    assert page.status_code == 200
    assert "Tỷ lệ 140% lớn hơn 100%" in row_of(page.content.decode(), "CM-03")
    assert not values(rate.responsible_unit, rate, [month.id]).filter(value=140).exists()


def test_submitting_with_empty_cells_asks_first_and_zero_means_nothing_happened(demo, login):
    month = core_periods.collecting_month(timezone.localdate())
    client = login("bennghe.baocao")
    url = f"/u/Q1-BENNGHE/entry/{month.id}/"
    jobs, households, poor = (Indicator.objects.get(code=c) for c in ("KTXH-01", "GN-TSH", "GN-SHN"))
    data = {"action": "submit", f"v{jobs.pk}": "150", f"k{jobs.pk}": ACTUAL}
    page = client.post(url, data).content.decode()
    assert "Chưa gửi: 2/3 chỉ tiêu chưa có số liệu" in page
    assert not Submission.objects.filter(unit__code="Q1-BENNGHE", period_id=month.id).exists()
    full = {
        **data,
        f"v{households.pk}": "6.300",
        f"k{households.pk}": ACTUAL,
        f"v{poor.pk}": "0",
        f"k{poor.pk}": ACTUAL,
    }
    response = client.post(url, {**full, "confirm_unusual": "1"})
    assert response.status_code == 302
    submission = Submission.objects.get(unit__code="Q1-BENNGHE", period_id=month.id)
    assert submission.state == SubmissionState.SUBMITTED
    assert values(submission.unit, poor, [month.id]).get().value == Decimal(0)


def test_returning_a_report_mails_its_reporters_the_reason(demo, login, django_capture_on_commit_callbacks):
    submitted = Submission.objects.get(unit__code="SO-LDTBXH", state=SubmissionState.SUBMITTED)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = login("so.duyet").post(
            f"/u/SO-LDTBXH/entry/{submitted.period_id}/",
            {"action": "return", "reason": "Thiếu số liệu giải quyết việc làm của Quận 3"},
        )
    assert response.status_code == 302
    (letter,) = mail.outbox  # so.baocao sent it and is the department's reporter: one letter
    assert letter.to == ["so.baocao@example.invalid"]
    assert "bị trả lại" in letter.subject and "Sở Lao động" in letter.subject
    assert "Thiếu số liệu giải quyết việc làm của Quận 3" in letter.body
    assert f"/u/SO-LDTBXH/entry/{submitted.period_id}/" in letter.body


def test_no_mail_is_sent_for_a_return_that_was_rolled_back(demo, django_capture_on_commit_callbacks):
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from chitieu.monitoring.services import change_state

    submitted = Submission.objects.get(unit__code="SO-LDTBXH", state=SubmissionState.SUBMITTED)
    approver = get_user_model().objects.get(username="so.duyet")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        change_state(
            unit=submitted.unit, period_id=submitted.period_id, action="return", user=approver, reason="x"
        )
        transaction.set_rollback(True)
    assert callbacks == [] and mail.outbox == []
