"""Every bad bundle is refused through the provider's import with a message naming its kind, and the store is
unchanged; a replay or a second copy changes nothing; --dry-run changes nothing."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from store_fixtures import PASS, snapshot
from sync_provider_support import FORCE, WHEN, ForceSide, csv_rows, dump, provider_store
from sync_support import identity

from desktop.cli.main import main
from desktop.services.sync import (
    BundleError,
    BundleHeader,
    Direction,
    NotABundle,
    OversizedBundle,
    ReplayedBundle,
    TamperedBundle,
    TruncatedBundle,
    UnknownFormatVersion,
    UnpinnedSigner,
    WrongRecipient,
    build_bundle,
    cms,
)
from desktop.services.sync_provider import (
    apply_import,
    load_identity,
    open_incoming,
    preview_import,
    refusal_text,
)
from desktop.storage.store import CaseStore

CSV = csv_rows(("DUR/24/0001", "Sam", "Taylor"))


@pytest.fixture
def pair(tmp_path: Path):
    force = ForceSide(tmp_path / "force")
    store = provider_store(tmp_path / "store", force)
    yield force, store
    store.close()
    force.close()


def _unknown_version(force: ForceSide, store: CaseStore, data: bytes) -> bytes:
    ours = load_identity(store)
    payload = cms.verify(cms.decrypt(data, ours.key, ours.cert), [force.ident.cert]).content
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = 2
    entries["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, blob in entries.items():
            archive.writestr(name, blob)
    return cms.envelope(cms.sign(out.getvalue(), force.ident.key, force.ident.cert), ours.cert)


def _by(signer_key, signer_cert, recipient_cert) -> bytes:  # noqa: ANN001
    from sync_support import referral

    header = BundleHeader(Direction.FORCE_TO_PROVIDER, FORCE, "Provider Ltd", 1, None, WHEN)
    return build_bundle(header, [referral()], [], signer_key, signer_cert, recipient_cert)


def _flip(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(data) - 40] ^= 0x01
    return bytes(changed)


BAD: dict[str, tuple[type[BundleError], Callable[[ForceSide, CaseStore, bytes], bytes]]] = {
    "truncated bundle": (TruncatedBundle, lambda f, s, d: d[: len(d) // 2]),
    "tampered bundle": (TamperedBundle, lambda f, s, d: _flip(d)),
    "wrong recipient": (
        WrongRecipient,
        lambda f, s, d: _by(f.ident.key, f.ident.cert, identity("other").cert),
    ),
    "unpinned signer": (
        UnpinnedSigner,
        lambda f, s, d: _by(identity("stranger").key, identity("stranger").cert, load_identity(s).cert),
    ),
    "unknown format version": (UnknownFormatVersion, _unknown_version),
    "not a bundle": (NotABundle, lambda f, s, d: b"%PDF-1.7\n" + b"x" * 200),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_bundle_is_refused_naming_its_kind_and_changes_nothing(pair, kind: str):
    force, store = pair
    error, make = BAD[kind]
    data = make(force, store, force.refer(CSV).read_bytes())
    before = dump(store)
    with pytest.raises(error) as caught:
        open_incoming(store, data)
    assert refusal_text(caught.value).startswith(kind)
    assert "\n" not in refusal_text(caught.value)
    assert dump(store) == before


def test_an_oversized_bundle_is_refused_before_any_work(pair):
    force, store = pair
    data = force.refer(CSV).read_bytes()
    with pytest.raises(OversizedBundle) as caught:
        open_incoming(store, data, max_size=len(data) - 1)
    assert refusal_text(caught.value) == f"oversized bundle: {len(data)} bytes, the limit is {len(data) - 1}"


def test_importing_the_same_bundle_twice_changes_nothing(pair):
    force, store = pair
    data = force.refer(CSV).read_bytes()
    apply_import(store, open_incoming(store, data), WHEN)
    before = dump(store)
    with pytest.raises(ReplayedBundle) as caught:
        open_incoming(store, data)
    assert refusal_text(caught.value).startswith("replayed bundle: ")
    assert "nothing was changed" in str(caught.value)
    assert dump(store) == before
    assert [r.name for r in store.cases.caseload()] == ["Sam Taylor"]


def test_a_copy_opened_before_the_first_was_applied_is_still_a_replay(pair):
    force, store = pair
    data = force.refer(CSV).read_bytes()
    first, second = open_incoming(store, data), open_incoming(store, data)
    apply_import(store, first, WHEN)
    before = dump(store)
    with pytest.raises(ReplayedBundle):
        apply_import(store, second, WHEN)
    assert dump(store) == before


def test_preview_is_a_dry_run(pair):
    force, store = pair
    incoming = open_incoming(store, force.refer(CSV).read_bytes())
    before = dump(store)
    preview = preview_import(store, incoming)
    assert [c.kind for c in preview.changes] == ["new_referral"]
    assert dump(store) == before


# -- through the command line ------------------------------------------------------------------------------
@pytest.fixture
def closed(pair, tmp_path: Path):
    """The pair with the provider's store closed (the CLI opens it), and a passphrase file."""
    force, store = pair
    good = force.refer(CSV)
    files = {"good": good}
    for kind, (_error, make) in BAD.items():
        path = tmp_path / f"{kind.replace(' ', '-')}.cpbundle"
        path.write_bytes(make(force, store, good.read_bytes()))
        files[kind] = path
    store.close()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS)
    return tmp_path / "store", files, passfile


def _cli(folder: Path, passfile: Path, *args: str | Path) -> int:
    return main(
        [
            "sync",
            "import",
            str(folder),
            "--user",
            "admin",
            "--passphrase-file",
            str(passfile),
            *map(str, args),
        ]
    )


def _files(folder: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(folder).items() if not k.endswith((".lock", "-wal", "-shm"))}


def test_cli_refuses_each_bad_bundle_in_one_line_with_exit_2_and_no_change(closed, capsys):
    folder, files, passfile = closed
    before = _files(folder)
    bad = [files[k] for k in sorted(BAD)]
    assert _cli(folder, passfile, *bad) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == len(bad)
    for line, path, kind in zip(lines, bad, sorted(BAD), strict=True):
        assert line.startswith(f"refused {path.name}: {kind}")
    assert _files(folder) == before


def test_cli_dry_run_prints_the_preview_and_changes_nothing(closed, capsys):
    folder, files, passfile = closed
    before = _files(folder)
    assert _cli(folder, passfile, files["good"], "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would apply" in out and "+ New referral: Sam Taylor (DUR/24/0001)" in out
    assert out.rstrip().endswith("Dry run: nothing was changed.")
    assert _files(folder) == before


def test_cli_applies_then_refuses_the_replay(closed, capsys, tmp_path: Path):
    folder, files, passfile = closed
    assert _cli(folder, passfile, files["good"]) == 0
    assert "applied " + files["good"].name in capsys.readouterr().out
    with CaseStore.open(folder, "admin", PASS) as store:
        before = dump(store)
    assert _cli(folder, passfile, files["good"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"refused {files['good'].name}: replayed bundle: ") and "\n" not in err
    with CaseStore.open(folder, "admin", PASS) as store:
        assert dump(store) == before
    assert (
        main(
            [
                "sync",
                "import",
                str(folder),
                "--user",
                "admin",
                "--passphrase-file",
                str(passfile),
                "--max-size",
                "10",
                str(files["good"]),
            ]
        )
        == 2
    )
    assert "oversized bundle" in capsys.readouterr().err
