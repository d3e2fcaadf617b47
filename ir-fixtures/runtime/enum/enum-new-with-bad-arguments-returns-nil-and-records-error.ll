; Test that rt_enum_new with a negative enum id or discriminant, or a payload that is no value, returns nil and records an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_enum_new(i64 -1, i64 0, i64 3)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 4: rt_enum_new: {{.+}}
  %b = call i64 @rt_enum_new(i64 1, i64 -1, i64 3)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 4: rt_enum_new: {{.+}}
  %c = call i64 @rt_enum_new(i64 1, i64 0, i64 u0x7fff12345671)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_enum_new: {{.+}}
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
declare i64 @rt_enum_new(i64, i64, i64)
