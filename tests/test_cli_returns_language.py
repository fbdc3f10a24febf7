"""`checkpoint-desk returns-language` on a real store: show, set per force, refuse keyworkers and bad values."""

from __future__ import annotations

from pathlib import Path

import pytest
from returns_store_fixtures import RET_PASS, build_returns_store, open_as

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_set_and_refuse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rs = build_returns_store(tmp_path / "store")
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    store = str(rs.folder)
    code, out, _ = run(capsys, "returns-language", store, "--user", "manager", "--force", "Northshire Police")
    assert code == 0 and "Northshire Police: en (English) (the default)" in out
    code, out, _ = run(
        capsys,
        "returns-language",
        store,
        "--user",
        "manager",
        "--force",
        "Northshire Police",
        "--set",
        "cy+en",
    )
    assert code == 0 and "Northshire Police: cy+en (bilingual, Welsh first)" in out
    code, _, err = run(
        capsys, "returns-language", store, "--user", "alex", "--force", "Northshire Police", "--set", "en"
    )
    assert (
        code == 2
        and err.strip() == "checkpoint-desk: only a manager or an admin may set the returns language"
    )
    with pytest.raises(SystemExit) as bad:
        main(["returns-language", store, "--user", "manager", "--set", "fr"])
    assert bad.value.code == 2
    capsys.readouterr()
    with open_as(rs, "manager") as opened:
        assert opened.setting("returns_language:Northshire Police") == "cy+en"
        assert opened.setting("returns_language", "unset") == "unset"  # nothing else changed
