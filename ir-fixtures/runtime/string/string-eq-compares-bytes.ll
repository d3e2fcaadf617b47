; Test that rt_string_eq is 1 for strings with the same bytes, 0 for different ones, and 0 with an error for a non-string.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@ab = private constant [3 x i8] c"ab\00"

define i32 @main() {
  %a = call i64 @rt_string_new(ptr @ab, i64 2)
  %b = call i64 @rt_string_new(ptr @ab, i64 2)
  %c = call i64 @rt_string_new(ptr @ab, i64 3)
  %r1 = call i64 @rt_string_eq(i64 %a, i64 %b)
  call void @pi(i64 %r1)
; CHECK: 1
  ; "ab" and "ab\0" differ
  %r2 = call i64 @rt_string_eq(i64 %a, i64 %c)
  call void @pi(i64 %r2)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 0:
  %r3 = call i64 @rt_string_eq(i64 %a, i64 3)
  call void @pi(i64 %r3)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_string_eq: {{.+}}
  %r4 = call i64 @rt_string_eq(i64 u0x7fff12345674, i64 %a)
  call void @pi(i64 %r4)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_string_eq: {{.+}}
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_eq(i64, i64)
