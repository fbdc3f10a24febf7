"""Imports point downward only: domain uses the standard library, storage and services never import Qt, and
services reach the database only through storage's repositories (no SQLAlchemy, no ORM records, no SQL).

Relative imports count: `from ..storage.records import X` in desktop/services is desktop.storage.records.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "sqlcipher3",
        "alembic",
        "reportlab",
        "pyhanko",
        "cryptography",
        "desktop.storage",
        "desktop.services",
        "desktop.ui",
        "desktop.app",
        "desktop.cli",
    ),
    "storage": ("PySide6", "desktop.ui", "desktop.app", "desktop.services", "desktop.cli"),
    "services": ("PySide6", "desktop.ui", "desktop.app", "desktop.cli"),
}
# What only storage may touch: the ORM and its records, the record <-> domain mapping, and SQL itself.
STORAGE_INTERNALS = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "desktop.storage.records",
    "desktop.storage.sync_records",
    "desktop.storage.assessment_records",
    "desktop.storage.return_records",
    "desktop.storage.convert",
    "desktop.storage.engine",
)
# Calls that open a session (with no arguments, unlike a file's write(data)) or run a statement: services
# leave those to storage.
SESSION_CALLS = {"session", "write", "connection"}
STATEMENT_CALLS = {"execute", "exec_driver_sql", "scalar", "scalars"}


def _database_call(node: ast.AST) -> str | None:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return None
    name = node.func.attr
    if name in STATEMENT_CALLS or (name in SESSION_CALLS and not node.args and not node.keywords):
        return name
    return None


def _module_of(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_in(source: str, path: Path) -> list[str]:
    """Every module named by an import, relative ones resolved; `from a import b` also gives a.b (b may be a
    module)."""
    package = _module_of(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package[: len(package) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names.append(base)
            names += [f"{base}.{a.name}" for a in node.names]
    return names


def _imports(path: Path) -> list[str]:
    return _imports_in(path.read_text(encoding="utf-8"), path)


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in prefixes)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer):
    bad = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for name in _imports(path):
            if _matches(name, FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)


def test_domain_is_standard_library_only():
    allowed = set(sys.stdlib_module_names) | {"desktop"}
    bad = [
        f"{p.name}: {n}"
        for p in (ROOT / "domain").rglob("*.py")
        for n in _imports(p)
        if n.split(".")[0] not in allowed
    ]
    assert not bad, bad


def test_services_import_no_orm_records_or_sql():
    bad = sorted(
        {
            f"{path.relative_to(ROOT)} imports {name}"
            for path in (ROOT / "services").rglob("*.py")
            for name in _imports(path)
            if _matches(name, STORAGE_INTERNALS)
        }
    )
    assert not bad, "services may use storage's repositories, not its internals:\n" + "\n".join(bad)


def test_services_open_no_session_and_run_no_statement():
    bad = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = _database_call(node)
            if call is not None:
                bad.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)} calls .{call}()")
    assert not bad, "\n".join(bad)


def test_the_checks_see_relative_and_from_imports():
    """The checker itself: relative imports and `from package import module` resolve to the module named."""
    apply_py = ROOT / "services" / "sync_provider" / "apply.py"
    names = _imports_in(
        "from ...storage.records import PersonRecord\nfrom desktop.storage import convert\nfrom . import plan\n",
        apply_py,
    )
    assert "desktop.storage.records" in names
    assert "desktop.storage.convert" in names
    assert "desktop.services.sync_provider.plan" in names
    assert _imports_in("from ..storage import records\n", ROOT / "services" / "demo.py") == [
        "desktop.storage",
        "desktop.storage.records",
    ]
    assert [_matches(n, STORAGE_INTERNALS) for n in names] == [True, True, False, True, False, False]


def test_the_checks_see_sessions_and_statements():
    calls = [
        _database_call(n) for n in ast.walk(ast.parse("store.session()\ns.execute(q)\nfh.write(data)\n"))
    ]
    assert sorted(c for c in calls if c) == ["execute", "session"]
