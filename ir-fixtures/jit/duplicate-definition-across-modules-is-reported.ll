; Test that two modules defining the same function are reported, exit code 67.
; RUN: sh -c '%simple-jit --extra-module=%inputs/extra-module-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: error: 'helper' is defined by both '{{.*}}duplicate-definition-across-modules-is-reported.ll' and '{{.*}}extra-module-helper.ll'
; CHECK-NEXT: exit=67
define i32 @helper(i32 %x) {
  ret i32 %x
}
define i32 @main() {
  ret i32 0
}
