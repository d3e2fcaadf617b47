; Test that rt_string_concat returns a new string of a's bytes followed by b's, with empty strings as identity.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@foo = private constant [3 x i8] c"foo"
@bar = private constant [4 x i8] c"bar!"

define i32 @main() {
  %a = call i64 @rt_string_new(ptr @foo, i64 3)
  %b = call i64 @rt_string_new(ptr @bar, i64 4)
  %c = call i64 @rt_string_concat(i64 %a, i64 %b)
  call void @rt_println_value(i64 %c)
; CHECK: foobar!
  %l = call i64 @rt_string_len(i64 %c)
  call void @pi(i64 %l)
; CHECK-NEXT: 7
  %e = call i64 @rt_string_new(ptr null, i64 0)
  %d = call i64 @rt_string_concat(i64 %e, i64 %a)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: foo
  %f = call i64 @rt_string_concat(i64 %a, i64 %a)
  call void @rt_println_value(i64 %f)
; CHECK-NEXT: foofoo
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: foo
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_concat(i64, i64)
