; Test that rt_value_nil is 0x3 and rt_value_is_nil answers 1 only for nil, recording no error even for garbage bits.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %n = call i64 @rt_value_nil()
  call void @pi(i64 %n)
; CHECK: 3
  call void @rt_println_value(i64 %n)
; CHECK-NEXT: nil
  %a = call i64 @rt_value_is_nil(i64 %n)
  call void @pi(i64 %a)
; CHECK-NEXT: 1
  ; int 0, false, garbage with tag 4, an unmapped heap pointer
  %b = call i64 @rt_value_is_nil(i64 0)
  call void @pi(i64 %b)
; CHECK-NEXT: 0
  %c = call i64 @rt_value_is_nil(i64 19)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  %d = call i64 @rt_value_is_nil(i64 u0x7fff12345674)
  call void @pi(i64 %d)
; CHECK-NEXT: 0
  %e = call i64 @rt_value_is_nil(i64 u0x7fff12345671)
  call void @pi(i64 %e)
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
declare i64 @rt_value_nil()
declare i64 @rt_value_is_nil(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
