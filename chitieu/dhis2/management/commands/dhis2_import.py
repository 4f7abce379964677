"""``chitieu dhis2-import FILE``: import a DHIS2 dataValueSet (JSON), all or nothing, with --dry-run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.dhis2.exchange import configured_mapping, import_data_value_set
from chitieu.dhis2.mapping import MappingError


class Command(BaseCommand):
    help = "Import a DHIS2 dataValueSet; any conflict means nothing is written. Prints the import summary."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the dataValueSet JSON file")
        parser.add_argument(
            "--user", required=True, help="import as this user (their roles and deadlines apply)"
        )
        parser.add_argument("--mapping", help="a JSON mapping file (default: the DHIS2_MAPPING_FILE setting)")
        parser.add_argument("--dry-run", action="store_true", help="check everything, write nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"Unknown user '{options['user']}'.")
        try:
            payload = json.loads(Path(options["file"]).read_text(encoding="utf-8"))
            mapping = configured_mapping(options["mapping"])
        except (MappingError, OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        summary = import_data_value_set(
            payload=payload, user=user, mapping=mapping, dry_run=options["dry_run"]
        )
        self.stdout.write(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
        if summary.conflicts:
            raise CommandError(f"{len(summary.conflicts)} conflicts: nothing was written.")
