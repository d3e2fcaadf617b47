; Test that 1,000,000 insert/remove pairs on a dict keep it small (removed entries do not pile up: the live heap after a collection grows by less than 64 KiB, where a table that never compacted would hold millions of slots) and insertion order stays right afterwards.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
entry:
  call void @rt_gc_collect()
  %liveBefore = call i64 @rt_gc_stats(i64 1)
  %d = call i64 @rt_dict_new(i64 0)
  ; a few keys that stay
  call i64 @rt_dict_set(i64 %d, i64 -8, i64 8)
  call i64 @rt_dict_set(i64 %d, i64 -16, i64 16)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %k = shl i64 %i, 3
  call i64 @rt_dict_set(i64 %d, i64 %k, i64 %k)
  %r = call i64 @rt_dict_remove(i64 %d, i64 %k)
  %n = add i64 %i, 1
  %done = icmp eq i64 %n, 1000000
  br i1 %done, label %out, label %loop
out:
  call void @rt_gc_collect()
  %liveAfter = call i64 @rt_gc_stats(i64 1)
  %grown = sub i64 %liveAfter, %liveBefore
  %small = icmp slt i64 %grown, 65536
  %smallInt = zext i1 %small to i64
  %smallValue = call i64 @rt_value_bool(i64 %smallInt)
  call void @rt_println_value(i64 %smallValue)
; CHECK: true
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 2
  call i64 @rt_dict_set(i64 %d, i64 24, i64 24)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {-1: 1, -2: 2, 3: 3}
  %last = call i64 @rt_dict_get(i64 %d, i64 7999992)
  call void @rt_println_value(i64 %last)
; CHECK-NEXT: nil
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
declare i64 @rt_value_bool(i64)
declare void @rt_gc_collect()
declare i64 @rt_gc_stats(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_remove(i64, i64)
