"""Sao lưu và phục hồi: the whole database in one file, and that file put back.

SQLite: SQLite's online backup API copies the database in one read transaction, so the copy is one
consistent moment even while the web server writes (WAL mode: readers and writers do not wait for
each other); the copy is a single self-contained file (rollback journal, no ``-wal``). Restoring
copies the file next to the database, checks it, and renames it over the database, which must not
be in use: switching the database out of WAL mode fails while another connection is open, and the
exclusive lock taken then keeps everyone out until the rename is done.

PostgreSQL: ``pg_dump --format=custom`` (itself one consistent snapshot) and ``pg_restore --clean
--if-exists --no-owner`` in one transaction, so a restore that fails changes nothing. The
connection comes from the settings; the password goes through ``PGPASSWORD`` in the programs'
environment, never on a command line (where ``ps`` shows it).

Every file is written under a temporary name and renamed when complete: a backup interrupted half
way never looks like a backup. Backups hold password hashes: they are readable by their owner only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.sqlite3.creation import DatabaseCreation
from django.db.migrations.executor import MigrationExecutor

from chitieu.core.errors import DomainError
from chitieu.core.numbers import format_number

SQLITE, POSTGRESQL = "sqlite", "postgresql"
EXTENSIONS = {SQLITE: "sqlite3", POSTGRESQL: "dump"}
NAMES = {SQLITE: "SQLite", POSTGRESQL: "PostgreSQL"}
# How each kind of file starts: an SQLite database, a pg_dump custom-format archive.
MAGIC = {SQLITE: b"SQLite format 3\x00", POSTGRESQL: b"PGDMP"}
ENGINES = {"django.db.backends.sqlite3": SQLITE, "django.db.backends.postgresql": POSTGRESQL}
CLIENT_PACKAGE = "postgresql-client"
SQLITE_BUSY_SECONDS = 30  # how long the copy waits for a writer that holds the database
STDERR_LINES = 8  # of a failed pg_dump or pg_restore, shown in the error


class BackupError(DomainError):
    """A backup or restore that cannot be done, and why."""

    templates = {
        "engine": (
            "Backups support SQLite and PostgreSQL, not {engine}.",
            "Chỉ sao lưu được SQLite và PostgreSQL, không hỗ trợ {engine}.",
        ),
        "in_memory": (
            "The database is in memory ({name}): there is no file to back up or restore. "
            "Point DATABASE_URL at a database file (sqlite:////path/chitieu.sqlite3).",
            "Cơ sở dữ liệu nằm trong bộ nhớ ({name}): không có tệp để sao lưu hay phục hồi. "
            "Hãy đặt DATABASE_URL trỏ tới một tệp (sqlite:////đường/dẫn/chitieu.sqlite3).",
        ),
        "no_database": (
            "There is no database file {path}: nothing to back up (run `chitieu migrate` first?).",
            "Không có tệp cơ sở dữ liệu {path}: không có gì để sao lưu (đã chạy `chitieu migrate`?).",
        ),
        "exists": (
            "{path} already exists; a backup never overwrites a file: give another name.",
            "Tệp {path} đã có; bản sao lưu không ghi đè tệp nào: hãy đặt tên khác.",
        ),
        "no_file": ("There is no file {path}.", "Không có tệp {path}."),
        "not_a_backup": (
            "{path} is neither an SQLite database nor a pg_dump archive (--format=custom).",
            "Tệp {path} không phải cơ sở dữ liệu SQLite, cũng không phải bản pg_dump (--format=custom).",
        ),
        "other_kind": (
            "{path} is a {found} backup, but the database is {configured}: it cannot be restored here. "
            "Restore it into a {found} database (DATABASE_URL), or back up this one.",
            "Tệp {path} là bản sao lưu {found}, còn cơ sở dữ liệu đang dùng là {configured}: không "
            "phục hồi được vào đây. Hãy phục hồi vào một cơ sở dữ liệu {found} (DATABASE_URL).",
        ),
        "damaged": (
            "{path} is damaged or is not a chitieu database ({detail}); nothing was changed.",
            "Tệp {path} bị hỏng hoặc không phải cơ sở dữ liệu chitieu ({detail}); chưa thay đổi gì.",
        ),
        "in_use": (
            "The database {path} is in use by another program ({detail}). Stop the web server and "
            "every other chitieu command, then restore again; nothing was changed.",
            "Cơ sở dữ liệu {path} đang được chương trình khác dùng ({detail}). Hãy dừng máy chủ web và "
            "các lệnh chitieu khác rồi phục hồi lại; chưa thay đổi gì.",
        ),
        "no_program": (
            "{program} is not installed: install the PostgreSQL client programs "
            "(Debian, Ubuntu: sudo apt-get install " + CLIENT_PACKAGE + "), in a version at least "
            "the server's.",
            "Chưa cài {program}: hãy cài các chương trình khách của PostgreSQL "
            "(Debian, Ubuntu: sudo apt-get install " + CLIENT_PACKAGE + "), phiên bản không thấp hơn "
            "máy chủ.",
        ),
        "program_failed": (
            "{program} failed (exit status {status}):\n{output}",
            "{program} bị lỗi (mã thoát {status}):\n{output}",
        ),
    }


@dataclass(frozen=True)
class BackupFile:
    """A backup written (or a file about to be restored): where, which kind, how big, its SHA-256."""

    path: Path
    kind: str
    size: int
    sha256: str

    def size_shown(self) -> str:
        """ "12.582.912 byte (12,6 MB)": the exact size and a readable one."""
        return f"{format_number(self.size, 0)} byte ({format_number(Decimal(self.size) / 1_000_000, 1)} MB)"


@dataclass(frozen=True)
class RestoredCheck:
    """The database after a restore: migrations not applied, model tables missing, rows per table."""

    pending_migrations: list[str]
    missing_tables: list[str]
    rows: dict[str, int]


def kind_of(database: Mapping[str, Any]) -> str:
    """``sqlite`` or ``postgresql``: the kind of a DATABASES entry; BackupError for any other."""
    kind = ENGINES.get(database["ENGINE"])
    if kind is None:
        raise BackupError("engine", engine=database["ENGINE"])
    if kind == SQLITE and DatabaseCreation.is_in_memory_db(str(database["NAME"])):
        raise BackupError("in_memory", name=database["NAME"])
    return kind


def default_path(database: Mapping[str, Any], now: datetime) -> Path:
    """var/backups/chitieu-<database name>-<YYYYmmdd-HHMMSS>.sqlite3 (or .dump for PostgreSQL)."""
    kind = kind_of(database)
    name = Path(database["NAME"]).stem if kind == SQLITE else str(database["NAME"])
    directory = Path(settings.BASE_DIR) / "var" / "backups"
    return directory / f"chitieu-{name}-{now:%Y%m%d-%H%M%S}.{EXTENSIONS[kind]}"


def file_kind(path: Path) -> str | None:
    """``sqlite`` or ``postgresql`` for a backup file, by its first bytes; None for anything else."""
    if not path.is_file():
        raise BackupError("no_file", path=path)
    with path.open("rb") as file:
        start = file.read(16)
    return next((kind for kind, magic in MAGIC.items() if start.startswith(magic)), None)


def describe(path: Path) -> BackupFile:
    """The file's kind, size and SHA-256 (what `chitieu backup` printed for it)."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return BackupFile(path, file_kind(path) or "", path.stat().st_size, digest.hexdigest())


def backup(database: Mapping[str, Any], target: Path) -> BackupFile:
    """Write a consistent copy of ``database`` (a DATABASES entry) to ``target``, a new file."""
    kind = kind_of(database)
    if target.exists():
        raise BackupError("exists", path=target)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if kind == SQLITE:
            _backup_sqlite(Path(database["NAME"]), partial)
        else:
            _run(["pg_dump", "--format=custom", f"--file={partial}", *_pg_arguments(database)], database)
        partial.chmod(0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _sync_directory(target.parent)
    return describe(target)


def check_restorable(database: Mapping[str, Any], source: Path) -> str:
    """The kind of ``database`` if the file ``source`` is a backup of that kind; BackupError if not."""
    kind = kind_of(database)
    found = file_kind(source)
    if found is None:
        raise BackupError("not_a_backup", path=source)
    if found != kind:
        raise BackupError("other_kind", path=source, found=NAMES[found], configured=NAMES[kind])
    return kind


def restore(database: Mapping[str, Any], source: Path) -> None:
    """Replace everything in ``database`` by the backup ``source``, which must be of the same kind."""
    kind = check_restorable(database, source)
    connections.close_all()  # this process lets go of the database first
    if kind == SQLITE:
        _restore_sqlite(Path(database["NAME"]), source)
    else:
        _run(["pg_restore", "--list", str(source)], database)  # a readable archive, before dropping anything
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",  # all or nothing: a failed restore leaves the database as it was
                "--exit-on-error",
                *_pg_arguments(database),
                str(source),
            ],
            database,
        )


def check_restored(connection: BaseDatabaseWrapper) -> RestoredCheck:
    """What `migrate --check` would say of the restored database, and that chitieu's tables are there."""
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    pending = [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]
    tables = set(connection.introspection.table_names())
    models = [model for model in apps.get_models() if model.__module__.startswith("chitieu.")]
    missing = sorted(model._meta.db_table for model in models if model._meta.db_table not in tables)
    rows = {}
    for model in models:
        if model._meta.db_table in tables:
            rows[model._meta.label] = model._base_manager.using(connection.alias).count()
    return RestoredCheck(pending, missing, rows)


# --- SQLite -------------------------------------------------------------------------------------


def _backup_sqlite(path: Path, partial: Path) -> None:
    if not path.is_file():
        raise BackupError("no_database", path=path)
    source = sqlite3.connect(path, timeout=SQLITE_BUSY_SECONDS)
    try:
        copy = sqlite3.connect(partial)
        try:
            # All pages in one step: one read transaction, one moment of the data. Writers carry on
            # (WAL); a copy made in several steps would start again after each of their commits.
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, without -wal
            _check_sqlite(copy, partial)
        finally:
            copy.close()
    finally:
        source.close()
    _sync_file(partial)


def _check_sqlite(database: sqlite3.Connection, path: Path) -> None:
    """BackupError("damaged") unless the database passes SQLite's quick check and holds Django's tables."""
    try:
        result = database.execute("PRAGMA quick_check").fetchone()[0]
        migrations = database.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupError("damaged", path=path, detail=str(error)) from error
    if result != "ok":
        raise BackupError("damaged", path=path, detail=result)
    if not migrations:
        raise BackupError("damaged", path=path, detail="no django_migrations table")


def _restore_sqlite(path: Path, source: Path) -> None:
    """Copy the backup next to the database, check it, and rename it over the database."""
    incoming = path.with_name(f".{path.name}.restoring")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, incoming)
    try:
        copy = sqlite3.connect(incoming)
        try:
            _check_sqlite(copy, source)
            copy.execute("PRAGMA journal_mode=DELETE")  # no -wal of its own to carry along
        finally:
            copy.close()
        _sync_file(incoming)
        if not path.exists():
            os.replace(incoming, path)
        else:
            _keep_owner_and_mode(path, incoming)
            _replace_sqlite(path, incoming)
    finally:
        incoming.unlink(missing_ok=True)
    _sync_directory(path.parent)


def _replace_sqlite(path: Path, incoming: Path) -> None:
    """Rename ``incoming`` over the database at ``path``, which nobody else may have open."""
    live = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        # Out of WAL mode: SQLite folds the -wal file into the database and deletes -wal and -shm,
        # and refuses while any other connection has the database open.
        mode = live.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if mode != "delete":
            raise BackupError("in_use", path=path, detail=f"journal_mode stays {mode}")
        live.execute("BEGIN EXCLUSIVE")  # and nobody opens it until the new file is in place
        for suffix in ("-wal", "-shm"):  # a stale -wal would be replayed into the restored file
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, path)
    except sqlite3.OperationalError as error:
        raise BackupError("in_use", path=path, detail=str(error)) from error
    finally:
        live.close()


def _keep_owner_and_mode(database: Path, incoming: Path) -> None:
    """The restored file gets the database file's permissions, and its owner when run as root."""
    status = database.stat()
    incoming.chmod(status.st_mode & 0o777)
    if os.geteuid() == 0:  # e.g. `sudo chitieu restore` for a database the web server's user owns
        os.chown(incoming, status.st_uid, status.st_gid)


def _sync_file(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sync_directory(path: Path) -> None:
    """Make a rename in ``path`` durable (a crash right after keeps the new name)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- PostgreSQL ---------------------------------------------------------------------------------


def program(name: str) -> str:
    """The full path of pg_dump or pg_restore; BackupError saying which package to install if missing."""
    found = shutil.which(name)
    if found is None:
        raise BackupError("no_program", program=name)
    return found


def _pg_arguments(database: Mapping[str, Any]) -> list[str]:
    """Where to connect, for pg_dump and pg_restore: everything but the password."""
    arguments = [f"--dbname={database['NAME']}", "--no-password"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments.append(f"{option}={database[key]}")
    return arguments


def _pg_environment(database: Mapping[str, Any]) -> dict[str, str]:
    """The environment of pg_dump and pg_restore: the password and TLS options of the settings."""
    environment = {**os.environ, "PGAPPNAME": "chitieu backup"}
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = str(database["PASSWORD"])
    options = database.get("OPTIONS") or {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
        ("passfile", "PGPASSFILE"),
    ):
        if options.get(option):
            environment[variable] = str(options[option])
    return environment


def _run(command: list[str], database: Mapping[str, Any]) -> None:
    """Run pg_dump or pg_restore; BackupError with the end of what it said if it fails."""
    name = command[0]
    result = subprocess.run(  # noqa: S603 - a fixed program, arguments from the settings
        [program(name), *command[1:]],
        env=_pg_environment(database),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        said = (result.stderr or result.stdout).strip().splitlines()[-STDERR_LINES:]
        raise BackupError("program_failed", program=name, status=result.returncode, output="\n".join(said))
