; Test that before any error rt_error_code is 0 and rt_error_message is an empty string.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %c = call i64 @rt_error_code()
  call void @pi(i64 %c)
; CHECK: 0
  %m = call i64 @rt_error_message()
  %len = call i64 @rt_string_len(i64 %m)
  call void @pi(i64 %len)
; CHECK-NEXT: 0
  %tn = call i64 @rt_value_type_name(i64 %m)
  call void @rt_println_value(i64 %tn)
; CHECK-NEXT: string
  ret i32 0
}

; Prints a plain i64 as an int value.
define internal void @pi(i64 %x) {
  %v = call i64 @rt_value_int(i64 %x)
  call void @rt_println_value(i64 %v)
  ret void
}

declare i64 @rt_error_code()
declare i64 @rt_error_message()
declare i64 @rt_value_int(i64)
declare i64 @rt_value_type_name(i64)
declare void @rt_println_value(i64)
declare i64 @rt_string_len(i64)
