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

# What an install depends on: when none of these changed since the last install into $VENV,
# fieldkit_apt and fieldkit_venv have nothing to do and return at once (a second run-app starts
# about as fast as the app itself). The editable install sees code changes without reinstalling.
fieldkit_setup_stamp() {
  local extras="$1"
  (
    cd "$FIELDKIT_ROOT"
    printf '%s\n' "$extras" "${APT_PACKAGES[*]}"
    cat pyproject.toml scripts/_setup.sh scripts/build-resources
    find resources -type f \( -name '*.ts' -o -name '*.svg' \) -print0 | sort -z | xargs -0 cat
  ) | sha256sum | cut -c1-16
}

fieldkit_apt() {
  local stamp
  stamp="$VENV/.fieldkit-apt-$(fieldkit_setup_stamp apt)"
  [ -f "$stamp" ] && return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  [ $# -gt 0 ] && return 0  # extra packages asked for: not what the stamp stands for
  mkdir -p "$VENV" && rm -f "$VENV"/.fieldkit-apt-* && touch "$stamp"
}

fieldkit_venv() {
  local extras="$1"
  local kind="${extras//[^a-z]/}"
  local stamp
  stamp="$VENV/.fieldkit-installed-${kind:-app}-$(fieldkit_setup_stamp "$extras")"
  if [ -f "$stamp" ] && [ -x "$VENV/bin/python" ]; then
    return 0
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$FIELDKIT_ROOT$extras"
  # Compiled translations (.qm) and icons go into the package, generated, never committed.
  "$FIELDKIT_ROOT/scripts/build-resources"
  rm -f "$VENV/.fieldkit-installed-${kind:-app}-"*
  touch "$stamp"
}
