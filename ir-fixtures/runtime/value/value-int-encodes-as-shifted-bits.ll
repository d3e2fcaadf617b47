; Test that rt_value_int encodes an integer as its value shifted left by 3 (tag 0), across the whole 61-bit range.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  ; The raw bits of int 5 are 0x28 = 40; of -1 they are -8.
  %five = call i64 @rt_value_int(i64 5)
  call void @raw(i64 %five)
; CHECK: 40
  call void @rt_println_value(i64 %five)
; CHECK-NEXT: 5
  %m1 = call i64 @rt_value_int(i64 -1)
  call void @raw(i64 %m1)
; CHECK-NEXT: -8
  call void @rt_println_value(i64 %m1)
; CHECK-NEXT: -1
  ; The extremes of the 61-bit range, 2^60-1 and -2^60, are ints.
  %max = call i64 @rt_value_int(i64 1152921504606846975)
  call void @rt_println_value(i64 %max)
; CHECK-NEXT: 1152921504606846975
  %min = call i64 @rt_value_int(i64 -1152921504606846976)
  call void @rt_println_value(i64 %min)
; CHECK-NEXT: -1152921504606846976
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

; Prints the raw bits of a value as a (small enough) int.
define internal void @raw(i64 %bits) {
  %v = shl i64 %bits, 3
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
