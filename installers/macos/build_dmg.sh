#!/usr/bin/env bash
# Build dist/Checkpoint-Desk-<version>.dmg: the PyInstaller .app (BUNDLE in installers/checkpoint-desk.spec) on a
# disk image with an /Applications link, signed and notarised when the credentials are given. macOS only.
#
#   bash installers/macos/build_dmg.sh      # builds the .app first if dist/Checkpoint Desk.app is missing
#   make installers                         # the same, after a fresh PyInstaller build
#
# Environment (all optional):
#   PYTHON                   Python >= 3.11 with the `installers` extra (default: .venv/bin/python, else python3)
#   MACOS_CODESIGN_IDENTITY  a "Developer ID Application: Name (TEAMID)" identity in the keychain: signs every
#                            binary (PyInstaller), the .app with the hardened runtime, and the .dmg
#   MACOS_ENTITLEMENTS       entitlements for the hardened runtime (default: installers/macos/entitlements.plist)
#   MACOS_NOTARY_PROFILE     a notarytool keychain profile (`xcrun notarytool store-credentials NAME ...`):
#                            submits the signed .dmg to Apple's notary service and staples the ticket
# Without MACOS_CODESIGN_IDENTITY the .app and .dmg are unsigned (Gatekeeper blocks them), with a warning.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [ "$(uname -s)" != Darwin ]; then
  echo "build_dmg: needs macOS (hdiutil, codesign, notarytool); see docs/install.md" >&2
  exit 1
fi
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
VERSION="$("$PYTHON" installers/bundle_config.py version)"
APP="dist/Checkpoint Desk.app"
DMG="dist/Checkpoint-Desk-$VERSION.dmg"
export MACOS_ENTITLEMENTS="${MACOS_ENTITLEMENTS:-$ROOT/installers/macos/entitlements.plist}"

if [ ! -d "$APP" ]; then
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installers/checkpoint-desk.spec
fi
"$APP/Contents/MacOS/checkpoint-desk" --version  # the frozen app starts at all

IDENTITY="${MACOS_CODESIGN_IDENTITY:-}"
if [ -n "$IDENTITY" ]; then
  # PyInstaller signed each binary; sign the bundle itself with the hardened runtime and a secure timestamp,
  # which notarisation requires.
  codesign --force --deep --timestamp --options runtime --entitlements "$MACOS_ENTITLEMENTS" \
    --sign "$IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "build_dmg: WARNING: $APP is UNSIGNED (set MACOS_CODESIGN_IDENTITY); Gatekeeper will refuse it" >&2
fi

STAGE="build/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Checkpoint Desk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "$IDENTITY" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  else
    echo "build_dmg: WARNING: $DMG is signed but NOT NOTARISED (set MACOS_NOTARY_PROFILE)" >&2
  fi
fi
hdiutil verify "$DMG"
shasum -a 256 "$DMG" > "$DMG.sha256"
echo "build_dmg: $DMG ($(du -h "$DMG" | cut -f1))"
