; Test that rt_error_code gives the documented code for each kind of bad input: 1 bad value, 2 wrong kind, 3 out of range, 4 bad argument, 5 int overflow, 7 bad state.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_len(i64 u0x7fff12345671)
  call void @err()
; CHECK: error 1: rt_array_len: {{.+}}
  %b = call i64 @rt_array_len(i64 3)
  call void @err()
; CHECK-NEXT: error 2: rt_array_len: {{.+}}
  %arr = call i64 @rt_array_new(i64 0)
  %c = call i64 @rt_array_get(i64 %arr, i64 0)
  call void @err()
; CHECK-NEXT: error 3: rt_array_get: {{.+}}
  %d = call i64 @rt_array_new(i64 -1)
  call void @err()
; CHECK-NEXT: error 4: rt_array_new: {{.+}}
  %e = call i64 @rt_value_int(i64 -9223372036854775808)
  call void @err()
; CHECK-NEXT: error 5: rt_value_int: {{.+}}
  call void @rt_gc_enable()
  call void @err()
; CHECK-NEXT: error 7: rt_gc_enable: {{.+}}
  ret i32 0
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
declare void @rt_gc_enable()
declare i64 @rt_array_new(i64)
declare i64 @rt_array_len(i64)
declare i64 @rt_array_get(i64, i64)
