"""Reports for managers, commissioners and the force: the figures of desktop.domain.reports as CSV and signed PDF."""

from desktop.services.spreadsheet import safe_text

from .csv_export import CSV_COLUMNS, report_csv
from .model import Report
from .service import ReportError, ReportService

__all__ = ["CSV_COLUMNS", "Report", "ReportError", "ReportService", "report_csv", "safe_text"]
