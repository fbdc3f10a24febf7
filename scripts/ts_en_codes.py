# English plurals for the amounts in desktop/ui/labels.py (the English catalogue carries only numerus forms).
TRANSLATIONS = {
    ("Labels", "%n hour(s)"): ["%n hour", "%n hours"],
    ("Labels", "%n session(s)"): ["%n session", "%n sessions"],
    ("Labels", "%n day(s)"): ["%n day", "%n days"],
}
UNSURE: set = set()
