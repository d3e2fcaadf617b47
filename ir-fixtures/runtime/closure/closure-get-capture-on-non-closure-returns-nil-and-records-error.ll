; Test that rt_closure_get_capture on a non-closure or garbage returns nil and records an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %o = call i64 @rt_object_new(i64 1, i64 1)
  %a = call i64 @rt_closure_get_capture(i64 %o, i64 0)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 2: rt_closure_get_capture: {{.+}}
  %b = call i64 @rt_closure_get_capture(i64 u0x7fff12345671, i64 0)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_closure_get_capture: {{.+}}
  %c = call i64 @rt_closure_set_capture(i64 40, i64 0, i64 8)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_closure_set_capture: {{.+}}
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
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_closure_set_capture(i64, i64, i64)
declare i64 @rt_closure_get_capture(i64, i64)
