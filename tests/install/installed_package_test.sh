#!/usr/bin/env bash
# The install of Simple JIT, checked from the outside (registered by
# tests/install/CMakeLists.txt; one step per ctest entry):
#
#   install   cmake --install the build into a staging prefix, fail if any
#             installed text file or the tool's run path names the source or
#             build tree, then move the prefix elsewhere (it must work from
#             wherever it lands: relocatable)
#   headers   every installed header compiles on its own with only the
#             prefix's include folder (C++20; the C headers also as C11)
#   tool      the installed simple-jit, found on PATH, runs IR fixtures and
#             their CHECK lines hold
#   embedder  tests/install/embedder, configured with CMAKE_PREFIX_PATH=the
#             prefix only, finds the package in the prefix, compiles with no
#             include folder of the source or build tree and reads no header
#             from them (ninja's dependency record), builds, links no LLVM
#             into the runtime-only host, and its two programs print the sums
#             of random inputs
#
# usage: installed_package_test.sh STEP  with the environment set by CMake:
#   SOURCE_DIR BUILD_DIR WORK_DIR CMAKE CTEST_MAKE_PROGRAM CXX CC FILECHECK
#   LINKER_FLAGS (may be empty)
set -euo pipefail

step=$1
prefix=$WORK_DIR/prefix
staging=$WORK_DIR/staging

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# True when $1 is $2 or inside it.
is_under() {
  case "$1/" in "$2"/*) return 0 ;; *) return 1 ;; esac
}

install_step() {
  rm -rf "$staging" "$prefix"
  mkdir -p "$WORK_DIR"
  "$CMAKE" --install "$BUILD_DIR" --prefix "$staging" >"$WORK_DIR/install.log"
  for file in bin/simple-jit lib/libsimple_jit.a lib/libsimple_runtime.a \
    include/simple/jit/engine.h include/simple/runtime.h \
    lib/cmake/SimpleJit/SimpleJitConfig.cmake lib/cmake/SimpleJit/SimpleJitConfigVersion.cmake \
    lib/cmake/SimpleJit/SimpleJitTargets.cmake; do
    [ -e "$staging/$file" ] || fail "not installed: $file"
  done
  # Nothing installed may point back into the trees it came from.
  local leaks
  leaks=$(grep -rIlF -e "$SOURCE_DIR" -e "$BUILD_DIR" "$staging" || true)
  [ -z "$leaks" ] || fail "installed files name the source or build tree:"$'\n'"$leaks"
  if readelf -d "$staging/bin/simple-jit" | grep -E 'RPATH|RUNPATH'; then
    fail "the installed simple-jit has a run path"
  fi
  mv "$staging" "$prefix"
  echo "installed into $prefix:"
  (cd "$prefix" && find . -type f | sort)
}

headers_step() {
  local header count=0
  while IFS= read -r header; do
    "$CXX" -std=c++20 -fsyntax-only -I"$prefix/include" -x c++ "$header" ||
      fail "$header does not compile on its own from the prefix"
    count=$((count + 1))
  done < <(find "$prefix/include" -name '*.h' | sort)
  [ "$count" -gt 0 ] || fail "no headers installed"
  for header in runtime.h value.h error_codes.h; do
    "$CC" -std=c11 -fsyntax-only -I"$prefix/include" -x c "$prefix/include/simple/$header" ||
      fail "simple/$header does not compile as C from the prefix"
  done
  echo "$count headers compile on their own (3 of them as C too)"
}

tool_step() {
  local tool
  tool=$(PATH="$prefix/bin:$PATH" command -v simple-jit)
  [ "$tool" = "$prefix/bin/simple-jit" ] || fail "simple-jit on PATH is $tool, not the prefix's"
  local fixture options
  # Each fixture's RUN line is `%simple-jit %s | FileCheck [options] %s`.
  for fixture in examples/hello.ll runtime/array/array-concat-returns-a-new-array.ll; do
    options=$(sed -n 's/^; RUN: %simple-jit %s | FileCheck \(.*\)%s$/\1/p' \
      "$SOURCE_DIR/ir-fixtures/$fixture")
    # Run from the scratch folder, so nothing is found relative to the trees.
    (cd "$WORK_DIR" && PATH="$prefix/bin:$PATH" simple-jit "$SOURCE_DIR/ir-fixtures/$fixture") \
      >"$WORK_DIR/tool.out" || fail "simple-jit $fixture exited with $?"
    # shellcheck disable=SC2086 # the options are words
    "$FILECHECK" $options "$SOURCE_DIR/ir-fixtures/$fixture" <"$WORK_DIR/tool.out" ||
      fail "the output of $fixture does not match its CHECK lines"
    echo "$prefix/bin/simple-jit ran $fixture"
  done
}

embedder_step() {
  local src=$SOURCE_DIR/tests/install/embedder build=$WORK_DIR/embedder-build
  rm -rf "$build"
  # Only the prefix: no package registry, no hint at the build tree.
  "$CMAKE" -S "$src" -B "$build" -G Ninja -DCMAKE_MAKE_PROGRAM="$CTEST_MAKE_PROGRAM" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
    -DCMAKE_EXE_LINKER_FLAGS="$LINKER_FLAGS" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$WORK_DIR/embedder-configure.log" ||
    { cat "$WORK_DIR/embedder-configure.log"; fail "the embedder does not configure"; }

  local found
  found=$(sed -n 's/^SimpleJit_DIR:PATH=//p' "$build/CMakeCache.txt")
  [ "$found" = "$prefix/lib/cmake/SimpleJit" ] || fail "the embedder found SimpleJit in '$found'"

  # Every include folder of every compile: the prefix's or a system one,
  # never the source or build tree's (the prefix itself lives in the build tree).
  local dirs dir prefix_seen=0
  dirs=$(grep -oE '(-I|-isystem )[^ "]+' "$build/compile_commands.json" | sed -E 's/^(-I|-isystem )//' | sort -u)
  [ -n "$dirs" ] || fail "no include folder in the embedder's compile commands"
  while IFS= read -r dir; do
    if is_under "$dir" "$prefix"; then
      prefix_seen=1
    elif is_under "$dir" "$SOURCE_DIR" || is_under "$dir" "$BUILD_DIR"; then
      fail "the embedder compiles with $dir from the source or build tree"
    fi
  done <<<"$dirs"
  [ "$prefix_seen" = 1 ] || fail "the embedder does not include from $prefix/include"
  echo "embedder include folders: $(tr '\n' ' ' <<<"$dirs")"

  "$CMAKE" --build "$build" -j2 >"$WORK_DIR/embedder-build.log" ||
    { cat "$WORK_DIR/embedder-build.log"; fail "the embedder does not build"; }

  # Every header the compiler actually read (ninja's record of the
  # dependencies): none from the source or build tree, and the API's from
  # the prefix.
  local deps
  deps=$("$CTEST_MAKE_PROGRAM" -C "$build" -t deps | sed -n 's/^    //p' | sort -u)
  while IFS= read -r dir; do
    if ! is_under "$dir" "$prefix" && ! is_under "$dir" "$src" &&
      { is_under "$dir" "$SOURCE_DIR" || is_under "$dir" "$BUILD_DIR"; }; then
      fail "the embedder read $dir from the source or build tree"
    fi
  done <<<"$deps"
  grep -qxF "$prefix/include/simple/jit/engine.h" <<<"$deps" ||
    fail "the embedder did not read <simple/jit/engine.h> from the prefix"
  grep -qxF "$prefix/include/simple/runtime.h" <<<"$deps" ||
    fail "the embedder did not read <simple/runtime.h> from the prefix"

  # The runtime-only host links no LLVM.
  if "$CTEST_MAKE_PROGRAM" -C "$build" -t commands runtime-only-host | tail -1 | grep -q 'LLVM'; then
    fail "runtime-only-host links LLVM"
  fi

  # Random inputs; the expected sums are computed here, independently.
  local k=$((RANDOM % 200 + 1)) numbers=() n sum=0 squares=0 i
  for i in 1 2 3 4 5; do
    n=$((RANDOM - 16384))
    numbers+=("$n")
    sum=$((sum + n))
  done
  for ((i = 0; i < k; i++)); do squares=$((squares + i * i)); done

  local expected actual
  expected="sum of arguments: $sum"$'\n'"sum of squares below $k: $squares"
  actual=$("$build/embedder" "$k" "${numbers[@]}") || fail "embedder exited with $?"
  [ "$actual" = "$expected" ] ||
    fail "embedder $k ${numbers[*]} printed"$'\n'"$actual"$'\n'"expected"$'\n'"$expected"
  echo "$actual"

  expected="length: 5"$'\n'"sum: $sum"$'\n'"reading past the end records RT_ERROR_OUT_OF_RANGE: yes"
  actual=$("$build/runtime-only-host" "${numbers[@]}") || fail "runtime-only-host exited with $?"
  [ "$actual" = "$expected" ] ||
    fail "runtime-only-host ${numbers[*]} printed"$'\n'"$actual"$'\n'"expected"$'\n'"$expected"
  echo "$actual"
}

case "$step" in
install) install_step ;;
headers) headers_step ;;
tool) tool_step ;;
embedder) embedder_step ;;
*) fail "unknown step $step" ;;
esac
