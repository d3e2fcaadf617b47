; Test that --lazy compiles functions on first call, at every level, keeping linkonce_odr definitions.
; RUN: sh -c '%simple-jit --lazy -O0 %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --lazy -O2 %s; echo "exit=$?"' | FileCheck %s
; CHECK: exit=30
define linkonce_odr i32 @triple(i32 %x) {
  %y = mul i32 %x, 3
  ret i32 %y
}
define i32 @never_called() {
  ret i32 0
}
define i32 @main() {
  %r = call i32 @triple(i32 10)
  ret i32 %r
}
