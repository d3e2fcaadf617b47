; Test that rt_string_concat returns nil and records an error when either argument is not a string (an int, an array, garbage bits).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@foo = private constant [3 x i8] c"foo"

define i32 @main() {
  %a = call i64 @rt_string_new(ptr @foo, i64 3)
  %r1 = call i64 @rt_string_concat(i64 %a, i64 40)
  call void @rt_println_value(i64 %r1)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 2: rt_string_concat: {{.+}}
  %arr = call i64 @rt_array_new(i64 0)
  %r2 = call i64 @rt_string_concat(i64 %arr, i64 %a)
  call void @rt_println_value(i64 %r2)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_string_concat: {{.+}}
  %r3 = call i64 @rt_string_concat(i64 %a, i64 u0x7fff12345671)
  call void @rt_println_value(i64 %r3)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_string_concat: {{.+}}
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_concat(i64, i64)
