; Test that a function in a comdat-nodeduplicate group defined by two modules is still a duplicate, exit code 67.
; RUN: sh -c '%simple-jit --extra-module=%inputs/comdat-nodeduplicate-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: error: 'shared' is defined by both '{{.*}}comdat-nodeduplicate-defined-by-two-modules-is-reported.ll' and '{{.*}}comdat-nodeduplicate-helper.ll'
; CHECK-NEXT: exit=67
$shared = comdat nodeduplicate
define i32 @shared() comdat {
  ret i32 1
}
define i32 @main() {
  %r = call i32 @shared()
  ret i32 %r
}
