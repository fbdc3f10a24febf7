#!/usr/bin/env bash
# Install the Debian packages the app and its tests need, when missing and when we are root.
# Qt's offscreen and xcb platforms, poppler (pdfsig, pdftoppm), OpenSSL's CLI, the SQLCipher CLI, qpdf (checks
# signed returns) and NSS's certutil (libnss3-tools: a test trusts the organisation CA as the force would).
# Xvfb + xdotool: tests/test_app_xvfb_first_run.py drives the real app on a real X display.
set -euo pipefail
pkgs=(poppler-utils openssl sqlcipher xvfb xauth xdotool libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
      libdbus-1-3 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxcb-cursor0 libxcb-image0 libxcb-render-util0
      libxcb-shape0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core x11-utils zbar-tools postgresql qpdf libnss3-tools)
command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian system; install ${pkgs[*]} yourself" >&2; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "sysdeps: missing Debian packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})" >&2
  exit 0
fi
echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# PostgreSQL for the force suite: the tests start a throwaway cluster of their own (scripts/pg_test_cluster.py),
# so the package must not create and start a system-wide one.
if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  mkdir -p /etc/postgresql-common && echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
