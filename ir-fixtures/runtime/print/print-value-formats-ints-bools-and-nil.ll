; Test that rt_print_value prints ints, true, false and nil without a newline and rt_println_value adds one.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s
; CHECK: 42-7truefalsenil0

define i32 @main() {
  call void @rt_print_value(i64 336)
  call void @rt_print_value(i64 -56)
  call void @rt_print_value(i64 11)
  call void @rt_print_value(i64 19)
  call void @rt_print_value(i64 3)
  call void @rt_println_value(i64 0)
  ret i32 0
}

declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
