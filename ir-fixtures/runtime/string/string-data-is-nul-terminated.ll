; Test that rt_string_data points at the string's bytes followed by a NUL, usable from C (strlen, puts-style printing).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@src = private constant [6 x i8] c"simple"
declare i64 @strlen(ptr)

define i32 @main() {
  %s = call i64 @rt_string_new(ptr @src, i64 6)
  %p = call ptr @rt_string_data(i64 %s)
  %n = call i64 @strlen(ptr %p)
  call void @pi(i64 %n)
; CHECK: 6
  call void @rt_println_str(ptr %p, i64 %n)
; CHECK-NEXT: simple
  %e = call i64 @rt_string_new(ptr null, i64 0)
  %ep = call ptr @rt_string_data(i64 %e)
  %nonnull = icmp ne ptr %ep, null
  %nn = zext i1 %nonnull to i64
  call void @pi(i64 %nn)
; CHECK-NEXT: 1
  %b = load i8, ptr %ep
  %bv = zext i8 %b to i64
  call void @pi(i64 %bv)
; CHECK-NEXT: 0
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
declare void @rt_println_str(ptr, i64)
declare i64 @rt_string_new(ptr, i64)
declare ptr @rt_string_data(i64)
