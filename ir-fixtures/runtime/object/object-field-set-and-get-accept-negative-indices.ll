; Test that rt_object_field_set and rt_object_field_get replace and read fields, negative indices counting from the end.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@name = private constant [4 x i8] c"name"

define i32 @main() {
  %o = call i64 @rt_object_new(i64 7, i64 2)
  %s = call i64 @rt_string_new(ptr @name, i64 4)
  %r1 = call i64 @rt_object_field_set(i64 %o, i64 0, i64 %s)
  %r2 = call i64 @rt_object_field_set(i64 %o, i64 -1, i64 160)
  %r = add i64 %r1, %r2
  call void @pi(i64 %r)
; CHECK: 2
  %f0 = call i64 @rt_object_field_get(i64 %o, i64 -2)
  call void @rt_println_value(i64 %f0)
; CHECK-NEXT: name
  %f1 = call i64 @rt_object_field_get(i64 %o, i64 1)
  call void @rt_println_value(i64 %f1)
; CHECK-NEXT: 20
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_object_field_get(i64, i64)
declare i64 @rt_object_field_set(i64, i64, i64)
