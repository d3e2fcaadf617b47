; Test that rt_tuple_set and rt_tuple_get replace and read elements, with negative indices counting from the end.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %t = call i64 @rt_tuple_new(i64 3)
  %r1 = call i64 @rt_tuple_set(i64 %t, i64 0, i64 8)
  %r2 = call i64 @rt_tuple_set(i64 %t, i64 -1, i64 24)
  %r3 = call i64 @rt_tuple_set(i64 %t, i64 -2, i64 11)
  %s = add i64 %r1, %r2
  %s2 = add i64 %s, %r3
  call void @pi(i64 %s2)
; CHECK: 3
  %g = call i64 @rt_tuple_get(i64 %t, i64 -3)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: 1
  %h = call i64 @rt_tuple_get(i64 %t, i64 2)
  call void @rt_println_value(i64 %h)
; CHECK-NEXT: 3
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: (1, true, 3)
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
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_get(i64, i64)
declare i64 @rt_tuple_set(i64, i64, i64)
