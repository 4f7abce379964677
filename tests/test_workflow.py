"""nháp → đã gửi → đã duyệt (locked) or trả lại, with reasons and history."""

from __future__ import annotations

import pytest

from chitieu.monitoring.models import SubmissionEvent
from chitieu.monitoring.services import WriteRefused, change_state

PERIOD = "2022M07"


def act(small, action, user, reason="", unit=None):
    return change_state(unit=unit or small.ward_a, period_id=PERIOD, action=action, user=user, reason=reason)


def test_the_approval_path_is_recorded_step_by_step(small):
    act(small, "submit", small.reporter_a)
    act(small, "return", small.approver, reason="thiếu số liệu tháng 7")
    act(small, "submit", small.reporter_a)
    submission = act(small, "approve", small.approver)
    assert submission.state == "approved"
    steps = list(SubmissionEvent.objects.values_list("from_state", "to_state", "by__username"))
    assert steps == [
        ("draft", "submitted", "bob"),
        ("submitted", "returned", "dung"),
        ("returned", "submitted", "bob"),
        ("submitted", "approved", "dung"),
    ]


def test_returning_and_unlocking_need_a_reason(small):
    act(small, "submit", small.reporter_a)
    with pytest.raises(WriteRefused) as caught:
        act(small, "return", small.approver, reason="  ")
    assert caught.value.code == "reason_required"
    act(small, "approve", small.approver)
    with pytest.raises(WriteRefused):
        act(small, "unlock", small.approver)
    assert act(small, "unlock", small.approver, reason="điều chỉnh theo số liệu thống kê").state == "draft"


def test_a_reporter_cannot_approve_their_own_figures(small):
    act(small, "submit", small.reporter_a)
    with pytest.raises(WriteRefused) as caught:
        act(small, "approve", small.reporter_a)
    assert caught.value.code == "no_permission"


def test_an_approver_of_a_higher_level_can_unlock(small):
    act(small, "submit", small.reporter_a)
    act(small, "approve", small.approver)
    assert act(small, "unlock", small.admin, reason="mở lại").state == "draft"


def test_an_approver_of_another_subtree_is_refused(small):
    act(small, "submit", small.reporter_b, unit=small.ward_b)
    with pytest.raises(WriteRefused):
        act(small, "approve", small.reporter_a, unit=small.ward_b)


def test_steps_out_of_order_say_why(small):
    with pytest.raises(WriteRefused) as caught:
        act(small, "approve", small.approver)
    assert caught.value.code == "bad_transition"
    assert "nháp" in caught.value.message("vi")
