"""Fill translations into a Qt Linguist .ts file from a Python table (used to seed checkpoint_{en,cy}.ts).

    python scripts/ts_fill.py resources/translations/checkpoint_cy.ts scripts/ts_cy.py
    make translations-update   # lupdate rewrites the file in its own layout, so diffs stay small

The table module defines TRANSLATIONS = {(context, source): text or [forms] } and UNSURE = {(context, source)}:
unsure ones are written but marked unfinished (left out of the .qm until a Welsh speaker has reviewed them).
Existing finished translations in the .ts are kept unless the table has the string.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict, unsure: set) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    done = marked = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = (name, message.findtext("source"))
            if key not in table:
                continue
            text = table[key]
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                count = max(len(forms), 1)
                translation.text = None
                wanted = {"en": 2, "cy": 5}.get(tree.getroot().get("language", "en").split("_")[0], count)
                for i in range(wanted):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = forms[min(i, len(forms) - 1)]
            else:
                translation.text = text
            if key in unsure:
                translation.set("type", "unfinished")
                marked += 1
            else:
                translation.attrib.pop("type", None)
                done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = ts_path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    tmp.replace(ts_path)
    return done, marked


if __name__ == "__main__":
    module = runpy.run_path(sys.argv[2])
    done, marked = fill(Path(sys.argv[1]), module["TRANSLATIONS"], set(module.get("UNSURE", ())))
    print(f"{done} translated, {marked} marked unfinished")
