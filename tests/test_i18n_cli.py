"""The command line speaks Welsh when asked (`--lang cy`, or the GUI's saved choice): one-line errors with exit
code 2 and status lines come from the same catalogue as the GUI's, compiled here from checkpoint_cy.ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from returns_store_fixtures import RET_PASS, build_returns_store

import desktop.app.i18n as i18n
from desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def welsh_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Path:
    """The compiled Welsh catalogue; `qapp` first, so the CLI reuses the test run's application object."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    out = tmp_path / "qm"
    out.mkdir()
    shutil.copy(ROOT / "resources" / "translations" / "checkpoint_cy.ts", out / "checkpoint_cy.ts")
    subprocess.run([tool, "-nounfinished", str(out / "checkpoint_cy.ts")], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: str(out / f"checkpoint_{language}.qm"))
    monkeypatch.setenv("CHECKPOINT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("CHECKPOINT_LANGUAGE", raising=False)
    monkeypatch.delenv("CHECKPOINT_PASSPHRASE", raising=False)
    return out


def test_a_missing_passphrase_is_refused_in_welsh_with_exit_2(
    tmp_path: Path, welsh_catalogue: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rs = build_returns_store(tmp_path / "store")
    code = main(["--lang", "cy", "returns-language", str(rs.folder), "--user", "manager"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert (
        err
        == "checkpoint-desk: dim cyfrinymadrodd: rhowch --passphrase-file neu gosodwch CHECKPOINT_PASSPHRASE\n"
    )

    code = main(
        ["--lang", "en", "returns-language", str(rs.folder), "--user", "manager"]
    )  # English again after
    assert code == 2 and "no passphrase: give --passphrase-file" in capsys.readouterr().err


def test_the_language_saved_by_the_gui_words_the_status_line(
    tmp_path: Path,
    welsh_catalogue: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rs = build_returns_store(tmp_path / "store")
    from desktop.app.settings import load_settings

    state = QSettings(str(load_settings().ui_state_file), QSettings.Format.IniFormat)
    state.setValue(i18n.LANGUAGE_KEY, "cy")
    state.sync()
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    argv = ["returns-language", str(rs.folder), "--user", "manager", "--force", "Northshire Police"]
    assert main([*argv, "--set", "cy+en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("adroddiadau i Northshire Police: cy+en (dwyieithog, y Gymraeg yn gyntaf).")
    assert main(["--lang", "en", *argv]) == 0  # --lang wins over the saved choice
    assert "returns to Northshire Police: cy+en (bilingual, Welsh first)" in capsys.readouterr().out


def test_the_commands_errors_come_out_in_welsh_with_exit_2(
    tmp_path: Path,
    welsh_catalogue: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rs = build_returns_store(tmp_path / "store")
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    store = ["--user", "alex"]
    pdf = str(tmp_path / "letter.pdf")

    code = main(
        [
            "--lang",
            "cy",
            "papers",
            "contract",
            str(rs.folder),
            *store,
            "--reference",
            "NS/26/999999",
            "--out",
            pdf,
        ]
    )
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == "checkpoint-desk: does neb ar eich llwyth achosion â chyfeirnod yr heddlu NS/26/999999\n"
    assert not Path(pdf).exists()

    argv = ["report", str(rs.folder), *store, "--from", "2026-13-01", "--to", "2026-12-31", "--out", pdf]
    assert main(["--lang", "cy", *argv]) == 2
    assert capsys.readouterr().err == (
        "checkpoint-desk: rhaid i --from fod yn ddyddiad ar y ffurf YYYY-MM-DD, nid '2026-13-01'\n"
    )
    assert main(["--lang", "en", *argv]) == 2  # the same error in English, word for word as before
    assert (
        capsys.readouterr().err == "checkpoint-desk: --from must be a date as YYYY-MM-DD, not '2026-13-01'\n"
    )

    missing = tmp_path / "no.p12"
    code = main(
        ["--lang", "cy", "cert", "import", str(rs.folder), "--user", "manager", "--p12", str(missing)]
    )
    err = capsys.readouterr().err
    assert (
        code == 2
        and err.startswith(f"checkpoint-desk: nid oes modd darllen {missing}: ")
        and err.count("\n") == 1
    )


def test_a_welsh_string_marked_unfinished_shows_its_english(
    tmp_path: Path,
    welsh_catalogue: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "this store already signs with ..." waits for review (it says *pinio*): the .qm leaves it out."""
    rs = build_returns_store(tmp_path / "store")
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    code = main(["--lang", "cy", "cert", "create", str(rs.folder), "--user", "manager"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("checkpoint-desk: this store already signs with ")
    assert err.rstrip("\n").endswith("Add --replace to make a new one anyway") and err.count("\n") == 1
