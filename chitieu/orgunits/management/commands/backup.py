"""``chitieu backup [FILE]``: a consistent copy of the whole database in one file, even while people write.

SQLite is copied with SQLite's online backup API, PostgreSQL with ``pg_dump --format=custom``
(see :mod:`chitieu.backups`). Without FILE the copy goes to
``var/backups/chitieu-<database>-<YYYYmmdd-HHMMSS>.sqlite3`` (``.dump`` for PostgreSQL). The
command prints the file, its size and its SHA-256, to compare with the file at restore time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone

from chitieu import backups


class Command(BaseCommand):
    help = (
        "Back up the database to one file (SQLite: online backup; PostgreSQL: pg_dump --format=custom); "
        "default var/backups/chitieu-<database>-<time>.sqlite3|.dump."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", type=Path, help="the backup file to write (a new file)")

    def handle(self, *args: Any, **options: Any) -> None:
        database = connection.settings_dict
        try:
            target = options["file"] or backups.default_path(database, timezone.localtime())
            written = backups.backup(database, target)
        except backups.BackupError as error:
            raise CommandError(f"{error.message('vi')}\n{error.message('en')}") from error
        self.stdout.write(
            self.style.SUCCESS(f"Đã sao lưu (backup written, {backups.NAMES[written.kind]}): {written.path}")
        )
        self.stdout.write(f"  Kích thước (size): {written.size_shown()}")
        self.stdout.write(f"  SHA-256: {written.sha256}")
