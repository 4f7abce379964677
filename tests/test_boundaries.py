"""The layers a newcomer can see, kept by the suite.

- The pure packages (the rules, the claim checker, the report renderers) import no Django, no app
  of chitieu and read no clock.
- The skins (web pages, the API, the management commands, the admin) import the domain and never
  each other; the domain imports no skin.
- No private name (``_something``) is imported from another module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHITIEU = ROOT / "chitieu"
PURE = {
    "core": ("chitieu.core",),
    "checker": ("chitieu.core", "chitieu.checker"),
    "rendering": ("chitieu.core", "chitieu.rendering"),
}
FORBIDDEN_THIRD_PARTY = ("django", "ninja", "psycopg", "sqlite3")
CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
}
WIRING = {"chitieu.urls", "chitieu.cli", "chitieu.settings", "chitieu.wsgi"}  # they put the skins together


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """Every module a file imports (``from a.b import c`` gives ``a.b`` and ``a.b.c``)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def skin_of(module: str) -> str | None:
    """Which skin a module belongs to, or None for the domain."""
    parts = module.split(".")
    if parts[:2] == ["chitieu", "web"]:
        return "web pages"
    if parts[:2] == ["chitieu", "api"]:
        return "API"
    if "management" in parts and "commands" in parts and parts[-1] != "commands":
        return "command line"
    if parts[-1] == "admin" and len(parts) == 3:
        return "admin"
    return None


SOURCE_FILES = sorted(p for p in CHITIEU.rglob("*.py") if "migrations" not in p.parts)
PURE_FILES = [(name, p) for name in PURE for p in sorted((CHITIEU / name).rglob("*.py"))]


@pytest.mark.parametrize(("package", "path"), PURE_FILES, ids=lambda v: getattr(v, "name", v))
def test_a_pure_module_imports_nothing_from_django_or_the_apps(package, path):
    for name in imports_of(path):
        assert not name.startswith(FORBIDDEN_THIRD_PARTY), f"{path.name} imports {name}"
        if name.startswith("chitieu"):
            assert name.startswith(PURE[package]), f"{package}/{path.name} imports {name}"


@pytest.mark.parametrize(("package", "path"), PURE_FILES, ids=lambda v: getattr(v, "name", v))
def test_a_pure_module_never_reads_the_clock(package, path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name):
                assert (owner.id, node.func.attr) not in CLOCK_CALLS, (
                    f"{path.name} calls {owner.id}.{node.func.attr}()"
                )


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: str(p.relative_to(CHITIEU)))
def test_skins_import_the_domain_never_another_skin(path):
    module = module_name(path)
    if module in WIRING:
        return
    mine = skin_of(module)
    for name in imports_of(path):
        theirs = skin_of(name) if name.startswith("chitieu") else None
        if theirs is None:
            continue
        if mine is None:
            pytest.fail(f"the domain module {module} imports the {theirs} skin ({name})")
        assert theirs == mine, f"{module} ({mine}) imports {name} ({theirs})"


@pytest.mark.parametrize(
    "path",
    sorted([*CHITIEU.rglob("*.py"), *(ROOT / "bench").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_private_name_is_imported_from_another_module(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith(("chitieu", "bench", "tests"))
        ):
            private = [alias.name for alias in node.names if alias.name.startswith("_")]
            assert not private, f"{path.name} imports {private} from {node.module}"


def test_the_boundaries_see_every_layer():
    names = {module_name(p) for p in SOURCE_FILES}
    skins = {skin_of(name) for name in names}
    assert skins >= {"web pages", "API", "command line", "admin", None}
    assert {"chitieu.core.evaluation", "chitieu.checker.matching", "chitieu.rendering.docx"} <= names


def test_the_checks_would_catch_a_skin_importing_a_skin(tmp_path):
    crossing = tmp_path / "crossing.py"
    crossing.write_text("from chitieu.web.views.common import lang_of\n")
    assert skin_of("chitieu.api.values") == "API"
    assert [skin_of(n) for n in imports_of(crossing)] == ["web pages", "web pages"]
    assert skin_of("chitieu.monitoring.management.commands.scorecard") == "command line"
    assert skin_of("chitieu.planning.admin") == "admin"
    assert skin_of("chitieu.monitoring.scorecard") is None
