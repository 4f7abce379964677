"""Thư báo: the e-mail a unit's reporters get when an approver returns their report for correction.

Sent once the return is committed (never for a step that was rolled back); a mail server that
fails is logged and changes nothing — the reason is on the report's page either way.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from chitieu.core import periods as core_periods
from chitieu.monitoring.models import Submission, SubmissionState
from chitieu.orgunits.models import Role

logger = logging.getLogger(__name__)


def returned_recipients(submission: Submission) -> list[AbstractBaseUser]:
    """Who is told of a return: whoever sent the report, and the unit's own reporters (with an e-mail)."""
    senders = submission.events.filter(to_state=SubmissionState.SUBMITTED).values_list("by_id", flat=True)
    return list(
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(pk__in=[pk for pk in senders if pk is not None])
            | Q(unit_roles__unit=submission.unit, unit_roles__role=Role.REPORTER)
        )
        .exclude(email="")
        .distinct()
        .order_by("username")
    )


def returned_letter(submission: Submission, by: AbstractBaseUser | None) -> tuple[str, str]:
    """The subject and body of the letter about a returned report, in Vietnamese."""
    period = core_periods.parse_period(submission.period_id)
    path = reverse("web:entry", args=[submission.unit.code, submission.period_id])
    site = getattr(settings, "SITE_URL", "").rstrip("/")
    subject = f"[chitieu] Báo cáo {period.label('vi')} của {submission.unit.name} bị trả lại"
    body = "\n".join(
        [
            f"Báo cáo {period.label('vi')} của {submission.unit.name} ({submission.unit.code}) "
            f"đã bị {by.get_username() if by else 'người duyệt'} trả lại để chỉnh sửa.",
            "",
            f"Lý do: {submission.reason}",
            "",
            f"Sửa và gửi lại tại: {site}{path}",
            "",
            "(Thư tự động, vui lòng không trả lời.)",
        ]
    )
    return subject, body


def tell_returned(submission: Submission, by: AbstractBaseUser | None) -> None:
    """After the transaction commits, e-mail the report's reporters that it was returned, and why."""

    def send() -> None:
        subject, body = returned_letter(submission, by)
        for person in returned_recipients(submission):
            try:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
            except OSError:
                logger.exception("could not mail %s about the returned report %s", person.email, submission)

    transaction.on_commit(send)
