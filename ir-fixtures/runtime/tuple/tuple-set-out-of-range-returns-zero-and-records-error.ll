; Test that rt_tuple_set out of range, with garbage bits or on a non-tuple returns 0 and records an error; rt_tuple_get out of range returns nil.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %t = call i64 @rt_tuple_new(i64 2)
  %a = call i64 @rt_tuple_set(i64 %t, i64 2, i64 8)
  call void @pi(i64 %a)
; CHECK: 0
  call void @err()
; CHECK-NEXT: error 3: rt_tuple_set: {{.+}}
  %b = call i64 @rt_tuple_set(i64 %t, i64 -3, i64 8)
  call void @pi(i64 %b)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 3: rt_tuple_set: {{.+}}
  %c = call i64 @rt_tuple_set(i64 %t, i64 0, i64 u0x7fff12345671)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_tuple_set: {{.+}}
  %d = call i64 @rt_tuple_set(i64 40, i64 0, i64 8)
  call void @pi(i64 %d)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_tuple_set: {{.+}}
  %g = call i64 @rt_tuple_get(i64 %t, i64 5)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_tuple_get: {{.+}}
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: (nil, nil)
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
