# English plural forms (one, other) for the command line's %n strings (context CLI), made by the same rule as
# desktop.cli.messages: "word(s)" and "entr(y|ies)". Fill with:
#   python scripts/ts_fill.py resources/translations/checkpoint_en.ts scripts/ts_en_cli.py
import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "checkpoint_en.ts"


def forms(source: str) -> list[str]:
    def one(n: int) -> str:
        text = re.sub(r"\((\w*)\|(\w*)\)", lambda m: m.group(1 if n == 1 else 2), source)
        return re.sub(r"(\w)\(s\)", lambda m: m.group(1) + ("" if n == 1 else "s"), text)

    return [one(1), one(2)]


TRANSLATIONS = {
    ("CLI", m.findtext("source")): forms(m.findtext("source") or "")
    for c in ET.parse(TS).getroot().findall("context")
    if c.findtext("name") == "CLI"
    for m in c.findall("message")
    if m.get("numerus") == "yes"
}
