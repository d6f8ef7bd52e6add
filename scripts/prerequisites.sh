#!/usr/bin/env bash
# Installs what a fresh machine lacks for building, running and testing the catalog.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again (it only adds what is missing).
set -euo pipefail

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
    if [ "$apt_updated" -eq 0 ]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET 10 SDK is required (https://dot.net); this machine has no 'dotnet' on PATH." >&2
    exit 1
fi

# The app and the tests start a private PostgreSQL cluster from the server binaries.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries..."
    apt_install postgresql
fi

# The browser tests drive the distribution's headless Chromium through its fake microphone,
# which plays a WAV that espeak-ng speaks, and Firefox ESR, which hears it through PulseAudio
# (a null sink as microphone; the test starts the server).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || missing+=(firefox-esr)
command -v pulseaudio >/dev/null 2>&1 || missing+=(pulseaudio)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]}..."
    apt_install "${missing[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
