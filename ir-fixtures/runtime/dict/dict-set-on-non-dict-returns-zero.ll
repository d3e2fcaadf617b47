; Test that rt_dict_set on a non-dict (an int, an array, garbage bits) or with a garbage key or value returns 0 and records an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_dict_set(i64 40, i64 8, i64 8)
  call void @pi(i64 %a)
; CHECK: 0
  call void @err()
; CHECK-NEXT: error 2: rt_dict_set: {{.+}}
  %arr = call i64 @rt_array_new(i64 0)
  %b = call i64 @rt_dict_set(i64 %arr, i64 8, i64 8)
  call void @pi(i64 %b)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_dict_set: {{.+}}
  %c = call i64 @rt_dict_set(i64 u0x7fff12345671, i64 8, i64 8)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_dict_set: {{.+}}
  %d = call i64 @rt_dict_new(i64 0)
  %e = call i64 @rt_dict_set(i64 %d, i64 u0x7fff12345674, i64 8)
  call void @pi(i64 %e)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_dict_set: {{.+}}
  %f = call i64 @rt_dict_set(i64 %d, i64 8, i64 u0x7fff12345671)
  call void @pi(i64 %f)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_dict_set: {{.+}}
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 0
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
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_set(i64, i64, i64)
