"""A force folder for the `checkpoint-force` tests, on either engine, driven through the real CLI.

Each test gets a new folder made through the API with a 2048-bit key and the cheapest Argon2id the vault allows
(64 MiB, one pass), so the suite stays quick; `init` itself is tested once per engine at full cost.
Users: 'admin' (admin), 'dana' (decision-maker), 'ann' (analyst), all with PASS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sync_support import NOW, identity, uid

from desktop.cli.force import main
from desktop.force.models import Base
from desktop.force.roles import ForceRole
from desktop.force.session import ForceContext, create_force, open_force
from desktop.force.store import database_url
from desktop.force.users import add_user
from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    cert_pem,
    load_cert,
)
from desktop.storage.vault import KdfParams

PASS = "correct horse battery"
CHEAP = KdfParams(iterations=1, lanes=1)
CSV = (
    "force_reference,first_name,last_name,date_of_birth,offence,offence_date,referral_date,officer,phone,pnc_id\n"
    "DUR/24/0001,Sam,Taylor,02/04/1990,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones,,2001/0012345X\n"
    "DUR/24/0002,Alex,Morgan,1985-12-24,Possession of cocaine,2026-11-02,2026-11-04,PC 77 Patel,07700 900123,\n"
)


def fixed_now():
    return NOW


class Force:
    def __init__(self, tmp: Path, db: str | None) -> None:
        self.tmp = tmp
        self.dir = tmp / "force"
        self.db = db
        self.passfile = tmp / "pass.txt"
        self.passfile.write_text(PASS + "\n", encoding="utf-8")

    # -- making one ---------------------------------------------------------------------------------------
    def create(self, partner: str | None = "Provider Ltd") -> Force:
        ctx, self.recovery = create_force(
            self.dir, "Durham", "admin", PASS, url=self.url(), bits=2048, kdf=CHEAP, clock=fixed_now
        )
        with ctx:
            add_user(ctx, "dana", ForceRole.DECISION_MAKER, PASS, CHEAP)
            add_user(ctx, "ann", ForceRole.ANALYST, PASS, CHEAP)
            if partner:
                ctx.store.add_partner(partner, cert_pem(identity("provider").cert), NOW, "admin")
        return self

    def url(self):
        return database_url(self.db, self.dir / "force.db")

    def open(self, user: str = "admin") -> ForceContext:
        return open_force(self.dir, user, PASS, url=self.url(), clock=fixed_now)

    # -- the CLI --------------------------------------------------------------------------------------------
    def run(
        self, *args: str | Path, user: str = "dana", passfile: Path | None = None, db: str | None = ""
    ) -> int:
        command, *rest = args
        database = self.db if db == "" else db
        extra = ["--db", database] if database else []
        return main(
            [
                *str(command).split(),
                str(self.dir),
                *map(str, rest),
                "--user",
                user,
                "--passphrase-file",
                str(passfile or self.passfile),
                *extra,
            ]
        )

    @property
    def cert(self):
        return load_cert((self.dir / "force-cert.pem").read_bytes())

    def provider_bundle(
        self,
        records: list[Record],
        attachments: list[Attachment],
        sequence: int = 1,
        previous: str | None = None,
        provider: str = "provider",
        name: str = "Provider Ltd",
    ) -> Path:
        header = BundleHeader(Direction.PROVIDER_TO_FORCE, name, "Durham", sequence, previous, NOW)
        data = build_bundle(
            header, records, attachments, identity(provider).key, identity(provider).cert, self.cert
        )
        path = self.tmp / f"{provider}-{sequence:06d}-{uid()[:8]}.cpbundle"
        path.write_bytes(data)
        return path

    # -- looking inside -------------------------------------------------------------------------------------
    def rows(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        with self.open() as ctx, ctx.store.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def snapshot(self) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, bytes]]:
        """Every row of every table and every file but the database's own: equal snapshots, nothing changed."""
        ctx = open_force(self.dir, "admin", PASS, url=self.url(), clock=fixed_now)
        with ctx, ctx.store.engine.connect() as conn:
            tables = sorted(set(inspect(conn).get_table_names()) & set(Base.metadata.tables))
            rows = {
                t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in tables
            }
        files = {
            str(p.relative_to(self.dir)): p.read_bytes()
            for p in self.dir.rglob("*")
            if p.is_file() and not p.name.startswith("force.db")
        }
        return rows, files
