; Test that rt_object_new makes an object of a class id with nil fields, zero fields allowed, read back by rt_object_class_id and rt_object_field_count.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %o = call i64 @rt_object_new(i64 42, i64 3)
  %c = call i64 @rt_object_class_id(i64 %o)
  call void @pi(i64 %c)
; CHECK: 42
  %n = call i64 @rt_object_field_count(i64 %o)
  call void @pi(i64 %n)
; CHECK-NEXT: 3
  %f = call i64 @rt_object_field_get(i64 %o, i64 2)
  call void @rt_println_value(i64 %f)
; CHECK-NEXT: nil
  %z = call i64 @rt_object_new(i64 0, i64 0)
  %zc = call i64 @rt_object_class_id(i64 %z)
  call void @pi(i64 %zc)
; CHECK-NEXT: 0
  %zn = call i64 @rt_object_field_count(i64 %z)
  call void @pi(i64 %zn)
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
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_object_field_get(i64, i64)
declare i64 @rt_object_class_id(i64)
declare i64 @rt_object_field_count(i64)
