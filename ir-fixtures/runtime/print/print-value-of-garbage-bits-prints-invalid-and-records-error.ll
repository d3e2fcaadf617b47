; Test that rt_print_value prints <invalid> for bits that are no value and records a bad-value error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  call void @rt_println_value(i64 u0x7fff12345671)
; CHECK: <invalid>
  call void @err()
; CHECK-NEXT: error 1: rt_println_value: {{.+}}
  call void @rt_print_value(i64 7)
  call void @rt_println_str(ptr null, i64 0)
; CHECK-NEXT: <invalid>
  call void @err()
; CHECK-NEXT: error 1: rt_print_value: {{.+}}
  ret i32 0
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
