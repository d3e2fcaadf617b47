; Test that arrays, strings and dicts held only in a JIT-compiled function's locals and registers survive 200 collections with garbage allocated in between.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s
; RUN: %simple-jit -O0 %s | FileCheck --match-full-lines %s
; RUN: %simple-jit -O3 %s | FileCheck --match-full-lines %s

@hello = private constant [11 x i8] c"hello world"

define i32 @main() {
entry:
  ; an array of 1000 ints and 1000 strings, a string, a dict of 100 string keys
  %arr = call i64 @rt_array_new(i64 0)
  %str = call i64 @rt_string_new(ptr @hello, i64 11)
  %dict = call i64 @rt_dict_new(i64 0)
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %in, %fill ]
  %iv = shl i64 %i, 3
  call i64 @rt_array_push(i64 %arr, i64 %iv)
  %piece = call i64 @rt_string_slice(i64 %str, i64 0, i64 5)
  call i64 @rt_array_push(i64 %arr, i64 %piece)
  %in = add i64 %i, 1
  %fd = icmp eq i64 %in, 1000
  br i1 %fd, label %dfill, label %fill
dfill:
  %j = phi i64 [ 0, %fill ], [ %jn, %dfill ]
  %jv = shl i64 %j, 3
  %key = call i64 @rt_to_string(i64 %jv)
  %val = call i64 @rt_string_concat(i64 %key, i64 %str)
  call i64 @rt_dict_set(i64 %dict, i64 %key, i64 %val)
  %jn = add i64 %j, 1
  %jd = icmp eq i64 %jn, 100
  br i1 %jd, label %churn, label %dfill
churn:
  ; 200 collections, each after allocating garbage
  %k = phi i64 [ 0, %dfill ], [ %kn, %churn ]
  %g1 = call i64 @rt_array_new(i64 100)
  call i64 @rt_array_push(i64 %g1, i64 %g1)
  %g2 = call i64 @rt_string_concat(i64 %str, i64 %str)
  %g3 = call i64 @rt_dict_new(i64 8)
  call i64 @rt_dict_set(i64 %g3, i64 %g2, i64 %g1)
  call void @rt_gc_collect()
  %kn = add i64 %k, 1
  %kd = icmp eq i64 %kn, 200
  br i1 %kd, label %check, label %churn
check:
  %n = phi i64 [ 0, %churn ], [ %nn, %check ]
  %sum = phi i64 [ 0, %churn ], [ %sum2, %check ]
  %slen = phi i64 [ 0, %churn ], [ %slen2, %check ]
  %idx = mul i64 %n, 2
  %e = call i64 @rt_array_get(i64 %arr, i64 %idx)
  %ei = call i64 @rt_value_as_int(i64 %e)
  %sum2 = add i64 %sum, %ei
  %idx1 = add i64 %idx, 1
  %p = call i64 @rt_array_get(i64 %arr, i64 %idx1)
  %pl = call i64 @rt_string_len(i64 %p)
  %slen2 = add i64 %slen, %pl
  %nn = add i64 %n, 1
  %nd = icmp eq i64 %nn, 1000
  br i1 %nd, label %report, label %check
report:
  call void @pi(i64 %sum2)
; CHECK: 499500
  call void @pi(i64 %slen2)
; CHECK-NEXT: 5000
  %last = call i64 @rt_array_get(i64 %arr, i64 -1)
  call void @rt_println_value(i64 %last)
; CHECK-NEXT: hello
  call void @rt_println_value(i64 %str)
; CHECK-NEXT: hello world
  %dl = call i64 @rt_dict_len(i64 %dict)
  call void @pi(i64 %dl)
; CHECK-NEXT: 100
  %k77 = call i64 @rt_to_string(i64 616)
  %v77 = call i64 @rt_dict_get(i64 %dict, i64 %k77)
  call void @rt_println_value(i64 %v77)
; CHECK-NEXT: 77hello world
  %collections = call i64 @rt_gc_stats(i64 2)
  %enough = icmp sge i64 %collections, 200
  %ev = zext i1 %enough to i64
  call void @pi(i64 %ev)
; CHECK-NEXT: 1
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
declare i64 @rt_gc_stats(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_concat(i64, i64)
declare i64 @rt_string_slice(i64, i64, i64)
declare i64 @rt_to_string(i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
