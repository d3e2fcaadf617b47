; Test that rt_array_get on an int, nil or a float returns nil and records a wrong-kind error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_get(i64 40, i64 0)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_get: {{.+}}
  %b = call i64 @rt_array_get(i64 3, i64 0)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_get: {{.+}}
  %f = call i64 @rt_value_float(double 1.0)
  %c = call i64 @rt_array_get(i64 %f, i64 0)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_get: {{.+}}
  ret i32 0
}

; Prints "error CODE: MESSAGE" for the last recorded error, then clears it.
@.err.prefix = private constant [6 x i8] c"error "
@.err.sep = private constant [2 x i8] c": "
define internal void @err() {
  %c = call i64 @rt_error_code()
  %cv = call i64 @rt_value_int(i64 %c)
  call void @rt_print_str(ptr @.err.prefix, i64 6)
  call void @rt_print_value(i64 %cv)
  call void @rt_print_str(ptr @.err.sep, i64 2)
  %m = call i64 @rt_error_message()
  call void @rt_println_value(i64 %m)
  call void @rt_error_clear()
  ret void
}

declare i64 @rt_error_code()
declare i64 @rt_error_message()
declare void @rt_error_clear()
declare i64 @rt_value_int(i64)
declare i64 @rt_value_float(double)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_get(i64, i64)
