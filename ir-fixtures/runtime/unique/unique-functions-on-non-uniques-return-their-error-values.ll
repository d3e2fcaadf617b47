; Test that unique functions given a non-unique or garbage return nil / false / 0 and record an error, and rt_unique_new refuses garbage bits.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_unique_get(i64 40)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 2: rt_unique_get: {{.+}}
  %arr = call i64 @rt_array_new(i64 0)
  %b = call i64 @rt_unique_set(i64 %arr, i64 8)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error 2: rt_unique_set: {{.+}}
  %u = call i64 @rt_unique_new(i64 8)
  %c = call i64 @rt_unique_set(i64 %u, i64 u0x7fff12345674)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error 1: rt_unique_set: {{.+}}
  %g = call i64 @rt_unique_get(i64 %u)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: 1
  %d = call i64 @rt_unique_free(i64 u0x7fff12345671)
  call void @pi(i64 %d)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_unique_free: {{.+}}
  %e = call i64 @rt_unique_new(i64 u0x7fff12345671)
  call void @rt_println_value(i64 %e)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_unique_new: {{.+}}
  %h = call i64 @rt_unique_get(i64 u0x7fff12345676)
  call void @rt_println_value(i64 %h)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_unique_get: {{.+}}
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
declare i64 @rt_unique_new(i64)
declare i64 @rt_unique_get(i64)
declare i64 @rt_unique_set(i64, i64)
declare i64 @rt_unique_free(i64)
declare i64 @rt_array_new(i64)
