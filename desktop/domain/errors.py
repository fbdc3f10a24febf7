"""Errors raised by domain rules, and the problems a form check finds: codes with parameters, never sentences.

`DomainError(code, **params)`: the code names a template in desktop/wording/errors.py (context "Errors"), put
into words at the edges (the GUI through desktop/ui/labels.error_text, the CLI through desktop.wording.errors.
render). `str(error)` is the English sentence, so logs, tests and the CLI read as before.

`Problem(code, **params)` is one field's problem (context "Problems"). It is a `str` whose value is the English
wording (dialogs and the CLI that joined them keep working) and carries its code and parameters for translation.
"""

from __future__ import annotations

from typing import Any


def _english(context: str, code: str, params: dict[str, Any]) -> str:
    from desktop.wording.errors import render_code  # the words sit at the edge; imported when first needed

    return render_code(context, code, params)


class DomainError(ValueError):
    """A rule of the scheme refused an action: `code` names the rule, `params` fill in its sentence."""

    context = "Errors"

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        return _english(self.context, self.code, self.params)


class IllegalTransition(DomainError):
    pass


class Problem(str):
    """One field's problem: the English words as the string, with `code` and `params` for other languages."""

    context = "Problems"
    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Problem:
        self = super().__new__(cls, _english(cls.context, code, params))
        self.code = code
        self.params = params
        return self


class ValidationError(DomainError):
    """A form's content breaks a rule; `problems` maps field name to its Problem."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("validation")

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in self.problems.items())
