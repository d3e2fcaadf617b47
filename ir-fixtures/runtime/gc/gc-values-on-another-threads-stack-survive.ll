; Test that a value held only on another thread's stack (a thread the program created, which has called the runtime) survives 100 collections run by main.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)
declare i32 @sched_yield()

@text = private constant [6 x i8] c"worker"
@ready = internal global i32 0
@go = internal global i32 0

define internal ptr @worker(ptr %arg) {
entry:
  %s = call i64 @rt_string_new(ptr @text, i64 6)
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 %s)
  call i64 @rt_array_push(i64 %a, i64 %a)
  store atomic i32 1, ptr @ready seq_cst, align 4
  br label %wait
wait:
  %g = load atomic i32, ptr @go seq_cst, align 4
  %goon = icmp eq i32 %g, 1
  br i1 %goon, label %use, label %spin
spin:
  call i32 @sched_yield()
  br label %wait
use:
  call void @rt_println_value(i64 %a)
  ret ptr null
}

define i32 @main() {
entry:
  %t = alloca i64
  call i32 @pthread_create(ptr %t, ptr null, ptr @worker, ptr null)
  br label %wait
wait:
  %r = load atomic i32, ptr @ready seq_cst, align 4
  %isready = icmp eq i32 %r, 1
  br i1 %isready, label %churn, label %spin
spin:
  call i32 @sched_yield()
  br label %wait
churn:
  %i = phi i64 [ 0, %wait ], [ %n, %churn ]
  %garbage = call i64 @rt_array_new(i64 64)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 100
  br i1 %d, label %done, label %churn
done:
  store atomic i32 1, ptr @go seq_cst, align 4
  %tid = load i64, ptr %t
  call i32 @pthread_join(i64 %tid, ptr null)
; CHECK: ["worker", [...]]
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
