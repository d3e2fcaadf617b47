; Test that rt_value_hash gives equal hashes to equal values: an integral float and its int, strings with the same bytes, equal tuples.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@hello = private constant [5 x i8] c"hello"

define i32 @main() {
  %i = call i64 @rt_value_int(i64 7)
  %f = call i64 @rt_value_float(double 7.0)
  call void @same(i64 %i, i64 %f)
; CHECK: 1
  %s1 = call i64 @rt_string_new(ptr @hello, i64 5)
  %s2 = call i64 @rt_string_new(ptr @hello, i64 5)
  call void @same(i64 %s1, i64 %s2)
; CHECK-NEXT: 1
  %t1 = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t1, i64 0, i64 %i)
  call i64 @rt_tuple_set(i64 %t1, i64 1, i64 %s1)
  %t2 = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t2, i64 0, i64 %f)
  call i64 @rt_tuple_set(i64 %t2, i64 1, i64 %s2)
  call void @same(i64 %t1, i64 %t2)
; CHECK-NEXT: 1
  ; the same array hashes the same twice
  %arr = call i64 @rt_array_new(i64 1)
  call void @same(i64 %arr, i64 %arr)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

define internal void @same(i64 %a, i64 %b) {
  %ha = call i64 @rt_value_hash(i64 %a)
  %hb = call i64 @rt_value_hash(i64 %b)
  %e = icmp eq i64 %ha, %hb
  %ev = zext i1 %e to i64
  call void @pi(i64 %ev)
  ret void
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
declare i64 @rt_value_hash(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
