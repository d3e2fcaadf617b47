; Test that rt_enum_discriminant and rt_enum_id on a non-enum or garbage return -1 and record an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_enum_discriminant(i64 40)
  call void @pi(i64 %a)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 2: rt_enum_discriminant: {{.+}}
  %o = call i64 @rt_object_new(i64 1, i64 1)
  %b = call i64 @rt_enum_discriminant(i64 %o)
  call void @pi(i64 %b)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_enum_discriminant: {{.+}}
  %c = call i64 @rt_enum_discriminant(i64 u0x7fff12345671)
  call void @pi(i64 %c)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_enum_discriminant: {{.+}}
  %d = call i64 @rt_enum_id(i64 %o)
  call void @pi(i64 %d)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_enum_id: {{.+}}
  %e = call i64 @rt_enum_id(i64 u0x7fff12345674)
  call void @pi(i64 %e)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_enum_id: {{.+}}
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
declare i64 @rt_enum_discriminant(i64)
declare i64 @rt_enum_id(i64)
