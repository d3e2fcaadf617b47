; Test that rt_array_concat returns a new array of a's elements then b's, leaving both alone, and nil with an error if either is not an array.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 8)
  %b = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %b, i64 16)
  call i64 @rt_array_push(i64 %b, i64 24)
  %c = call i64 @rt_array_concat(i64 %a, i64 %b)
  call void @rt_println_value(i64 %c)
; CHECK: [1, 2, 3]
  call i64 @rt_array_push(i64 %c, i64 32)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1]
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: [2, 3]
  %self = call i64 @rt_array_concat(i64 %b, i64 %b)
  call void @rt_println_value(i64 %self)
; CHECK-NEXT: [2, 3, 2, 3]
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_array_concat(i64 %a, i64 3)
  call void @rt_println_value(i64 %bad)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_concat: {{.+}}
  %bad2 = call i64 @rt_array_concat(i64 u0x7fff12345671, i64 %a)
  call void @rt_println_value(i64 %bad2)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_array_concat: {{.+}}
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
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_concat(i64, i64)
