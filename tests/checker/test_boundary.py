"""The claim checker stays pure: no Django, no database, no clock — the data comes in as plain facts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[2] / "chitieu" / "checker"
FORBIDDEN_IMPORTS = (
    "django",
    "ninja",
    "chitieu.orgunits",
    "chitieu.planning",
    "chitieu.monitoring",
    "chitieu.reporting",
    "chitieu.verification",
    "chitieu.api",
    "chitieu.web",
    "psycopg",
    "sqlite3",
)
FORBIDDEN_CALLS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("time", "time")}
CHECKER_FILES = sorted(CHECKER.rglob("*.py"))


def imported_names(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", CHECKER_FILES, ids=lambda p: p.name)
def test_checker_module_imports_nothing_from_django_or_the_apps(path: Path) -> None:
    bad = [name for name in imported_names(path) if name.startswith(FORBIDDEN_IMPORTS)]
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", CHECKER_FILES, ids=lambda p: p.name)
def test_checker_module_never_reads_the_clock(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name):
                assert (owner.id, node.func.attr) not in FORBIDDEN_CALLS, f"{path.name} reads the clock"


def test_the_data_comparison_is_among_the_checked_modules() -> None:
    assert {"check.py", "matching.py", "model.py", "rules.py"} <= {p.name for p in CHECKER_FILES}
