; Test that rt_tuple_new makes a fixed-length tuple of nils (length 0 allowed) and rt_tuple_len reports its length.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %t = call i64 @rt_tuple_new(i64 3)
  %l = call i64 @rt_tuple_len(i64 %t)
  call void @pi(i64 %l)
; CHECK: 3
  %e = call i64 @rt_tuple_get(i64 %t, i64 1)
  call void @rt_println_value(i64 %e)
; CHECK-NEXT: nil
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: (nil, nil, nil)
  %z = call i64 @rt_tuple_new(i64 0)
  %zl = call i64 @rt_tuple_len(i64 %z)
  call void @pi(i64 %zl)
; CHECK-NEXT: 0
  call void @rt_println_value(i64 %z)
; CHECK-NEXT: ()
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
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_len(i64)
declare i64 @rt_tuple_get(i64, i64)
