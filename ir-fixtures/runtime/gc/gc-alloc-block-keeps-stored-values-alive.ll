; Test that rt_alloc gives zeroed, 16-byte aligned raw memory whose stored values stay alive through 200 collections until rt_free.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@text = private constant [3 x i8] c"raw"

define internal void @store(ptr %block) noinline {
  %s = call i64 @rt_string_new(ptr @text, i64 3)
  %a = call i64 @rt_array_new(i64 1)
  call i64 @rt_array_push(i64 %a, i64 %s)
  %slot = getelementptr i64, ptr %block, i64 5
  store volatile i64 %a, ptr %slot
  ret void
}

define internal void @churn() noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %g = call i64 @rt_array_new(i64 128)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 200
  br i1 %d, label %out, label %loop
out:
  ret void
}

define i32 @main() {
  %block = call ptr @rt_alloc(i64 64)
  %addr = ptrtoint ptr %block to i64
  %mis = and i64 %addr, 15
  call void @pi(i64 %mis)
; CHECK: 0
  %w = getelementptr i64, ptr %block, i64 7
  %z = load i64, ptr %w
  call void @pi(i64 %z)
; CHECK-NEXT: 0
  call void @store(ptr %block)
  call void @churn()
  %slot = getelementptr i64, ptr %block, i64 5
  %a = load volatile i64, ptr %slot
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: ["raw"]
  ; size 0 gives a distinct non-null block
  %e1 = call ptr @rt_alloc(i64 0)
  %e2 = call ptr @rt_alloc(i64 0)
  %n1 = icmp ne ptr %e1, null
  %d12 = icmp ne ptr %e1, %e2
  %both = and i1 %n1, %d12
  %bv = zext i1 %both to i64
  call void @pi(i64 %bv)
; CHECK-NEXT: 1
  call void @rt_free(ptr %e1)
  call void @rt_free(ptr %e2)
  call void @rt_free(ptr %block)
  call void @rt_free(ptr null)
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
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare ptr @rt_alloc(i64)
declare void @rt_free(ptr)
declare void @rt_gc_collect()
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
