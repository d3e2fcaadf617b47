; Test that an i64 main's result becomes the exit code (the OS keeps the low 8 bits).
; RUN: sh -c '%simple-jit %s; echo "exit=$?"' | FileCheck %s
; CHECK: exit=7
define i64 @main() {
  ret i64 263
}
