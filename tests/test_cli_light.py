"""`--version` and `--help` answer without loading the storage layer; the light command list stays true."""

from __future__ import annotations

import subprocess
import sys

from desktop.cli.main import COMMANDS, build_parser


def _subcommands() -> list[tuple[str, str]]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return [(c.dest, c.help or "") for c in sub._choices_actions]  # type: ignore[attr-defined]


def test_the_light_command_list_matches_the_registered_commands() -> None:
    assert list(COMMANDS) == _subcommands()


def test_version_and_help_import_no_storage_sqlalchemy_alembic_or_qt() -> None:
    probe = (
        "import sys\n"
        "from desktop.cli.main import main\n"
        "for args in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, exc.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6',"
        " 'sqlcipher3') or m.startswith('desktop.storage'))\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "checkpoint-desk " in out and "usage: checkpoint-desk" in out
    assert out.strip().splitlines()[-1] == "HEAVY []"
