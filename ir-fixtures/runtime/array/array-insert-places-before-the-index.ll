; Test that rt_array_insert inserts before the element at index: 0 at the front, the length appends, -1 before the last element.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 16)
  %r1 = call i64 @rt_array_insert(i64 %a, i64 0, i64 8)
  call void @rt_println_value(i64 %a)
; CHECK: [1, 2]
  %r2 = call i64 @rt_array_insert(i64 %a, i64 2, i64 32)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1, 2, 4]
  %r3 = call i64 @rt_array_insert(i64 %a, i64 -1, i64 24)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1, 2, 3, 4]
  %r4 = call i64 @rt_array_insert(i64 %a, i64 -4, i64 0)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [0, 1, 2, 3, 4]
  %s = add i64 %r1, %r2
  %s2 = add i64 %s, %r3
  %s3 = add i64 %s2, %r4
  call void @pi(i64 %s3)
; CHECK-NEXT: 4
  ; inserting into an empty array at 0
  %e = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_insert(i64 %e, i64 0, i64 3)
  call void @rt_println_value(i64 %e)
; CHECK-NEXT: [nil]
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_insert(i64, i64, i64)
