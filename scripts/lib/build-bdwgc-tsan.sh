#!/usr/bin/env bash
# Builds the collector (bdwgc, Debian's libgc source package) with
# ThreadSanitizer into DEST/install: a static libgc.a, its headers and its
# bdw-gc.pc. The TSan configuration of the build runs this at configure time
# (CMakeLists.txt) and links that library instead of the system one.
#
#   build-bdwgc-tsan.sh DEST C_COMPILER
#
# Why: Debian's libgc is built without THREAD_SANITIZER, so it suspends
# threads for a collection with SIGPWR, an asynchronous signal. TSan does not
# run an asynchronous signal's handler at once: it queues it until the thread
# next passes through one of its interceptors, and a thread blocked in
# pthread_mutex_lock (waiting for the allocation lock that the collecting
# thread holds) never does, so the collector waits for its answer in vain
# ("Signals delivery fails constantly"). Built with THREAD_SANITIZER defined,
# bdwgc suspends with SIGSYS, a synchronous signal that TSan delivers at
# once (include/private/gc_priv.h, SIG_SUSPEND). GCC defines no
# __has_feature(thread_sanitizer), so the macro is passed explicitly; the
# library is instrumented too, so TSan sees its synchronisation.
#
# The source comes from the Debian archive this machine already uses for its
# packages: its "deb" entries are turned into "deb-src" entries in a private
# apt directory (the system's apt configuration is left alone), and the
# source of the installed libgc-dev version is fetched (any version if that
# one is gone from the archive). Nothing is done when DEST/install exists.
set -euo pipefail

dest=${1:?usage: build-bdwgc-tsan.sh DEST C_COMPILER}
cc=${2:-cc}
install=$dest/install
[ -f "$install/lib/libgc.a" ] && [ -f "$install/lib/pkgconfig/bdw-gc.pc" ] && exit 0

say() { echo "[bdwgc for ThreadSanitizer] $*" >&2; }
work=$dest/work
rm -rf "$work" "$install"
mkdir -p "$work/apt/lists/partial" "$work/apt/archives/partial" "$work/apt/sources.list.d"

# deb-src twins of the Debian suites of this release (main component).
. /etc/os-release
apt-get indextargets --format '$(TARGET_OF) $(REPO_URI) $(RELEASE) $(COMPONENT)' |
  sort -u | while read -r type uri release component; do
  [ "$type" = deb ] && [ "$component" = main ] || continue
  case $release in "$VERSION_CODENAME" | "$VERSION_CODENAME"-*) ;; *) continue ;; esac
  echo "deb-src $uri $release main"
done >"$work/apt/sources.list.d/deb-src.list"
if [ ! -s "$work/apt/sources.list.d/deb-src.list" ]; then
  say "no Debian '$VERSION_CODENAME' main entry in the apt sources to fetch libgc's source from"
  exit 1
fi
apt_options=(
  -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
  -o "Dir::State::Lists=$work/apt/lists"
  -o "Dir::Cache=$work/apt"
  -o "APT::Sandbox::User=root"
)
say "fetching the source of libgc"
apt-get "${apt_options[@]}" -qq update >&2
version=$(dpkg-query -W -f='${source:Version}' libgc-dev 2>/dev/null || true)
cd "$work"
if ! { [ -n "$version" ] && apt-get "${apt_options[@]}" -qq source --download-only "libgc=$version" >&2; }; then
  apt-get "${apt_options[@]}" -qq source --download-only libgc >&2
fi
dsc=$(ls "$work"/libgc_*.dsc | head -1)
dpkg-source -x "$dsc" "$work/src" >/dev/null

say "building $(basename "$dsc" .dsc) with -fsanitize=thread"
flags="-fsanitize=thread -DTHREAD_SANITIZER -fno-omit-frame-pointer"
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$flags" -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
  -DBUILD_SHARED_LIBS=OFF -Dbuild_cord=OFF -Denable_docs=OFF -Denable_cplusplus=OFF \
  -Denable_threads=ON -DCMAKE_INSTALL_PREFIX="$install" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log" >&2; exit 1; }
ninja -C "$work/build" -j2 install >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
rm -rf "$work/src" "$work/apt"
say "installed in $install"
