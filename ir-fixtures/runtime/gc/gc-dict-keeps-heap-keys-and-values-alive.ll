; Test that a dict keeps its heap keys (strings, tuples) and heap values (arrays, strings) alive through 200 collections, and lookups by equal copies still find them.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare i32 @snprintf(ptr, i64, ptr, ...)
@fmt = private constant [9 x i8] c"key-%lld\00"

define internal i64 @key(i64 %n) {
  %buf = alloca [32 x i8]
  %len = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 32, ptr @fmt, i64 %n)
  %l = sext i32 %len to i64
  %s = call i64 @rt_string_new(ptr %buf, i64 %l)
  ret i64 %s
}

; Fills the dict from a separate frame: main only holds the dict itself.
define internal void @fill(i64 %d) noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %k = call i64 @key(i64 %i)
  %v = call i64 @rt_array_new(i64 2)
  %iv = shl i64 %i, 3
  call i64 @rt_array_push(i64 %v, i64 %iv)
  %k2 = call i64 @key(i64 %i)
  call i64 @rt_array_push(i64 %v, i64 %k2)
  call i64 @rt_dict_set(i64 %d, i64 %k, i64 %v)
  ; a tuple key (i, "key-i") -> string "key-i"
  %t = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %iv)
  call i64 @rt_tuple_set(i64 %t, i64 1, i64 %k2)
  %k3 = call i64 @key(i64 %i)
  call i64 @rt_dict_set(i64 %d, i64 %t, i64 %k3)
  %n = add i64 %i, 1
  %done = icmp eq i64 %n, 500
  br i1 %done, label %out, label %loop
out:
  ret void
}

define internal void @churn() noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %g = call i64 @key(i64 %i)
  %h = call i64 @rt_dict_new(i64 16)
  call i64 @rt_dict_set(i64 %h, i64 %g, i64 %g)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 200
  br i1 %d, label %out, label %loop
out:
  ret void
}

define i32 @main() {
entry:
  %d = call i64 @rt_dict_new(i64 0)
  call void @fill(i64 %d)
  call void @churn()
  br label %check
check:
  %i = phi i64 [ 0, %entry ], [ %n, %check ]
  %sum = phi i64 [ 0, %entry ], [ %sum3, %check ]
  %k = call i64 @key(i64 %i)
  %v = call i64 @rt_dict_get(i64 %d, i64 %k)
  %e0 = call i64 @rt_array_get(i64 %v, i64 0)
  %e0i = call i64 @rt_value_as_int(i64 %e0)
  %e1 = call i64 @rt_array_get(i64 %v, i64 1)
  %same = call i64 @rt_string_eq(i64 %e1, i64 %k)
  %sum2 = add i64 %sum, %e0i
  %t = call i64 @rt_tuple_new(i64 2)
  %iv = shl i64 %i, 3
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %iv)
  call i64 @rt_tuple_set(i64 %t, i64 1, i64 %k)
  %tv = call i64 @rt_dict_get(i64 %d, i64 %t)
  %tl = call i64 @rt_string_len(i64 %tv)
  %part = add i64 %same, %tl
  %sum3 = add i64 %sum2, %part
  %n = add i64 %i, 1
  %done = icmp eq i64 %n, 500
  br i1 %done, label %out, label %check
out:
  ; sum of i (124750) + 500 matches + the lengths of "key-0".."key-499" (10*5 + 90*6 + 400*7 = 3390)
  call void @pi(i64 %sum3)
; CHECK: 128640
  %len = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %len)
; CHECK-NEXT: 1000
  %keys = call i64 @rt_dict_keys(i64 %d)
  %k0 = call i64 @rt_array_get(i64 %keys, i64 0)
  call void @rt_println_value(i64 %k0)
; CHECK-NEXT: key-0
  %k1 = call i64 @rt_array_get(i64 %keys, i64 -1)
  call void @rt_println_value(i64 %k1)
; CHECK-NEXT: (499, "key-499")
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
declare i64 @rt_value_as_int(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare void @rt_gc_collect()
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_eq(i64, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_keys(i64)
