# Shared set-up for scripts/simple-jit, scripts/test and the benchmarks:
# installs what is missing (Debian 12 packages), configures and builds.
# Sourced, not run. Progress goes to stderr so program output stays clean.

SIMPLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SIMPLE_BUILD=${SIMPLE_BUILD:-$SIMPLE_ROOT/build}

# Everything the build, the tests and the benchmarks need.
SIMPLE_PACKAGES=(
  cmake ninja-build g++ lld pkg-config python3 gdb dpkg-dev
  llvm-19-dev clang-19 llvm-19-tools libclang-rt-19-dev libzstd-dev
  libgc-dev libtbb-dev libfmt-dev libboost-context-dev
  libgtest-dev libbenchmark-dev libabsl-dev
)

simple_say() { echo "[simple-jit setup] $*" >&2; }

# Installs the packages of SIMPLE_PACKAGES (plus any given as arguments)
# that dpkg does not list as installed.
simple_install_packages() {
  local missing=() package
  for package in "${SIMPLE_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  simple_say "installing: ${missing[*]}"
  $sudo apt-get update -qq >&2 || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 || return 1
}

# Configures $SIMPLE_BUILD (once) with any extra cmake arguments given.
simple_configure() {
  local build=$1
  shift
  if [ ! -f "$build/build.ninja" ]; then
    simple_say "configuring $build"
    cmake -S "$SIMPLE_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2 || return 1
  fi
}

# Builds the given targets (all when none) with two jobs. The build's
# output goes to $build/last-build.log (and to stderr as well when
# SIMPLE_SHOW_BUILD=1); on failure the log is shown.
simple_build() {
  local build=$1
  shift
  local log="$build/last-build.log"
  if ninja -C "$build" -j2 -n "$@" 2>/dev/null | grep -qE "Building|Linking"; then
    simple_say "building in $build (a first build takes a few minutes)"
  fi
  local ok=0
  if [ "${SIMPLE_SHOW_BUILD:-0}" = 1 ]; then
    ninja -C "$build" -j2 "$@" 2>&1 | tee "$log" >&2
    ok=${PIPESTATUS[0]}
  else
    ninja -C "$build" -j2 "$@" >"$log" 2>&1 || ok=$?
    [ "$ok" -eq 0 ] || cat "$log" >&2
  fi
  if [ "$ok" -ne 0 ]; then
    simple_say "build failed"
    return 1
  fi
}
