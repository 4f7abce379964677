"""``chitieu report``: the official report of a unit for a period, as DOCX, PDF, XLSX or HTML."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.periods import PeriodError, parse_period
from chitieu.orgunits.models import OrgUnit
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import report_file


class Command(BaseCommand):
    help = "Write the report of a unit for a period (Decree 30 form) as docx, pdf, xlsx or html."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. SO-LDTBXH")
        parser.add_argument("--period", required=True, help="2022, 2022N9, 2022S1, 2022Q3, 2022M07")
        parser.add_argument("--format", choices=sorted(RENDERERS), default="docx")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")
        parser.add_argument(
            "--as-of", type=date.fromisoformat, help="YYYY-MM-DD; default: the window's close, or today"
        )
        parser.add_argument("--date", type=date.fromisoformat, help="the date printed on the report")
        parser.add_argument("--out", required=True, help="file to write ('-' for standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unknown unit code '{options['unit']}' (không có đơn vị mã này).")
        try:
            period = parse_period(options["period"])
        except PeriodError as error:
            raise CommandError(error.message(options["lang"])) from error
        content = report_file(
            unit=unit,
            period=period,
            format_name=options["format"],
            lang=options["lang"],
            as_of=options["as_of"],
            issued_on=options["date"],
        ).content
        if options["out"] == "-":
            sys.stdout.buffer.write(content)
            return
        Path(options["out"]).write_bytes(content)
        self.stdout.write(
            f"{options['out']}: {len(content):,} bytes ({options['format']}, {options['lang']})"
        )
