"""Ten providers and one force, on both engines: referrals out to each, then forty bundles back, delivered
interleaved, out of order within each provider, and with replays; every figure checked afterwards against a
model of what was sent."""

from __future__ import annotations

import random
import re
from pathlib import Path

from force_support import Force
from sync_support import NOW, identity, uid

from desktop.force.audit import verify
from desktop.force.referrals import refer
from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    cert_pem,
    open_bundle,
    sha256_hex,
)

PROVIDERS = 10
TODAY = "2026-11-30"


def _csv(i: int) -> bytes:
    head = "force_reference,first_name,last_name,date_of_birth,offence,offence_date,referral_date,officer\n"
    rows = "".join(
        f"DUR/{i:02d}/{n:04d},P{i},Person{n},1990-01-0{n + 1},Possession,2026-09-01,2026-09-02,PC 1\n"
        for n in range(3)
    )
    return (head + rows).encode()


class Provider:
    """One provider's side, as the model of what the force must end up holding."""

    def __init__(self, i: int, force: Force, referral_bundle: Path) -> None:
        self.i, self.name, self.ident = i, f"Provider {i:02d}", identity(f"many-provider-{i}")
        opened = open_bundle(
            referral_bundle.read_bytes(),
            self.ident.key,
            self.ident.cert,
            [force.cert],
            direction=Direction.FORCE_TO_PROVIDER,
        )
        self.refs = [(r.id, str(r.data["force_reference"])) for r in opened.records]
        self.referral_ack = Record(
            "ack",
            uid(),
            1,
            {
                "bundle_id": opened.manifest.bundle_id,
                "sequence": opened.manifest.sequence,
                "bundle_sha256": opened.sha256,
                "received_at": "2026-11-02T10:00:00Z",
                "result": "applied",
            },
        )
        self.contracts = [uid() for _ in self.refs]
        self.pdf = Attachment("returns/r.pdf", f"%PDF-1.7 provider {i}\n%%EOF\n".encode())
        self.return_ids = [uid(), uid()]

    def _state(self, n: int, version: int, state: str) -> Record:
        rid, ref = self.refs[n]
        return Record(
            "contract_state",
            self.contracts[n],
            version,
            {"referral_id": rid, "force_reference": ref, "state": state, "signed_on": "2026-10-01"},
        )

    def _return(self, n: int, compliance: str, signed_on: str) -> Record:
        rid, ref = self.refs[n]
        return Record(
            "return",
            self.return_ids[n],
            1,
            {
                "referral_id": rid,
                "force_reference": ref,
                "contract_id": self.contracts[n],
                "period_start": "2026-10-01",
                "period_end": "2026-10-31",
                "signed_on": signed_on,
                "signed_by": "M",
                "compliance": compliance,
                "attachment": self.pdf.name,
                "attachment_sha256": sha256_hex(self.pdf.data),
            },
        )

    @property
    def first_complies(self) -> bool:
        return self.i % 3 != 0

    @property
    def third_completes(self) -> bool:
        return self.i % 2 == 0

    def bundles(self, force: Force) -> list[Path]:
        rid0, ref0 = self.refs[0]
        contents = [
            ([self._state(n, 1, "offered") for n in range(3)] + [self.referral_ack], []),
            ([self._state(n, 2, "active") for n in range(3)], []),
            (
                [
                    self._return(0, "on_track" if self.first_complies else "not_complying", "2026-11-15"),
                    Record(
                        "attendance_summary",
                        uid(),
                        1,
                        {
                            "referral_id": rid0,
                            "force_reference": ref0,
                            "period_start": "2026-10-01",
                            "period_end": "2026-10-31",
                            "offered": 4,
                            "attended": 3,
                            "missed": 1,
                            "cancelled": 0,
                        },
                    ),
                ],
                [self.pdf],
            ),
            (
                [
                    self._state(2, 3, "completed" if self.third_completes else "active"),
                    self._return(1, "at_risk", "2026-11-20"),
                ],
                [self.pdf],
            ),
        ]
        paths: list[Path] = []
        previous = None
        for sequence, (records, attachments) in enumerate(contents, start=1):
            header = BundleHeader(Direction.PROVIDER_TO_FORCE, self.name, "Durham", sequence, previous, NOW)
            data = build_bundle(header, records, attachments, self.ident.key, self.ident.cert, force.cert)
            path = force.tmp / f"p{self.i:02d}-{sequence}.cpbundle"
            path.write_bytes(data)
            previous = sha256_hex(data)
            paths.append(path)
        return paths

    def expected_status(self) -> list[str]:
        active = 2 if self.third_completes else 3
        failing = 0 if self.first_complies else 1
        lines = [
            f"{self.name}  (certificate",
            "  last bundle: #4, received",
            f"  people: 3 (3 referred by the force, {active} active)",
            f"  overdue returns: {0 if self.third_completes else 1}",
            "  returns not read yet: 2",
            f"  compliance (latest return): {failing} of 3 not complying",
        ]
        first = "on track" if self.first_complies else "NOT COMPLYING"
        lines.append(
            f"    {self.refs[0][1]}  active; latest return to 2026-10-31: {first} (signed 2026-11-15)"
        )
        lines.append(
            f"    {self.refs[1][1]}  active; latest return to 2026-10-31: at risk (signed 2026-11-20)"
        )
        lines.append(
            f"    {self.refs[2][1]}  {'completed' if self.third_completes else 'active'}; no return yet"
        )
        return lines


def test_ten_providers_interleaved_out_of_order_and_replayed_end_with_every_figure_right(
    tmp_path, force_db, capsys
):
    force = Force(tmp_path, force_db).create(partner=None)
    providers: list[Provider] = []
    with force.open("admin") as admin:
        for i in range(PROVIDERS):
            admin.store.add_partner(
                f"Provider {i:02d}", cert_pem(identity(f"many-provider-{i}").cert), NOW, "admin"
            )
    with force.open("dana") as dana:
        for i in range(PROVIDERS):
            result = refer(dana, f"Provider {i:02d}", _csv(i), tmp_path / "sent", NOW)
            assert result.bundle is not None
            providers.append(Provider(i, force, result.bundle))

    rng = random.Random(18)
    per_provider = [p.bundles(force) for p in providers]
    for chain in per_provider[::2]:
        chain[1], chain[2] = chain[2], chain[1]  # half the providers' bundles arrive out of order
    delivery = [path for chain in per_provider for path in chain]
    rng.shuffle(delivery)
    position = {path: n for n, path in enumerate(delivery)}
    late = [chain for chain in per_provider if sorted(chain, key=position.__getitem__) != sorted(chain)]
    assert len(late) >= PROVIDERS // 2  # most providers' bundles arrive out of sequence
    replays = rng.sample(delivery, 6)
    assert force.run("receive", *delivery, *replays) == 2
    captured = capsys.readouterr()
    assert captured.out.count("accepted ") == 40
    assert len(re.findall(r"^refused .*replayed bundle", captured.err, re.M)) == 6
    assert "conflict" not in captured.out

    assert force.run("status", "--today", TODAY, user="ann") == 0
    status = capsys.readouterr().out
    blocks = status.split("\n\n")
    assert len(blocks) == PROVIDERS
    for provider, block in zip(providers, blocks, strict=True):
        for line in provider.expected_status():
            assert line in block, f"{provider.name}: {line!r} not in\n{block}"
        assert "missing bundles" not in block and "conflicts" not in block
        assert "waiting for acknowledgement" not in block  # each acknowledged the force's referrals
    expected_failing = sum(not p.first_complies for p in providers)
    assert force.run("status", "--not-complying", user="ann") == 0
    assert capsys.readouterr().out.count("NOT COMPLYING") == expected_failing

    counts = dict(
        force.rows(
            "SELECT p.name, COUNT(*) FROM provider_records r JOIN partners p ON p.id = r.partner_id "
            "GROUP BY p.name"
        )
    )
    assert counts == {p.name: 3 + 2 + 1 for p in providers}  # contracts, returns, attendance
    versions = force.rows("SELECT MAX(version) FROM provider_records WHERE type = 'contract_state'")
    assert versions == [(3,)]
    assert len(list((force.dir / "returns").rglob("*.sealed"))) == PROVIDERS
    assert (
        len(list((force.dir / "outbox").glob("*.cpbundle"))) == 40
    )  # one acknowledgement per bundle applied
    assert force.rows("SELECT COUNT(*) FROM sent_bundles WHERE acked_at IS NOT NULL") == [(PROVIDERS,)]
    with force.open() as ctx, ctx.store.transaction() as s:
        assert verify(s).ok
