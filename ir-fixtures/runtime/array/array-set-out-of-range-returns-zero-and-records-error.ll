; Test that rt_array_set out of range (it does not grow the array) or with a garbage value returns 0 and records an error, leaving the array unchanged.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  %s = call i64 @rt_array_set(i64 %a, i64 1, i64 16)
  call void @pi(i64 %s)
; CHECK: 0
  call void @err()
; CHECK-NEXT: error 3: rt_array_set: {{.+}}
  %t = call i64 @rt_array_set(i64 %a, i64 -2, i64 16)
  call void @pi(i64 %t)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 3: rt_array_set: {{.+}}
  %u = call i64 @rt_array_set(i64 %a, i64 0, i64 u0x7fff12345674)
  call void @pi(i64 %u)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_set: {{.+}}
  %v = call i64 @rt_array_set(i64 8, i64 0, i64 8)
  call void @pi(i64 %v)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_array_set: {{.+}}
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1]
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
declare i64 @rt_array_set(i64, i64, i64)
declare i64 @rt_array_push(i64, i64)
