; Test that rt_value_bool gives true (0xB) for any non-zero integer and false (0x13) for 0, and rt_value_as_bool reads them back.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %t = call i64 @rt_value_bool(i64 1)
  call void @pi(i64 %t)
; CHECK: 11
  %f = call i64 @rt_value_bool(i64 0)
  call void @pi(i64 %f)
; CHECK-NEXT: 19
  %t2 = call i64 @rt_value_bool(i64 -7)
  call void @rt_println_value(i64 %t2)
; CHECK-NEXT: true
  call void @rt_println_value(i64 %f)
; CHECK-NEXT: false
  %bt = call i64 @rt_value_as_bool(i64 %t)
  call void @pi(i64 %bt)
; CHECK-NEXT: 1
  %bf = call i64 @rt_value_as_bool(i64 %f)
  call void @pi(i64 %bf)
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
declare i64 @rt_value_bool(i64)
declare i64 @rt_value_as_bool(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
