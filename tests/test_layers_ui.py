"""The layers above services, with teeth: relative imports and imports inside functions count.

- `ui` may not import `desktop.app`, `desktop.cli` or `desktop.force`, nor `desktop.storage` except its errors and
  the read-only row types named in UI_STORAGE_ROWS. It receives every repository and workflow in its AppContext
  (built by desktop/app/root.py). A storage class may be named for annotations only, under `if TYPE_CHECKING:`.
- `cli` never imports Qt or `desktop.ui`; of `desktop.app` only `desktop.app.main` (the `gui` command).
- `force` (the force's own side) never imports Qt, `desktop.ui`, `desktop.app` or `desktop.cli`, and of the case
  store only its engine, key vault and errors (never its records or repositories).
- `app` never imports `desktop.cli` or `desktop.force`.
- The rules of tests/test_layers.py (domain, storage, services) hold with relative imports counted too.
- No `ui` module outside STORE_ALLOWED mentions `.store` (the context's, the services', anyone's): widgets
  reach data through `ctx.services.<feature>` methods, whose writes return the `Changes` the bus carries.

KNOWN lists the UI's remaining exceptions, each with its reason; it may only shrink: an entry no longer needed
fails too, so it is taken off when the code stops needing it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_layers import FORBIDDEN as LOWER_LAYERS

ROOT = Path(__file__).resolve().parent.parent / "desktop"

UI_STORAGE_ROWS: dict[str, frozenset[str]] = {
    "desktop.storage.errors": frozenset({"*"}),  # every error type
    "desktop.storage.audit": frozenset({"AuditEntry"}),  # one audit line, as the timeline shows it
    "desktop.storage.returns_repo": frozenset({"StoredReturn"}),  # a return as the queue lists it
    "desktop.storage.sync_repo": frozenset({"BundleLogEntry", "OpenConflict", "SENT"}),  # sync log rows
}
# (file under desktop/, module imported): why it is still allowed. Only ever remove entries.
KNOWN: dict[tuple[str, str], str] = {
    (
        "ui/unlock.py",
        "desktop.storage.store",
    ): "the sign-in dialog opens the store, before any context exists",
    (
        "ui/first_run.py",
        "desktop.storage.store",
    ): "the first-run wizard creates the store, before any context",
}
# Who may reach the unlocked store itself (`ctx.store`, `services.store`, any `.store`): the windows that open,
# create or lock it. Every other widget asks `ctx.services.<feature>`.
STORE_ALLOWED = frozenset({"ui/context.py", "ui/unlock.py", "ui/first_run.py", "ui/lock.py"})
# file: why it still reaches the store. Only ever remove entries (a stale one fails too).
STORE_KNOWN: dict[str, str] = {
}
CLI_APP_ALLOWED = {"desktop.app.main"}
# The CLI speaks Welsh through the GUI's own catalogue: cli/messages.py alone may load QtCore's translator and the
# app's language choice, and only inside functions (checkpoint-force and --version stay free of Qt).
CLI_MESSAGES = "cli/messages.py"
CLI_MESSAGES_ALLOWED = {"PySide6.QtCore", "desktop.app.i18n", "desktop.app.settings"}
FORCE_STORAGE_ALLOWED = {"desktop.storage.engine", "desktop.storage.vault", "desktop.storage.errors"}


@dataclass(frozen=True)
class Imported:
    module: str  # absolute, relative imports resolved
    names: tuple[str, ...]  # the names taken from it ("" for `import module`)
    type_only: bool  # inside `if TYPE_CHECKING:`
    line: int


def _package_of(path: Path) -> list[str]:
    parts = ["desktop", *path.relative_to(ROOT).with_suffix("").parts]
    return parts if path.name == "__init__.py" else parts[:-1]


def _is_module(dotted: str) -> bool:
    parts = dotted.split(".")
    if parts[0] != "desktop":
        return False
    where = ROOT.joinpath(*parts[1:])
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(source: str, path: Path) -> list[Imported]:
    """Every import in the file, at any depth, with relative ones made absolute against `path`'s package."""
    tree = ast.parse(source)
    type_only_nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                type_only_nodes |= {id(n) for n in ast.walk(child)}
    found: list[Imported] = []
    for node in ast.walk(tree):
        type_only = id(node) in type_only_nodes
        if isinstance(node, ast.Import):
            found += [Imported(a.name, ("",), type_only, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(path)
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names = tuple(a.name for a in node.names)
            found.append(Imported(module, names, type_only, node.lineno))
            # `from desktop import storage` / `from .. import storage`: a name that is a module is imported too
            found += [
                Imported(f"{module}.{n}", ("*",), type_only, node.lineno)
                for n in names
                if _is_module(f"{module}.{n}")
            ]
    return found


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def ui_problems(rel: str, imports: list[Imported]) -> list[tuple[str, str]]:
    """(module, what is wrong) for each import `ui` may not make."""
    bad = []
    for imp in imports:
        m = imp.module
        if any(_under(m, p) for p in ("desktop.app", "desktop.cli", "desktop.force")):
            bad.append((m, f"line {imp.line}: imports {m}"))
        elif _under(m, "desktop.storage") and m != "desktop.storage":
            if imp.type_only:
                continue  # named for an annotation only
            allowed = UI_STORAGE_ROWS.get(m)
            if allowed is None:
                bad.append((m, f"line {imp.line}: imports {m}"))
            elif "*" not in allowed and not set(imp.names) <= allowed:
                bad.append((m, f"line {imp.line}: takes {sorted(set(imp.names) - allowed)} from {m}"))
        elif m == "desktop.storage" and not imp.type_only:
            bad.append((m, f"line {imp.line}: imports desktop.storage"))
    return bad


def _files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_ui_imports_no_app_and_only_storage_errors_and_named_rows() -> None:
    bad, used = [], set()
    for path in _files("ui"):
        rel = _rel(path)
        for module, problem in ui_problems(rel, imports_of(path.read_text(encoding="utf-8"), path)):
            if (rel, module) in KNOWN:
                used.add((rel, module))
            else:
                bad.append(f"{rel} {problem}")
    assert not bad, "\n".join(bad)
    stale = sorted(set(KNOWN) - used)
    assert not stale, f"no longer needed, take them off KNOWN: {stale}"


def store_mentions(source: str) -> list[int]:
    """Lines where the source reads an attribute named `store` (`ctx.store`, `self._ctx.services.store`)."""
    return sorted(
        {n.lineno for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Attribute) and n.attr == "store"}
    )


def test_ui_reaches_the_store_only_where_it_opens_or_locks_it() -> None:
    bad, used = [], set()
    for path in _files("ui"):
        rel = _rel(path)
        if rel in STORE_ALLOWED:
            continue
        lines = store_mentions(path.read_text(encoding="utf-8"))
        if lines and rel in STORE_KNOWN:
            used.add(rel)
        elif lines:
            bad.append(f"{rel} lines {lines}: reaches the store; call a ctx.services method instead")
    assert not bad, "\n".join(bad)
    stale = sorted(set(STORE_KNOWN) - used)
    assert not stale, f"no longer needed, take them off STORE_KNOWN: {stale}"


@pytest.mark.parametrize(
    "source",
    [
        "x = self._ctx.store.user\n",
        "cases = ctx.store.cases\n",
        "store = self.ctx.services.store\n",
        "def f(context):\n    return load(context.store)\n",
    ],
)
def test_the_store_rule_catches(source: str) -> None:
    assert store_mentions(source)


@pytest.mark.parametrize(
    "source",
    [
        "user = self._ctx.services.user\n",
        "store_name = 'x'\nstore = None\n",  # a local called store is not the context's
        "self._ctx.services.cases.record_outcome(appt, outcome, notes)\n",
    ],
)
def test_the_store_rule_allows(source: str) -> None:
    assert not store_mentions(source)


def test_cli_uses_no_qt_no_ui_and_only_the_apps_gui_entry() -> None:
    bad = []
    for path in _files("cli"):
        for imp in imports_of(path.read_text(encoding="utf-8"), path):
            m = imp.module
            if _rel(path) == CLI_MESSAGES and m in CLI_MESSAGES_ALLOWED:
                continue
            if (
                _under(m, "PySide6")
                or _under(m, "desktop.ui")
                or _under(m, "desktop.app")
                and m != "desktop.app"
                and m not in CLI_APP_ALLOWED
            ):
                bad.append(f"{_rel(path)} line {imp.line}: imports {m}")
    assert not bad, "\n".join(bad)


def test_force_side_keeps_to_itself() -> None:
    bad = []
    for path in _files("force"):
        for imp in imports_of(path.read_text(encoding="utf-8"), path):
            m = imp.module
            if (
                any(_under(m, p) for p in ("PySide6", "desktop.ui", "desktop.app", "desktop.cli"))
                or _under(m, "desktop.storage")
                and m != "desktop.storage"
                and m not in FORCE_STORAGE_ALLOWED
            ):
                bad.append(f"{_rel(path)} line {imp.line}: imports {m}")
    assert not bad, "\n".join(bad)


def test_app_never_imports_the_command_line_or_the_force_side() -> None:
    bad = [
        f"{_rel(path)} line {imp.line}: imports {imp.module}"
        for path in _files("app")
        for imp in imports_of(path.read_text(encoding="utf-8"), path)
        if _under(imp.module, "desktop.cli") or _under(imp.module, "desktop.force")
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("layer", sorted(LOWER_LAYERS))
def test_lower_layers_hold_with_relative_imports_counted(layer: str) -> None:
    bad = [
        f"{_rel(path)} line {imp.line}: imports {imp.module}"
        for path in _files(layer)
        for imp in imports_of(path.read_text(encoding="utf-8"), path)
        if any(_under(imp.module, f) for f in LOWER_LAYERS[layer])
    ]
    assert not bad, "\n".join(bad)


# -- the checker itself fails on violations ------------------------------------------------------------------
UI_FILE = ROOT / "ui" / "record" / "example.py"


@pytest.mark.parametrize(
    "source",
    [
        "from ...storage.cases import CaseRepository\n",  # relative, two packages up
        "from ...storage import cases\n",
        "from desktop import storage\n",
        "from ... import app\n",
        "from ...app.settings import Settings\n",
        "def f():\n    from desktop.storage.assessments import AssessmentRepository\n",  # inside a function
        "from desktop.storage.returns_repo import ReturnRepository, StoredReturn\n",  # a row and a repository
        "import desktop.storage.sync_repo\n",
    ],
)
def test_the_ui_rule_catches(source: str) -> None:
    assert ui_problems("ui/record/example.py", imports_of(source, UI_FILE))


@pytest.mark.parametrize(
    "source",
    [
        "from desktop.storage.errors import StoreError\n",
        "from ...storage.returns_repo import StoredReturn\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.storage.store import CaseStore\n",
        "from ..context import AppContext\n",
        "from desktop.services.features import Services\n",
    ],
)
def test_the_ui_rule_allows(source: str) -> None:
    assert not ui_problems("ui/record/example.py", imports_of(source, UI_FILE))


def test_relative_imports_resolve_against_the_files_package() -> None:
    found = imports_of("from ..changes import Changes\nfrom . import view\n", UI_FILE)
    assert [i.module for i in found] == ["desktop.ui.changes", "desktop.ui.record", "desktop.ui.record.view"]
