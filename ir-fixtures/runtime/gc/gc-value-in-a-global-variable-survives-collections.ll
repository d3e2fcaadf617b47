; Test that values stored only in IR global variables (the JIT module's data section is a GC root) survive 200 collections.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s
; RUN: %simple-jit -O0 %s | FileCheck --match-full-lines %s

@text = private constant [6 x i8] c"global"
@held = internal global i64 0
@table = global [4 x i64] zeroinitializer

; Stores the values in the globals from a separate frame, so main never holds them.
define internal void @store() noinline {
  %s = call i64 @rt_string_new(ptr @text, i64 6)
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 %s)
  call i64 @rt_array_push(i64 %a, i64 336)
  store volatile i64 %a, ptr @held
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 %s, i64 %a)
  %slot = getelementptr [4 x i64], ptr @table, i64 0, i64 3
  store volatile i64 %d, ptr %slot
  ret void
}

define internal void @churn() noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %g = call i64 @rt_array_new(i64 256)
  %t = call i64 @rt_tuple_new(i64 64)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 200
  br i1 %d, label %out, label %loop
out:
  ret void
}

define i32 @main() {
  call void @store()
  call void @churn()
  %a = load volatile i64, ptr @held
  call void @rt_println_value(i64 %a)
; CHECK: ["global", 42]
  %slot = getelementptr [4 x i64], ptr @table, i64 0, i64 3
  %d = load volatile i64, ptr %slot
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {"global": ["global", 42]}
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
declare i64 @rt_tuple_new(i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_set(i64, i64, i64)
