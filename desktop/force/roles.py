"""The diversion team's roles and what each may do; one table, checked by every command.

- decision-maker: refers people, receives bundles, reads returns and names, reports reoffending, withdrawals
  and corrections; decides on prosecution.
- analyst: figures and compliance by force reference; no names, dates of birth or return PDFs.
- admin: the team's users and partners, the audit log, receiving and sending bundles; no names or PDFs.

Each user's vault entry is sealed with a provider-side role (the vault's associated data), so a role edited in the
database, or in the vault file, is refused at open: admin <-> admin, decision-maker <-> manager,
analyst <-> keyworker.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.enums import Role


class ForceRole(StrEnum):
    DECISION_MAKER = "decision-maker"
    ANALYST = "analyst"
    ADMIN = "admin"


VAULT_ROLE: dict[ForceRole, Role] = {
    ForceRole.ADMIN: Role.ADMIN,
    ForceRole.DECISION_MAKER: Role.MANAGER,
    ForceRole.ANALYST: Role.KEYWORKER,
}
FROM_VAULT: dict[Role, ForceRole] = {v: k for k, v in VAULT_ROLE.items()}

_DM, _AN, _AD = ForceRole.DECISION_MAKER, ForceRole.ANALYST, ForceRole.ADMIN
PERMISSIONS: dict[str, frozenset[ForceRole]] = {
    "refer": frozenset({_DM}),
    "report": frozenset({_DM}),
    "find": frozenset({_DM}),
    "returns.open": frozenset({_DM}),
    "returns.mark-read": frozenset({_DM}),
    "returns.list": frozenset({_DM, _AN}),
    "status": frozenset({_DM, _AN, _AD}),
    "receive": frozenset({_DM, _AD}),
    "send": frozenset({_DM, _AD}),
    "partner.add": frozenset({_AD}),
    "users": frozenset({_AD}),
    "audit": frozenset({_AD}),
    "erase": frozenset({_DM, _AD}),
}


def allowed(role: ForceRole, action: str) -> bool:
    return role in PERMISSIONS[action]


def who_may(action: str) -> str:
    return " or ".join(sorted(r.value for r in PERMISSIONS[action]))
