"""``chitieu demo-data``: load the illustrative demo data (development machines only)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.demo.demo import CITY, DEMO_PASSWORD, load_demo
from chitieu.orgunits.models import OrgUnit


class Command(BaseCommand):
    help = "Load the demo data: the article's department, 2022 in full, 2023 half-way (illustrative)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="load even when DEBUG is off")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if the demo is already loaded"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "The demo data (with its known passwords) is for development machines: "
                "set CHITIEU_DEBUG=1 or pass --force."
            )
        if OrgUnit.objects.filter(code=CITY).exists():
            if options["if_empty"]:
                self.stdout.write("Dữ liệu demo đã có sẵn (demo data already loaded).")
                return
            raise CommandError("The demo data is already loaded (dữ liệu demo đã có).")
        accounts = load_demo()
        self.stdout.write(
            self.style.SUCCESS("Đã nạp dữ liệu demo (số liệu minh họa, không phải số liệu thật).")
        )
        self.stdout.write(f"Tài khoản demo (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, description in accounts.items():
            self.stdout.write(f"  {username:<16} {description}")
