; Test that rt_enum_new makes an enum value whose id, discriminant and payload read back, the payload kept as a heap value.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@some = private constant [4 x i8] c"some"

define i32 @main() {
  %s = call i64 @rt_string_new(ptr @some, i64 4)
  %e = call i64 @rt_enum_new(i64 12, i64 3, i64 %s)
  %id = call i64 @rt_enum_id(i64 %e)
  call void @pi(i64 %id)
; CHECK: 12
  %d = call i64 @rt_enum_discriminant(i64 %e)
  call void @pi(i64 %d)
; CHECK-NEXT: 3
  %p = call i64 @rt_enum_payload(i64 %e)
  call void @rt_println_value(i64 %p)
; CHECK-NEXT: some
  ; discriminant 0 with a nil payload
  %none = call i64 @rt_enum_new(i64 12, i64 0, i64 3)
  %d0 = call i64 @rt_enum_discriminant(i64 %none)
  call void @pi(i64 %d0)
; CHECK-NEXT: 0
  %p0 = call i64 @rt_enum_payload(i64 %none)
  call void @rt_println_value(i64 %p0)
; CHECK-NEXT: nil
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
declare i64 @rt_enum_new(i64, i64, i64)
declare i64 @rt_enum_discriminant(i64)
declare i64 @rt_enum_payload(i64)
declare i64 @rt_enum_id(i64)
