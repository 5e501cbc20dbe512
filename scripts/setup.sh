#!/usr/bin/env bash
# Installs every Debian 12 package that HallDesk's build, tests and programs need.
# Idempotent and non-interactive; run as root (or through sudo).
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev
    # terminals: widgets come with qt6-base-dev; TextToSpeech's CMake package needs QmlIntegration
    qt6-speech-dev qt6-declarative-dev
    libssl-dev
    # printed notices: QR codes
    libqrencode-dev
    # scanning: libsane; libsane1 also carries the virtual "test" scanner the tests use
    libsane-dev libsane1
    # document cameras (UVC) through Qt Multimedia; libqt6multimedia6 holds both its media plugins
    # (GStreamer, Qt 6.4's default on Linux, and FFmpeg: QT_MEDIA_BACKEND=ffmpeg). GStreamer finds
    # and reads the cameras with v4l2src and decodes their MJPEG with jpegdec (plugins-good) and
    # converts with videoconvert (plugins-base)
    qt6-multimedia-dev libqt6multimedia6 gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # the supervisor console's charts
    qt6-charts-dev
    # run time: database drivers, time zones for the hall's local day
    libqt6sql6-sqlite libqt6sql6-psql libqt6websockets6 tzdata ca-certificates openssl
    # terminals: the voice (speech-dispatcher with espeak-ng, which speaks Mandarin) and Chinese fonts
    libqt6texttospeech6 qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
    espeak-ng fonts-noto-cjk qt6-translations-l10n
    # looking at the screens in a virtual X display
    xvfb xauth
    # tests: a real PostgreSQL server, sqlite3 to inspect files
    postgresql sqlite3
    # tests: printed notices are checked with real tools (pdfinfo, pdftoppm, zbarimg);
    # run time: PDF files imported as scanned materials are rendered with pdfinfo and pdftoppm
    poppler-utils zbar-tools
    # packaging
    dpkg-dev file
)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "setup: all packages present"
fi
