; Test that rt_array_get and rt_array_set count negative indices from the end (-1 is the last element).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 3)
  call i64 @rt_array_push(i64 %a, i64 80)
  call i64 @rt_array_push(i64 %a, i64 160)
  call i64 @rt_array_push(i64 %a, i64 240)
  %g1 = call i64 @rt_array_get(i64 %a, i64 -1)
  call void @rt_println_value(i64 %g1)
; CHECK: 30
  %g3 = call i64 @rt_array_get(i64 %a, i64 -3)
  call void @rt_println_value(i64 %g3)
; CHECK-NEXT: 10
  %s = call i64 @rt_array_set(i64 %a, i64 -2, i64 3)
  call void @pi(i64 %s)
; CHECK-NEXT: 1
  %s2 = call i64 @rt_array_set(i64 %a, i64 0, i64 11)
  call void @pi(i64 %s2)
; CHECK-NEXT: 1
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [true, nil, 30]
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

; Prints a plain i64 as an int value.
define internal void @pi(i64 %x) {
  %v = call i64 @rt_value_int(i64 %x)
  call void @rt_println_value(i64 %v)
  ret void
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
declare i64 @rt_array_set(i64, i64, i64)
declare i64 @rt_array_push(i64, i64)
