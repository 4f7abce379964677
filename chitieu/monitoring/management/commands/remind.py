"""``chitieu remind``: e-mail reporters and approvers before a report is due, and once it is late.

Run it once a day from cron, e.g. ``0 7 * * * /srv/chitieu/.venv/bin/chitieu remind``. Mail goes
through Django's mail settings (CHITIEU_EMAIL_*; the console by default).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.monitoring.duties import Duty, duties, people_to_remind
from chitieu.orgunits.models import OrgUnit

DAYS_BEFORE = (7, 3, 1)
DAYS_AFTER = 1  # one reminder on the first day after the deadline


def due_for_reminder(duty: Duty, today: date) -> bool:
    days = duty.days_left(today)
    return days in DAYS_BEFORE or days == -DAYS_AFTER


def reminder_line(duty: Duty, today: date) -> str:
    days = duty.days_left(today)
    what = "nhập và gửi số liệu" if duty.action == "submit" else "duyệt số liệu"
    when = (
        f"hạn {duty.deadline:%d/%m/%Y}, còn {days} ngày"
        if days >= 0
        else f"đã quá hạn {duty.deadline:%d/%m/%Y}"
    )
    return f"- {duty.unit.name} ({duty.unit.code}), {duty.period.label('vi')}: {what} ({when})"


class Command(BaseCommand):
    help = "E-mail reporters and approvers 7, 3 and 1 days before a report's deadline, and the day after it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="act as if today were this date (yyyy-mm-dd or dd/mm/yyyy)")
        parser.add_argument("--dry-run", action="store_true", help="list the reminders without sending them")

    def handle(self, *args: Any, **options: Any) -> None:
        today = self._today(options["today"])
        found = [d for d in duties(OrgUnit.objects.all(), today) if due_for_reminder(d, today)]
        letters: dict[tuple[str, str], list[Duty]] = defaultdict(list)
        for duty in found:
            for person in people_to_remind(duty):
                letters[(person.get_username(), person.email)].append(duty)
        for (username, email), owed in sorted(letters.items()):
            body = "\n".join(
                [
                    f"Kính gửi {username},",
                    "",
                    "Các báo cáo sau cần anh/chị xử lý trên hệ thống chitieu:",
                    *(reminder_line(d, today) for d in owed),
                    "",
                    "(Thư tự động, vui lòng không trả lời.)",
                ]
            )
            late = any(d.days_left(today) < 0 for d in owed)
            subject = "[chitieu] " + ("Báo cáo quá hạn" if late else "Nhắc hạn báo cáo")
            if options["dry_run"]:
                self.stdout.write(f"{email}: {subject}\n{body}\n")
            else:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
        self.stdout.write(f"{len(letters)} reminder(s) for {len(found)} report(s) on {today:%d/%m/%Y}.")

    def _today(self, text: str | None) -> date:
        if not text:
            return timezone.localdate()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise CommandError(f"--today {text!r}: expected yyyy-mm-dd or dd/mm/yyyy.")
