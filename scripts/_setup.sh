# Shared set-up for scripts/run-app and scripts/test: Debian packages, then the virtualenv.
# Sourced, not run. Safe to repeat: installs only what is missing.

FIELDKIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FIELDKIT_VENV:-$FIELDKIT_ROOT/.venv}"

# Debian packages: fonts for every script in PDFs, poppler for PDF checks, audio and X libraries
# for the Qt app, Xvfb for screenshots, PulseAudio for the recorder's real-device test.
APT_PACKAGES=(
  python3-venv
  fonts-noto-core fonts-dejavu-core fonts-wqy-zenhei
  poppler-utils
  openssl
  libpulse0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  xvfb
  pulseaudio pulseaudio-utils
)

fieldkit_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

fieldkit_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$FIELDKIT_ROOT$extras"
}
