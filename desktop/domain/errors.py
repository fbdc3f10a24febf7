"""Errors raised by domain rules. Each carries a message fit to show a user."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the scheme refused an action."""


class IllegalTransition(DomainError):
    pass


class ValidationError(DomainError):
    """A form's content breaks a rule; `problems` maps field name to message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))
