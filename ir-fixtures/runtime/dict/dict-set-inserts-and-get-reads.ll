; Test that rt_dict_set inserts or overwrites (returning 1), rt_dict_get reads, and a missing key gives nil without an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@k = private constant [3 x i8] c"key"

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 0)
  %key = call i64 @rt_string_new(ptr @k, i64 3)
  %r1 = call i64 @rt_dict_set(i64 %d, i64 %key, i64 8)
  call void @pi(i64 %r1)
; CHECK: 1
  %r2 = call i64 @rt_dict_set(i64 %d, i64 16, i64 %key)
  %g1 = call i64 @rt_dict_get(i64 %d, i64 %key)
  call void @rt_println_value(i64 %g1)
; CHECK-NEXT: 1
  %g2 = call i64 @rt_dict_get(i64 %d, i64 16)
  call void @rt_println_value(i64 %g2)
; CHECK-NEXT: key
  %r3 = call i64 @rt_dict_set(i64 %d, i64 %key, i64 80)
  call void @pi(i64 %r3)
; CHECK-NEXT: 1
  %g3 = call i64 @rt_dict_get(i64 %d, i64 %key)
  call void @rt_println_value(i64 %g3)
; CHECK-NEXT: 10
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 2
  %g4 = call i64 @rt_dict_get(i64 %d, i64 24)
  call void @rt_println_value(i64 %g4)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 0:
  ; nil is a key like any other
  call i64 @rt_dict_set(i64 %d, i64 3, i64 11)
  %g5 = call i64 @rt_dict_get(i64 %d, i64 3)
  call void @rt_println_value(i64 %g5)
; CHECK-NEXT: true
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
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
