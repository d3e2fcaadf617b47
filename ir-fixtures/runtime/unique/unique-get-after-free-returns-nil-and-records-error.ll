; Test that after rt_unique_free the handle is invalid: get returns nil, set false, needs_trace false, a second free 0, each recording an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %arr = call i64 @rt_array_new(i64 0)
  %u = call i64 @rt_unique_new(i64 %arr)
  %f = call i64 @rt_unique_free(i64 %u)
  call void @pi(i64 %f)
; CHECK: 1
  call void @err()
; CHECK-NEXT: error 0:
  %g = call i64 @rt_unique_get(i64 %u)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error {{[12]}}: rt_unique_get: {{.+}}
  %s = call i64 @rt_unique_set(i64 %u, i64 8)
  call void @rt_println_value(i64 %s)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error {{[12]}}: rt_unique_set: {{.+}}
  %t = call i64 @rt_unique_needs_trace(i64 %u)
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: false
  call void @err()
; CHECK-NEXT: error {{[12]}}: rt_unique_needs_trace: {{.+}}
  %f2 = call i64 @rt_unique_free(i64 %u)
  call void @pi(i64 %f2)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error {{[12]}}: rt_unique_free: {{.+}}
  ; the array itself is still fine
  %l = call i64 @rt_array_len(i64 %arr)
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
declare i64 @rt_unique_new(i64)
declare i64 @rt_unique_get(i64)
declare i64 @rt_unique_set(i64, i64)
declare i64 @rt_unique_needs_trace(i64)
declare i64 @rt_unique_free(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_len(i64)
