"""What goes into the frozen build, in one place: read by checkpoint-desk.spec, the build scripts and the tests.

Stdlib only (the spec imports it inside PyInstaller; the build scripts call it as
`python installers/bundle_config.py version`).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"

# The Qt modules the app imports (tests/test_installers.py checks the sources against this list). Every other
# PySide6 module is excluded from the bundle, so a new `from PySide6 import QtX` must be added here, or the frozen
# app fails where the source tree works.
QT_MODULES_USED = frozenset({
    "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtCharts",
    "QtPdf", "QtPdfWidgets", "QtPrintSupport",
    "QtOpenGL", "QtOpenGLWidgets",  # QtCharts' QChartView links them
})

# Python modules that the app never imports but that analysis could drag in.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython", "matplotlib", "numpy",
    "PyInstaller",
    # PostgreSQL drivers: SQLAlchemy's hook pulls them in for its postgresql dialect, but the desktop app only
    # opens SQLCipher stores (tests/test_installers.py fails if desktop/ starts importing them).
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg2",
)


# Qt plugins the app has no use for, and the libraries only they need (dropped after analysis; the slow test
# checks that every library left in the installed Linux bundle still resolves):
# - the virtual keyboard input method pulls in QML and Qt Quick (~20 MB); libQt6Network stays, QtPdf links it;
# - VNC, EGLFS, linuxfb and Vulkan-display platforms are for kiosks and embedded boards;
# - the GTK3 platform theme needs the system's GTK, which would then run against the GLib, Pango and Cairo copied
#   from the build machine (a known source of crashes in frozen Qt apps): Qt's own style and dialogs instead.
_DROPPED = (
    r"plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin[^/]*",
    r"plugins/platforms/(lib)?q(vnc|eglfs|linuxfb|vkkhrdisplay|minimalegl)[^/]*",
    r"plugins/egldeviceintegrations/[^/]*",
    r"plugins/generic/(lib)?qtuiotouchplugin[^/]*",
    r"plugins/platformthemes/(lib)?qgtk3[^/]*",
    r"(lib)?Qt6?(Qml|Quick|VirtualKeyboard|EglFSDeviceIntegration|EglFsKmsSupport)[A-Za-z]*"
    r"(\.[^/]*|\.framework/.*)",
    # What only the GTK3 theme needed (Linux names; Pillow's own copies carry a hash and are kept).
    r"lib(atk-1\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|gdk_pixbuf-2\.0|fribidi|thai|datrie"
    r"|pixman-1|graphite2|harfbuzz|gio-2\.0|gmodule-2\.0|gobject-2\.0|mount|blkid|selinux)\.so(\.[\d.]+)?",
)
DROPPED_QT_FILES = re.compile(r"(^|/)(" + "|".join(_DROPPED) + r")$")


def compile_translations() -> list[Path]:
    """Compile resources/translations/*.ts into .qm beside them (pyside6-lrelease, as `make translations`), so
    every build path bundles them: make, the Windows script and CI all run the spec. Unfinished (unreviewed)
    strings are left out; without lrelease the bundle is English and this says so on stderr."""
    import shutil
    import subprocess

    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    tool = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not sources:
        return []
    if tool is None:
        print("bundle_config: pyside6-lrelease not found; the bundle will be English only", file=sys.stderr)
        return []
    subprocess.run([tool, "-silent", "-nounfinished", *map(str, sources)], check=True)
    return [s.with_suffix(".qm") for s in sources]


def keep_in_bundle(dest: str) -> bool:
    return not DROPPED_QT_FILES.search(dest.replace("\\", "/"))


def project() -> dict[str, str]:
    """Name, version and description from pyproject.toml: the one place they are written."""
    with PYPROJECT.open("rb") as fh:
        meta = tomllib.load(fh)["project"]
    return {"name": meta["name"], "version": meta["version"], "description": meta.get("description", "")}


def available_qt_modules() -> set[str]:
    """Every Qt binding module in the installed PySide6 (`QtCore.abi3.so`, `QtCore.pyd`, package dirs)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    names: set[str] = set()
    for location in spec.submodule_search_locations:
        for entry in Path(location).glob("Qt*"):
            if entry.name.endswith((".pyi", ".py")) or (entry.is_dir() and not (entry / "__init__.py").exists()):
                continue  # stubs, and PySide6/Qt (the C++ libraries and plugins, not a module)
            names.add(entry.name.split(".")[0])
    return names


# Never wanted, whether or not the separate pyside6-webengine wheel is installed (it is ~200 MB of Chromium).
ALWAYS_EXCLUDED_QT = frozenset({"QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel"})


def excluded_qt_modules() -> list[str]:
    unused = (available_qt_modules() | ALWAYS_EXCLUDED_QT) - QT_MODULES_USED
    return sorted(f"PySide6.{m}" for m in unused)


def numeric_version(version: str, parts: int = 4) -> tuple[int, ...]:
    """'1.2.3rc1' -> (1, 2, 3, 0): what Windows version resources and Inno Setup's VersionInfoVersion accept."""
    numbers: list[int] = []
    for piece in version.split(".")[:parts]:
        match = re.match(r"\d+", piece)
        numbers.append(int(match.group()) if match else 0)
        if not piece.isdigit():  # '3rc1', '0+local': nothing after it is numeric
            break
    return tuple(numbers + [0] * (parts - len(numbers)))


def debian_version(version: str) -> str:
    """PEP 440 to Debian ordering: pre-releases sort before the release ('1.0rc1' -> '1.0~rc1')."""
    public, plus, local = version.partition("+")
    public = re.sub(r"(?<=\d)[.-]?(alpha|beta|a|b|rc|dev)(?=\d|$)", r"~\1", public)
    return public + plus + local


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "version"
    info = project()
    if what == "numeric-version":
        print(".".join(map(str, numeric_version(info["version"]))))
    elif what == "deb-version":
        print(debian_version(info["version"]))
    elif what in info:
        print(info[what])
    else:
        raise SystemExit(f"usage: {sys.argv[0]} [name|version|description|numeric-version|deb-version]")
