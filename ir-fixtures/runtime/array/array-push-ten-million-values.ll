; Test that an array takes 10 million pushes, keeping its length and elements.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
entry:
  %a = call i64 @rt_array_new(i64 0)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %v = shl i64 %i, 3
  call i64 @rt_array_push(i64 %a, i64 %v)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 10000000
  br i1 %done, label %out, label %loop
out:
  %len = call i64 @rt_array_len(i64 %a)
  call void @pi(i64 %len)
; CHECK: 10000000
  %e0 = call i64 @rt_array_get(i64 %a, i64 0)
  call void @rt_println_value(i64 %e0)
; CHECK-NEXT: 0
  %e1 = call i64 @rt_array_get(i64 %a, i64 1234567)
  call void @rt_println_value(i64 %e1)
; CHECK-NEXT: 1234567
  %e2 = call i64 @rt_array_get(i64 %a, i64 9999999)
  call void @rt_println_value(i64 %e2)
; CHECK-NEXT: 9999999
  %e3 = call i64 @rt_array_get(i64 %a, i64 -10000000)
  call void @rt_println_value(i64 %e3)
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_len(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
