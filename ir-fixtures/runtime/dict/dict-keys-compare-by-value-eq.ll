; Test that dict keys compare by rt_value_eq: 1 and 1.0 are one key (the first key stays), equal strings and tuples are one key, distinct arrays are two.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@x = private constant [1 x i8] c"x"

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 0)
  %onef = call i64 @rt_value_float(double 1.0)
  call i64 @rt_dict_set(i64 %d, i64 8, i64 8)
  call i64 @rt_dict_set(i64 %d, i64 %onef, i64 16)
  call void @rt_println_value(i64 %d)
; CHECK: {1: 2}
  %s1 = call i64 @rt_string_new(ptr @x, i64 1)
  %s2 = call i64 @rt_string_new(ptr @x, i64 1)
  call i64 @rt_dict_set(i64 %d, i64 %s1, i64 24)
  %g = call i64 @rt_dict_get(i64 %d, i64 %s2)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: 3
  %t1 = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t1, i64 0, i64 %s1)
  %t2 = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t2, i64 0, i64 %s2)
  call i64 @rt_dict_set(i64 %d, i64 %t1, i64 32)
  %gt = call i64 @rt_dict_get(i64 %d, i64 %t2)
  call void @rt_println_value(i64 %gt)
; CHECK-NEXT: 4
  %a1 = call i64 @rt_array_new(i64 0)
  %a2 = call i64 @rt_array_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 %a1, i64 40)
  %ga = call i64 @rt_dict_get(i64 %d, i64 %a2)
  call void @rt_println_value(i64 %ga)
; CHECK-NEXT: nil
  call i64 @rt_dict_set(i64 %d, i64 %a2, i64 48)
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 5
  %ga1 = call i64 @rt_dict_get(i64 %d, i64 %a1)
  call void @rt_println_value(i64 %ga1)
; CHECK-NEXT: 5
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
declare i64 @rt_value_float(double)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
