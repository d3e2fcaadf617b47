; Test that an IR parse error gives file:line:col, the offending line and a caret, exit code 65.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s -DFILE=%s
; CHECK: simple-jit: error: [[FILE]]:9:11: use of undefined value '%missing'
; CHECK-NEXT: {{^}}  ret i32 %missing
; CHECK-NEXT: {{^}}          ^
; CHECK-NEXT: exit=65
; CHECK-NOT: Stack dump
define i32 @main() {
  ret i32 %missing
}
