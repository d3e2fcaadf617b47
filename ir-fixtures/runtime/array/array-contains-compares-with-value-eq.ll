; Test that rt_array_contains finds an element equal by rt_value_eq (1.0 finds 1, a copy of a string finds it) and reports errors with 0.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@x = private constant [1 x i8] c"x"

define i32 @main() {
  %s1 = call i64 @rt_string_new(ptr @x, i64 1)
  %s2 = call i64 @rt_string_new(ptr @x, i64 1)
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 %s1)
  %f = call i64 @rt_value_float(double 1.0)
  %r1 = call i64 @rt_array_contains(i64 %a, i64 %f)
  call void @pi(i64 %r1)
; CHECK: 1
  %r2 = call i64 @rt_array_contains(i64 %a, i64 %s2)
  call void @pi(i64 %r2)
; CHECK-NEXT: 1
  %r3 = call i64 @rt_array_contains(i64 %a, i64 16)
  call void @pi(i64 %r3)
; CHECK-NEXT: 0
  %r4 = call i64 @rt_array_contains(i64 %a, i64 3)
  call void @pi(i64 %r4)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 0:
  %r5 = call i64 @rt_array_contains(i64 %a, i64 u0x7fff12345676)
  call void @pi(i64 %r5)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_contains: {{.+}}
  %r6 = call i64 @rt_array_contains(i64 %s1, i64 8)
  call void @pi(i64 %r6)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_array_contains: {{.+}}
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
declare i64 @rt_value_float(double)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_contains(i64, i64)
declare i64 @rt_string_new(ptr, i64)
