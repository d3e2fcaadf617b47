; Test that the object functions given a non-object or garbage return -1 / nil / 0 and record an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_object_class_id(i64 40)
  call void @pi(i64 %a)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 2: rt_object_class_id: {{.+}}
  %c = call i64 @rt_closure_new(ptr null, i64 2)
  %b = call i64 @rt_object_field_count(i64 %c)
  call void @pi(i64 %b)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_object_field_count: {{.+}}
  %d = call i64 @rt_object_field_get(i64 u0x7fff12345671, i64 0)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_object_field_get: {{.+}}
  %e = call i64 @rt_object_field_set(i64 %c, i64 0, i64 8)
  call void @pi(i64 %e)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_object_field_set: {{.+}}
  %f = call i64 @rt_object_class_id(i64 u0x7fff12345677)
  call void @pi(i64 %f)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_object_class_id: {{.+}}
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
declare i64 @rt_object_field_get(i64, i64)
declare i64 @rt_object_field_set(i64, i64, i64)
declare i64 @rt_object_class_id(i64)
declare i64 @rt_object_field_count(i64)
declare i64 @rt_closure_new(ptr, i64)
