; Test that rt_value_eq compares ints and floats by number, strings by content, tuples element-wise and other heap values by identity.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@ab = private constant [2 x i8] c"ab"
@ac = private constant [2 x i8] c"ac"

define i32 @main() {
  %one = call i64 @rt_value_int(i64 1)
  %onef = call i64 @rt_value_float(double 1.0)
  %onehalf = call i64 @rt_value_float(double 1.5)
  ; 1 == 1.0, 1.0 == 1, 1 != 1.5, 1 != true
  call void @eq(i64 %one, i64 %onef)
  call void @eq(i64 %onef, i64 %one)
  call void @eq(i64 %one, i64 %onehalf)
  call void @eq(i64 %one, i64 11)
; CHECK: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 0
; CHECK-NEXT: 0
  ; nil == nil; identical NaN bits are equal
  call void @eq(i64 3, i64 3)
  %nan = call i64 @rt_value_float(double 0x7FF8000000000000)
  call void @eq(i64 %nan, i64 %nan)
; CHECK-NEXT: 1
; CHECK-NEXT: 1
  ; two distinct "ab" strings are equal; "ab" != "ac"
  %s1 = call i64 @rt_string_new(ptr @ab, i64 2)
  %s2 = call i64 @rt_string_new(ptr @ab, i64 2)
  %s3 = call i64 @rt_string_new(ptr @ac, i64 2)
  call void @eq(i64 %s1, i64 %s2)
  call void @eq(i64 %s1, i64 %s3)
; CHECK-NEXT: 1
; CHECK-NEXT: 0
  ; tuples (1, "ab") and (1.0, "ab") are equal element-wise; (1, "ac") differs
  %t1 = call i64 @pair(i64 %one, i64 %s1)
  %t2 = call i64 @pair(i64 %onef, i64 %s2)
  %t3 = call i64 @pair(i64 %one, i64 %s3)
  call void @eq(i64 %t1, i64 %t2)
  call void @eq(i64 %t1, i64 %t3)
; CHECK-NEXT: 1
; CHECK-NEXT: 0
  ; two empty arrays are different objects; an array equals itself
  %a1 = call i64 @rt_array_new(i64 0)
  %a2 = call i64 @rt_array_new(i64 0)
  call void @eq(i64 %a1, i64 %a2)
  call void @eq(i64 %a1, i64 %a1)
; CHECK-NEXT: 0
; CHECK-NEXT: 1
  ; a string never equals an int
  call void @eq(i64 %s1, i64 %one)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

define internal i64 @pair(i64 %a, i64 %b) {
  %t = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %a)
  call i64 @rt_tuple_set(i64 %t, i64 1, i64 %b)
  ret i64 %t
}

define internal void @eq(i64 %a, i64 %b) {
  %r = call i64 @rt_value_eq(i64 %a, i64 %b)
  call void @pi(i64 %r)
  ret void
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
declare i64 @rt_value_eq(i64, i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
