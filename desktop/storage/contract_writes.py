"""The case repository's writes of a contract: signing, closing, variations and the conditions' progress, each
with its audit entry.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from desktop.domain import (
    Condition,
    ConditionStatus,
    Contract,
    ContractState,
    Evidence,
)
from desktop.domain.contract import (
    MAX_CONDITIONS,
    check_conditions,
)
from desktop.domain.variations import Variation

from . import convert
from .case_access import CaseAccess
from .errors import NotFound
from .records import (
    ConditionRecord,
    ContractRecord,
    EvidenceRecord,
    VariationRecord,
)


class ContractWrites(CaseAccess):
    def sign_contract(
        self,
        person_id: str,
        signed_on: date,
        conditions: list[Condition],
        end_date: date | None = None,
        max_conditions: int = MAX_CONDITIONS,
    ) -> Contract:
        """Sign a new contract with the chosen conditions (the offending condition once, at most the scheme's
        number of conditions)."""
        contract = Contract(person_id, offered_on=signed_on).sign(signed_on, end_date)
        if not any(c.mandatory for c in conditions):
            raise ValueError("the contract must include the offending condition")
        check_conditions(conditions, max_conditions)
        with self._store.write() as s:
            self._visible(s, person_id)
            current = s.scalar(
                select(ContractRecord).where(
                    ContractRecord.person_id == person_id, ContractRecord.state == ContractState.ACTIVE.value
                )
            )
            if current is not None:
                raise ValueError("this person already has an active contract")
            s.add(ContractRecord(id=contract.id, **convert.contract_fields(contract)))
            s.flush()
            for i, c in enumerate(conditions):
                c = replace(c, contract_id=contract.id, position=i)
                s.add(ConditionRecord(id=c.id, **convert.condition_fields(c)))
            self._audit(
                s,
                "contract.sign",
                "contract",
                contract.id,
                person_id,
                f"{len(conditions)} conditions, ends {contract.end_date}",
            )
        return contract

    def close_contract(self, contract: Contract, state: ContractState, on: date, reason: str) -> Contract:
        closed = contract.transition(state, on, reason)
        with self._store.write() as s:
            rec = s.get(ContractRecord, contract.id)
            if rec is None:
                raise NotFound("no such contract")
            self._visible(s, rec.person_id)
            self._bump(rec, contract.version, "contract")
            for k, v in convert.contract_fields(closed).items():
                setattr(rec, k, v)
            self._audit(s, "contract.close", "contract", contract.id, rec.person_id, state.value)
            return replace(closed, version=rec.row_version)

    # -- variations (desktop.domain.variations builds them; here they are kept and audited) ------------------
    def record_variation(
        self,
        variation: Variation,
        *,
        contract: Contract | None = None,
        condition: Condition | None = None,
        new_condition: bool = False,
    ) -> Variation:
        """Keep a variation with what it changed (the contract, or one condition: added when `new_condition`),
        in one write with its audit entry; a stale contract or condition is refused as a concurrent edit."""
        with self._store.write() as s:
            crec = s.get(ContractRecord, variation.contract_id)
            if crec is None:
                raise NotFound("no such contract")
            self._visible(s, crec.person_id)
            if crec.state != ContractState.ACTIVE.value:
                raise ValueError("only an active contract can be varied")
            if contract is not None:
                self._bump(crec, contract.version, "contract")
                for k, v in convert.contract_fields(contract).items():
                    setattr(crec, k, v)
            if condition is not None and new_condition:
                s.add(
                    ConditionRecord(
                        id=condition.id, **convert.condition_fields(replace(condition, contract_id=crec.id))
                    )
                )
            elif condition is not None:
                rec = s.get(ConditionRecord, condition.id)
                if rec is None or rec.contract_id != crec.id:
                    raise NotFound("no such condition on this contract")
                self._bump(rec, condition.version, "condition")
                for k, v in convert.condition_fields(condition).items():
                    setattr(rec, k, v)
                known = set(s.scalars(select(EvidenceRecord.id).where(EvidenceRecord.condition_id == rec.id)))
                for e in condition.evidence:
                    if e.id not in known:
                        s.add(
                            EvidenceRecord(
                                id=e.id,
                                condition_id=rec.id,
                                on=e.on,
                                text=e.text,
                                recorded_by=e.recorded_by or self._user.username,
                                amount=e.amount,
                                status=e.status.value if e.status else None,
                            )
                        )
            kept = replace(variation, recorded_by=variation.recorded_by or self._user.username)
            s.add(
                VariationRecord(
                    id=kept.id,
                    contract_id=kept.contract_id,
                    kind=kept.kind.value,
                    on=kept.on,
                    reason=kept.reason,
                    detail=kept.detail,
                    condition_id=kept.condition_id,
                    recorded_by=kept.recorded_by,
                )
            )
            self._audit(
                s,
                "contract.variation",
                "contract",
                crec.id,
                crec.person_id,
                f"{kept.kind.value}: {kept.reason}",
            )
        return kept

    def _update_condition(self, before: Condition, after: Condition, action: str, detail: str) -> Condition:
        with self._store.write() as s:
            rec = s.get(ConditionRecord, before.id)
            if rec is None:
                raise NotFound("no such condition")
            contract = s.get(ContractRecord, rec.contract_id)
            assert contract is not None
            self._visible(s, contract.person_id)
            self._bump(rec, before.version, "condition")
            for k, v in convert.condition_fields(after).items():
                setattr(rec, k, v)
            known = {e.id for e in before.evidence}
            for e in after.evidence:
                if e.id not in known:
                    s.add(
                        EvidenceRecord(
                            id=e.id,
                            condition_id=before.id,
                            on=e.on,
                            text=e.text,
                            recorded_by=e.recorded_by or self._user.username,
                            amount=e.amount,
                            status=e.status.value if e.status else None,
                        )
                    )
            self._audit(s, action, "condition", before.id, contract.person_id, detail)
            return replace(after, version=rec.row_version)

    def change_condition_status(
        self, condition: Condition, status: ConditionStatus, evidence: Evidence
    ) -> Condition:
        after = condition.change_status(status, evidence)
        return self._update_condition(
            condition, after, "condition.status", f"{condition.status.value} -> {status.value}"
        )

    def add_condition_progress(self, condition: Condition, amount: float, evidence: Evidence) -> Condition:
        after = condition.add_progress(amount, evidence)
        return self._update_condition(condition, after, "condition.progress", f"+{amount:g} {condition.unit}")
