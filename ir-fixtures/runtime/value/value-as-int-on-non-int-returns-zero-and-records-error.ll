; Test that rt_value_as_int returns 0 and records an error for nil, a float, a string and garbage bits.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@s = private constant [2 x i8] c"42"

define i32 @main() {
  %a = call i64 @rt_value_as_int(i64 3)
  call void @pi(i64 %a)
; CHECK: 0
  call void @err()
; CHECK-NEXT: error 2: rt_value_as_int: {{.+}}
  %f = call i64 @rt_value_float(double 2.0)
  %b = call i64 @rt_value_as_int(i64 %f)
  call void @pi(i64 %b)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_value_as_int: {{.+}}
  %str = call i64 @rt_string_new(ptr @s, i64 2)
  %c = call i64 @rt_value_as_int(i64 %str)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_value_as_int: {{.+}}
  ; A heap tag on an address that is no runtime object.
  %d = call i64 @rt_value_as_int(i64 u0x7fff12345671)
  call void @pi(i64 %d)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_value_as_int: {{.+}}
  ; Tag 6.
  %e = call i64 @rt_value_as_int(i64 u0x7fff12345676)
  call void @pi(i64 %e)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_value_as_int: {{.+}}
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
declare i64 @rt_value_as_int(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_string_new(ptr, i64)
