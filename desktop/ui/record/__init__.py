"""A person's record: header, Contract / Sessions / Timeline / Details tabs, and the controller behind them."""

from .view import PersonRecordView

__all__ = ["PersonRecordView"]
