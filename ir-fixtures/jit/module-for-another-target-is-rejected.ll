; Test that a module built for another architecture is rejected, exit code 65.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: error: {{.*}}: module targets 'aarch64-unknown-linux-gnu' but this machine is
; CHECK-NEXT: exit=65
target triple = "aarch64-unknown-linux-gnu"
define i32 @main() {
  ret i32 0
}
