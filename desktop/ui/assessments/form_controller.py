"""The generic form's logic: the answers given so far, the live score, flags, follow-ups and completion checks."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from desktop.domain.instruments import (
    DECLINED,
    AnswerValue,
    InstrumentDefinition,
    Score,
    Severity,
    check_answer,
    score,
    score_summary,
)
from desktop.ui.labels import problem_text


class AssessmentFormController(QObject):
    """Holds one instrument's answers; `score_changed` fires with the new Score after every change."""

    score_changed = Signal(object)  # Score

    def __init__(
        self,
        definition: InstrumentDefinition,
        answers: Mapping[str, AnswerValue] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self._answers: dict[str, AnswerValue] = {}
        self._problems: dict[str, str] = {}
        for item_id, value in (answers or {}).items():
            self._store(item_id, value)
        self.score: Score = self._rescore()

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """The valid answers given so far (what is saved)."""
        return dict(self._answers)

    def _store(self, item_id: str, value: AnswerValue | None) -> None:
        self._answers.pop(item_id, None)
        self._problems.pop(item_id, None)
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        problem = check_answer(self.definition.item(item_id), value)
        if problem:
            self._problems[item_id] = problem
        else:
            self._answers[item_id] = value

    def _rescore(self) -> Score:
        return score(self.definition, self._answers)

    def set_answer(self, item_id: str, value: AnswerValue | None) -> None:
        """None (or blank text) clears the answer; DECLINED marks the item declined."""
        self._store(item_id, value)
        self.score = self._rescore()
        self.score_changed.emit(self.score)

    def is_declined(self, item_id: str) -> bool:
        return self._answers.get(item_id) is DECLINED

    # -- what the form shows -------------------------------------------------------------------------------
    def summary(self) -> str:
        return score_summary(self.definition, self.score)

    def band_label(self) -> str:
        return self.score.band.label if self.score.band else ""

    def safety_messages(self) -> list[str]:
        return [f.message for f in self.score.flags if f.severity is Severity.SAFETY]

    def other_flag_messages(self) -> list[str]:
        return [f.message for f in self.score.flags if f.severity is not Severity.SAFETY]

    def item_label(self, item_id: str) -> str:
        """'3. Trouble falling or staying asleep…' : the item's number on the form and the start of its text."""
        number = [i.id for i in self.definition.items].index(item_id) + 1
        text = self.definition.item(item_id).text
        return f"{number}. {text if len(text) <= 60 else text[:57].rstrip() + '…'}"

    def completion_problems(self) -> list[str]:
        """Why the form cannot be completed yet, in words; empty when it can."""
        problems = [f"{self.item_label(i)}: {problem_text(p)}" for i, p in self._problems.items()]
        problems += [self.item_label(i) for i in self.score.unanswered_items]
        return problems

    def invalid_items(self) -> dict[str, str]:
        return dict(self._problems)
