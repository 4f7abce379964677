"""The core stays pure: no Django, no database, no clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PURE = Path(__file__).resolve().parent.parent / "chitieu" / "core"
FORBIDDEN_IMPORTS = (
    "django",
    "chitieu.orgunits",
    "chitieu.planning",
    "chitieu.monitoring",
    "psycopg",
    "sqlite3",
)
FORBIDDEN_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
}

PURE_FILES = sorted(PURE.rglob("*.py"))


@pytest.mark.parametrize("path", PURE_FILES, ids=lambda p: p.name)
def test_core_module_imports_nothing_from_django_or_the_apps(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert not name.startswith(FORBIDDEN_IMPORTS), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", PURE_FILES, ids=lambda p: p.name)
def test_core_module_never_reads_the_clock(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name):
                assert (owner.id, node.func.attr) not in FORBIDDEN_CALLS, (
                    f"{path.name} calls {owner.id}.{node.func.attr}()"
                )


def test_there_are_core_modules_to_check():
    assert {p.name for p in PURE_FILES} >= {"numbers.py", "periods.py", "evaluation.py", "workitems.py"}
