; Test that a function the module defines wins over a libc function of the same name.
; RUN: sh -c '%simple-jit %s; echo "exit=$?"' | FileCheck %s
; CHECK: exit=77
define i32 @abs(i32 %x) {
  ret i32 77
}
define i32 @main() {
  %r = call i32 @abs(i32 -5)
  ret i32 %r
}
