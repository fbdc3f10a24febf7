#!/usr/bin/env bash
# Build dist/checkpoint-desk_<version>_<arch>.deb from the PyInstaller one-folder build in dist/checkpoint-desk/.
#
#   bash installers/linux/build_deb.sh            # after: pyinstaller installers/checkpoint-desk.spec
#   make installers                               # does both
#
# The package installs the bundle under /opt/checkpoint-desk, a launcher /usr/bin/checkpoint-desk, the desktop
# entry and the hicolor icons. It has one maintainer script, postrm, which only tidies /opt/checkpoint-desk:
# case stores live in each user's data directory (~/.local/share/checkpoint-desk) and no package script ever
# reads, moves or deletes them, on install, upgrade, removal or purge.
#
# Environment (all optional):
#   PYTHON           a Python >= 3.11 to read pyproject.toml with (default: .venv/bin/python, else python3)
#   BUNDLE           the PyInstaller output folder (default: dist/checkpoint-desk)
#   OUT_DIR          where the .deb goes (default: dist)
#   DEB_VERSION      package version (default: pyproject.toml's version in Debian form, e.g. 1.0~rc1)
#   DEB_COMPRESSION  xz (default: smallest, readable by every dpkg), gzip, or zstd (packs in seconds, not
#                    minutes; dpkg >= 1.21.18 installs it: Debian 12, Ubuntu 22.04 and later)
#   STAGE_ROOT       scratch folder for the package tree (default: build/deb)
#   DEB_GPG_KEY      a GPG key id: writes a detached, armoured signature <deb>.asc (verify with gpg --verify)
#                    and, when dpkg-sig is installed, also signs inside the package (dpkg-sig --verify)
# Without DEB_GPG_KEY the package is built unsigned, with a warning.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
config() { "$PYTHON" installers/bundle_config.py "$1"; }

NAME="$(config name)"
VERSION="${DEB_VERSION:-$(config deb-version)}"
DESCRIPTION="$(config description)"
BUNDLE="${BUNDLE:-dist/$NAME}"
OUT_DIR="${OUT_DIR:-dist}"
COMPRESSION="${DEB_COMPRESSION:-xz}"

command -v dpkg-deb >/dev/null || { echo "build_deb: dpkg-deb not found (apt-get install dpkg)" >&2; exit 1; }
[ -x "$BUNDLE/$NAME" ] || {
  echo "build_deb: no bundle at $BUNDLE/$NAME; build it first:" >&2
  echo "  .venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller installers/checkpoint-desk.spec" >&2
  exit 1
}
ARCH="$(dpkg --print-architecture)"
DEB="$OUT_DIR/${NAME}_${VERSION}_${ARCH}.deb"

STAGE="${STAGE_ROOT:-build/deb}/${NAME}_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/$NAME" "$STAGE/usr/share/icons/hicolor/scalable/apps"

# The bundle, without byte-code caches the build machine may have left.
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
find "$STAGE/opt/$NAME" -name __pycache__ -type d -prune -exec rm -rf {} +

cat > "$STAGE/usr/bin/$NAME" <<EOF
#!/bin/sh
# Checkpoint Desk launcher: the application lives in /opt/$NAME.
exec /opt/$NAME/$NAME "\$@"
EOF
chmod 0755 "$STAGE/usr/bin/$NAME"

install -m 0644 installers/linux/checkpoint-desk.desktop "$STAGE/usr/share/applications/$NAME.desktop"
install -m 0644 resources/icons/checkpoint-desk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
for png in resources/icons/checkpoint-desk-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done

cat > "$STAGE/usr/share/doc/$NAME/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $NAME
Comment: Checkpoint Desk, with the third-party libraries bundled in /opt/$NAME (Qt for Python under the
 LGPL-3.0, Python under the PSF licence, SQLCipher, ReportLab, pyHanko and others under their own licences).

Files: *
Copyright: Checkpoint Desk developers
License: proprietary
EOF

# Only /opt/checkpoint-desk is ever cleaned: the app (run as root) or a stray Python may leave byte-code caches
# there that dpkg does not know about, which would keep the folder behind after removal.
cat > "$STAGE/DEBIAN/postrm" <<EOF
#!/bin/sh
# Checkpoint Desk postrm. Case stores are in users' data directories and are never touched here.
set -e
case "\$1" in
  remove|purge)
    if [ -d /opt/$NAME ]; then
      find /opt/$NAME -depth -name __pycache__ -type d -exec rm -rf {} + 2>/dev/null || true
      find /opt/$NAME -depth -type d -empty -delete 2>/dev/null || true
    fi
    ;;
esac
exit 0
EOF
chmod 0755 "$STAGE/DEBIAN/postrm"

# What the bundle loads from the system: glibc (at least the build machine's: build on the oldest Debian/Ubuntu
# to support), OpenGL/EGL and libxcb, which PyInstaller never copies, and the X11/font libraries of the Qt xcb
# platform plugin (the same list as scripts/sysdeps.sh: PyInstaller copies them when the build machine has
# them, the system's are the fallback). Wayland sessions use the wayland plugin when its libraries are there,
# else XWayland.
GLIBC="$(getconf GNU_LIBC_VERSION | awk '{print $2}')"
DEPENDS="libc6 (>= $GLIBC), libstdc++6, libegl1, libgl1, libxcb1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0,"
DEPENDS="$DEPENDS libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,"
DEPENDS="$DEPENDS libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xkb1, libxcb-xinerama0, libx11-xcb1"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Checkpoint Desk developers <noreply@checkpoint-desk.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1, fonts-dejavu-core
Section: misc
Priority: optional
Description: $DESCRIPTION
 Checkpoint Desk keeps the caseload of police diversion contracts in an
 encrypted local case store, works offline, and produces the returns the
 police force needs. This package carries its own Python and Qt under
 /opt/$NAME. Case stores are kept in each user's data directory and are
 never changed by installing, upgrading or removing this package.
EOF

# Normalise permissions (PyInstaller keeps the build tree's umask): dirs 755, files 644, executables 755.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$STAGE" -type f -perm -u+x -exec chmod 0755 {} +

mkdir -p "$OUT_DIR"
rm -f "$DEB" "$DEB.asc"
echo "build_deb: packing $DEB ($COMPRESSION, $(du -sh "$STAGE/opt/$NAME" | cut -f1) bundle)"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$STAGE" "$DEB" >/dev/null
if [ -n "${DEB_GPG_KEY:-}" ]; then
  if command -v dpkg-sig >/dev/null; then  # inside the package first: it rewrites the .deb
    dpkg-sig --sign builder -k "$DEB_GPG_KEY" "$DEB"
  fi
  gpg --batch --yes --local-user "$DEB_GPG_KEY" --armor --detach-sign --output "$DEB.asc" "$DEB"
  echo "build_deb: signed $DEB.asc with $DEB_GPG_KEY"
else
  echo "build_deb: WARNING: $DEB is UNSIGNED (set DEB_GPG_KEY to a GPG key id to sign it)" >&2
fi
(cd "$OUT_DIR" && sha256sum "$(basename "$DEB")" > "$(basename "$DEB").sha256")
rm -rf "$STAGE"
echo "build_deb: $DEB ($(du -h "$DEB" | cut -f1))"
