"""The demo's live year: whatever the day it is loaded, every persona has work and every state is shown."""

from __future__ import annotations

from datetime import date

import pytest

from chitieu.core import periods as core_periods
from chitieu.demo.demo import load_demo
from chitieu.monitoring.duties import duties_of
from chitieu.monitoring.models import Submission, SubmissionState

pytestmark = pytest.mark.django_db


def states_of(period_id: str) -> dict[str, str]:
    return dict(Submission.objects.filter(period_id=period_id).values_list("unit__code", "state"))


@pytest.mark.parametrize("day", [date(2026, 12, 3), date(2027, 1, 5), date(2027, 6, 20)], ids=str)
def test_the_last_report_due_is_shown_in_every_state_and_each_persona_has_work(day, today):
    from django.contrib.auth import get_user_model

    today(day)
    load_demo()
    collecting = core_periods.collecting_month(day)
    last = core_periods.previous(collecting)  # the report whose deadline passed last
    assert core_periods.DECREE_09.deadline(last) < day <= core_periods.DECREE_09.deadline(collecting)
    states = states_of(last.id)
    assert states["SO-LDTBXH"] == states["PLDTBXH-Q1"] == SubmissionState.SUBMITTED
    assert states["Q1-BENNGHE"] == SubmissionState.RETURNED
    assert "Q1-DAKAO" not in states and "Q3-P09" not in states  # late: not sent
    assert states["Q1-BENTHANH"] == SubmissionState.APPROVED
    people = {user.username: user for user in get_user_model().objects.all()}
    to_submit, _ = duties_of(people["bennghe.baocao"], day)
    assert {(d.period.id, d.state) for d in to_submit} >= {(last.id, "returned"), (collecting.id, "draft")}
    _, to_approve = duties_of(people["so.duyet"], day)
    assert {(d.unit.code, d.period.id) for d in to_approve} == {
        ("SO-LDTBXH", last.id),
        ("PLDTBXH-Q1", last.id),
    }
