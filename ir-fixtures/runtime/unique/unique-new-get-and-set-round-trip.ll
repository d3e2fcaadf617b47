; Test that rt_unique_new boxes a value, rt_unique_get reads it and rt_unique_set replaces it, returning the bool value true (not the old value).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %u = call i64 @rt_unique_new(i64 40)
  %g = call i64 @rt_unique_get(i64 %u)
  call void @rt_println_value(i64 %g)
; CHECK: 5
  %s = call i64 @rt_unique_set(i64 %u, i64 56)
  call void @rt_println_value(i64 %s)
; CHECK-NEXT: true
  call void @pi(i64 %s)
; CHECK-NEXT: 11
  %g2 = call i64 @rt_unique_get(i64 %u)
  call void @rt_println_value(i64 %g2)
; CHECK-NEXT: 7
  ; a box may hold nil
  %n = call i64 @rt_unique_new(i64 3)
  %gn = call i64 @rt_unique_get(i64 %n)
  call void @rt_println_value(i64 %gn)
; CHECK-NEXT: nil
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
declare i64 @rt_unique_new(i64)
declare i64 @rt_unique_get(i64)
declare i64 @rt_unique_set(i64, i64)
