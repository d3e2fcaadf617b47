; Test that IR which parses but fails the verifier is reported with the verifier's reason, exit code 65.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s -DFILE=%s
; CHECK: simple-jit: error: [[FILE]]: invalid module:
; CHECK-NEXT: Instruction does not dominate all uses!
; CHECK: exit=65
define i32 @main() {
entry:
  br label %exit
other:
  %late = add i32 1, 2
  br label %exit
exit:
  ret i32 %late
}
