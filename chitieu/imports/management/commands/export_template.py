"""``chitieu export-template``: the Excel template of a unit's results, targets, work items, term targets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.core.errors import DomainError
from chitieu.core.periods import parse_period
from chitieu.imports import templates
from chitieu.monitoring.terms import TermNotFound, choose_term
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Term


class Command(BaseCommand):
    help = (
        "Write the .xlsx template to fill in: results of a unit for a period, its targets or work items"
        " for a year, or the targets of one of its terms."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. Q1-BENNGHE")
        parser.add_argument("--period", help="period id (2023M07); a year for targets/work items")
        parser.add_argument("--term", help="the term's years for term targets, e.g. 2020-2025")
        parser.add_argument("--out", required=True, help="the .xlsx file to write")
        parser.add_argument(
            "--kind",
            choices=["values", "targets", "work-items", "term-targets"],
            default="values",
            help="which template",
        )
        parser.add_argument(
            "--subunits", action="store_true", help="results template: one row per unit of the subtree too"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã '{options['unit']}'.")
        if options["kind"] == "term-targets":
            content = templates.term_targets_template(_term(unit, options["term"]))
            Path(options["out"]).write_bytes(content)
            self.stdout.write(f"{options['out']}: {len(content)} bytes")
            return
        if not options["period"]:
            raise CommandError("Cần --period (kỳ báo cáo, hoặc năm với mẫu chỉ tiêu và nhiệm vụ).")
        try:
            period = parse_period(options["period"])
        except DomainError as error:
            raise CommandError(error.message("vi")) from error
        match options["kind"]:
            case "targets":
                content = templates.targets_template(unit, period.year)
            case "work-items":
                content = templates.work_items_template(unit, period.year)
            case _:
                content = templates.values_template(unit, period.id, subunits=options["subunits"])
        Path(options["out"]).write_bytes(content)
        self.stdout.write(f"{options['out']}: {len(content)} bytes")


def _term(unit: OrgUnit, text: str | None) -> Term:
    """The unit's term named by ``--term``; a refusal names the terms it has."""
    if not text:
        raise CommandError("Cần --term cho mẫu chỉ tiêu nhiệm kỳ (ví dụ: --term 2020-2025).")
    try:
        return choose_term(unit, text, timezone.localdate())
    except TermNotFound as error:
        raise CommandError(error.message("vi")) from error
