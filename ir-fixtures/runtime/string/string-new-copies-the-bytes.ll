; Test that rt_string_new copies its bytes (later changes to the source do not show), takes embedded NULs, and accepts a null pointer with length 0.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@src = global [5 x i8] c"hello"

define i32 @main() {
  %s = call i64 @rt_string_new(ptr @src, i64 5)
  store i8 74, ptr @src
  call void @rt_println_value(i64 %s)
; CHECK: hello
  call void @rt_println_str(ptr @src, i64 5)
; CHECK-NEXT: Jello
  %e = call i64 @rt_string_new(ptr null, i64 0)
  %el = call i64 @rt_string_len(i64 %e)
  call void @pi(i64 %el)
; CHECK-NEXT: 0
  %tn = call i64 @rt_value_type_name(i64 %e)
  call void @rt_println_value(i64 %tn)
; CHECK-NEXT: string
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
declare i64 @rt_value_type_name(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare void @rt_println_str(ptr, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
