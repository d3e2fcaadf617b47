; Test that declarations nothing refers to are fine, as under lli: an unknown helper, a runtime function the runtime does not have, and a runtime function declared with a type the runtime does not define (front ends declare a whole runtime up front). Referenced ones are still checked (see undefined-symbol-names-the-caller.ll and misdeclared-runtime-function-is-rejected.ll).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s
; CHECK: 42
declare i64 @helper_nobody_defines(i64)
declare i64 @rt_vec_sum(i64)
declare i64 @rt_string_new(i64, i64)
declare i64 @rt_value_int(i64)
declare void @rt_println_value(i64)
define i32 @main() {
  %v = call i64 @rt_value_int(i64 42)
  call void @rt_println_value(i64 %v)
  ret i32 0
}
