"""``chitieu report``: the official report of a unit for a period, or a term's mid-term or end-of-term
review, as DOCX, PDF, XLSX or HTML."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.terms import ESTIMATE_METHODS, estimate_option
from chitieu.monitoring.terms import TermNotFound, choose_term
from chitieu.orgunits.models import OrgUnit
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import ReportFile, report_file
from chitieu.reporting.term_report import Stage, term_report_file


class Command(BaseCommand):
    help = (
        "Write the report of a unit for a period, or a term's mid-term or end-of-term review"
        " (Decree 30 form), as docx, pdf, xlsx or html."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. SO-LDTBXH")
        what = parser.add_mutually_exclusive_group(required=True)
        what.add_argument("--period", help="2022, 2022N9, 2022S1, 2022Q3, 2022M07")
        what.add_argument("--term", help="a term's review instead of a period's report: 2020-2025")
        parser.add_argument(
            "--stage",
            choices=[stage.value for stage in Stage],
            default=Stage.MIDTERM.value,
            help="with --term: midterm (sơ kết giữa nhiệm kỳ) or final (tổng kết nhiệm kỳ)",
        )
        parser.add_argument("--format", choices=sorted(RENDERERS), default="docx")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")
        parser.add_argument(
            "--as-of", type=date.fromisoformat, help="YYYY-MM-DD; default: the window's close, or today"
        )
        parser.add_argument("--date", type=date.fromisoformat, help="the date printed on the report")
        parser.add_argument(
            "--estimate",
            nargs="?",
            const="auto",
            choices=["auto", *(method.value for method in ESTIMATE_METHODS)],
            help=(
                "with --period: the mid-December report, each target whose year is still open judged on"
                " its year-end estimate (ước thực hiện cả năm); the method as for chitieu scorecard"
            ),
        )
        parser.add_argument("--out", required=True, help="file to write ('-' for standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unknown unit code '{options['unit']}' (không có đơn vị mã này).")
        lang = options["lang"]
        if options["term"]:
            try:
                term = choose_term(unit, options["term"], options["as_of"] or timezone.localdate())
            except TermNotFound as error:
                raise CommandError(error.message(lang)) from error
            found: ReportFile = term_report_file(
                term=term,
                stage=Stage(options["stage"]),
                format_name=options["format"],
                lang=lang,
                as_of=options["as_of"],
                issued_on=options["date"],
            )
        else:
            try:
                period = parse_period(options["period"])
            except PeriodError as error:
                raise CommandError(error.message(lang)) from error
            found = report_file(
                unit=unit,
                period=period,
                format_name=options["format"],
                lang=lang,
                as_of=options["as_of"],
                issued_on=options["date"],
                estimate=estimate_option(options["estimate"]),
            )
        content = found.content
        if options["out"] == "-":
            sys.stdout.buffer.write(content)
            return
        Path(options["out"]).write_bytes(content)
        self.stdout.write(f"{options['out']}: {len(content):,} bytes ({options['format']}, {lang})")
