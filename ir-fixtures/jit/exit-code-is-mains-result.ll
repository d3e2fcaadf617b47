; Test that the process exits with main's result.
; RUN: sh -c '%simple-jit %s; echo "exit=$?"' | FileCheck %s
; CHECK: exit=42
define i32 @main() {
  ret i32 42
}
