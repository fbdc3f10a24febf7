"""The Reports view: the service's figures for a period, as tables and QtCharts, with CSV and signed PDF export."""
