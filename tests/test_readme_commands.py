"""The README's commands, run exactly as printed, in a shell with no environment of ours.

After `make demo` a newcomer copies the `.venv/bin/chitieu …` lines of the README into a fresh
shell: each must run (DEBUG off, no traceback) and print what the README says it prints. The demo
database and secret key that `make demo` leaves in var/ are made here in a folder of the test's
own, and named by the two variables that point at them; nothing else is set.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CHITIEU = Path(sys.executable).with_name("chitieu")


def readme_commands() -> list[tuple[str, list[str]]]:
    """Each `.venv/bin/chitieu …` line of the README's shell blocks, with the output lines it promises."""
    found: list[tuple[str, list[str]]] = []
    in_block = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = line.strip() in ("```sh", "```shell", "```bash")
            continue
        if not in_block:
            continue
        if line.startswith(".venv/bin/chitieu "):
            found.append((line, []))
        elif found and line.startswith("#   ") and line.strip() != "#   ...":
            found[-1][1].append(line[4:].strip())
    return found


COMMANDS = readme_commands()


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory):
    """What `make demo` leaves behind: a demo database and a secret key (mode 600)."""
    folder = tmp_path_factory.mktemp("demo")
    key = folder / "secret_key"
    key.write_text("readme-test-" + "x" * 50)
    key.chmod(0o600)
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": f"sqlite:///{folder / 'chitieu.sqlite3'}",
        "CHITIEU_SECRET_KEY_FILE": str(key),
    }
    for step in (["migrate", "--verbosity", "0"], ["demo-data"]):
        subprocess.run(
            [str(CHITIEU), *step],
            env={**environment, "CHITIEU_DEBUG": "1"},
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return environment


def test_the_readme_prints_commands_to_try():
    assert len(COMMANDS) >= 4
    assert COMMANDS[0][1], "the first command shows what it prints"


@pytest.mark.parametrize(
    "command", [c for c, _ in COMMANDS] + [".venv/bin/chitieu help", ".venv/bin/chitieu help scorecard"]
)
def test_each_readme_command_runs_as_printed(made_demo, command):
    if not (ROOT / ".venv/bin/chitieu").exists():
        pytest.fail("the README's commands run from .venv: run `make install` (make test does) first")
    done = subprocess.run(["sh", "-c", command], env=made_demo, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    promised = dict(COMMANDS).get(command, [])
    for line in promised:
        assert line in done.stdout, (line, done.stdout[-3000:])
    if "…" in command:  # "# … chiếm 95,6%": the end of what it prints
        assert re.sub(r".*#\s*…\s*", "", command) in done.stdout


def test_a_misconfiguration_is_one_clear_line(made_demo):
    broken = {**made_demo, "DATABASE_URL": "mysql://nowhere/chitieu"}
    done = subprocess.run(
        ["sh", "-c", ".venv/bin/chitieu scorecard --unit SO-LDTBXH --year 2022"],
        env=broken,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2 and "DATABASE_URL" in done.stderr
