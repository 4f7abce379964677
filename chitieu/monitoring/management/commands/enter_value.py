"""``chitieu enter-value``: record one result from the command line, through the same checks as the web."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation, format_number, parse_number
from chitieu.monitoring.services import indicator_by_code, record_value, units_by_code


class Command(BaseCommand):
    help = "Record one value (a number in Vietnamese notation: 1.218 or 2,5); refused values say why."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--indicator", required=True, help="indicator code")
        parser.add_argument("--unit", required=True, help="unit code")
        parser.add_argument("--period", required=True, help="period id, e.g. 2022M07")
        parser.add_argument("--value", required=True, help="the number, or '' to clear the value")
        parser.add_argument("--kind", choices=[k.value for k in ValueKind], default=ValueKind.ACTUAL.value)
        parser.add_argument(
            "--expected-version", type=int, help="the version you read (required to change a value)"
        )
        parser.add_argument("--reason", default="", help="why (kept in the history)")
        parser.add_argument("--user", help="act as this user (their roles and deadlines apply)")
        parser.add_argument("--notation", choices=["vi", "en"], default="vi", help="how --value is written")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of messages")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        try:
            value = (
                None
                if options["value"].strip() == ""
                else parse_number(options["value"], Notation(options["notation"]))
            )
            user = None
            if options["user"]:
                user = get_user_model().objects.filter(username=options["user"]).first()
                if user is None:
                    raise CommandError(f"Unknown user '{options['user']}'.")
            saved = record_value(
                indicator=indicator_by_code(options["indicator"]),
                unit=units_by_code([options["unit"]])[options["unit"]],
                period_id=options["period"],
                value=value,
                kind=ValueKind(options["kind"]),
                expected_version=options["expected_version"],
                user=user,
                reason=options["reason"],
            )
        except DomainError as error:
            raise CommandError(error.message(lang)) from error
        shown = "—" if saved.value is None else format_number(saved.value, saved.indicator.decimals)
        self.stdout.write(
            f"{saved.indicator.code} · {saved.unit.code} · {saved.period_id}: {shown} (v{saved.version})"
        )
