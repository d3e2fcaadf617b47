; Test that rt_object_field_get and rt_object_field_set out of range return nil / 0 and record an out-of-range error, also on an object with no fields.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %o = call i64 @rt_object_new(i64 1, i64 2)
  %a = call i64 @rt_object_field_get(i64 %o, i64 2)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 3: rt_object_field_get: {{.+}}
  %b = call i64 @rt_object_field_get(i64 %o, i64 -3)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_object_field_get: {{.+}}
  %z = call i64 @rt_object_new(i64 1, i64 0)
  %c = call i64 @rt_object_field_get(i64 %z, i64 0)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 3: rt_object_field_get: {{.+}}
  %d = call i64 @rt_object_field_set(i64 %o, i64 5, i64 8)
  call void @pi(i64 %d)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 3: rt_object_field_set: {{.+}}
  %e = call i64 @rt_object_field_set(i64 %o, i64 0, i64 u0x7fff12345674)
  call void @pi(i64 %e)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_object_field_set: {{.+}}
  %f = call i64 @rt_object_field_get(i64 %o, i64 0)
  call void @rt_println_value(i64 %f)
; CHECK-NEXT: nil
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
declare i64 @rt_object_field_set(i64, i64, i64)
