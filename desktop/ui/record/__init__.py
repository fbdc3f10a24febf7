"""A person's record: header, Contract / Sessions / Timeline / Details tabs, and the controller behind them.

`from desktop.ui.record.view import PersonRecordView`. Nothing is imported here, so the dialogs can use
`record.style` and `record.models` without pulling in the view (which imports the dialogs).
"""
