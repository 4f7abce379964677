"""``chitieu dhis2-export``: write the stored values of units as a DHIS2 dataValueSet (JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.dhis2.exchange import configured_mapping, export_data_value_set
from chitieu.dhis2.mapping import MappingError


class Command(BaseCommand):
    help = "Export values as a DHIS2 dataValueSet: periods 202207, 2022Q3, 2022S1, 2022."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--org-unit", action="append", required=True, help="a DHIS2 org unit (repeatable)"
        )
        parser.add_argument("--period", action="append", default=[], help="a DHIS2 period id (repeatable)")
        parser.add_argument("--children", action="store_true", help="include the units below")
        parser.add_argument("--user", required=True, help="export what this user may see")
        parser.add_argument("--mapping", help="a JSON mapping file (default: the DHIS2_MAPPING_FILE setting)")
        parser.add_argument("--output", help="the file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"Unknown user '{options['user']}'.")
        try:
            body = export_data_value_set(
                user=user,
                org_units=options["org_unit"],
                periods=options["period"],
                children=options["children"],
                mapping=configured_mapping(options["mapping"]),
            )
        except (MappingError, OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        text = json.dumps(body, ensure_ascii=False, indent=1)
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8")
            self.stderr.write(f"{len(body['dataValues'])} values written to {options['output']}.")
        else:
            self.stdout.write(text)
