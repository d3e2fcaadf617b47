; Test that rt_unique_needs_trace returns the bool value true while the box holds a heap value and false for an int, nil or float (as Simple's runtime does), following rt_unique_set; false and an error for a non-unique.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %u = call i64 @rt_unique_new(i64 40)
  %a = call i64 @rt_unique_needs_trace(i64 %u)
  call void @rt_println_value(i64 %a)
; CHECK: false
  %arr = call i64 @rt_array_new(i64 0)
  call i64 @rt_unique_set(i64 %u, i64 %arr)
  %b = call i64 @rt_unique_needs_trace(i64 %u)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: true
  call i64 @rt_unique_set(i64 %u, i64 3)
  %c = call i64 @rt_unique_needs_trace(i64 %u)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: false
  %f = call i64 @rt_value_float(double 1.5)
  call i64 @rt_unique_set(i64 %u, i64 %f)
  %d = call i64 @rt_unique_needs_trace(i64 %u)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error 0:
  %e = call i64 @rt_unique_needs_trace(i64 %arr)
  call void @rt_println_value(i64 %e)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error 2: rt_unique_needs_trace: {{.+}}
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
declare i64 @rt_value_float(double)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_unique_new(i64)
declare i64 @rt_unique_set(i64, i64)
declare i64 @rt_unique_needs_trace(i64)
declare i64 @rt_array_new(i64)
