"""Imports point downward only: domain uses the standard library, storage and services never import Qt."""

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


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer):
    bad = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
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
