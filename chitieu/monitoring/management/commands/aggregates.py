"""``chitieu aggregates verify|rebuild``: check the kept figures against the raw values, or rebuild them.

``verify`` recomputes every kept figure from the stored values and lists each difference (exit
status 1 when there is one); ``rebuild`` recomputes and replaces them all, in one transaction.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.numbers import format_number
from chitieu.monitoring import aggregates
from chitieu.monitoring.models import KeptFigure

SHOWN = 50  # differences listed; the count says how many there are


class Command(BaseCommand):
    help = "Check the kept year figures against the raw values (verify), or recompute them (rebuild)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify", "rebuild"])

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        if options["action"] == "rebuild":
            count = aggregates.rebuild()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã tính lại {format_number(count, 0)} số liệu tổng hợp"
                    f" (kept figures rebuilt) — {_seconds(started)} giây."
                )
            )
            return
        differences = aggregates.verify()
        checked = KeptFigure.objects.count()
        if not differences:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Khớp: {format_number(checked, 0)} số liệu tổng hợp đúng với số liệu gốc"
                    f" (kept figures match the values) — {_seconds(started)} giây."
                )
            )
            if not aggregates.built():
                self.stdout.write("Chưa dựng (not built yet): chạy `chitieu aggregates rebuild`.")
            return
        for difference in differences[:SHOWN]:
            self.stdout.write(str(difference))
        raise CommandError(
            f"{format_number(len(differences), 0)} số liệu tổng hợp lệch với số liệu gốc"
            f" ({len(differences)} kept figures differ from the values);"
            " sửa bằng `chitieu aggregates rebuild`."
        )


def _seconds(started: float) -> str:
    from decimal import Decimal

    return format_number(Decimal(f"{time.perf_counter() - started:.1f}"), 1)
