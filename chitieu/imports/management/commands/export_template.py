"""``chitieu export-template``: write the Excel template of a unit's results (or targets, work items)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.errors import DomainError
from chitieu.core.periods import parse_period
from chitieu.imports import templates
from chitieu.orgunits.models import OrgUnit


class Command(BaseCommand):
    help = (
        "Write the .xlsx template to fill in: results of a unit for a period, or its targets or work items."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. Q1-BENNGHE")
        parser.add_argument(
            "--period", required=True, help="period id (2023M07); a year for targets/work items"
        )
        parser.add_argument("--out", required=True, help="the .xlsx file to write")
        parser.add_argument(
            "--kind", choices=["values", "targets", "work-items"], default="values", help="which template"
        )
        parser.add_argument(
            "--subunits", action="store_true", help="results template: one row per unit of the subtree too"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã '{options['unit']}'.")
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
