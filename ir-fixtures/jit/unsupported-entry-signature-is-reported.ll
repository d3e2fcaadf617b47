; Test that an entry function that cannot be called like main is reported, exit code 68.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: error: entry function 'main' has type 'double (double)'
; CHECK-NEXT: exit=68
define double @main(double %x) {
  ret double %x
}
