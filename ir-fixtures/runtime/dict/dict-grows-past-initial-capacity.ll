; Test that a dict created with capacity 0 takes 100000 int keys and 1000 string keys, finding each, with removals in between.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare i32 @snprintf(ptr, i64, ptr, ...)
@fmt = private constant [6 x i8] c"k%lld\00"

define i32 @main() {
entry:
  %d = call i64 @rt_dict_new(i64 0)
  br label %ins
ins:
  %i = phi i64 [ 0, %entry ], [ %in, %ins ]
  %k = shl i64 %i, 3
  %v = mul i64 %k, 2
  call i64 @rt_dict_set(i64 %d, i64 %k, i64 %v)
  %in = add i64 %i, 1
  %id = icmp eq i64 %in, 100000
  br i1 %id, label %rm, label %ins
rm:
  ; remove every odd key
  %j = phi i64 [ 1, %ins ], [ %jn, %rm ]
  %kj = shl i64 %j, 3
  call i64 @rt_dict_remove(i64 %d, i64 %kj)
  %jn = add i64 %j, 2
  %jd = icmp sge i64 %jn, 100000
  br i1 %jd, label %check, label %rm
check:
  ; sum the values of every even key, all still present: 2 * (0 + 2 + ... + 99998)
  %m = phi i64 [ 0, %rm ], [ %mn, %check ]
  %sum = phi i64 [ 0, %rm ], [ %sum2, %check ]
  %km = shl i64 %m, 3
  %g = call i64 @rt_dict_get(i64 %d, i64 %km)
  %gi = call i64 @rt_value_as_int(i64 %g)
  %sum2 = add i64 %sum, %gi
  %mn = add i64 %m, 2
  %md = icmp sge i64 %mn, 100000
  br i1 %md, label %strings, label %check
strings:
  call void @pi(i64 %sum2)
; CHECK: 4999900000
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 50000
  %odd = call i64 @rt_dict_get(i64 %d, i64 7992)
  call void @rt_println_value(i64 %odd)
; CHECK-NEXT: nil
  %buf = alloca [32 x i8]
  %s = call i64 @rt_dict_new(i64 0)
  br label %sins
sins:
  %n = phi i64 [ 0, %strings ], [ %nn, %sins ]
  %len = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 32, ptr @fmt, i64 %n)
  %len64 = sext i32 %len to i64
  %key = call i64 @rt_string_new(ptr %buf, i64 %len64)
  %nv = shl i64 %n, 3
  call i64 @rt_dict_set(i64 %s, i64 %key, i64 %nv)
  %nn = add i64 %n, 1
  %nd = icmp eq i64 %nn, 1000
  br i1 %nd, label %slook, label %sins
slook:
  %len2 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 32, ptr @fmt, i64 777)
  %len2_64 = sext i32 %len2 to i64
  %key2 = call i64 @rt_string_new(ptr %buf, i64 %len2_64)
  %g2 = call i64 @rt_dict_get(i64 %s, i64 %key2)
  call void @rt_println_value(i64 %g2)
; CHECK-NEXT: 777
  %sl = call i64 @rt_dict_len(i64 %s)
  call void @pi(i64 %sl)
; CHECK-NEXT: 1000
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_remove(i64, i64)
