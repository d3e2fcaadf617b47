; Test that rt_gc_disable stops automatic collections (nesting), rt_gc_collect still collects, and rt_gc_enable without a disable records a bad-state error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define internal void @allocate_lots() noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %a = call i64 @rt_array_new(i64 1024)
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 4000
  br i1 %d, label %out, label %loop
out:
  ret void
}

define i32 @main() {
  call void @rt_gc_disable()
  call void @rt_gc_disable()
  call void @rt_gc_enable()
  ; still disabled once: 32 MB of garbage triggers no collection
  %c0 = call i64 @rt_gc_stats(i64 2)
  call void @allocate_lots()
  %c1 = call i64 @rt_gc_stats(i64 2)
  %none = sub i64 %c1, %c0
  call void @pi(i64 %none)
; CHECK: 0
  ; an explicit collection still runs
  call void @rt_gc_collect()
  %c2 = call i64 @rt_gc_stats(i64 2)
  %one = sub i64 %c2, %c1
  call void @pi(i64 %one)
; CHECK-NEXT: 1
  call void @rt_gc_enable()
  call void @err()
; CHECK-NEXT: error 0:
  ; enabled again: garbage triggers collections (more than the heap grew by
  ; while collections were off, which is now free)
  call void @allocate_lots()
  call void @allocate_lots()
  call void @allocate_lots()
  call void @allocate_lots()
  %c3 = call i64 @rt_gc_stats(i64 2)
  %some = icmp sgt i64 %c3, %c2
  %sv = zext i1 %some to i64
  call void @pi(i64 %sv)
; CHECK-NEXT: 1
  call void @rt_gc_enable()
  call void @err()
; CHECK-NEXT: error 7: rt_gc_enable: {{.+}}
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
declare void @rt_gc_disable()
declare void @rt_gc_enable()
declare i64 @rt_array_new(i64)
