; Test that rt_string_len, rt_string_data, rt_string_char_count given a non-string or garbage bits return -1 / null / -1 and record an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_string_len(i64 40)
  call void @pi(i64 %a)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 2: rt_string_len: {{.+}}
  %b = call i64 @rt_string_len(i64 u0x7fff12345671)
  call void @pi(i64 %b)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_string_len: {{.+}}
  %t = call i64 @rt_tuple_new(i64 1)
  %p = call ptr @rt_string_data(i64 %t)
  %isnull = icmp eq ptr %p, null
  %in = zext i1 %isnull to i64
  call void @pi(i64 %in)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 2: rt_string_data: {{.+}}
  %p2 = call ptr @rt_string_data(i64 u0x7fff12345677)
  %isnull2 = icmp eq ptr %p2, null
  %in2 = zext i1 %isnull2 to i64
  call void @pi(i64 %in2)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 1: rt_string_data: {{.+}}
  %c = call i64 @rt_string_char_count(i64 11)
  call void @pi(i64 %c)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_string_char_count: {{.+}}
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
declare i64 @rt_string_len(i64)
declare ptr @rt_string_data(i64)
declare i64 @rt_string_char_count(i64)
