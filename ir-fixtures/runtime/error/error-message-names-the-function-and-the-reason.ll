; Test that rt_error_code and rt_error_message describe the last error as a code and "function: reason".
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 3)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 16)
  call i64 @rt_array_push(i64 %a, i64 24)
  %g = call i64 @rt_array_get(i64 %a, i64 7)
  %c = call i64 @rt_error_code()
  call void @pi(i64 %c)
; CHECK: 3
  %m = call i64 @rt_error_message()
  call void @rt_println_value(i64 %m)
; CHECK-NEXT: rt_array_get: index 7 out of range for length 3
  ; Reading the message does not clear it.
  %c2 = call i64 @rt_error_code()
  call void @pi(i64 %c2)
; CHECK-NEXT: 3
  ; The message is a string value.
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
