; Test that a module without main (or without the --entry function) is reported, exit code 68.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --entry=nowhere %s 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=NAMED
; CHECK: simple-jit: error: entry function 'main' is not defined in '{{.*}}missing-entry-function-is-reported.ll'
; CHECK-NEXT: exit=68
; NAMED: entry function 'nowhere' is not defined
declare i32 @main()
define i32 @not_main() {
  ret i32 0
}
