; Test that rt_value_int refuses an integer outside the 61-bit range with nil and an int-overflow error, never truncating.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  ; 2^60 is one past the largest int.
  %a = call i64 @rt_value_int(i64 1152921504606846976)
  call void @pi(i64 %a)
; CHECK: 3
  call void @err()
; CHECK-NEXT: error 5: rt_value_int: {{.+}}
  ; -2^60-1 is one below the smallest.
  %b = call i64 @rt_value_int(i64 -1152921504606846977)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 5: rt_value_int: {{.+}}
  %c = call i64 @rt_value_int(i64 9223372036854775807)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 5: rt_value_int: {{.+}}
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
