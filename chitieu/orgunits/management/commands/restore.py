"""``chitieu restore FILE [--yes]``: replace the whole database by a backup of ``chitieu backup``.

The file must be of the database's kind (an SQLite file for SQLite, a pg_dump archive for
PostgreSQL). Without ``--yes`` the command asks first, and refuses when nobody can answer (cron,
a pipe). Afterwards it checks the restored database as ``migrate --check`` would, and that every
table of chitieu is there.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from chitieu import backups
from chitieu.core.numbers import format_number

CONFIRMATION = "yes"


class Command(BaseCommand):
    help = (
        "Replace the whole database by a backup file of `chitieu backup` (asks first unless --yes); "
        "stop the web server first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", type=Path, help="the backup file (.sqlite3 for SQLite, .dump for PostgreSQL)"
        )
        parser.add_argument("--yes", action="store_true", help="do not ask: replace the database")

    def handle(self, *args: Any, **options: Any) -> None:
        database, source = connection.settings_dict, options["file"]
        try:
            kind = backups.check_restorable(database, source)
            described = backups.describe(source)
            self.stdout.write(f"Bản sao lưu (backup): {source}")
            self.stdout.write(f"  Kích thước (size): {described.size_shown()}")
            self.stdout.write(f"  SHA-256: {described.sha256}")
            if not options["yes"]:
                self.confirm(f"{backups.NAMES[kind]} {database['NAME']}")
            backups.restore(database, source)
        except backups.BackupError as error:
            raise CommandError(f"{error.message('vi')}\n{error.message('en')}") from error
        restored = f"{backups.NAMES[kind]} {database['NAME']}"
        self.stdout.write(self.style.SUCCESS(f"Đã phục hồi (restored) {restored}."))
        self.report(backups.check_restored(connection))

    def confirm(self, target: str) -> None:
        """Ask before replacing everything; refuse when there is nobody to ask."""
        if not sys.stdin.isatty():
            raise CommandError(
                f"Phục hồi sẽ thay toàn bộ dữ liệu của {target}: thêm --yes để xác nhận.\n"
                f"Restoring replaces every row of {target}: add --yes to confirm."
            )
        answer = input(
            f"Phục hồi sẽ thay toàn bộ dữ liệu của {target} (restoring replaces every row).\n"
            f"Gõ '{CONFIRMATION}' để tiếp tục (type '{CONFIRMATION}' to go on): "
        )
        if answer.strip().lower() != CONFIRMATION:
            raise CommandError("Đã hủy, chưa thay đổi gì (cancelled, nothing changed).")

    def report(self, check: backups.RestoredCheck) -> None:
        """Rows of the main tables; an error for missing tables, a warning for migrations to apply."""
        if check.missing_tables and not check.pending_migrations:
            raise CommandError(
                "Cơ sở dữ liệu phục hồi thiếu bảng (the restored database lacks tables): "
                + ", ".join(check.missing_tables)
            )
        shown = ["orgunits.OrgUnit", "planning.Indicator", "planning.Target", "monitoring.DataValue"]
        counts = [f"{label.split('.')[1]}: {format_number(check.rows[label], 0)}" for label in shown]
        self.stdout.write("  " + ", ".join(counts))
        if check.pending_migrations:
            pending = len(check.pending_migrations)
            self.stdout.write(
                self.style.WARNING(
                    f"Bản sao lưu cũ hơn mã nguồn: còn {pending} migration chưa áp dụng"
                    f" (the backup predates this version: {pending} migrations to apply)"
                    " — chạy (run) `chitieu migrate`."
                )
            )
        else:
            self.stdout.write("  Các bảng và migration đầy đủ (tables and migrations up to date).")
