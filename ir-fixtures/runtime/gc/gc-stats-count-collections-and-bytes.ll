; Test that rt_gc_stats reports the heap size (0), live bytes (1), collections (2, rising by one per rt_gc_collect) and bytes since the last collection (3), and -1 with an error for another selector.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %c0 = call i64 @rt_gc_stats(i64 2)
  call void @rt_gc_collect()
  call void @rt_gc_collect()
  call void @rt_gc_collect()
  %c1 = call i64 @rt_gc_stats(i64 2)
  %dc = sub i64 %c1, %c0
  call void @pi(i64 %dc)
; CHECK: 3
  ; hold a 1 MB array (2^17 slots) across a collection
  %a = call i64 @rt_array_new(i64 131072)
  call void @rt_gc_collect()
  %live = call i64 @rt_gc_stats(i64 1)
  %heap = call i64 @rt_gc_stats(i64 0)
  %l1 = icmp sge i64 %live, 1048576
  %l1v = zext i1 %l1 to i64
  call void @pi(i64 %l1v)
; CHECK-NEXT: 1
  %l2 = icmp sge i64 %heap, %live
  %l2v = zext i1 %l2 to i64
  call void @pi(i64 %l2v)
; CHECK-NEXT: 1
  ; bytes since the last collection grow with allocation
  %since0 = call i64 @rt_gc_stats(i64 3)
  %b = call i64 @rt_array_new(i64 131072)
  %since1 = call i64 @rt_gc_stats(i64 3)
  %grew = sub i64 %since1, %since0
  %g = icmp sge i64 %grew, 1048576
  %gv = zext i1 %g to i64
  call void @pi(i64 %gv)
; CHECK-NEXT: 1
  %len = call i64 @rt_array_len(i64 %a)
  call void @pi(i64 %len)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_gc_stats(i64 4)
  call void @pi(i64 %bad)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 4: rt_gc_stats: {{.+}}
  %bad2 = call i64 @rt_gc_stats(i64 -1)
  call void @pi(i64 %bad2)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 4: rt_gc_stats: {{.+}}
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
declare void @rt_gc_collect()
declare i64 @rt_gc_stats(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_len(i64)
