"""`chitieu backup` and `chitieu restore`: a drill on this test run's database kind, and the refusals.

The drill runs the commands in subprocesses, as an operator would, while another program writes
values through the domain services (tests/backup_drill.py), on a database of its own (a copy of
one migrated for the drill: an SQLite file, or a PostgreSQL database made from a template), never
on the one the other tests use.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections

from chitieu import backups
from tests.backup_drill import cells

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = {"sqlite": "sqlite3", "postgresql": "dump"}
OTHER_MAGIC = {"sqlite": backups.MAGIC["postgresql"], "postgresql": backups.MAGIC["sqlite"]}
STARTED_WRITES = 20  # the writer has committed this many before the backup starts
TIMEOUT = 120
POSTGRES = "django.db.backends.postgresql"


def kind() -> str:
    return "sqlite" if connection.vendor == "sqlite" else "postgresql"


def _admin_dsn() -> str:
    database = settings.DATABASES["default"]
    return (
        f"host={database['HOST'] or '127.0.0.1'} port={database['PORT'] or 5432} user={database['USER']}"
        f" password={database['PASSWORD']} dbname=postgres"
    )


def _postgres_url(name: str) -> str:
    database = settings.DATABASES["default"]
    password = f":{quote(database['PASSWORD'], safe='')}" if database["PASSWORD"] else ""
    user = quote(database["USER"], safe="")
    return f"postgres://{user}{password}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{name}"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Iterator[str]:
    """A migrated database of the drill's own, of this run's kind, to copy for each test: backups
    and restores replace whole databases, which must never be the one the other tests run on."""
    if settings.DATABASES["default"]["ENGINE"] != POSTGRES:
        url = f"sqlite:///{tmp_path_factory.mktemp('drill') / 'template.sqlite3'}"
        run(url, "migrate", "-v0")
        yield url
        return
    import psycopg

    name = f"chitieu_drill_template_{os.getpid()}"
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    run(_postgres_url(name), "migrate", "-v0")
    yield _postgres_url(name)
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(migrated, tmp_path) -> Iterator[str]:
    """DATABASE_URL for the subprocesses: a fresh copy of the drill's migrated database."""
    if migrated.startswith("sqlite"):
        copy = tmp_path / "chitieu.sqlite3"
        shutil.copyfile(migrated.removeprefix("sqlite:///"), copy)
        yield f"sqlite:///{copy}"
        return
    import psycopg

    template = migrated.rsplit("/", 1)[1]
    name = f"chitieu_drill_{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _postgres_url(name)
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(url: str, *args: object, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``chitieu <args>`` (``python -m tests.backup_drill`` for "drill") on the database at ``url``."""
    command = ["-m", "tests.backup_drill", *args[1:]] if args[0] == "drill" else ["-m", "chitieu.cli", *args]
    environment = {k: v for k, v in os.environ.items() if k != "CHITIEU_REPLICA_URLS"}
    result = subprocess.run(
        [sys.executable, *command],
        env={**environment, "CHITIEU_DEBUG": "1", "DATABASE_URL": url},
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if check:
        assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def drill(url: str, action: str) -> dict:
    return json.loads(run(url, "drill", action).stdout)


class Writer:
    """tests/backup_drill.py writing values in a process of its own; a thread collects what it committed."""

    def __init__(self, url: str, stop: Path) -> None:
        self.stop = stop
        self.committed: list[int] = []
        environment = {k: v for k, v in os.environ.items() if k != "CHITIEU_REPLICA_URLS"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.backup_drill", "write", str(stop)],
            env={**environment, "CHITIEU_DEBUG": "1", "DATABASE_URL": url},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.committed.append(int(line))

    def wait_for(self, writes: int) -> None:
        deadline = time.monotonic() + TIMEOUT
        while len(self.committed) < writes:
            assert self.process.poll() is None, f"the writer stopped: {self.process.stderr.read()}"
            assert time.monotonic() < deadline, "the writer is too slow"
            time.sleep(0.05)

    def finish(self) -> int:
        self.stop.touch()
        self.process.wait(timeout=TIMEOUT)  # not communicate(): it would read stdout beside the thread
        self.reader.join(TIMEOUT)
        assert self.process.stderr is not None
        assert self.process.returncode == 0, self.process.stderr.read()
        return len(self.committed)


def state_after(writes: int) -> dict[str, list[int]]:
    """The drill's values after its first ``writes`` writes: the last number, the version, the revisions."""
    order = cells()
    state: dict[str, list[int]] = {}
    for number in range(1, writes + 1):
        code, period = order[(number - 1) % len(order)]
        version = state.get(f"{code} {period}", [0, 0, 0])[1] + 1
        state[f"{code} {period}"] = [number, version, version]
    return state


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_while_values_are_written_restores_exactly(database_url, tmp_path):
    connections.close_all()  # this process holds nothing the restores would wait for
    run(database_url, "drill", "seed")
    writer = Writer(database_url, tmp_path / "stop")
    writer.wait_for(STARTED_WRITES)

    before = len(writer.committed)
    during = tmp_path / f"during.{EXTENSION[kind()]}"
    made = run(database_url, "backup", during)
    after = len(writer.committed)
    total = writer.finish()
    assert after > before, "no value was written while the backup ran"
    assert str(during) in made.stdout and "SHA-256: " in made.stdout and "byte" in made.stdout
    assert backups.describe(during).sha256 in made.stdout

    written = drill(database_url, "checksum")
    assert drill(database_url, "state") == state_after(total)
    quiet = tmp_path / f"quiet.{EXTENSION[kind()]}"
    run(database_url, "backup", quiet)

    run(database_url, "flush", "--no-input")  # the data is lost
    assert drill(database_url, "checksum") != written

    restored = run(database_url, "restore", quiet, "--yes")
    assert "tables and migrations up to date" in restored.stdout
    assert drill(database_url, "checksum") == written

    # The backup taken during the writes is one moment: exactly the first k writes, each value with
    # its revisions, and the year figures kept on write agree with the values.
    run(database_url, "restore", during, "--yes")
    state = drill(database_url, "state")
    snapshot = max(value for value, _version, _revisions in state.values())
    assert before <= snapshot <= total
    print(f"drill on {kind()}: backup taken between writes {before} and {after}, holds {snapshot} of {total}")
    assert state == state_after(snapshot)
    run(database_url, "aggregates", "verify")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("content", "options", "message"),
    [
        ("same kind", [], "add --yes to confirm"),
        ("other kind", ["--yes"], "it cannot be restored here"),
        ("not a backup", ["--yes"], "is neither an SQLite database nor a pg_dump archive"),
    ],
)
def test_restore_refuses_and_changes_nothing(database_url, tmp_path, content, options, message):
    connections.close_all()
    run(database_url, "drill", "seed")
    before = drill(database_url, "checksum")
    file = tmp_path / "file.bin"
    match content:
        case "same kind":
            run(database_url, "backup", file)
        case "other kind":
            file.write_bytes(OTHER_MAGIC[kind()] + bytes(100))
        case _:
            file.write_bytes(b"PK\x03\x04 a zip file")
    refused = run(database_url, "restore", file, *options, check=False)
    assert refused.returncode == 1
    assert message in refused.stderr
    assert drill(database_url, "checksum") == before


@pytest.mark.parametrize("name", [":memory:", "file:memorydb_default?mode=memory&cache=shared"])
def test_an_in_memory_database_cannot_be_backed_up(tmp_path, name):
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    with pytest.raises(backups.BackupError) as refused:
        backups.backup(database, tmp_path / "copy.sqlite3")
    assert "The database is in memory" in refused.value.message("en")
    assert not (tmp_path / "copy.sqlite3").exists()


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="only SQLite has in-memory databases (this run is on PostgreSQL)",
)
def test_the_command_says_it_cannot_back_up_an_in_memory_database(tmp_path, monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "NAME", ":memory:")  # read, never connected to
    with pytest.raises(CommandError, match="is in memory"):
        call_command("backup", tmp_path / "copy.sqlite3")


def test_a_backup_never_overwrites_a_file(tmp_path):
    existing = tmp_path / "old.sqlite3"
    existing.write_bytes(b"keep me")
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": tmp_path / "chitieu.sqlite3"}
    with pytest.raises(backups.BackupError) as refused:
        backups.backup(database, existing)
    assert refused.value.code == "exists"
    assert existing.read_bytes() == b"keep me"


def test_missing_postgresql_programs_name_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(backups.BackupError) as refused:
        backups.program("pg_dump")
    assert "apt-get install postgresql-client" in refused.value.message("en")
    assert "apt-get install postgresql-client" in refused.value.message("vi")


@pytest.mark.parametrize(
    ("database", "name"),
    [
        (
            {"ENGINE": "django.db.backends.sqlite3", "NAME": Path("/srv/var/chitieu.sqlite3")},
            "chitieu-chitieu-20240105-083000.sqlite3",
        ),
        (
            {"ENGINE": "django.db.backends.postgresql", "NAME": "chitieu"},
            "chitieu-chitieu-20240105-083000.dump",
        ),
        (
            {"ENGINE": "django.db.backends.postgresql", "NAME": "so_ldtbxh"},
            "chitieu-so_ldtbxh-20240105-083000.dump",
        ),
    ],
)
def test_the_default_backup_file_is_named_by_database_and_time(database, name):
    path = backups.default_path(database, datetime(2024, 1, 5, 8, 30))
    assert path == Path(settings.BASE_DIR) / "var" / "backups" / name
