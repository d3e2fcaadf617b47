; Test that --help lists the options and exit codes and --version names LLVM.
; RUN: %simple-jit --help | FileCheck %s --check-prefix=HELP
; RUN: %simple-jit --version | FileCheck %s --check-prefix=VERSION
; HELP: USAGE: simple-jit [options] FILE [program arguments...]
; HELP: -O0, -O1, -O2, -O3
; HELP: default -O1
; HELP: --entry=NAME
; HELP: --extra-module=FILE
; HELP: --load=LIB.so
; HELP: --lazy
; HELP: --debug
; HELP: --perf
; HELP: --time
; HELP: --strict-abi
; HELP: RUNTIME DECLARATIONS:
; HELP: EXIT CODES:
; VERSION: simple-jit {{[0-9.]+}} (LLVM 19.
