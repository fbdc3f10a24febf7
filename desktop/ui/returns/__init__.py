"""The returns review queue: preview, narrative, approve and sign, print, export and correct (issue 5)."""
