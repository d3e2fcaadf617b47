; Test that rt_array_get with an index out of range, positive or negative, returns nil and records an out-of-range error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 3)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 16)
  call i64 @rt_array_push(i64 %a, i64 24)
  %g = call i64 @rt_array_get(i64 %a, i64 3)
  call void @rt_println_value(i64 %g)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 3: rt_array_get: index 3 out of range for length 3
  %h = call i64 @rt_array_get(i64 %a, i64 -4)
  call void @rt_println_value(i64 %h)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_array_get: {{.+}}
  %e = call i64 @rt_array_new(i64 0)
  %i = call i64 @rt_array_get(i64 %e, i64 0)
  call void @rt_println_value(i64 %i)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_array_get: {{.+}}
  %j = call i64 @rt_array_get(i64 %a, i64 -9223372036854775808)
  call void @rt_println_value(i64 %j)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_array_get: {{.+}}
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
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
