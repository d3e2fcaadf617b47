; Test that rt_array_pop removes and returns the last element, and returns nil without an error once the array is empty.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 16)
  %p1 = call i64 @rt_array_pop(i64 %a)
  call void @rt_println_value(i64 %p1)
; CHECK: 2
  %p2 = call i64 @rt_array_pop(i64 %a)
  call void @rt_println_value(i64 %p2)
; CHECK-NEXT: 1
  %p3 = call i64 @rt_array_pop(i64 %a)
  call void @rt_println_value(i64 %p3)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 0:
  %l = call i64 @rt_array_len(i64 %a)
  call void @pi(i64 %l)
; CHECK-NEXT: 0
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
declare i64 @rt_array_len(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_pop(i64)
