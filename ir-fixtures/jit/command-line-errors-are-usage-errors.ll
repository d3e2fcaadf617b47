; Test that command-line mistakes give one message and exit code 64.
; RUN: sh -c '%simple-jit 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=NOFILE
; RUN: sh -c '%simple-jit --frobnicate %s 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=UNKNOWN
; RUN: sh -c '%simple-jit %s --frobnicate; echo "exit=$?"' | FileCheck %s --check-prefix=PROGRAM
; NOFILE: simple-jit: error: no input file (usage: simple-jit [options] FILE.ll|FILE.bc [program arguments...])
; NOFILE-NEXT: exit=64
; UNKNOWN: simple-jit: error: unknown option '--frobnicate' (see --help)
; UNKNOWN-NEXT: exit=64
; Options after the file belong to the program:
; PROGRAM: exit=2
define i32 @main(i32 %argc, ptr %argv) {
  ret i32 %argc
}
