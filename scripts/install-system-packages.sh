#!/usr/bin/env bash
# Debian packages the desk app needs: Qt's runtime libraries (X11/xcb and offscreen), fonts,
# and python3-venv. With --test, also what the test suite uses (zbarimg reads receipt QR codes;
# wixl and msiinfo build and read the MSI; postgresql's initdb and postgres run the reference
# case server's tests on a throw-away PostgreSQL cluster, which CI requires).
# Uses sudo when not run as root. Safe to run again.
set -euo pipefail
packages=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(zbar-tools wixl msitools poppler-utils postgresql)
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
