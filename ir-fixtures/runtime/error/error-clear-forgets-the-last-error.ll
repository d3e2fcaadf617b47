; Test that rt_error_clear resets the code to 0 and the message to an empty string.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %x = call i64 @rt_array_len(i64 8)
  %c = call i64 @rt_error_code()
  call void @pi(i64 %c)
; CHECK: 2
  call void @rt_error_clear()
  %c2 = call i64 @rt_error_code()
  call void @pi(i64 %c2)
; CHECK-NEXT: 0
  %m = call i64 @rt_error_message()
  %len = call i64 @rt_string_len(i64 %m)
  call void @pi(i64 %len)
; CHECK-NEXT: 0
  ; Clearing with nothing recorded is harmless.
  call void @rt_error_clear()
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
declare i64 @rt_array_len(i64)
declare i64 @rt_string_len(i64)
