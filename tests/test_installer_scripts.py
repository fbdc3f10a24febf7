"""The installer recipes, checked here without building them: what a Linux machine can check of the Windows and
macOS ones (syntax, referenced paths), and the .deb layout and signing built from a stand-in bundle."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
ISS = INSTALLERS / "windows" / "checkpoint-desk.iss"
SPEC = INSTALLERS / "checkpoint-desk.spec"
BUILD_DEB = INSTALLERS / "linux" / "build_deb.sh"
BUILD_DMG = INSTALLERS / "macos" / "build_dmg.sh"
SHELL_SCRIPTS = (BUILD_DEB, BUILD_DMG)
RECIPES = (SPEC, ISS, WORKFLOW, BUILD_DEB, BUILD_DMG, INSTALLERS / "windows" / "build.ps1")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_config = _load("bundle_config", INSTALLERS / "bundle_config.py")
launch = _load("checkpoint_launch", INSTALLERS / "launch.py")
make_icons = _load("make_icons", ROOT / "scripts" / "make_icons.py")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# --- identity -----------------------------------------------------------------------------------------------


def test_name_and_version_come_from_pyproject_only():
    project = _pyproject()["project"]
    assert bundle_config.project()["name"] == project["name"] == "checkpoint-desk"
    assert bundle_config.project()["version"] == project["version"]
    # No recipe writes the version down itself: a release changes pyproject.toml and nothing else.
    unrelated = re.compile(
        r"Metadata-Version: [\d.]+|[Pp]ython[-_ ]?[Vv]ersion.*|PYTHON_VERSION.*|@v\d+|3\.11"
    )
    for recipe in RECIPES:
        text = unrelated.sub("", recipe.read_text(encoding="utf-8"))
        assert not re.search(rf"(?<![\d.]){re.escape(project['version'])}(?![\d.])", text), recipe.name


def test_generated_icons_are_present_with_every_size():
    assert make_icons.check() == []


def test_desktop_entry_runs_our_command_with_our_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLERS / "linux" / "checkpoint-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Checkpoint Desk"
    command = desktop["Exec"].split()[0]
    assert command in _pyproject()["project"]["scripts"]
    assert desktop["TryExec"] == command
    assert desktop["Icon"] == "checkpoint-desk"  # the hicolor name build_deb.sh installs
    assert desktop["Categories"].endswith(";")
    assert desktop["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(INSTALLERS / "linux" / "checkpoint-desk.desktop")], check=True
        )


@pytest.mark.parametrize(
    ("version", "debian", "numeric"),
    [
        ("0.1.0", "0.1.0", (0, 1, 0, 0)),
        ("1.2rc1", "1.2~rc1", (1, 2, 0, 0)),
        ("2.0.0.dev3", "2.0.0~dev3", (2, 0, 0, 0)),
        ("1.0.0+local.1", "1.0.0+local.1", (1, 0, 0, 0)),
    ],
)
def test_versions_translate_for_debian_and_windows(version, debian, numeric):
    assert bundle_config.debian_version(version) == debian
    assert bundle_config.numeric_version(version) == numeric
    if shutil.which("dpkg") and debian != version:  # a pre-release sorts before its release
        assert (
            subprocess.run(
                ["dpkg", "--compare-versions", debian, "lt", version.split("rc")[0].split(".dev")[0]]
            ).returncode
            == 0
        )


# --- what goes into the bundle ------------------------------------------------------------------------------


def _imported_modules(package: Path) -> set[str]:
    names: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_every_qt_module_the_app_imports_is_kept_in_the_bundle():
    imported = _imported_modules(ROOT / "desktop")
    qt = {name.split(".")[1] for name in imported if name.startswith("PySide6.Qt")}
    assert qt, "expected the app to import Qt"
    missing = qt - bundle_config.QT_MODULES_USED
    assert not missing, f"add {sorted(missing)} to QT_MODULES_USED in installers/bundle_config.py"
    assert not {f"PySide6.{m}" for m in qt} & set(bundle_config.excluded_qt_modules())


def test_no_excluded_python_module_is_imported_by_the_app():
    imported = {name.split(".")[0] for name in _imported_modules(ROOT / "desktop")}
    wrongly_excluded = imported & set(bundle_config.PYTHON_EXCLUDES)
    assert not wrongly_excluded, f"desktop/ imports {sorted(wrongly_excluded)}, which the bundle leaves out"


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6\\Qt6Quick.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libpango-1.0.so.0",
        "libcairo.so.2",
        "libharfbuzz.so.0",
    ],
)
def test_qt_plugins_we_do_not_use_are_dropped(dest):
    assert not bundle_config.keep_in_bundle(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6\\Qt6Svg.dll",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "resources/icons/checkpoint-desk-256.png",
        "desktop/storage/migrations/env.py",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "libglib-2.0.so.0",
        "libfontconfig.so.1",
        "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ],
)
def test_what_the_app_needs_is_kept(dest):
    assert bundle_config.keep_in_bundle(dest)


@pytest.mark.parametrize(
    ("argv", "executable", "platform", "expected"),
    [
        ([], "/opt/checkpoint-desk/checkpoint-desk", "linux", []),
        (["--version"], "/opt/checkpoint-desk/checkpoint-desk", "linux", ["--version"]),
        ([], "/Applications/Checkpoint Desk.app/Contents/MacOS/checkpoint-desk", "darwin", ["gui"]),
        (
            ["-psn_0_12345"],
            "/Applications/Checkpoint Desk.app/Contents/MacOS/checkpoint-desk",
            "darwin",
            ["gui"],
        ),
        (
            [],
            "C:\\Users\\a\\AppData\\Local\\Programs\\Checkpoint Desk\\Checkpoint Desk.exe",
            "win32",
            ["gui"],
        ),
        ([], "C:\\Users\\a\\AppData\\Local\\Programs\\Checkpoint Desk\\checkpoint-desk.exe", "win32", []),
    ],
)
def test_desktop_launches_open_the_gui_and_the_console_keeps_the_cli(argv, executable, platform, expected):
    if platform == "win32" and os.sep == "/":
        executable = executable.replace("\\", "/")
    assert launch.arguments(argv, executable, platform) == expected


# --- recipes for other platforms: syntax and referenced paths -----------------------------------------------


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse(script):
    if not shutil.which("bash"):
        pytest.skip("bash is not installed")
    subprocess.run(["bash", "-n", str(script)], check=True)
    assert os.access(script, os.X_OK), f"{script.name} should be executable"


def test_spec_is_valid_python():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def _load_yaml(path: Path):
    try:
        import yaml
    except ImportError:  # not a dependency: the system's Python often has it
        system_python = shutil.which("python3", path="/usr/bin:/usr/local/bin")
        probe = (
            "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout, default=str)"
        )
        if (
            not system_python
            or subprocess.run([system_python, "-c", "import yaml"], capture_output=True).returncode != 0
        ):
            pytest.skip("no YAML parser here (pip install pyyaml, or apt-get install python3-yaml)")
        import json

        out = subprocess.run(
            [system_python, "-c", probe, str(path)], capture_output=True, text=True, check=True
        )
        return json.loads(out.stdout)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_workflow_builds_on_windows_and_macos_runners():
    workflow = _load_yaml(WORKFLOW)
    jobs = workflow["jobs"]
    runners = {job["runs-on"] for job in jobs.values()}
    assert {"windows-latest", "macos-latest"} <= runners
    for name, job in jobs.items():
        assert job["steps"], name
        for step in job["steps"]:
            assert "uses" in step or "run" in step, (name, step)


REPO_PATH = re.compile(
    r"(?:(?<=\./)|(?<![\w./$-]))((?:installers|resources|scripts|desktop|docs|tests|\.github)/[\w./*-]*[\w*])"
)


def _referenced_paths(text: str) -> set[str]:
    return set(REPO_PATH.findall(text.replace("\\", "/")))


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_every_repository_path_a_recipe_names_exists(recipe):
    paths = _referenced_paths(recipe.read_text(encoding="utf-8"))
    assert paths, f"found no paths in {recipe.name}: is the pattern still right?"
    missing = [p for p in sorted(paths) if not (list(ROOT.glob(p)) if "*" in p else (ROOT / p).exists())]
    assert not missing, f"{recipe.name} names paths that do not exist: {missing}"


def test_inno_setup_script_is_per_user_upgradable_and_packs_the_spec_output():
    text = ISS.read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert {"Setup", "Files", "Icons"} <= set(sections)
    setup = dict(re.findall(r"^(\w+)=(.*)$", text.split("[Setup]")[1].split("\n[")[0], re.M))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["AppVersion"] == "{#AppVersion}"  # passed in by build.ps1, from pyproject.toml
    assert setup["SourceDir"] == "..\\.."
    assert (ROOT / setup["SetupIconFile"].replace("\\", "/")).exists()
    # The bundle it packs is the spec's COLLECT output, with both executables the spec makes on Windows.
    source = re.search(r'^Source: "([^"]+)"', text, re.M).group(1).replace("\\", "/")
    assert source == f"dist/{bundle_config.project()['name']}/*"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'executable("Checkpoint Desk", console=False)' in spec
    assert re.search(r'^#define AppExe "Checkpoint Desk\.exe"', text, re.M)
    assert re.search(r'^#define CliExe "checkpoint-desk\.exe"', text, re.M)
    assert "{group}" in text.split("[Icons]")[1]  # a Start-menu entry
    if shutil.which("iscc"):
        subprocess.run(["iscc", "/DAppVersion=0.0.0", "/O-", str(ISS)], check=True)


def test_macos_entitlements_are_a_valid_plist():
    import plistlib

    with (INSTALLERS / "macos" / "entitlements.plist").open("rb") as fh:
        assert plistlib.load(fh)["com.apple.security.cs.allow-unsigned-executable-memory"] is True


# --- the .deb, from a stand-in bundle (the real one: tests/test_installers.py) ------------------------------


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "checkpoint-desk"
    (bundle / "_internal" / "__pycache__").mkdir(parents=True)
    (bundle / "_internal" / "__pycache__" / "stale.pyc").write_bytes(b"")
    exe = bundle / "checkpoint-desk"
    exe.write_text("#!/bin/sh\necho checkpoint-desk fake\n", encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def _build_deb(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "BUNDLE": str(_fake_bundle(tmp_path)),
        "OUT_DIR": str(tmp_path / "out"),
        "STAGE_ROOT": str(tmp_path / "stage"),
        "DEB_VERSION": "9.8.7",
        "DEB_COMPRESSION": "gzip",
        "PYTHON": sys.executable,
        **env,
    }
    full_env.pop("DEB_GPG_KEY", None) if "DEB_GPG_KEY" not in env else None
    return subprocess.run(["bash", str(BUILD_DEB)], env=full_env, capture_output=True, text=True, timeout=300)


needs_dpkg_deb = pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb is not installed")


@needs_dpkg_deb
def test_deb_layout_and_maintainer_scripts(tmp_path):
    result = _build_deb(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "UNSIGNED" in result.stderr  # an unsigned build says so
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    deb = tmp_path / "out" / f"checkpoint-desk_9.8.7_{arch}.deb"
    assert deb.exists() and Path(f"{deb}.sha256").exists()

    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    files = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    for expected in (
        "/opt/checkpoint-desk/checkpoint-desk",
        "/usr/bin/checkpoint-desk",
        "/usr/share/applications/checkpoint-desk.desktop",
        "/usr/share/icons/hicolor/scalable/apps/checkpoint-desk.svg",
        "/usr/share/icons/hicolor/48x48/apps/checkpoint-desk.png",
        "/usr/share/icons/hicolor/512x512/apps/checkpoint-desk.png",
        "/usr/share/doc/checkpoint-desk/copyright",
    ):
        assert expected in files, expected
    assert not [f for f in files if "__pycache__" in f]
    assert all(" root/root " in line for line in listing.splitlines())

    control = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: checkpoint-desk" in control and "Version: 9.8.7" in control

    scripts = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(scripts)], check=True)
    maintainer = [p for p in scripts.iterdir() if p.name in {"preinst", "postinst", "prerm", "postrm"}]
    assert [p.name for p in maintainer] == ["postrm"]
    for script in maintainer:
        text = script.read_text(encoding="utf-8")
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        # Only the program folder; nothing under home, /root, /var or a data directory.
        assert not re.search(r"home|/root|\.local|/var|/srv|checkpoint-desk/demo|HOME|XDG", code), code
        assert re.findall(r"/opt/checkpoint-desk", code)


@needs_dpkg_deb
def test_deb_gets_a_detached_gpg_signature_when_a_key_is_given(tmp_path):
    if not shutil.which("gpg"):
        pytest.skip("gpg is not installed")
    gnupg = tmp_path / "g"
    gnupg.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(gnupg)}
    try:
        subprocess.run(
            [
                "gpg",
                "--batch",
                "--passphrase",
                "",
                "--quick-gen-key",
                "Package Test <pkg@test.invalid>",
                "ed25519",
                "sign",
                "never",
            ],
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        result = _build_deb(tmp_path, GNUPGHOME=str(gnupg), DEB_GPG_KEY="pkg@test.invalid")
        assert result.returncode == 0, result.stderr
        assert "UNSIGNED" not in result.stderr
        deb = next((tmp_path / "out").glob("*.deb"))
        verify = subprocess.run(
            ["gpg", "--verify", f"{deb}.asc", str(deb)], env=env, capture_output=True, text=True
        )
        assert verify.returncode == 0, verify.stderr
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], env=env, capture_output=True)


def test_the_spec_compiles_the_translations_it_bundles(tmp_path, monkeypatch):
    """Every build path runs the spec, so the spec compiles the Welsh catalogue before collecting resources/."""
    import shutil

    spec = (bundle_config.ROOT / "installers" / "checkpoint-desk.spec").read_text(encoding="utf-8")
    assert spec.index("compile_translations()") < spec.index('tree(ROOT / "resources", "resources")')
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    shutil.copy(
        bundle_config.ROOT / "resources" / "translations" / "checkpoint_cy.ts",
        tmp_path / "resources" / "translations",
    )
    monkeypatch.setattr(bundle_config, "ROOT", tmp_path)
    built = bundle_config.compile_translations()
    assert [p.name for p in built] == ["checkpoint_cy.qm"] and built[0].stat().st_size > 1000
    assert bundle_config.keep_in_bundle("resources/translations/checkpoint_cy.qm")
