; Test that rt_value_eq compares numbers by exact value (0 == 0.0 == -0.0; 2^53+1 != 2^53 as a float) with consistent hashes, and that a NaN key is found by the same bits in a dict.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %z = call i64 @rt_value_float(double 0.0)
  %nz = call i64 @rt_value_float(double -0.0)
  %e1 = call i64 @rt_value_eq(i64 %z, i64 %nz)
  call void @pi(i64 %e1)
; CHECK: 1
  %e2 = call i64 @rt_value_eq(i64 0, i64 %nz)
  call void @pi(i64 %e2)
; CHECK-NEXT: 1
  %h0 = call i64 @rt_value_hash(i64 0)
  %hnz = call i64 @rt_value_hash(i64 %nz)
  %hz = call i64 @rt_value_hash(i64 %z)
  %s1 = icmp eq i64 %h0, %hnz
  %s2 = icmp eq i64 %h0, %hz
  %s = and i1 %s1, %s2
  %sv = zext i1 %s to i64
  call void @pi(i64 %sv)
; CHECK-NEXT: 1
  ; the int 2^53+1 is not the float 2^53 (converting the int to double would say it is)
  %big = call i64 @rt_value_int(i64 9007199254740993)
  %bf = call i64 @rt_value_float(double 9007199254740992.0)
  %e3 = call i64 @rt_value_eq(i64 %big, i64 %bf)
  call void @pi(i64 %e3)
; CHECK-NEXT: 0
  ; the largest int, 2^60-1, is not the float 2^60
  %max = call i64 @rt_value_int(i64 1152921504606846975)
  %f60 = call i64 @rt_value_float(double 1152921504606846976.0)
  %e4 = call i64 @rt_value_eq(i64 %max, i64 %f60)
  call void @pi(i64 %e4)
; CHECK-NEXT: 0
  ; a dict keyed by int 0 finds -0.0; a NaN key is found by its own bits
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 0, i64 8)
  %g1 = call i64 @rt_dict_get(i64 %d, i64 %nz)
  call void @rt_println_value(i64 %g1)
; CHECK-NEXT: 1
  %nan = call i64 @rt_value_float(double 0x7FF8000000000000)
  call i64 @rt_dict_set(i64 %d, i64 %nan, i64 16)
  %g2 = call i64 @rt_dict_get(i64 %d, i64 %nan)
  call void @rt_println_value(i64 %g2)
; CHECK-NEXT: 2
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
declare i64 @rt_value_float(double)
declare i64 @rt_value_eq(i64, i64)
declare i64 @rt_value_hash(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
